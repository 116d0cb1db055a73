// A country keeps one colour everywhere, whatever the order it was chosen in; the country
// colours stay apart from the stance colours and from each other, also for colour-blind
// readers. Colour differences are computed here (CIE 1976 ΔE in CIELAB, colour-blind vision
// simulated with Machado et al.'s matrices at full severity), not taken from the code.
#include "app/corpus/problem.h"
#include "app/extract/gazetteer.h"
#include "ui/charts/chart_card.h"
#include "ui/charts/chart_factory.h"
#include "ui/compare/comparison_view.h"
#include "ui/compare/country_picker.h"
#include "ui/style/palette.h"
#include "window_fixture.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QHash>
#include <QScatterSeries>
#include <QSet>
#include <QTabWidget>
#include <QToolButton>

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <memory>

namespace {

using Rgb = std::array<double, 3>;

double toLinear(double v)
{
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

Rgb linearOf(const QColor &c)
{
    return {toLinear(c.redF()), toLinear(c.greenF()), toLinear(c.blueF())};
}

Rgb lab(const Rgb &linear)
{
    const double x = (0.4124 * linear[0] + 0.3576 * linear[1] + 0.1805 * linear[2]) / 0.95047;
    const double y = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    const double z = (0.0193 * linear[0] + 0.1192 * linear[1] + 0.9505 * linear[2]) / 1.08883;
    const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double deltaE(const Rgb &linearA, const Rgb &linearB)
{
    const Rgb a = lab(linearA), b = lab(linearB);
    return std::hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

using Matrix = std::array<Rgb, 3>;
const Matrix kDeuteranopia{{{0.367322, 0.860646, -0.227968},
                            {0.280085, 0.672501, 0.047413},
                            {-0.011820, 0.042940, 0.968881}}};
const Matrix kProtanopia{{{0.152286, 1.052583, -0.204868},
                          {0.114503, 0.786281, 0.099216},
                          {-0.003882, -0.048116, 1.051998}}};

Rgb seenWith(const Matrix &m, const Rgb &linear)
{
    Rgb out{};
    for (int r = 0; r < 3; ++r)
        out[r] =
            std::clamp(m[r][0] * linear[0] + m[r][1] * linear[1] + m[r][2] * linear[2], 0.0, 1.0);
    return out;
}

QVector<QColor> countryColours()
{
    QVector<QColor> colours;
    for (int slot = 0; slot < Palette::countryPaletteSize(); ++slot)
        colours.append(Palette::country(slot, {}));
    return colours;
}

const QStringList kStances{QStringLiteral("supports_russia"), QStringLiteral("leans_russia"),
                           QStringLiteral("balancing"), QStringLiteral("leans_ukraine"),
                           QStringLiteral("supports_ukraine")};

// The colour of each country's dots (or bars) the comparison chart draws, by its legend name.
QHash<QString, QColor> comparisonColours(MainWindow &window, const QStringList &countries)
{
    ComparisonView *view = window.comparison();
    window.tabs()->setCurrentWidget(view);
    view->setCountries(countries);
    // Drawn as the card draws it (the card itself draws only when it is on screen).
    const std::unique_ptr<QChart> chart(
        ChartFactory::create(view->comparisonChart()->data(), false));
    QHash<QString, QColor> colours;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                colours.insert(set->label(), set->color());
        } else if (auto *dots = qobject_cast<QScatterSeries *>(series)) {
            colours.insert(dots->name(), dots->color());
        }
    }
    return colours;
}

} // namespace

TEST(CountryColour, NoCountryColourIsTakenForAStanceColour)
{
    for (const QColor &country : countryColours()) {
        for (const QString &stance : kStances) {
            const QColor s = Palette::stance(stance);
            EXPECT_GE(deltaE(linearOf(country), linearOf(s)), 20.0)
                << country.name().toStdString() << " near " << stance.toStdString();
        }
    }
}

TEST(CountryColour, TheCountryColoursStayApartForColourBlindReaders)
{
    const QVector<QColor> colours = countryColours();
    ASSERT_GE(colours.size(), 5); // more than a comparison's four countries
    for (const Matrix *vision : {&kDeuteranopia, &kProtanopia}) {
        for (int a = 0; a < colours.size(); ++a) {
            for (int b = a + 1; b < colours.size(); ++b) {
                EXPECT_GE(deltaE(seenWith(*vision, linearOf(colours.at(a))),
                                 seenWith(*vision, linearOf(colours.at(b)))),
                          15.0)
                    << colours.at(a).name().toStdString() << " and "
                    << colours.at(b).name().toStdString();
            }
        }
    }
}

TEST(CountryColour, EveryBuiltInCountryHasItsOwnColourInItsRegion)
{
    Problems problems;
    const Gazetteer gazetteer = Gazetteer::builtin(&problems);
    QHash<QString, QSet<int>> slotsOfRegion;
    int countries = 0;
    for (const Entity &e : gazetteer.entities()) {
        if (e.kind != Entity::Kind::Country)
            continue;
        ++countries;
        EXPECT_GE(e.colour, 0) << e.id.toStdString() << " has no colour in the gazetteer";
        EXPECT_LT(e.colour, Palette::countryPaletteSize()) << e.id.toStdString();
        EXPECT_FALSE(slotsOfRegion[e.region].contains(e.colour))
            << e.id.toStdString() << " shares its colour with a neighbour of "
            << e.region.toStdString();
        slotsOfRegion[e.region].insert(e.colour);
    }
    EXPECT_GT(countries, 10);
    // Neighbours are compared most: in a region of up to four countries no two colours are
    // near ("Armenia and Georgia look alike" had been 25 apart). Central Asia's five take the
    // five colours that are neither Russia's nor Ukraine's: two of those pairs are nearer.
    for (auto it = slotsOfRegion.cbegin(); it != slotsOfRegion.cend(); ++it) {
        if (it.value().size() > 4)
            continue;
        const QList<int> slots = it.value().values();
        for (int a = 0; a < slots.size(); ++a) {
            for (int b = a + 1; b < slots.size(); ++b) {
                const QColor one = Palette::country(slots.at(a), {});
                const QColor other = Palette::country(slots.at(b), {});
                EXPECT_GE(deltaE(linearOf(one), linearOf(other)), 40.0)
                    << it.key().toStdString() << ": " << one.name().toStdString() << " and "
                    << other.name().toStdString();
            }
        }
    }
}

TEST(CountryColour, ACountryWithoutAColourTakesTheSameOneEveryTime)
{
    EXPECT_EQ(Palette::country(-1, QStringLiteral("POL")),
              Palette::country(-1, QStringLiteral("POL")));
    bool anotherDiffers = false;
    for (const char *iso : {"DEU", "FRA", "ITA", "ESP", "SWE"})
        anotherDiffers |= Palette::country(-1, QString::fromLatin1(iso)) !=
                          Palette::country(-1, QStringLiteral("POL"));
    EXPECT_TRUE(anotherDiffers);
}

TEST(CountryColour, ACountryKeepsItsColourWhateverTheOrderItWasChosenIn)
{
    WindowFixture f;
    const QHash<QString, QColor> first = comparisonColours(
        f.window(), {QStringLiteral("BLR"), QStringLiteral("KAZ"), QStringLiteral("GEO")});
    const QHash<QString, QColor> second = comparisonColours(
        f.window(), {QStringLiteral("GEO"), QStringLiteral("KAZ"), QStringLiteral("BLR")});
    ASSERT_EQ(first.size(), 3);
    for (auto it = first.cbegin(); it != first.cend(); ++it)
        EXPECT_EQ(second.value(it.key()), it.value()) << it.key().toStdString();
    EXPECT_NE(first.value(QStringLiteral("Belarus")), first.value(QStringLiteral("Georgia")));

    // The picker's chip of a chosen country wears the colour its bars are drawn in.
    const QString georgia = first.value(QStringLiteral("Georgia")).name();
    bool chipFound = false;
    for (QToolButton *chip : f.window().comparison()->picker()->findChildren<QToolButton *>()) {
        if (chip->text().startsWith(QStringLiteral("Georgia")) && chip->isChecked())
            chipFound = chip->styleSheet().contains(QStringLiteral("background: ") + georgia);
    }
    EXPECT_TRUE(chipFound);

    // Pro-Ukraine Georgia is not drawn in the red of "Supports Russia", nor in any stance colour.
    for (const QString &stance : kStances)
        EXPECT_GE(deltaE(linearOf(first.value(QStringLiteral("Georgia"))),
                         linearOf(Palette::stance(stance))),
                  20.0)
            << stance.toStdString();
}

TEST(CountryColour, TwoCountriesOfOneColourAreDrawnApartInAComparison)
{
    // Estonia and Armenia share a colour in the gazetteer (each region's countries differ).
    Problems problems;
    const Gazetteer gazetteer = Gazetteer::builtin(&problems);
    ASSERT_EQ(gazetteer.find(QStringLiteral("EST"))->colour,
              gazetteer.find(QStringLiteral("ARM"))->colour);
    WindowFixture f;
    const QHash<QString, QColor> one =
        comparisonColours(f.window(), {QStringLiteral("EST"), QStringLiteral("ARM")});
    const QHash<QString, QColor> other =
        comparisonColours(f.window(), {QStringLiteral("ARM"), QStringLiteral("EST")});
    ASSERT_EQ(one.size(), 2);
    EXPECT_NE(one.value(QStringLiteral("Estonia")), one.value(QStringLiteral("Armenia")));
    EXPECT_EQ(one, other); // whatever the order they were chosen in
    // The picker's chips wear the colours the dots are drawn in.
    for (QToolButton *chip : f.window().comparison()->picker()->findChildren<QToolButton *>()) {
        if (!chip->isChecked())
            continue;
        const QString name = chip->text().section(QStringLiteral("  "), 0, 0);
        EXPECT_TRUE(
            chip->styleSheet().contains(QStringLiteral("background: ") + one.value(name).name()))
            << name.toStdString();
    }
}
