#include "ui/help/user_guide.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

UserGuide::UserGuide(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Position Explorer — User Guide"));
    // Links within the guide (#anchors) move in it; an address outside it is not opened.
    m_browser->setOpenExternalLinks(false);
    m_browser->setOpenLinks(true);
    QFile guide(resourcePath());
    if (guide.open(QIODevice::ReadOnly))
        m_browser->setHtml(QString::fromUtf8(guide.readAll()));
    else
        m_browser->setPlainText(
            tr("The user guide is missing from this build (%1).").arg(resourcePath()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(720, 640);
}

QString UserGuide::resourcePath()
{
    return QStringLiteral(":/help/guide.html");
}
