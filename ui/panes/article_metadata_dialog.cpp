#include "ui/panes/article_metadata_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

ArticleMetadataDialog::ArticleMetadataDialog(const Article &article, QWidget *parent)
    : QDialog(parent)
    , m_original(article.meta)
    , m_title(new QLineEdit(article.meta.title, this))
    , m_short(new QLineEdit(article.meta.shortName, this))
    , m_publisher(new QLineEdit(article.meta.publisher, this))
    , m_author(new QLineEdit(article.meta.author, this))
    , m_published(new QLineEdit(article.meta.published.isValid()
                                    ? article.meta.published.toString(Qt::ISODate)
                                    : QString(),
                                this))
    , m_url(new QLineEdit(article.meta.url, this))
    , m_problem(new QLabel(this))
{
    // The file named in the dialog, whole: a window manager cuts a long title in its middle.
    setWindowTitle(tr("Article Details"));
    auto *file = new QLabel(tr("File: %1").arg(article.file), this);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    file->setWordWrap(true);
    m_published->setPlaceholderText(tr("YYYY-MM-DD, or empty when unknown"));
    m_short->setPlaceholderText(tr("how lists and charts name it"));
    // Room for a title of about sixty characters, each shown from its start.
    for (QLineEdit *edit : {m_title, m_short, m_publisher, m_author, m_published, m_url}) {
        edit->setMinimumWidth(edit->fontMetrics().averageCharWidth() * kFieldCharacters);
        edit->setCursorPosition(0);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("S&hort name:"), m_short);
    form->addRow(tr("&Publisher:"), m_publisher);
    form->addRow(tr("&Author:"), m_author);
    form->addRow(tr("P&ublished:"), m_published);
    form->addRow(tr("&Address (URL):"), m_url);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(file);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    m_problem->hide();
    connect(buttons, &QDialogButtonBox::accepted, this, &ArticleMetadataDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QLineEdit *ArticleMetadataDialog::field(const QString &name) const
{
    if (name == QLatin1String("title"))
        return m_title;
    if (name == QLatin1String("short"))
        return m_short;
    if (name == QLatin1String("publisher"))
        return m_publisher;
    if (name == QLatin1String("author"))
        return m_author;
    if (name == QLatin1String("published"))
        return m_published;
    return name == QLatin1String("url") ? m_url : nullptr;
}

QString ArticleMetadataDialog::problem() const
{
    const QString date = m_published->text().trimmed();
    if (!date.isEmpty() && !QDate::fromString(date, Qt::ISODate).isValid())
        return tr("'%1' is not a date: write it as 2022-03-02, or leave it empty").arg(date);
    return {};
}

ArticleMetadata ArticleMetadataDialog::metadata() const
{
    ArticleMetadata meta = m_original; // the period and year stay as they were
    meta.title = m_title->text().trimmed();
    meta.shortName = m_short->text().trimmed();
    meta.publisher = m_publisher->text().trimmed();
    meta.author = m_author->text().trimmed();
    meta.published = QDate::fromString(m_published->text().trimmed(), Qt::ISODate);
    meta.url = m_url->text().trimmed();
    return meta;
}

void ArticleMetadataDialog::accept()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    if (why.isEmpty())
        QDialog::accept();
}
