#include "chart_evidence_panel.h"

#include "panes/evidence_view.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

ChartEvidencePanel::ChartEvidencePanel(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(tr("Evidence"), this))
    , m_evidence(new EvidenceView(this))
{
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close the evidence (Esc)"));
    close->setAccessibleName(tr("Close the evidence"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_evidence, 1);
    setMinimumWidth(240);
    connect(close, &QToolButton::clicked, this, &ChartEvidencePanel::closeRequested);
    connect(m_evidence, &EvidenceView::spanRequested, this, &ChartEvidencePanel::spanRequested);
}

void ChartEvidencePanel::setDocument(DocumentModelPtr document)
{
    m_evidence->setDocument(std::move(document));
}

QString ChartEvidencePanel::title() const
{
    return m_title;
}

void ChartEvidencePanel::showMark(const ChartMark &mark)
{
    m_title = mark.title();
    m_heading->setText(tr("Evidence behind the mark"));
    QString intro = mark.summary().section(QLatin1Char('\n'), 1);
    if (!mark.note.isEmpty())
        intro += QLatin1Char('\n') + mark.note;
    m_evidence->showItems(m_title, mark.evidence, intro);
}

void ChartEvidencePanel::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT closeRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}
