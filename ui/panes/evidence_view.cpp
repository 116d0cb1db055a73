#include "ui/panes/evidence_view.h"

#include "app/codebook/dimensions.h"
#include "app/corpus/wording.h"
#include "app/evidence/evidence_ref.h"

#include "app/evidence/citation.h"
#include "app/evidence/evidence_marks.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QTextBlock>
#include <QUrl>

#include <memory>

namespace {

const QString kItemAnchor = QStringLiteral("item-");

bool isCopyCitation(const QKeyEvent *event, const QAction *action)
{
    return QKeySequence(event->keyCombination()) == action->shortcut();
}

} // namespace

EvidenceView::EvidenceView(QWidget *parent)
    : QTextBrowser(parent)
    , m_copyCitation(new QAction(tr("Copy &Citation"), this))
{
    m_copyCitation->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyCitation->setShortcutContext(Qt::WidgetShortcut);
    m_copyCitation->setToolTip(tr("Copy the entry at the cursor with its source, as a citation"));
    m_copyCitation->setProperty("shortcutPlace", tr("Evidence list"));
    addAction(m_copyCitation);
    connect(m_copyCitation, &QAction::triggered, this,
            [this] { copyCitation(m_menuItem >= 0 ? m_menuItem : currentItem()); });
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        // span:ARTICLE/START/END
        const QStringList parts = url.path(QUrl::FullyEncoded).split(QLatin1Char('/'));
        if (url.scheme() == QLatin1String("span") && parts.size() == 3)
            Q_EMIT spanRequested({QUrl::fromPercentEncoding(parts.at(0).toLatin1()),
                                  parts.at(1).toLongLong(), parts.at(2).toLongLong()});
    });
}

void EvidenceView::showPosition(const Position &position)
{
    const Dimension *dimension =
        (m_document ? m_document->dimensions : Dimensions::builtin()).find(position.dimension);
    QString title = dimension ? dimension->label : position.dimension;
    if (position.conflict)
        title += position.tie ? tr(" — sources disagree, as many on each side")
                              : tr(" — sources disagree");
    const SourceDate newest = position.newestDate();
    showItems(
        title,
        Evidence::ofPosition(position, m_document ? m_document->dimensions : Dimensions::builtin()),
        newest.isKnown() ? tr("Newest evidence: %1").arg(newest.label()) : QString());
}

void EvidenceView::showPlaceholder(const QString &text)
{
    m_placeholder = text;
    m_items.clear();
    render();
}

void EvidenceView::showItems(const QString &title, const QVector<EvidenceRef> &items,
                             const QString &intro)
{
    m_placeholder.clear();
    m_title = title;
    m_items = items;
    m_intro = intro;
    render();
}

QString EvidenceView::mutedColour() const
{
    const QColor text = palette().color(QPalette::Text);
    const QColor base = palette().color(QPalette::Base);
    return QColor((text.red() * 3 + base.red() * 2) / 5, (text.green() * 3 + base.green() * 2) / 5,
                  (text.blue() * 3 + base.blue() * 2) / 5)
        .name();
}

void EvidenceView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

bool EvidenceView::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && !m_itemStarts.isEmpty() &&
        isCopyCitation(static_cast<QKeyEvent *>(event), m_copyCitation)) {
        event->accept(); // comes back as a key press, below
        return true;
    }
    return QTextBrowser::event(event);
}

void EvidenceView::keyPressEvent(QKeyEvent *event)
{
    if (!m_itemStarts.isEmpty() && isCopyCitation(event, m_copyCitation)) {
        m_copyCitation->trigger();
        event->accept();
        return;
    }
    QTextBrowser::keyPressEvent(event);
}

void EvidenceView::contextMenuEvent(QContextMenuEvent *event)
{
    // The menu's Copy Citation takes the entry under the pointer, wherever the cursor is.
    m_menuItem = itemAt(cursorForPosition(event->pos()).position());
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    m_copyCitation->setEnabled(m_menuItem >= 0);
    menu->insertAction(menu->actions().value(0), m_copyCitation);
    menu->insertSeparator(menu->actions().value(1));
    const qint64 claim = m_menuItem >= 0 ? m_items.at(m_menuItem).claim : 0;
    if (claim > 0) {
        QAction *before = menu->actions().value(1);
        menu->insertAction(before, menu->addAction(tr("&Edit Claim…"), this, [this, claim] {
            Q_EMIT editClaimRequested(claim);
        }));
        menu->insertAction(before, menu->addAction(tr("&Remove Claim"), this, [this, claim] {
            Q_EMIT removeClaimRequested(claim);
        }));
    }
    menu->exec(event->globalPos());
    m_copyCitation->setEnabled(true);
    m_menuItem = -1;
}

int EvidenceView::itemAt(int position) const
{
    // Entries start in order; one whose anchor was not found (-1) is skipped.
    int item = -1;
    for (int i = 0; i < m_itemStarts.size(); ++i) {
        if (m_itemStarts.at(i) >= 0 && m_itemStarts.at(i) <= position)
            item = i;
    }
    return item;
}

int EvidenceView::currentItem() const
{
    if (m_itemStarts.isEmpty())
        return -1;
    return std::max(0, itemAt(textCursor().position()));
}

void EvidenceView::copyCitation(int item) const
{
    if (m_document && item >= 0 && item < m_items.size())
        copyCitation(m_items.at(item), *m_document);
}

void EvidenceView::copyCitation(const EvidenceRef &ref, const DocumentModel &model)
{
    const Citation citation = Citation::of(ref, model);
    auto *mime = new QMimeData;
    mime->setText(citation.plainText);
    mime->setHtml(citation.html);
    QApplication::clipboard()->setMimeData(mime);
}

void EvidenceView::findItemStarts()
{
    m_itemStarts = QVector<int>(m_items.size(), -1);
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            for (const QString &name : it.fragment().charFormat().anchorNames()) {
                if (!name.startsWith(kItemAnchor))
                    continue;
                const int item = name.mid(kItemAnchor.size()).toInt();
                if (item >= 0 && item < m_itemStarts.size() && m_itemStarts.at(item) < 0)
                    m_itemStarts[item] = block.position();
            }
        }
    }
    if (std::all_of(m_itemStarts.cbegin(), m_itemStarts.cend(), [](int p) { return p < 0; }))
        m_itemStarts.clear();
}

void EvidenceView::render()
{
    const QString muted = mutedColour();
    if (!m_placeholder.isEmpty()) {
        m_count = 0;
        setHtml(QStringLiteral("<p style='color: %1;'>%2</p>")
                    .arg(muted, m_placeholder.toHtmlEscaped()));
        m_itemStarts.clear();
        return;
    }
    m_count = int(m_items.size());
    QString html =
        QStringLiteral("<h3 style='margin: 0 0 6px 0;'>%1</h3>").arg(m_title.toHtmlEscaped());
    if (!m_intro.isEmpty())
        html += QStringLiteral("<p style='margin: 0 0 4px 0; color:%1;'>%2</p>")
                    .arg(muted, m_intro.toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                QStringLiteral("<br>")));
    for (int i = 0; i < m_items.size(); ++i)
        html += itemHtml(i, muted);
    setHtml(html);
    findItemStarts();
}

QString EvidenceView::itemHtml(int index, const QString &muted) const
{
    const EvidenceRef &item = m_items.at(index);
    const Article *article = m_document ? m_document->article(item.article) : nullptr;
    const QString articleDate = article ? SourceDate::ofArticle(article->meta).text() : QString();
    // The source by its short name, its title, its publisher (when the short name is another)
    // and its date.
    const QString publisher =
        article && !article->meta.publisher.isEmpty() && article->meta.publisher != article->label()
            ? QStringLiteral(", ") + article->meta.publisher.toHtmlEscaped()
            : QString();
    // The title once where it is the label too (an article without a publisher).
    QString titled;
    if (article && article->labelAndTitle() == article->label())
        titled = QStringLiteral("<i>%1</i>").arg(article->label().toHtmlEscaped());
    else if (article)
        titled = QStringLiteral("%1 — <i>%2</i>")
                     .arg(article->label().toHtmlEscaped(), article->meta.title.toHtmlEscaped());
    const QString source =
        article ? titled + publisher +
                      (articleDate.isEmpty() ? QString() : QStringLiteral(", ") + articleDate)
                : item.article.toHtmlEscaped();
    // A claim says when it was made when its sentence gives a date; otherwise the article's
    // date beside the source stands for it. An event's label carries its date already.
    const QString date =
        item.kind == EvidenceRef::Kind::Claim && item.date.basis == SourceDate::Basis::Statement
            ? QStringLiteral(" · <span title='%1'>%2</span>")
                  .arg(item.date.explanation().toHtmlEscaped(), item.date.label().toHtmlEscaped())
            : QString();
    // Article ids come from file names: percent-encoded, any character survives the link.
    const QString href = QStringLiteral("span:%1/%2/%3")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(item.article)),
                                  QString::number(item.span.start), QString::number(item.span.end));
    // The label carries the entry's anchor name, by which a document position finds its entry.
    QString html =
        QStringLiteral("<p style='margin: 8px 0 0 0;'><b><a name='%6'>%1</a></b>%2 "
                       "&nbsp;<span style='color:%3;'>%4</span></p>"
                       "<blockquote style='margin: 2px 12px 0 12px;'>%5</blockquote>")
            .arg(item.label.toHtmlEscaped(), date, muted, source,
                 Wording::quoted(m_document ? Evidence::textOf(item, *m_document) : item.text)
                     .toHtmlEscaped(),
                 kItemAnchor + QString::number(index));
    if (!item.note.isEmpty())
        html +=
            QStringLiteral("<p style='margin: 2px 12px; color:%1;'>%2: %3</p>")
                .arg(muted, item.claim > 0 ? tr("Memo") : tr("Note"), item.note.toHtmlEscaped());
    if (item.kind == EvidenceRef::Kind::Claim) {
        Claim whose;
        whose.id = item.claim;
        whose.coder = item.coder;
        whose.coded = item.coded;
        const QString me = m_document ? m_document->claimFilter.me : QString();
        html += QStringLiteral("<p style='margin: 2px 12px; color:%1;'>%2</p>")
                    .arg(muted, EvidenceMarks::whoseLine(whose, me).toHtmlEscaped());
    }
    html += QStringLiteral("<p style='margin: 2px 12px;'><a href='%1'>%2</a></p>")
                .arg(href, tr("Show in source ›"));
    return html;
}
