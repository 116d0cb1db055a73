#include "ui/panes/evidence_view.h"

#include "app/codebook/dimensions.h"
#include "app/corpus/wording.h"
#include "app/evidence/evidence_ref.h"

#include <QEvent>
#include <QUrl>

EvidenceView::EvidenceView(QWidget *parent)
    : QTextBrowser(parent)
{
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
    const Dimension *dimension = Dimensions::find(position.dimension);
    QString title = dimension ? dimension->label : position.dimension;
    if (position.conflict)
        title += position.tie ? tr(" — sources disagree, as many on each side")
                              : tr(" — sources disagree");
    const SourceDate newest = position.newestDate();
    showItems(title, Evidence::ofPosition(position),
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

void EvidenceView::render()
{
    const QString muted = mutedColour();
    if (!m_placeholder.isEmpty()) {
        m_count = 0;
        setHtml(QStringLiteral("<p style='color: %1;'>%2</p>")
                    .arg(muted, m_placeholder.toHtmlEscaped()));
        return;
    }
    m_count = int(m_items.size());
    QString html =
        QStringLiteral("<h3 style='margin: 0 0 6px 0;'>%1</h3>").arg(m_title.toHtmlEscaped());
    if (!m_intro.isEmpty())
        html += QStringLiteral("<p style='margin: 0 0 4px 0; color:%1;'>%2</p>")
                    .arg(muted, m_intro.toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                QStringLiteral("<br>")));
    for (const EvidenceRef &item : std::as_const(m_items))
        html += itemHtml(item, muted);
    setHtml(html);
}

QString EvidenceView::itemHtml(const EvidenceRef &item, const QString &muted) const
{
    const Article *article = m_document ? m_document->article(item.article) : nullptr;
    const QString articleDate = article ? SourceDate::ofArticle(article->meta).text() : QString();
    // The source by its short name, its title, its publisher (when the short name is another)
    // and its date.
    const QString publisher =
        article && !article->meta.publisher.isEmpty() && article->meta.publisher != article->label()
            ? QStringLiteral(", ") + article->meta.publisher.toHtmlEscaped()
            : QString();
    const QString source =
        article ? QStringLiteral("%1 — <i>%2</i>%3%4")
                      .arg(article->label().toHtmlEscaped(), article->meta.title.toHtmlEscaped(),
                           publisher,
                           articleDate.isEmpty() ? QString() : QStringLiteral(", ") + articleDate)
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
    QString html = QStringLiteral("<p style='margin: 8px 0 0 0;'><b>%1</b>%2 &nbsp;<span "
                                  "style='color:%3;'>%4</span></p>"
                                  "<blockquote style='margin: 2px 12px 0 12px;'>%5</blockquote>")
                       .arg(item.label.toHtmlEscaped(), date, muted, source,
                            Wording::quoted(item.text).toHtmlEscaped());
    if (!item.note.isEmpty())
        html += QStringLiteral("<p style='margin: 2px 12px; color:%1;'>Note: %2</p>")
                    .arg(muted, item.note.toHtmlEscaped());
    html += QStringLiteral("<p style='margin: 2px 12px;'><a href='%1'>%2</a></p>")
                .arg(href, tr("Show in source ›"));
    return html;
}
