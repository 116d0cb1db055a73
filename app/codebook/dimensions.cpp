#include "app/codebook/dimensions.h"

namespace {

QVector<DimensionValue> yesNo()
{
    return {{QStringLiteral("yes"), QStringLiteral("Yes"), std::nullopt},
            {QStringLiteral("no"), QStringLiteral("No"), std::nullopt}};
}

QVector<DimensionValue> unVote()
{
    // Scored on the stance scale: for the resolution condemning Russia +2, against -2.
    return {{QStringLiteral("yes"), QStringLiteral("In favour"), 2},
            {QStringLiteral("no"), QStringLiteral("Against"), -2},
            {QStringLiteral("abstain"), QStringLiteral("Abstained"), 0},
            {QStringLiteral("absent"), QStringLiteral("Did not vote"), 0}};
}

QVector<Dimension> makeDimensions()
{
    return {
        {QStringLiteral("stance"),
         QStringLiteral("Stance on the invasion"),
         {{QStringLiteral("supports_russia"), QStringLiteral("Supports Russia"), -2},
          {QStringLiteral("leans_russia"), QStringLiteral("Leans to Russia"), -1},
          {QStringLiteral("balancing"), QStringLiteral("Balancing"), 0},
          {QStringLiteral("leans_ukraine"), QStringLiteral("Leans to Ukraine"), 1},
          {QStringLiteral("supports_ukraine"), QStringLiteral("Supports Ukraine"), 2}}},
        {QStringLiteral("unga_es11_1"), QStringLiteral("UN vote, 2 March 2022 (ES-11/1)"),
         unVote()},
        {QStringLiteral("unga_es11_2"), QStringLiteral("UN vote, 24 March 2022 (ES-11/2)"),
         unVote()},
        {QStringLiteral("csto_member"), QStringLiteral("CSTO member"), yesNo()},
        {QStringLiteral("eaeu_member"), QStringLiteral("EAEU member"), yesNo()},
        {QStringLiteral("eu_member"), QStringLiteral("EU member"), yesNo()},
        {QStringLiteral("nato_member"), QStringLiteral("NATO member"), yesNo()},
        {QStringLiteral("eu_application"), QStringLiteral("Applied to join the EU in 2022"),
         yesNo()},
        {QStringLiteral("recognizes_dpr_lpr"),
         QStringLiteral("Recognises the Donetsk and Luhansk “republics”"), yesNo()},
        {QStringLiteral("military_involvement"),
         QStringLiteral("Military involvement"),
         {{QStringLiteral("troops"), QStringLiteral("Own troops fight"), std::nullopt},
          {QStringLiteral("territory"), QStringLiteral("Territory used for the attack"),
           std::nullopt},
          {QStringLiteral("none"), QStringLiteral("None"), std::nullopt}}},
        {QStringLiteral("sanctions"),
         QStringLiteral("Western sanctions on Russia"),
         {{QStringLiteral("sanctioned"), QStringLiteral("Under sanctions itself"), std::nullopt},
          {QStringLiteral("complies"), QStringLiteral("Complies with them"), std::nullopt},
          {QStringLiteral("does_not_join"), QStringLiteral("Does not join"), std::nullopt}}},
        {QStringLiteral("humanitarian_aid"), QStringLiteral("Humanitarian aid to Ukraine"),
         yesNo()},
    };
}

} // namespace

const DimensionValue *Dimension::value(const QString &valueId) const
{
    for (const DimensionValue &v : values) {
        if (v.id == valueId)
            return &v;
    }
    return nullptr;
}

bool Dimension::isScored() const
{
    return !values.isEmpty() && values.first().score.has_value();
}

const QVector<Dimension> &Dimensions::all()
{
    static const QVector<Dimension> dimensions = makeDimensions();
    return dimensions;
}

const Dimension *Dimensions::find(const QString &id)
{
    for (const Dimension &d : all()) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

QString Dimensions::valueLabel(const QString &dimension, const QString &value)
{
    const Dimension *d = find(dimension);
    const DimensionValue *v = d ? d->value(value) : nullptr;
    return v ? v->label : value;
}
