#include "app/codebook/dimensions.h"

#include <QJsonObject>
#include <QRegularExpression>

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

Dimensions::Dimensions()
    : m_all(makeDimensions())
{}

const Dimensions &Dimensions::builtin()
{
    static const Dimensions dimensions;
    return dimensions;
}

const Dimension *Dimensions::find(const QString &id) const
{
    for (const Dimension &d : m_all) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

QString Dimensions::valueLabel(const QString &dimension, const QString &value) const
{
    const Dimension *d = find(dimension);
    const DimensionValue *v = d ? d->value(value) : nullptr;
    return v ? v->label : value;
}

QString Dimensions::check(const Dimension &dimension) const
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_]{0,47}$"));
    if (dimension.label.trimmed().isEmpty())
        return QStringLiteral("a dimension needs a name");
    if (!idPattern.match(dimension.id).hasMatch())
        return QStringLiteral("\"%1\" is no dimension id (lower-case letters, digits and _)")
            .arg(dimension.id);
    if (find(dimension.id))
        return QStringLiteral("there is a dimension \"%1\" already").arg(dimension.id);
    if (dimension.values.size() < 2)
        return QStringLiteral("a dimension needs two values at least");
    QStringList seen;
    int scored = 0;
    for (const DimensionValue &v : dimension.values) {
        if (v.id.isEmpty() || v.label.trimmed().isEmpty())
            return QStringLiteral("every value needs a name");
        if (seen.contains(v.id))
            return QStringLiteral("the value \"%1\" is given twice").arg(v.label);
        seen.append(v.id);
        scored += v.score ? 1 : 0;
    }
    if (scored != 0 && scored != dimension.values.size())
        return QStringLiteral("give every value a score, or none");
    return {};
}

bool Dimensions::add(const Dimension &dimension)
{
    if (!check(dimension).isEmpty())
        return false;
    m_all.append(dimension);
    return true;
}

QString Dimensions::idFor(const QString &label)
{
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    QString id = label.normalized(QString::NormalizationForm_KD).toLower();
    id.replace(nonWord, QStringLiteral("_"));
    while (id.startsWith(QLatin1Char('_')))
        id.remove(0, 1);
    while (id.endsWith(QLatin1Char('_')))
        id.chop(1);
    if (id.isEmpty() || !id.at(0).isLetter())
        id.prepend(QStringLiteral("d_"));
    return id.left(48);
}

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

QStringList Dimension::valueIds() const
{
    QStringList ids;
    for (const DimensionValue &v : values)
        ids.append(v.id);
    return ids;
}

QJsonArray Dimension::valuesJson() const
{
    QJsonArray json;
    for (const DimensionValue &v : values) {
        QJsonObject o{{QLatin1String("id"), v.id}, {QLatin1String("label"), v.label}};
        if (v.score)
            o.insert(QLatin1String("score"), *v.score);
        json.append(o);
    }
    return json;
}

QVector<DimensionValue> Dimension::valuesFromJson(const QJsonArray &json)
{
    QVector<DimensionValue> values;
    for (const QJsonValue &value : json) {
        const QJsonObject o = value.toObject();
        DimensionValue v{o.value(QLatin1String("id")).toString(),
                         o.value(QLatin1String("label")).toString(), std::nullopt};
        if (o.value(QLatin1String("score")).isDouble())
            v.score = o.value(QLatin1String("score")).toInt();
        values.append(v);
    }
    return values;
}
