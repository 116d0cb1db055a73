// Every highlight and chip with text on it reads in both themes: WCAG AA, a contrast of 4.5:1,
// computed here from the colours the widgets draw with.
#include "app/models/event_model.h"
#include "ui/compare/comparison_view.h"
#include "ui/compare/country_picker.h"
#include "ui/panes/country_header.h"
#include "ui/panes/country_list_pane.h"
#include "ui/panes/source_viewer.h"
#include "ui/panes/timeline_pane.h"
#include "ui/style/palette.h"
#include "ui/style/theme.h"
#include "window_fixture.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

#include <gtest/gtest.h>

#include <cmath>

namespace {

constexpr double kAA = 4.5;

// WCAG 2 relative luminance and contrast, written out here from the standard (not taken from
// the code under test).
double luminance(const QColor &c)
{
    const auto linear = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

double ratio(const QColor &a, const QColor &b)
{
    const double x = luminance(a), y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

class Contrast : public ::testing::TestWithParam<Theme::Kind> {
protected:
    void SetUp() override { Theme::apply(GetParam()); }
    void TearDown() override { Theme::apply(Theme::Kind::Light); }
};

} // namespace

TEST_P(Contrast, TheSourceViewersHighlightsReadOnTheirBackground)
{
    WindowFixture f;
    MainWindow &w = f.window();
    w.countryList()->selectCountry(QStringLiteral("KAZ"));
    QPlainTextEdit *text = w.sourceViewer()->textView();
    int highlights = 0;
    for (const QTextEdit::ExtraSelection &s : text->extraSelections()) {
        const QColor foreground = s.format.hasProperty(QTextFormat::ForegroundBrush)
                                      ? s.format.foreground().color()
                                      : text->palette().color(QPalette::Text);
        const QColor background = s.format.hasProperty(QTextFormat::BackgroundBrush)
                                      ? s.format.background().color()
                                      : text->palette().color(QPalette::Base);
        highlights += s.format.hasProperty(QTextFormat::BackgroundBrush) ? 1 : 0;
        EXPECT_GE(ratio(foreground, background), kAA)
            << foreground.name().toStdString() << " on " << background.name().toStdString();
    }
    EXPECT_GT(highlights, 0); // Kazakhstan is mentioned in the article shown
}

TEST_P(Contrast, TheTimelinesEventTypesReadOnItsRows)
{
    // The type column's words in the charts' colours: "statement" was yellow on white (1.85:1).
    WindowFixture f;
    MainWindow &w = f.window();
    w.countryList()->selectCountry(QStringLiteral("KAZ"));
    w.tabs()->setCurrentWidget(w.timeline());
    QTableView *view = w.timeline()->view();
    const QColor rows[] = {view->palette().color(QPalette::Base),
                           view->palette().color(QPalette::AlternateBase)};
    QSet<QString> types;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const QModelIndex type = view->model()->index(r, EventModel::TypeColumn);
        const QColor text = type.data(Qt::ForegroundRole).value<QColor>();
        ASSERT_TRUE(text.isValid());
        types.insert(type.data().toString());
        for (const QColor &row : rows)
            EXPECT_GE(ratio(text, row), kAA)
                << type.data().toString().toStdString() << " " << text.name().toStdString()
                << " on " << row.name().toStdString();
    }
    EXPECT_GE(types.size(), 3); // (several types, each in its own colour)
}

TEST_P(Contrast, TheHeadersBadgesReadOnTheirColour)
{
    WindowFixture f;
    MainWindow &w = f.window();
    w.countryList()->selectCountry(QStringLiteral("KAZ")); // CSTO, EAEU
    static const QRegularExpression colours(
        QStringLiteral("background: (#[0-9a-f]{6}); color: (#[0-9a-f]{6})"));
    int badges = 0;
    for (QLabel *label : w.header()->findChildren<QLabel *>()) {
        const auto match = colours.match(label->styleSheet());
        if (!match.hasMatch() || label->text().isEmpty())
            continue;
        ++badges;
        EXPECT_GE(ratio(QColor(match.captured(2)), QColor(match.captured(1))), kAA)
            << label->text().toStdString();
    }
    EXPECT_GE(badges, 2);
}

TEST_P(Contrast, TheComparisonsCountryChipsReadOnTheirColour)
{
    WindowFixture f;
    MainWindow &w = f.window();
    QStringList countries;
    for (const Entity &e : w.document()->gazetteer.entities()) {
        if (e.kind == Entity::Kind::Country)
            countries.append(e.id);
    }
    static const QRegularExpression colours(
        QStringLiteral("background: (#[0-9a-f]{6}); color: (#[0-9a-f]{6})"));
    int chips = 0;
    // Every country's chip, four at a time as the picker holds them, read off the widgets.
    for (qsizetype from = 0; from + 1 < countries.size(); from += 4) {
        w.comparison()->setCountries(countries.mid(from, 4));
        for (QToolButton *chip : w.comparison()->picker()->findChildren<QToolButton *>()) {
            const auto match = colours.match(chip->styleSheet());
            if (!chip->isChecked() || !match.hasMatch())
                continue;
            ++chips;
            EXPECT_GE(ratio(QColor(match.captured(2)), QColor(match.captured(1))), kAA)
                << chip->text().toStdString();
        }
    }
    EXPECT_GE(chips, countries.size() - 1);
}

TEST_P(Contrast, ChipsAndRowHighlightsRead)
{
    const bool dark = GetParam() == Theme::Kind::Dark;
    const QPalette palette = QApplication::palette();
    // The "disputed" pill, and each colour a chip can take (stances, votes, badges, series).
    QVector<QColor> chips{Palette::conflict(), Palette::badge()};
    for (const char *stance :
         {"supports_russia", "leans_russia", "balancing", "leans_ukraine", "supports_ukraine"})
        chips.append(Palette::stance(QLatin1String(stance)));
    for (const char *vote : {"yes", "no", "abstain", "absent"})
        chips.append(Palette::vote(QLatin1String(vote)));
    for (const QColor &chip : chips)
        EXPECT_GE(ratio(Palette::textOn(chip), chip), kAA) << chip.name().toStdString();
    // Rows where compared countries differ keep the theme's text; the conflict's small text is
    // read on the plain rows.
    EXPECT_GE(ratio(palette.color(QPalette::Text), Palette::difference(dark)), kAA);
    EXPECT_GE(ratio(Palette::conflictText(dark), palette.color(QPalette::Base)), kAA);
    EXPECT_GE(ratio(Palette::conflictText(dark), palette.color(QPalette::AlternateBase)), kAA);
}

INSTANTIATE_TEST_SUITE_P(BothThemes, Contrast,
                         ::testing::Values(Theme::Kind::Light, Theme::Kind::Dark),
                         [](const auto &info) {
                             return info.param == Theme::Kind::Light ? "Light" : "Dark";
                         });
