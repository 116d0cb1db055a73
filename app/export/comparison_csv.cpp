#include "app/export/comparison_csv.h"

#include "app/codebook/dimensions.h"
#include "app/corpus/wording.h"
#include "app/export/save_file.h"

namespace {

QString evidence(const Position &position, const DocumentModel &model)
{
    QStringList lines;
    for (const Claim &claim : position.claims) {
        const Article *article = model.article(claim.article);
        lines.append(QStringLiteral("%1 — %2: %3 (%4, characters %5–%6; %7)")
                         .arg(article ? article->label() : claim.article,
                              model.dimensions.valueLabel(claim.dimension, claim.value),
                              Wording::quoted(claim.quote), claim.article)
                         .arg(claim.span.start)
                         .arg(claim.span.end)
                         .arg(claim.whose(model.claimFilter.me)));
    }
    return lines.join(QLatin1Char('\n'));
}

// The date of the newest evidence with its basis, as a cell shows it: "3 Mar 2022 (statement)",
// "2022 (article)"; empty when no date is known.
QString dated(const SourceDate &date)
{
    if (!date.isKnown())
        return {};
    return QStringLiteral("%1 (%2)").arg(date.text(), date.basisName());
}

// yes, no, or unknown where a country has no value or a disputed one.
QString differs(ComparisonRow::Status status)
{
    switch (status) {
    case ComparisonRow::Status::Differ:
        return QStringLiteral("yes");
    case ComparisonRow::Status::Agree:
        return QStringLiteral("no");
    case ComparisonRow::Status::Incomplete:
        break;
    }
    return QStringLiteral("unknown");
}

QString line(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &f : fields)
        quoted.append(ComparisonCsv::field(f));
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace

QString ComparisonCsv::field(const QString &text)
{
    static const QString special = QStringLiteral(",\"\r\n");
    const bool needsQuotes =
        std::any_of(text.cbegin(), text.cend(), [](QChar c) { return special.contains(c); });
    if (!needsQuotes)
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray ComparisonCsv::toCsv(const Comparison &comparison, const DocumentModel &model)
{
    QStringList header{QStringLiteral("dimension"), QStringLiteral("label"),
                       QStringLiteral("countries differ")};
    for (const QString &iso : comparison.countries)
        header << iso << iso + QStringLiteral(" value") << iso + QStringLiteral(" sources")
               << iso + QStringLiteral(" supporting") << iso + QStringLiteral(" agreement")
               << iso + QStringLiteral(" dated") << iso + QStringLiteral(" evidence");
    QString csv = line(header);
    for (const ComparisonRow &row : comparison.rows) {
        const Dimension *dimension = model.dimensions.find(row.dimension);
        QStringList fields{row.dimension, dimension ? dimension->label : row.dimension,
                           differs(row.status())};
        for (const Position *p : row.cells) {
            if (!p) {
                fields << QStringLiteral("no source") << QString() << QStringLiteral("0")
                       << QStringLiteral("0") << QString() << QString() << QString();
                continue;
            }
            fields << p->label(model.dimensions) << p->value << QString::number(p->sources())
                   << QString::number(p->supportCount(p->value)) << p->agreement()
                   << dated(p->newestDate()) << evidence(*p, model);
        }
        csv += line(fields);
    }
    return csv.toUtf8();
}

bool ComparisonCsv::write(const Comparison &comparison, const DocumentModel &model,
                          const QString &path, QString *error)
{
    // A file gets a byte order mark, by which spreadsheets (Excel above all) know it is UTF-8;
    // standard output stays plain for pipes.
    const QByteArray bom = path == QLatin1String("-") ? QByteArray() : QByteArray("\xEF\xBB\xBF");
    return SaveFile::write(path, bom + toCsv(comparison, model), error);
}
