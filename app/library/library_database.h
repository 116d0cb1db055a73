// Library stage: the article library's SQLite file (Qt SQL, QSQLITE) — the one class that owns
// the connection and the schema. At open it checks the file, applies the numbered schema scripts
// (Qt resources :/schema/N.sql) in a transaction after copying the file aside, refuses a file a
// newer version wrote, and sets a damaged file aside, starting an empty library in its place.
// A file that cannot be written is opened for reading only: its articles are shown, and every
// write is refused with a message naming the file. Writes take the file's write lock first
// (BEGIN IMMEDIATE), so two windows on one library wait for each other (WAL, busy timeout).
#pragma once

#include "app/corpus/problem.h"

#include <QSqlDatabase>
#include <QString>

class QSqlError;

class LibraryDatabase {
public:
    enum class Access { ReadWrite, ReadOnly };

    // The newest schema this version knows: the highest N of :/schema/N.sql.
    static int latestSchema();
    // Where the library lives unless --library or File → Open Library… says otherwise:
    // QStandardPaths::AppDataLocation/library.sqlite.
    static QString defaultPath();

    // ReadWrite still opens a file that cannot be written for reading only (see readOnly()).
    explicit LibraryDatabase(const QString &path, Access access = Access::ReadWrite);
    ~LibraryDatabase();
    LibraryDatabase(const LibraryDatabase &) = delete;
    LibraryDatabase &operator=(const LibraryDatabase &) = delete;

    // Opens (creating it when absent) and brings the file to the latest schema. False, with a
    // message naming the file in `error`, when it cannot be used: then nothing was written to
    // it. A damaged file is renamed aside and an empty library takes its place (true, with the
    // problem reported in `problems`).
    bool open(QString *error, Problems *problems = nullptr);
    bool isOpen() const;
    bool readOnly() const { return m_readOnly; }

    // Starts a write transaction holding the file's write lock, waiting for another window's
    // write to end; false with a message naming the file when it cannot (read-only, busy).
    bool beginWrite(QString *error) const;
    // A failed statement or commit in words a user can act on, naming the file: a full disk,
    // a read-only file, a library busy in another window; else SQLite's own message.
    QString describe(const QSqlError &error) const;

    QString path() const { return m_path; }
    int schemaVersion() const; // of the open file; 0 before open
    QSqlDatabase connection() const;

    // The file a migration copies the library to before it changes it: PATH.before-schema-N.
    static QString backupPath(const QString &path, int toVersion);

private:
    bool connect(bool readOnly, QString *error);
    void disconnect();
    int readVersion(QString *error) const;
    bool migrate(QString *error); // from the version the file has to the latest
    bool setAside(const QString &why, QString *error, Problems *problems);

    QString m_path;
    QString m_connection; // the name of this object's Qt SQL connection
    int m_version = 0;
    Access m_access;
    bool m_readOnly = false;
};
