// ui: the library the window codes into, kept open — every change of a claim or of an own
// dimension written at once (one transaction each), then changed(); a write that fails is said
// in failed() and changes nothing.
#pragma once

#include "app/library/library_claims.h"

#include <QObject>

#include <memory>

class ClaimStore : public QObject {
    Q_OBJECT
public:
    explicit ClaimStore(QObject *parent = nullptr);
    ~ClaimStore() override;

    // Opens `path` (created when absent) unless it is the one open; false with `error`.
    bool open(const QString &path, QString *error);
    QString path() const;
    const LibraryDatabase *library() const { return m_library.get(); }

    qint64 add(const StoredClaim &claim); // its id, 0 when it failed
    bool update(const StoredClaim &claim);
    bool remove(qint64 id);
    std::optional<StoredClaim> find(qint64 id) const;
    bool addDimension(const Dimension &dimension);
    bool removeDimension(const QString &id);

Q_SIGNALS:
    void changed();
    void failed(const QString &message);

private:
    bool done(bool ok, const QString &error);

    std::unique_ptr<LibraryDatabase> m_library;
};
