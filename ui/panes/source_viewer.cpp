#include "ui/panes/source_viewer.h"

#include "app/models/article_choice_model.h"
#include "app/models/article_model.h"
#include "app/models/model_roles.h"
#include "ui/style/palette.h"
#include "ui/style/theme.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

QString SourceViewer::shownText(QString text)
{
    // Carriage returns become spaces so that positions in the view equal offsets in the text.
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    // A line is laid out whole before any of it is drawn: one of megabytes (an article without
    // paragraphs) took seconds. Past kLongestLine characters, the next space ends the line
    // shown (a character for a character: the offsets stay).
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n')) {
            lineStart = i + 1;
        } else if (i - lineStart >= kLongestLine && c == QLatin1Char(' ')) {
            text[i] = QLatin1Char('\n');
            lineStart = i + 1;
        }
    }
    return text;
}

SourceViewer::SourceViewer(QWidget *parent)
    : QWidget(parent)
    , m_choices(new ArticleChoiceModel(this))
    , m_articles(new QComboBox(this))
    , m_details(new QToolButton(this))
    , m_code(new QToolButton(this))
    , m_codeAction(new QAction(tr("&Code Selection…"), this))
    , m_meta(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_highlightInView(new QTimer(this))
{
    m_articles->setModel(m_choices); // tens of thousands in a big library: set in one reset
    if (auto *list = qobject_cast<QListView *>(m_articles->view()))
        list->setUniformItemSizes(true); // and listed without measuring each
    m_articles->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_articles->setMinimumContentsLength(14);
    m_articles->setToolTip(tr("Article to read"));
    m_meta->setWordWrap(true);
    m_meta->setTextFormat(Qt::RichText);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont reading = m_text->font();
    reading.setPointSizeF(reading.pointSizeF() * 1.05);
    m_text->setFont(reading);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_details->setText(tr("Details…"));
    m_details->setEnabled(false);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_articles, 1);
    top->addWidget(m_details);
    top->addWidget(m_code);
    layout->addLayout(top);
    layout->addWidget(m_meta);
    auto *edit = new QAction(tr("Edit Article Details…"), this);
    edit->setShortcut(QKeySequence(Qt::Key_F2));
    edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    edit->setProperty("shortcutPlace", tr("Source viewer"));
    addAction(edit);
    const auto requestEdit = [this] {
        if (!m_article.isEmpty())
            Q_EMIT editRequested(m_article);
    };
    connect(edit, &QAction::triggered, this, requestEdit);
    connect(m_details, &QToolButton::clicked, this, requestEdit);
    layout->addWidget(m_text, 1);
    m_codeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    // Anywhere in the window: it codes the words selected in the source viewer.
    m_codeAction->setShortcutContext(Qt::WindowShortcut);
    m_codeAction->setProperty("shortcutPlace", tr("Window (the source viewer's selection)"));
    m_codeAction->setToolTip(tr("Record the position the selected words state (Ctrl+D)"));
    addAction(m_codeAction);
    connect(m_codeAction, &QAction::triggered, this, &SourceViewer::requestCode);
    m_code->setDefaultAction(m_codeAction);
    m_code->setText(tr("Code…"));
    m_code->setEnabled(false);
    connect(m_text, &QPlainTextEdit::selectionChanged, this,
            [this] { m_code->setEnabled(selectedSpan().length() > 0); });
    m_text->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_text, &QWidget::customContextMenuRequested, this, &SourceViewer::showTextMenu);
    connect(m_articles, &QComboBox::activated, this, [this](int i) {
        showArticle(m_articles->itemData(i, ModelRoles::ArticleIdRole).toString());
    });
    // Once per scroll or resize, when the events of the moment are handled.
    m_highlightInView->setSingleShot(true);
    m_highlightInView->setInterval(0);
    connect(m_highlightInView, &QTimer::timeout, this, &SourceViewer::highlightMentions);
    const auto follow = [this] { m_highlightInView->start(); };
    connect(m_text->verticalScrollBar(), &QScrollBar::valueChanged, this, follow);
    connect(m_text->verticalScrollBar(), &QScrollBar::rangeChanged, this, follow);
}

void SourceViewer::setDocument(DocumentModelPtr document)
{
    m_document = std::move(document);
    m_choices->setDocument(m_document);
    const QString previous = m_article;
    const Article *same = m_document->article(previous);
    if (same && same->sha256 == m_shownText) {
        // The same words (a claim coded, a filter changed): the reader keeps their place.
        m_articles->setCurrentIndex(m_document->articleIndex(previous));
        showMetadata(*same);
        highlightMentions();
        return;
    }
    m_article.clear();
    if (same)
        loadArticle(previous);
    else if (!m_document->articles.isEmpty())
        loadArticle(m_document->articles.first().id);
}

void SourceViewer::setCountry(const QString &iso)
{
    m_country = iso;
    // Bring the country's first mention in this article into view (without selecting it).
    const int index = m_document ? m_document->articleIndex(m_article) : -1;
    for (const Mention &m : index >= 0 ? m_document->mentions.at(index) : QVector<Mention>()) {
        if (m.entity() == iso) {
            QTextCursor cursor(m_text->document());
            cursor.setPosition(int(m.span.start));
            m_text->setTextCursor(cursor);
            m_text->centerCursor();
            break;
        }
    }
    highlightMentions();
}

void SourceViewer::showArticle(const QString &articleId)
{
    loadArticle(articleId);
    m_text->moveCursor(QTextCursor::Start);
}

void SourceViewer::showSpan(const SpanLink &link)
{
    if (!m_document || !m_document->article(link.article))
        return;
    loadArticle(link.article);
    QTextCursor cursor(m_text->document());
    const int size = m_text->document()->characterCount() - 1;
    cursor.setPosition(std::clamp(int(link.start), 0, size));
    cursor.setPosition(std::clamp(int(link.end), 0, size), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    // Centre the span rather than leaving it on the last visible line.
    m_text->centerCursor();
    highlightMentions(); // those around the span, at once
}

QString SourceViewer::selectedText() const
{
    // From the article's text: a line shown broken (shownText) has a space there, not a break.
    const QTextCursor cursor = m_text->textCursor();
    const Article *article = m_document ? m_document->article(m_article) : nullptr;
    if (article && cursor.hasSelection())
        return article->quote({cursor.selectionStart(), cursor.selectionEnd()});
    return cursor.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
}

QString SourceViewer::metadataText() const
{
    return m_meta->text();
}

void SourceViewer::loadArticle(const QString &articleId)
{
    if (articleId == m_article || !m_document)
        return;
    const Article *article = m_document->article(articleId);
    if (!article)
        return;
    m_article = articleId;
    m_articles->setCurrentIndex(m_document->articleIndex(articleId));
    m_text->setPlainText(shownText(article->text.toString()));
    m_shownText = article->sha256;
    showMetadata(*article);
    highlightMentions();
}

void SourceViewer::showMetadata(const Article &article)
{
    QStringList facts;
    if (!article.meta.publisher.isEmpty())
        facts.append(article.meta.publisher.toHtmlEscaped());
    if (!article.meta.author.isEmpty())
        facts.append(article.meta.author.toHtmlEscaped());
    const QString date = ArticleModel::dateText(article.meta);
    if (!date.isEmpty())
        facts.append(date);
    m_meta->setToolTip(tr("Read from %1").arg(article.shownPath()));
    const bool editable = !article.library.isEmpty();
    m_details->setEnabled(editable);
    m_details->setToolTip(editable ? tr("Edit the article's title, publisher, author and date "
                                        "(F2)")
                                   : tr("Built-in articles and those of added folders are "
                                        "read-only; the library's can be edited"));
    m_meta->setText(
        QStringLiteral("<b>%1</b><br>%2")
            .arg(article.meta.title.toHtmlEscaped(), facts.join(QStringLiteral(" · "))));
}

TextSpan SourceViewer::selectedSpan() const
{
    const QTextCursor cursor = m_text->textCursor();
    if (m_article.isEmpty() || !cursor.hasSelection())
        return {};
    // The words, without the spaces or line breaks a selection by hand takes at its ends: a
    // claim's quote is what its span holds.
    const QTextDocument *text = m_text->document();
    int start = cursor.selectionStart();
    int end = cursor.selectionEnd();
    while (start < end && text->characterAt(start).isSpace())
        ++start;
    while (end > start && text->characterAt(end - 1).isSpace())
        --end;
    return {start, end};
}

void SourceViewer::requestCode()
{
    // Without a selection too: whoever codes says what to do first.
    Q_EMIT codeRequested(m_article, selectedSpan());
}

void SourceViewer::showTextMenu(const QPoint &pos)
{
    QMenu *menu = m_text->createStandardContextMenu(pos);
    menu->insertAction(menu->actions().value(0), m_codeAction);
    menu->insertSeparator(menu->actions().value(1));
    m_codeAction->setEnabled(selectedSpan().length() > 0);
    menu->exec(m_text->viewport()->mapToGlobal(pos));
    m_codeAction->setEnabled(true);
    delete menu;
}

void SourceViewer::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        highlightMentions();
}

std::pair<qsizetype, qsizetype> SourceViewer::textAroundTheView() const
{
    // (At least this many characters on each side, for a view not laid out yet.)
    constexpr qsizetype kLeastScreen = 4000;
    const QRect view = m_text->viewport()->rect();
    qsizetype first = m_text->cursorForPosition(view.topLeft()).position();
    qsizetype last = m_text->cursorForPosition(view.bottomRight()).position();
    if (last < first)
        std::swap(first, last);
    const qsizetype screen = std::max(last - first, kLeastScreen);
    return {first - screen, last + screen};
}

void SourceViewer::highlightMentions()
{
    m_highlightInView->stop();
    QList<QTextEdit::ExtraSelection> selections;
    const int index = m_document ? m_document->articleIndex(m_article) : -1;
    // Only what is in view or near it: an article with tens of thousands of mentions would
    // otherwise keep the window busy for seconds at each highlight and each paint.
    const auto [from, to] = textAroundTheView();
    const auto near = [from = from, to = to](const TextSpan &span) {
        return span.end >= from && span.start <= to;
    };
    if (index >= 0) {
        // Navigation, captions and footers: kept in the text, shown as what they are.
        QTextCharFormat boilerplate;
        boilerplate.setForeground(palette().color(QPalette::PlaceholderText));
        boilerplate.setFontItalic(true);
        for (const Paragraph &p : m_document->articles.at(index).paragraphs) {
            if (!p.boilerplate || !near(p.span))
                continue;
            QTextEdit::ExtraSelection selection;
            selection.format = boilerplate;
            selection.cursor = QTextCursor(m_text->document());
            selection.cursor.setPosition(int(p.span.start));
            selection.cursor.setPosition(int(p.span.end), QTextCursor::KeepAnchor);
            selections.append(selection);
        }
    }
    if (index >= 0 && !m_country.isEmpty()) {
        // Its own text colour: the theme's text on the highlight could be white on yellow.
        QTextCharFormat format;
        const QColor highlight = Palette::mentionHighlight(Theme::isDark(palette()));
        format.setBackground(highlight);
        format.setForeground(Palette::textOn(highlight));
        for (const Mention &m : m_document->mentions.at(index)) {
            if (m.entity() != m_country || !near(m.span))
                continue;
            QTextEdit::ExtraSelection selection;
            selection.format = format;
            selection.cursor = QTextCursor(m_text->document());
            selection.cursor.setPosition(int(m.span.start));
            selection.cursor.setPosition(int(m.span.end), QTextCursor::KeepAnchor);
            selections.append(selection);
        }
    }
    m_text->setExtraSelections(selections);
}
