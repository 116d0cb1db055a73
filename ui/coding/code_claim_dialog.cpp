#include "ui/coding/code_claim_dialog.h"

#include "app/corpus/wording.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QString shortQuote(const QString &quote)
{
    const QString simple = quote.simplified();
    return Wording::quoted(simple.size() > 240 ? simple.left(238) + QStringLiteral("…") : simple);
}

} // namespace

CodeClaimDialog::CodeClaimDialog(const DocumentModel &model, const Claim &claim, bool editing,
                                 QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_claim(claim)
    , m_quote(new QLabel(this))
    , m_country(new QComboBox(this))
    , m_dimension(new QComboBox(this))
    , m_value(new QComboBox(this))
    , m_memo(new QPlainTextEdit(this))
    , m_newSpan(new QCheckBox(this))
{
    setWindowTitle(editing ? tr("Edit Claim") : tr("Code Selection"));
    const Article *article = model.article(claim.article);
    m_quote->setText(shortQuote(claim.quote));
    m_quote->setWordWrap(true);
    m_quote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_quote->setToolTip(tr("Characters %1–%2 of %3")
                            .arg(claim.span.start)
                            .arg(claim.span.end)
                            .arg(article ? article->shownPath() : claim.article));
    for (const Entity *e : model.countries())
        m_country->addItem(QStringLiteral("%1 (%2)").arg(e->name, e->id), e->id);
    m_country->setCurrentIndex(std::max(0, m_country->findData(claim.country)));
    for (const Dimension &d : model.dimensions.all())
        m_dimension->addItem(d.own ? tr("%1 (yours)").arg(d.label) : d.label, d.id);
    m_dimension->setCurrentIndex(std::max(0, m_dimension->findData(claim.dimension)));
    // A new claim starts with no value: the coder chooses what the words say, never a default.
    m_value->setPlaceholderText(tr("Choose what the words say…"));
    fillValues();
    m_value->setCurrentIndex(m_value->findData(claim.value));
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &CodeClaimDialog::fillValues);
    m_memo->setPlainText(claim.note);
    m_memo->setPlaceholderText(tr("Why these words say so; what to check (optional)"));
    m_memo->setTabChangesFocus(true);
    m_memo->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_newSpan->hide();

    auto *form = new QFormLayout;
    auto *quoteLabel = new QLabel(tr("Quote:"), this);
    form->addRow(quoteLabel, m_quote);
    form->addRow(QString(), m_newSpan);
    auto *countryLabel = new QLabel(tr("&Country:"), this);
    countryLabel->setBuddy(m_country);
    form->addRow(countryLabel, m_country);
    auto *dimensionLabel = new QLabel(tr("&Dimension:"), this);
    dimensionLabel->setBuddy(m_dimension);
    form->addRow(dimensionLabel, m_dimension);
    auto *valueLabel = new QLabel(tr("&Value:"), this);
    valueLabel->setBuddy(m_value);
    form->addRow(valueLabel, m_value);
    auto *memoLabel = new QLabel(tr("&Memo:"), this);
    memoLabel->setBuddy(m_memo);
    form->addRow(memoLabel, m_memo);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(editing ? tr("&Save") : tr("&Code"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    const auto needValue = [this, ok] {
        ok->setEnabled(m_value->currentIndex() >= 0);
        ok->setToolTip(ok->isEnabled() ? QString() : tr("Choose a value first"));
    };
    connect(m_value, &QComboBox::currentIndexChanged, this, needValue);
    needValue();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    m_value->setFocus();
}

void CodeClaimDialog::fillValues()
{
    const QString previous = m_value->currentData().toString();
    m_value->clear();
    if (const Dimension *d = m_model.dimensions.find(m_dimension->currentData().toString())) {
        for (const DimensionValue &v : d->values) {
            m_value->addItem(v.score
                                 ? QStringLiteral("%1 (%2%3)")
                                       .arg(v.label, *v.score > 0 ? QStringLiteral("+") : QString())
                                       .arg(*v.score)
                                 : v.label,
                             v.id);
        }
    }
    // -1 (the placeholder, set before the values) when this dimension has no such value.
    m_value->setCurrentIndex(m_value->findData(previous));
}

void CodeClaimDialog::offerSpan(const QString &article, const TextSpan &span, const QString &quote)
{
    if (span.length() <= 0)
        return;
    m_offered.article = article;
    m_offered.span = span;
    m_offered.quote = quote;
    m_newSpan->setText(
        tr("Use the words now selected in the source viewer: %1").arg(shortQuote(quote)));
    m_newSpan->show();
}

Claim CodeClaimDialog::claim() const
{
    Claim c = m_claim;
    if (m_offered.span.length() > 0 && m_newSpan->isChecked()) {
        c.article = m_offered.article;
        c.span = m_offered.span;
        c.quote = m_offered.quote;
    }
    c.country = m_country->currentData().toString();
    c.dimension = m_dimension->currentData().toString();
    c.value = m_value->currentData().toString();
    c.note = m_memo->toPlainText().trimmed();
    return c;
}
