#include "ui/charts/chart_evidence_panel.h"

#include "ui/panes/evidence_view.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

ChartEvidencePanel::ChartEvidencePanel(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(tr("Evidence behind the mark"), this))
    , m_chooser(new QComboBox(this))
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
    m_chooser->setToolTip(tr("Every mark of the chart: Up and Down move from one to the next"));
    m_chooser->setAccessibleName(tr("Chart mark"));
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chooser->setMinimumContentsLength(12);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_chooser);
    layout->addWidget(m_evidence, 1);
    setMinimumWidth(240);
    connect(close, &QToolButton::clicked, this, &ChartEvidencePanel::closeRequested);
    connect(m_evidence, &EvidenceView::spanRequested, this, &ChartEvidencePanel::spanRequested);
    connect(m_chooser, &QComboBox::activated, this, [this](int row) {
        const QPoint mark = m_chooser->itemData(row).toPoint(); // (series, index)
        Q_EMIT markChosen(mark.x(), mark.y());
    });
}

void ChartEvidencePanel::setMarks(const QVector<ChartMark> &marks)
{
    const QSignalBlocker quiet(m_chooser);
    m_chooser->clear();
    for (const ChartMark &mark : marks) {
        if (!mark.evidence.isEmpty() || !mark.note.isEmpty())
            m_chooser->addItem(mark.title(), QPoint(mark.series, mark.index));
    }
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
    const QSignalBlocker quiet(m_chooser);
    m_chooser->setCurrentIndex(m_chooser->findData(QPoint(mark.series, mark.index)));
    QString intro = mark.sourcesText();
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
