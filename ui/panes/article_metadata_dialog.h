// ui: edits what the app says of a library article — title, short name, publisher, author, date
// of publication, address — before the window stores it in the library.
#pragma once

#include "app/corpus/article.h"

#include <QDialog>

class QLabel;
class QLineEdit;

class ArticleMetadataDialog : public QDialog {
    Q_OBJECT
public:
    ArticleMetadataDialog(const Article &article, QWidget *parent = nullptr);

    // Each field has room for this many characters of average width at least.
    static constexpr int kFieldCharacters = 60;

    ArticleMetadata metadata() const;
    QString problem() const; // why the fields cannot be kept (a date that is none); empty if fine

    QLineEdit *field(const QString &name) const; // "title", "short", "publisher", …, for tests
    void accept() override;

private:
    ArticleMetadata m_original;
    QLineEdit *m_title;
    QLineEdit *m_short;
    QLineEdit *m_publisher;
    QLineEdit *m_author;
    QLineEdit *m_published;
    QLineEdit *m_url;
    QLabel *m_problem;
};
