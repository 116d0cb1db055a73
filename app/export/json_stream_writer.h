// Export stage: writes a JSON document piece by piece to a device, in the layout of
// QJsonDocument::Indented, so an export of a big library is never held whole in memory.
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QVector>

class QIODevice;

class JsonStreamWriter {
public:
    explicit JsonStreamWriter(QIODevice &device);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(const QString &name);       // inside an object, before the member's value
    void value(const QJsonValue &value); // an array element or a member's value, whole

    // How deep the next value stands: what serialised() takes to write it as value() would.
    int depth() const { return int(m_empty.size()); }
    // A value as value() writes it `depth` levels down. It reads nothing of a writer: values
    // may be serialised on other threads, then written in order by serialisedValue().
    static QByteArray serialised(const QJsonValue &value, int depth);
    void serialisedValue(const QByteArray &bytes);

    // Writes what is buffered; false when the device refused any of it.
    bool finish();

private:
    void beforeElement();
    void write(const QByteArray &bytes);
    QByteArray indent() const;

    QIODevice &m_device;
    QByteArray m_buffer;
    QVector<bool> m_empty; // one per open object or array: nothing written in it yet
    bool m_afterKey = false;
    bool m_failed = false;
};
