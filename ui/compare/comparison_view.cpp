#include "ui/compare/comparison_view.h"

#include "app/codebook/dimensions.h"
#include "app/compare/comparison.h"
#include "app/corpus/wording.h"
#include "app/export/chart_sources_json.h"
#include "app/export/comparison_sources_json.h"
#include "app/models/comparison_filter_model.h"
#include "app/models/comparison_model.h"
#include "ui/charts/chart_card.h"
#include "ui/compare/comparison_delegate.h"
#include "ui/compare/country_picker.h"
#include "ui/panes/evidence_view.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace ModelRoles;

namespace {
const QString kCountriesKey = QStringLiteral("compare/countries");
const QString kOnlyDifferencesKey = QStringLiteral("compare/hideAgreeing");
const QString kSplitterKey = QStringLiteral("compare/splitter");
constexpr int kChartMinimumHeight = 120; // pixels
} // namespace

ComparisonView::ComparisonView(QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_model(new ComparisonModel(this))
    , m_filter(new ComparisonFilterModel(this))
    , m_picker(new CountryPicker(this))
    , m_onlyDifferences(new QCheckBox(tr("&Hide rows where all agree"), this))
    , m_hint(new QLabel(this))
    , m_table(new QTableView(this))
    , m_comparisonChart(new ChartCard(settings, this))
    , m_monthsChart(new ChartCard(settings, this))
    , m_split(new QSplitter(Qt::Vertical, this))
{
    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new ComparisonDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setWordWrap(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setMouseTracking(true);
    m_table->setAccessibleName(tr("Comparison table"));
    m_onlyDifferences->setToolTip(tr("Hide the dimensions on which every country has the same, "
                                     "undisputed value (=)"));
    m_hint->setWordWrap(true);
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setToolTip(tr("Save the comparison as CSV: a row per dimension, per country "
                                "the value, its sources and their quotes"));

    m_comparisonChart->setChart(QStringLiteral("comparison"));
    m_monthsChart->setChart(QStringLiteral("events-per-month"));
    for (ChartCard *card : {m_comparisonChart, m_monthsChart}) {
        connect(card, &ChartCard::spanRequested, this, &ComparisonView::spanRequested);
        // The table comes first: in a short window the charts give way to a strip before it.
        card->setViewMinimumHeight(kChartMinimumHeight);
    }

    // Each chart gets the whole width: side by side they would be too small to read.
    auto *charts = new QTabWidget(this);
    charts->setDocumentMode(true);
    charts->addTab(m_comparisonChart, tr("Scores"));
    charts->addTab(m_monthsChart, tr("Events per month"));

    auto *top = new QWidget(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_hint, 1);
    bar->addWidget(m_onlyDifferences);
    bar->addWidget(exportButton);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_picker);
    topLayout->addLayout(bar);
    topLayout->addWidget(m_table, 1);
    m_split->addWidget(top);
    m_split->addWidget(charts);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 1);
    m_split->setCollapsible(0, false);
    m_splitRestored = m_split->restoreState(m_settings->value(kSplitterKey).toByteArray());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_split);

    m_onlyDifferences->setChecked(m_settings->value(kOnlyDifferencesKey, false).toBool());
    m_filter->setHideAgreeing(m_onlyDifferences->isChecked());
    m_wanted = m_settings->value(kCountriesKey).toStringList().mid(0, Comparison::MaxCountries);
    updateHint();

    connect(m_picker, &CountryPicker::countriesChanged, this,
            [this](const QStringList &countries) { setCountries(countries); });
    connect(m_split, &QSplitter::splitterMoved, this,
            [this] { m_settings->setValue(kSplitterKey, m_split->saveState()); });
    connect(m_onlyDifferences, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setHideAgreeing(on);
        m_settings->setValue(kOnlyDifferencesKey, on);
        updateHint();
    });
    connect(exportButton, &QPushButton::clicked, this, &ComparisonView::exportCsvWithDialog);
    // A click opens the source; so does Enter (not `activated`, which a double-click also
    // sends: the source would open twice).
    connect(m_table, &QTableView::clicked, this, &ComparisonView::openCell);
    m_table->installEventFilter(this);
    // The rows shown, and their heights (their text wraps to the columns' width), change.
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ComparisonView::keepRowsInView);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ComparisonView::keepRowsInView);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ComparisonView::keepRowsInView);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ComparisonView::keepRowsInView);
    connect(m_table, &QWidget::customContextMenuRequested, this, &ComparisonView::showCellMenu);
}

void ComparisonView::setDocument(DocumentModelPtr document)
{
    m_document = document;
    m_picker->setDocument(document);
    m_model->setDocument(document);
    m_comparisonChart->setDocument(document);
    m_monthsChart->setDocument(document);
    display(m_wanted);
}

void ComparisonView::setCountries(const QStringList &countries)
{
    // What the user asks for is remembered as asked, even where this corpus lacks a country.
    m_wanted.clear();
    for (const QString &iso : countries) {
        if (!m_wanted.contains(iso) && m_wanted.size() < Comparison::MaxCountries)
            m_wanted.append(iso);
    }
    m_settings->setValue(kCountriesKey, m_wanted);
    display(m_wanted);
}

void ComparisonView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_splitRestored) {
        // First shown: the table gets a little more than half the height, the charts the rest.
        m_splitRestored = true;
        const int height = m_split->height();
        m_split->setSizes({height * 11 / 20, height - height * 11 / 20});
    }
}

bool ComparisonView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::Resize)
        keepRowsInView();
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openCell(m_table->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QStringList ComparisonView::countries() const
{
    return m_model->countries();
}

void ComparisonView::display(const QStringList &wanted)
{
    m_picker->setCountries(wanted);
    const QStringList countries = m_picker->countries();
    m_model->setCountries(countries);
    m_table->horizontalHeader()->setSectionResizeMode(ComparisonModel::DimensionColumn,
                                                      QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setColumnWidth(ComparisonModel::DimensionColumn, 190);
    for (int c = 1; c < m_model->columnCount(); ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Stretch);
    m_comparisonChart->setCountries(countries);
    m_monthsChart->setCountries(countries);
    keepRowsInView(); // the columns' widths are set
    updateHint();
    Q_EMIT countriesChanged(countries);
}

void ComparisonView::keepRowsInView()
{
    // Three whole rows of those shown however short the window: the splitter takes the room
    // from the charts. (QTableView hides sizeHintForRow, public in QAbstractItemView.)
    const QAbstractItemView *table = m_table;
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int r = 0; r < std::min(3, m_filter->rowCount()); ++r)
        height += table->sizeHintForRow(r);
    if (height != m_table->minimumHeight())
        m_table->setMinimumHeight(height);
}

void ComparisonView::focusPicker()
{
    m_picker->focusFirst();
}

void ComparisonView::updateHint()
{
    const QStringList countries = m_model->countries();
    if (countries.size() < Comparison::MinCountries) {
        m_hint->setText(countries.isEmpty()
                            ? tr("Pick two to four countries above — or select them in the "
                                 "country list (Ctrl/Shift-click) and press Ctrl+K.")
                            : tr("Pick one to three more countries to compare."));
        return;
    }
    if (m_model->comparison().rows.isEmpty()) {
        m_hint->setText(tr("No source gives a position for these countries; the charts below "
                           "show what the articles say they did."));
        return;
    }
    const ComparisonCounts counts = m_model->comparison().counts();
    m_hint->setText(tr("%1 differ (≠) · %2 agree (=) · %3 incomplete (?). Dates are the newest "
                       "evidence's: “stated” where its sentence gives one, else its "
                       "article's. Hover a cell for its quotes; click it to open the source.")
                        .arg(counts.differ)
                        .arg(counts.agree)
                        .arg(counts.incomplete));
}

void ComparisonView::openCell(const QModelIndex &index)
{
    const QString article = index.data(ArticleIdRole).toString();
    if (article.isEmpty())
        return;
    Q_EMIT spanRequested(
        {article, index.data(SpanStartRole).toLongLong(), index.data(SpanEndRole).toLongLong()});
}

void ComparisonView::showCellMenu(const QPoint &pos)
{
    // The menu key opens the menu of the current cell, wherever the mouse is.
    QModelIndex index = m_table->indexAt(pos);
    QPoint at = pos;
    if (!index.isValid() || !m_table->viewport()->underMouse()) {
        index = m_table->currentIndex();
        at = m_table->visualRect(index).center();
    }
    const Position *position = m_model->positionAt(m_filter->mapToSource(index));
    if (!position || !m_document)
        return;
    QMenu menu(this);
    QMenu *cite = new QMenu(tr("Copy &Citation"), &menu);
    for (const Claim &claim : position->claims) {
        const Article *article = m_document->article(claim.article);
        QString quote = claim.quote;
        if (quote.size() > 70)
            quote = quote.left(68) + QStringLiteral("…");
        const QString text =
            QStringLiteral("%1 — %2: %3")
                .arg(article ? article->label() : claim.article,
                     m_document->dimensions.valueLabel(claim.dimension, claim.value),
                     Wording::quoted(quote));
        const SpanLink link{claim.article, claim.span.start, claim.span.end};
        menu.addAction(text, this, [this, link] { Q_EMIT spanRequested(link); });
        cite->addAction(text, this, [this, ref = Evidence::ofClaim(claim, m_document->dimensions)] {
            EvidenceView::copyCitation(ref, *m_document);
        });
    }
    menu.addSeparator();
    menu.addMenu(cite);
    menu.exec(m_table->viewport()->mapToGlobal(at));
}

bool ComparisonView::exportCsv(const QString &path, QString *error) const
{
    if (!m_document || m_model->countries().size() < Comparison::MinCountries) {
        *error = tr("Pick two to four countries to compare first.");
        return false;
    }
    // The sources go beside the CSV, as with a chart: what each cell rests on, checkable.
    return ComparisonSourcesJson::writeCsvWithSources(m_model->comparison(), *m_document, path,
                                                      error);
}

void ComparisonView::exportCsvWithDialog()
{
    QString error;
    if (m_model->countries().size() < Comparison::MinCountries) {
        QMessageBox::information(this, tr("Export Comparison"),
                                 tr("Pick two to four countries to compare first."));
        return;
    }
    const QString folder = m_settings->value(QStringLiteral("export/folder")).toString();
    const QString name = QStringLiteral("comparison-%1.csv")
                             .arg(m_model->countries().join(QLatin1Char('-')).toLower());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the Comparison as CSV"), QDir(folder).filePath(name), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (!exportCsv(path, &error)) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    m_settings->setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    Q_EMIT statusMessage(tr("Comparison written to %1, with its sources in %2")
                             .arg(path, QFileInfo(ChartSourcesJson::pathFor(path)).fileName()));
}
