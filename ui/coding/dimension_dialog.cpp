#include "ui/coding/dimension_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

DimensionDialog::DimensionDialog(const Dimensions &existing, QWidget *parent)
    : QDialog(parent)
    , m_existing(existing)
    , m_name(new QLineEdit(this))
    , m_values(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("New Dimension"));
    m_name->setPlaceholderText(tr("e.g. Hosts refugees"));
    m_values->setPlaceholderText(tr("One value a line, e.g.\nYes\nNo\n\nor with scores (−2 to "
                                    "+2) for the charts:\nCondemns = 2\nSilent = 0"));
    m_values->setTabChangesFocus(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(link);"));
    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    auto *valuesLabel = new QLabel(tr("&Values:"), this);
    valuesLabel->setBuddy(m_values);
    form->addRow(valuesLabel, m_values);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DimensionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

Dimension DimensionDialog::parse(const QString &name, const QString &values)
{
    static const QRegularExpression scored(QStringLiteral("^(.*\\S)\\s*=\\s*([+\\-−]?\\d+)$"));
    Dimension d;
    d.label = name.simplified();
    d.id = Dimensions::idFor(d.label);
    d.own = true;
    for (const QString &line : values.split(QLatin1Char('\n'))) {
        const QString text = line.simplified();
        if (text.isEmpty())
            continue;
        DimensionValue v;
        const QRegularExpressionMatch m = scored.match(text);
        if (m.hasMatch()) {
            v.label = m.captured(1).trimmed();
            QString score = m.captured(2);
            score.replace(QChar(0x2212), QLatin1Char('-'));
            v.score = score.toInt();
        } else {
            v.label = text;
        }
        v.id = Dimensions::idFor(v.label);
        d.values.append(v);
    }
    return d;
}

Dimension DimensionDialog::dimension() const
{
    return parse(m_name->text(), m_values->toPlainText());
}

QString DimensionDialog::errorText() const
{
    return m_error->text();
}

void DimensionDialog::accept()
{
    const QString why = m_existing.check(dimension());
    if (!why.isEmpty()) {
        m_error->setText(tr("Cannot add it: %1.").arg(why));
        return;
    }
    QDialog::accept();
}
