#include "ui/style/palette.h"

#include "app/charts/chart_data.h"
#include "app/codebook/dimensions.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace Palette {

QColor stance(const QString &stanceValue)
{
    // A diverging scale, red (pro-Russia) to blue (pro-Ukraine), readable on light and dark.
    static const QHash<QString, QColor> colours{
        {QStringLiteral("supports_russia"), QColor(0xc6, 0x28, 0x28)},
        {QStringLiteral("leans_russia"), QColor(0xef, 0x8a, 0x62)},
        {QStringLiteral("balancing"), QColor(0x9e, 0x9e, 0x9e)},
        {QStringLiteral("leans_ukraine"), QColor(0x67, 0xa9, 0xcf)},
        {QStringLiteral("supports_ukraine"), QColor(0x1f, 0x5f, 0xb4)}};
    return colours.value(stanceValue);
}

QColor eventType(const QString &type)
{
    static const QHash<QString, QColor> colours{
        {QStringLiteral("call"), QColor(0x42, 0x85, 0xf4)},
        {QStringLiteral("meeting"), QColor(0x0f, 0x9d, 0x58)},
        {QStringLiteral("statement"), QColor(0xf4, 0xb4, 0x00)},
        {QStringLiteral("vote"), QColor(0x8e, 0x24, 0xaa)},
        {QStringLiteral("sanction"), QColor(0xdb, 0x44, 0x37)},
        {QStringLiteral("application"), QColor(0x00, 0xac, 0xc1)},
        {QStringLiteral("military"), QColor(0x8d, 0x6e, 0x63)},
        {QStringLiteral("humanitarian"), QColor(0xe9, 0x1e, 0x63)},
        {QStringLiteral("other"), QColor(0x78, 0x90, 0x9c)}};
    return colours.value(type, QColor(0x78, 0x90, 0x9c));
}

QColor conflict()
{
    return QColor(0xe6, 0x7e, 0x00);
}

QString conflictName()
{
    return QStringLiteral("orange");
}

QColor conflictText(bool dark)
{
    return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0x9a, 0x4a, 0x00);
}

QColor badge()
{
    return QColor(0x54, 0x6e, 0x7a);
}

QColor vote(const QString &vote)
{
    static const QHash<QString, QColor> colours{
        {QStringLiteral("yes"), QColor(0x1f, 0x5f, 0xb4)},
        {QStringLiteral("no"), QColor(0xc6, 0x28, 0x28)},
        {QStringLiteral("abstain"), QColor(0x9e, 0x9e, 0x9e)},
        {QStringLiteral("absent"), QColor(0xd7, 0xcc, 0xc8)}};
    return colours.value(vote, QColor(0x78, 0x90, 0x9c));
}

QColor series(int index)
{
    static const QColor colours[] = {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b),
                                     QColor(0x59, 0xa1, 0x4f), QColor(0xe1, 0x57, 0x59),
                                     QColor(0x76, 0xb7, 0xb2), QColor(0xed, 0xc9, 0x48),
                                     QColor(0xb0, 0x7a, 0xa1), QColor(0xff, 0x9d, 0xa7),
                                     QColor(0x9c, 0x75, 0x5f), QColor(0xba, 0xb0, 0xac)};
    return colours[index % 10];
}

namespace {

// Paul Tol's "muted" qualitative scheme without its cyan and teal, which stand too near the
// stance scale's light blue and grey: distinct under deuteranopia and protanopia as well.
const QColor kCountryColours[] = {QColor(0xcc, 0x66, 0x77), QColor(0x33, 0x22, 0x88),
                                  QColor(0xdd, 0xcc, 0x77), QColor(0x11, 0x77, 0x33),
                                  QColor(0x88, 0x22, 0x55), QColor(0x99, 0x99, 0x33),
                                  QColor(0xaa, 0x44, 0x99)};
constexpr int kCountryColourCount = int(std::size(kCountryColours));

} // namespace

int countryPaletteSize()
{
    return kCountryColourCount;
}

namespace {

// A country's slot: the gazetteer's, else a stable one from its code (qHash is seeded per
// process).
int ownSlot(int slot, const QString &iso)
{
    if (slot >= 0)
        return slot % kCountryColourCount;
    unsigned sum = 0;
    for (const QChar c : iso)
        sum = sum * 31 + c.unicode();
    return int(sum % kCountryColourCount);
}

} // namespace

QColor country(int slot, const QString &iso)
{
    return kCountryColours[ownSlot(slot, iso)];
}

QHash<QString, int> countrySlots(const QHash<QString, int> &preferred)
{
    QStringList isos = preferred.keys();
    std::sort(isos.begin(), isos.end());
    QHash<QString, int> slots;
    QVector<bool> taken(kCountryColourCount, false);
    for (const QString &iso : std::as_const(isos)) {
        int slot = ownSlot(preferred.value(iso), iso);
        for (int step = 0; step < kCountryColourCount && taken.at(slot); ++step)
            slot = (slot + 1) % kCountryColourCount;
        if (taken.at(slot))
            slot = ownSlot(preferred.value(iso), iso); // more countries than colours
        taken[slot] = true;
        slots.insert(iso, slot);
    }
    return slots;
}

QColor dimensionValue(const QString &dimension, const QString &value)
{
    if (dimension == QLatin1String("stance"))
        return stance(value);
    if (dimension.startsWith(QLatin1String("unga_")))
        return vote(value);
    static const QColor colours[] = {QColor(0x26, 0xa6, 0x9a), QColor(0xa1, 0x88, 0x7f),
                                     QColor(0x7e, 0x57, 0xc2), QColor(0xff, 0xa7, 0x26)};
    const Dimension *d = Dimensions::builtin().find(dimension);
    int index = 0;
    if (d) {
        while (index < d->values.size() && d->values.at(index).id != value)
            ++index;
    }
    return colours[index % 4];
}

QColor difference(bool dark)
{
    // A highlighter's yellow on light; a muted amber on dark, under light text.
    return dark ? QColor(0x6d, 0x5a, 0x1c) : QColor(0xff, 0xec, 0xa8);
}

QColor coverage(DimensionCoverage::Level level)
{
    // Solid evidence in the blue of the charts' first series; thin in amber, none in grey.
    switch (level) {
    case DimensionCoverage::Level::Several:
        return QColor(0x4e, 0x79, 0xa7);
    case DimensionCoverage::Level::Single:
        return QColor(0xf2, 0xb4, 0x47);
    case DimensionCoverage::Level::None:
        break;
    }
    return QColor(0xbd, 0xbd, 0xbd);
}

QColor of(const SeriesMeaning &meaning)
{
    switch (meaning.kind) {
    case SeriesMeaning::Kind::StanceValue:
        return stance(meaning.value);
    case SeriesMeaning::Kind::EventType:
        return eventType(meaning.value);
    case SeriesMeaning::Kind::Vote:
        return vote(meaning.value);
    case SeriesMeaning::Kind::Disputed:
        return conflict();
    case SeriesMeaning::Kind::Coverage:
        return coverage(meaning.coverage);
    case SeriesMeaning::Kind::Country:
        return country(meaning.ordinal, meaning.value);
    case SeriesMeaning::Kind::Article:
        break;
    }
    return series(meaning.ordinal);
}

QColor mentionHighlight(bool dark)
{
    return dark ? QColor(0x5c, 0x4b, 0x00) : QColor(0xff, 0xec, 0x99);
}

namespace {

// WCAG 2 relative luminance of an sRGB colour.
double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor textOn(const QColor &background)
{
    const QColor black(Qt::black), white(Qt::white);
    return contrast(black, background) >= contrast(white, background) ? black : white;
}

QColor readableOn(const QColor &colour, const QVector<QColor> &backgrounds)
{
    constexpr double kAA = 4.5;
    const auto leastContrast = [&backgrounds](const QColor &c) {
        double least = 21;
        for (const QColor &background : backgrounds)
            least = std::min(least, contrast(c, background));
        return least;
    };
    // Darker on light backgrounds, lighter on dark ones: the way the text contrasts more.
    const bool darker = backgrounds.isEmpty() || textOn(backgrounds.first()) == QColor(Qt::black);
    QColor hsl = colour.toHsl();
    for (int step = 0; step < 100 && leastContrast(hsl) < kAA; ++step) {
        const double lightness = hsl.lightnessF() + (darker ? -0.02 : 0.02);
        hsl.setHslF(hsl.hslHueF(), hsl.hslSaturationF(), std::clamp(lightness, 0.0, 1.0));
    }
    return hsl.toRgb();
}

} // namespace Palette
