#include "app/export/qdpx_writer.h"

#include "app/export/save_file.h"

#include <QBuffer>
#include <QUuid>
#include <QXmlStreamWriter>

#include <quazip.h>
#include <quazipfile.h>

namespace QdpxWriter {

namespace {

const QUuid kNamespace(QStringLiteral("{6f1c2a3e-6d0b-4f4e-9a57-1d0c5e2b7a41}"));
const QString kCurated = QStringLiteral("Curated codebook");

QString guid(const QString &what)
{
    return QUuid::createUuidV5(kNamespace, what).toString(QUuid::WithoutBraces);
}

QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString coderOf(const Claim &c)
{
    return c.isCurated() ? kCurated : c.coder;
}

QString claimKey(const Claim &c)
{
    return c.isCurated() ? QStringLiteral("curated/%1/%2/%3/%4/%5:%6")
                               .arg(c.article, c.country, c.dimension, c.value)
                               .arg(c.span.start)
                               .arg(c.span.end)
                         : QStringLiteral("coded/%1").arg(c.id);
}

void writeCodes(QXmlStreamWriter &xml, const DocumentModel &model, const QStringList &countries)
{
    xml.writeStartElement(QStringLiteral("CodeBook"));
    xml.writeStartElement(QStringLiteral("Codes"));
    for (const Dimension &d : model.dimensions.all()) {
        xml.writeStartElement(QStringLiteral("Code"));
        xml.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("dimension/") + d.id));
        xml.writeAttribute(QStringLiteral("name"), d.label);
        xml.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("false"));
        for (const DimensionValue &v : d.values) {
            xml.writeStartElement(QStringLiteral("Code"));
            xml.writeAttribute(QStringLiteral("guid"),
                               guid(QStringLiteral("value/%1/%2").arg(d.id, v.id)));
            xml.writeAttribute(QStringLiteral("name"), v.label);
            xml.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("true"));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeStartElement(QStringLiteral("Code"));
    xml.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("countries")));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Countries"));
    xml.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("false"));
    for (const QString &iso : countries) {
        const Entity *e = model.gazetteer.find(iso);
        xml.writeStartElement(QStringLiteral("Code"));
        xml.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("country/") + iso));
        xml.writeAttribute(QStringLiteral("name"), e ? e->name : iso);
        xml.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("true"));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // Code: Countries
    xml.writeEndElement(); // Codes
    xml.writeEndElement(); // CodeBook
}

void writeCoding(QXmlStreamWriter &xml, const QString &key, const QString &code,
                 const QString &user, const QString &time)
{
    xml.writeStartElement(QStringLiteral("Coding"));
    xml.writeAttribute(QStringLiteral("guid"), guid(key));
    xml.writeAttribute(QStringLiteral("creatingUser"), user);
    xml.writeAttribute(QStringLiteral("creationDateTime"), time);
    xml.writeEmptyElement(QStringLiteral("CodeRef"));
    xml.writeAttribute(QStringLiteral("targetGUID"), code);
    xml.writeEndElement();
}

// `text` is the article's, made once for all its claims.
void writeSelection(QXmlStreamWriter &xml, const DocumentModel &model, const QString &text,
                    const Claim &c, const QString &created)
{
    const QString key = claimKey(c);
    const QString user = guid(QStringLiteral("user/") + coderOf(c));
    const QString time = c.isCurated() ? created : stamp(c.coded);
    const Entity *country = model.gazetteer.find(c.country);
    const Dimension *d = model.dimensions.find(c.dimension);
    xml.writeStartElement(QStringLiteral("PlainTextSelection"));
    xml.writeAttribute(QStringLiteral("guid"), guid(key));
    xml.writeAttribute(QStringLiteral("name"),
                       QStringLiteral("%1 — %2: %3")
                           .arg(country ? country->name : c.country, d ? d->label : c.dimension,
                                model.dimensions.valueLabel(c.dimension, c.value)));
    xml.writeAttribute(QStringLiteral("startPosition"),
                       QString::number(codePoints(text, c.span.start)));
    xml.writeAttribute(QStringLiteral("endPosition"),
                       QString::number(codePoints(text, c.span.end)));
    xml.writeAttribute(QStringLiteral("creatingUser"), user);
    xml.writeAttribute(QStringLiteral("creationDateTime"), time);
    writeCoding(xml, key + QStringLiteral("/value"),
                guid(QStringLiteral("value/%1/%2").arg(c.dimension, c.value)), user, time);
    writeCoding(xml, key + QStringLiteral("/country"), guid(QStringLiteral("country/") + c.country),
                user, time);
    if (!c.note.isEmpty()) {
        xml.writeEmptyElement(QStringLiteral("NoteRef"));
        xml.writeAttribute(QStringLiteral("targetGUID"), guid(key + QStringLiteral("/memo")));
    }
    xml.writeEndElement();
}

void writeNotes(QXmlStreamWriter &xml, const DocumentModel &model, const QString &created)
{
    xml.writeStartElement(QStringLiteral("Notes"));
    for (const Claim &c : model.everyClaim) {
        if (c.note.isEmpty())
            continue;
        const QString key = claimKey(c);
        xml.writeStartElement(QStringLiteral("Note"));
        xml.writeAttribute(QStringLiteral("guid"), guid(key + QStringLiteral("/memo")));
        xml.writeAttribute(QStringLiteral("name"),
                           QStringLiteral("Memo: %1").arg(c.quote.left(40)));
        xml.writeAttribute(QStringLiteral("creatingUser"),
                           guid(QStringLiteral("user/") + coderOf(c)));
        xml.writeAttribute(QStringLiteral("creationDateTime"),
                           c.isCurated() ? created : stamp(c.coded));
        xml.writeTextElement(QStringLiteral("PlainTextContent"), c.note);
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

} // namespace

qsizetype codePoints(const QString &text, qsizetype utf16Offset)
{
    qsizetype count = 0;
    const qsizetype end = std::min(utf16Offset, text.size());
    for (qsizetype i = 0; i < end; ++i) {
        // The second half of a surrogate pair is the same character as the first.
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++count;
    }
    return count;
}

QByteArray projectXml(const DocumentModel &model, const QDateTime &createdAt,
                      QVector<QPair<QString, QByteArray>> *sources)
{
    const QString created = stamp(createdAt);
    QStringList coders{kCurated};
    QStringList countries;
    for (const Claim &c : model.everyClaim) {
        if (!coders.contains(coderOf(c)))
            coders.append(coderOf(c));
        if (!countries.contains(c.country))
            countries.append(c.country);
    }
    std::sort(countries.begin(), countries.end());

    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(QStringLiteral("urn:QDA-XML:project:1.0"));
    xml.writeStartElement(QStringLiteral("Project"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Position Explorer"));
    xml.writeAttribute(QStringLiteral("origin"),
                       QStringLiteral("Position Explorer %1").arg(QStringLiteral(PE_VERSION)));
    xml.writeAttribute(QStringLiteral("creatingUserGUID"),
                       guid(QStringLiteral("user/") + kCurated));
    xml.writeAttribute(QStringLiteral("creationDateTime"), created);

    xml.writeStartElement(QStringLiteral("Users"));
    for (const QString &coder : coders) {
        xml.writeEmptyElement(QStringLiteral("User"));
        xml.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("user/") + coder));
        xml.writeAttribute(QStringLiteral("name"), coder);
    }
    xml.writeEndElement();
    writeCodes(xml, model, countries);

    xml.writeStartElement(QStringLiteral("Sources"));
    for (const Article &article : model.articles) {
        const QString source =
            guid(QStringLiteral("source/") + QString::fromLatin1(article.sha256));
        xml.writeStartElement(QStringLiteral("TextSource"));
        xml.writeAttribute(QStringLiteral("guid"), source);
        xml.writeAttribute(QStringLiteral("name"),
                           article.meta.title.isEmpty() ? article.label() : article.meta.title);
        xml.writeAttribute(QStringLiteral("plainTextPath"),
                           QStringLiteral("internal://%1.txt").arg(source));
        xml.writeAttribute(QStringLiteral("creatingUser"),
                           guid(QStringLiteral("user/") + kCurated));
        xml.writeAttribute(QStringLiteral("creationDateTime"), created);
        const QString text = article.text.toString();
        for (const Claim &c : model.everyClaim) {
            if (c.article == article.id)
                writeSelection(xml, model, text, c, created);
        }
        xml.writeEndElement();
        sources->append({QStringLiteral("sources/%1.txt").arg(source), text.toUtf8()});
    }
    xml.writeEndElement();
    writeNotes(xml, model, created);
    xml.writeEndElement(); // Project
    xml.writeEndDocument();
    return bytes;
}

bool write(const DocumentModel &model, const QString &path, QString *error)
{
    QVector<QPair<QString, QByteArray>> files;
    const QByteArray project = projectXml(model, QDateTime::currentDateTimeUtc(), &files);
    files.prepend({QStringLiteral("project.qde"), project});
    QBuffer buffer;
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate)) {
        *error = QStringLiteral("%1: the archive could not be made (zip error %2)")
                     .arg(path)
                     .arg(zip.getZipError());
        return false;
    }
    for (const auto &[name, bytes] : files) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) ||
            file.write(bytes) != bytes.size()) {
            *error = QStringLiteral("%1: %2 could not be added to the archive").arg(path, name);
            return false;
        }
        file.close();
    }
    zip.close();
    if (zip.getZipError() != 0) {
        *error = QStringLiteral("%1: the archive could not be finished (zip error %2)")
                     .arg(path)
                     .arg(zip.getZipError());
        return false;
    }
    return SaveFile::write(path, buffer.data(), error);
}

} // namespace QdpxWriter
