#include "ui/panes/country_header.h"

#include "app/codebook/dimensions.h"
#include "app/corpus/wording.h"
#include "app/evidence/coverage.h"
#include "app/evidence/evidence_marks.h"
#include "app/models/country_facts.h"
#include "ui/style/elided_label.h"
#include "ui/style/palette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {

QString pill(const QColor &colour)
{
    return QStringLiteral("QLabel { background: %1; color: %2; border-radius: 8px; "
                          "padding: 1px 8px; font-weight: 600; }")
        .arg(colour.name(), Palette::textOn(colour).name());
}

} // namespace

CountryHeader::CountryHeader(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLabel(this))
    , m_details(new ElidedLabel(this))
    , m_stanceChip(new QLabel(this))
    , m_stance(new ElidedLabel(this))
    , m_coverage(new ElidedLabel(this))
    , m_badges(new QHBoxLayout)
{
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 1.6);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // One line each, so the panes below never jump; cut with "…" rather than widening the
    // window.
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_coverage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stanceChip->setFixedSize(14, 14);
    QFont stanceFont = font();
    stanceFont.setPointSizeF(font().pointSizeF() * 1.1);
    m_stance->setFont(stanceFont);
    m_stance->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(m_name);
    top->addSpacing(12);
    top->addLayout(m_badges);
    top->addStretch(1);
    top->addSpacing(12); // the stance never touches the badges, however narrow the window
    top->addWidget(m_stanceChip);
    top->addWidget(m_stance);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 4);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_details);
    layout->addWidget(m_coverage);
    clear();
}

void CountryHeader::clear()
{
    m_name->setText(tr("No country selected"));
    m_details->setFullText(tr("Pick a country on the left to read its position and the evidence."));
    m_stance->setFullText(QString());
    m_stanceChip->setStyleSheet(QString());
    m_coverage->setFullText(QString());
    setBadges({});
}

void CountryHeader::show(const DocumentModel &document, const QString &iso)
{
    const Entity *country = document.gazetteer.find(iso);
    if (!country) {
        clear();
        return;
    }
    m_name->setText(country->name);
    QStringList leaders;
    for (const Leader &leader : document.leadersNamed(iso))
        leaders.append(leader.role.isEmpty() ? leader.name
                                             : leader.role + QLatin1Char(' ') + leader.name);
    QString details = country->region + QStringLiteral(" · ") + iso;
    if (!leaders.isEmpty())
        details += QStringLiteral(" · ") + leaders.join(QStringLiteral(", "));
    const int mentions = document.mentionCount(iso);
    details +=
        QStringLiteral(" · ") +
        tr("%1 in the articles").arg(Wording::counted(mentions, tr("mention"), tr("mentions")));
    m_details->setFullText(details);

    const Position *stance = document.position(iso, QStringLiteral("stance"));
    if (stance) {
        QString text = stance->label(document.dimensions);
        if (stance->score)
            text += tr(" (score %1%2)")
                        .arg(*stance->score > 0 ? QStringLiteral("+") : QString())
                        .arg(*stance->score);
        if (stance->conflict)
            text += tr(" — sources disagree");
        // "As of" the end of its newest evidence: short, so the header keeps its width; the
        // tooltip says where the date comes from.
        const SourceDate newest = stance->newestDate();
        if (newest.isKnown())
            text += tr(" · as of %1").arg(newest.endText());
        m_stance->setFullText(text, newest.isKnown()
                                        ? tr("Newest evidence — %1").arg(newest.explanation())
                                        : QString());
        m_stanceChip->setStyleSheet(QStringLiteral("background: %1; border-radius: 7px;")
                                        .arg(Palette::stance(stance->value).name()));
    } else {
        m_stance->setFullText(tr("No source states a stance"));
        m_stanceChip->setStyleSheet(QString());
    }
    setBadges(CountryFacts::memberships(document, iso));
    showCoverage(CountryCoverage::of(document, iso));
}

void CountryHeader::showCoverage(const CountryCoverage &coverage)
{
    QString text = tr("Evidence: %1").arg(coverage.countsText());
    if (coverage.isThin())
        text += tr(" — %1 thin evidence: no dimension rests on two sources or more")
                    .arg(EvidenceMarks::thin());
    else if (coverage.singleSourceCount() > 0)
        // Of the dimensions the positions pane lists; the tooltip names them, and those no
        // source speaks to.
        text += tr(" — %1 thin on %2 of %3 dimensions")
                    .arg(EvidenceMarks::thin())
                    .arg(coverage.singleSourceCount())
                    .arg(coverage.coveredCount());
    QString thin = coverage.thinText();
    if (!thin.isEmpty())
        thin[0] = thin.at(0).toUpper();
    m_coverage->setFullText(
        text, thin.isEmpty() ? tr("Every dimension rests on two sources or more") : thin);
    // A thin country in the conflict orange, which reads in both themes; else the theme's text.
    m_coverage->setStyleSheet(coverage.isThin()
                                  ? QStringLiteral("color: %1;").arg(Palette::conflict().name())
                                  : QString());
}

QString CountryHeader::coverageText() const
{
    return m_coverage->fullText();
}

void CountryHeader::setBadges(const QStringList &badges)
{
    while (QLayoutItem *item = m_badges->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &badge : badges) {
        auto *label = new QLabel(badge, this);
        label->setStyleSheet(pill(Palette::badge()));
        label->setToolTip(tr("Member of %1, according to the sources").arg(badge));
        m_badges->addWidget(label);
    }
}

QString CountryHeader::nameText() const
{
    return m_name->text();
}

QString CountryHeader::stanceText() const
{
    return m_stance->fullText();
}

QStringList CountryHeader::badges() const
{
    QStringList result;
    for (int i = 0; i < m_badges->count(); ++i) {
        if (auto *label = qobject_cast<QLabel *>(m_badges->itemAt(i)->widget()))
            result.append(label->text());
    }
    return result;
}
