#include "app/export/json_stream_writer.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

constexpr qsizetype kFlushBytes = 1 << 20;

} // namespace

// A whole value as QJsonDocument writes it `depth` levels down: its lines after the first are
// indented by the levels above it.
QByteArray JsonStreamWriter::serialised(const QJsonValue &value, int depth)
{
    QByteArray bytes;
    if (value.isObject() || value.isArray()) {
        bytes = value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)
                                 : QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
        bytes.chop(1); // the document's closing line break
        const QByteArray indentedLineBreak = QByteArray("\n").append(4 * depth, ' ');
        bytes.replace("\n", indentedLineBreak);
        return bytes;
    }
    // A scalar is written as the one element of a compact array, brackets taken off.
    bytes = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return bytes.mid(1, bytes.size() - 2);
}

JsonStreamWriter::JsonStreamWriter(QIODevice &device)
    : m_device(device)
{}

QByteArray JsonStreamWriter::indent() const
{
    return QByteArray(4 * m_empty.size(), ' ');
}

void JsonStreamWriter::write(const QByteArray &bytes)
{
    m_buffer += bytes;
    if (m_buffer.size() >= kFlushBytes)
        finish();
}

bool JsonStreamWriter::finish()
{
    if (!m_failed && !m_buffer.isEmpty())
        m_failed = m_device.write(m_buffer) != m_buffer.size();
    m_buffer.clear();
    return !m_failed;
}

void JsonStreamWriter::beforeElement()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_empty.isEmpty())
        return;
    write(m_empty.last() ? "\n" : ",\n");
    m_empty.last() = false;
    write(indent());
}

void JsonStreamWriter::beginObject()
{
    beforeElement();
    write("{");
    m_empty.append(true);
}

void JsonStreamWriter::beginArray()
{
    beforeElement();
    write("[");
    m_empty.append(true);
}

void JsonStreamWriter::endObject()
{
    m_empty.removeLast();
    write(QByteArray("\n") + indent() + "}");
    if (m_empty.isEmpty())
        write("\n");
}

void JsonStreamWriter::endArray()
{
    m_empty.removeLast();
    write(QByteArray("\n") + indent() + "]");
    if (m_empty.isEmpty())
        write("\n");
}

void JsonStreamWriter::key(const QString &name)
{
    beforeElement();
    write(serialised(name, 0) + ": ");
    m_afterKey = true;
}

void JsonStreamWriter::value(const QJsonValue &value)
{
    serialisedValue(serialised(value, depth()));
}

void JsonStreamWriter::serialisedValue(const QByteArray &bytes)
{
    beforeElement();
    write(bytes);
}
