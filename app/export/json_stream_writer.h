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
