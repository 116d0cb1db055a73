#include "ui/coding/claim_store.h"

ClaimStore::ClaimStore(QObject *parent)
    : QObject(parent)
{}

ClaimStore::~ClaimStore() = default;

bool ClaimStore::open(const QString &path, QString *error)
{
    if (m_library && m_library->path() == path)
        return true;
    auto library = std::make_unique<LibraryDatabase>(path);
    if (!library->open(error))
        return false;
    m_library = std::move(library);
    return true;
}

QString ClaimStore::path() const
{
    return m_library ? m_library->path() : QString();
}

bool ClaimStore::done(bool ok, const QString &error)
{
    if (ok)
        Q_EMIT changed();
    else
        Q_EMIT failed(error);
    return ok;
}

qint64 ClaimStore::add(const StoredClaim &claim)
{
    if (!m_library)
        return done(false, tr("No library is open to keep the claim")), 0;
    QString error;
    const qint64 id = LibraryClaims::add(*m_library, claim, &error);
    done(id > 0, error);
    return id;
}

bool ClaimStore::update(const StoredClaim &claim)
{
    QString error;
    return done(m_library && LibraryClaims::update(*m_library, claim, &error), error);
}

bool ClaimStore::remove(qint64 id)
{
    QString error;
    return done(m_library && LibraryClaims::remove(*m_library, id, &error), error);
}

std::optional<StoredClaim> ClaimStore::find(qint64 id) const
{
    if (!m_library)
        return std::nullopt;
    QString error;
    const auto all = LibraryClaims::all(*m_library, &error);
    for (const StoredClaim &s : all ? *all : QVector<StoredClaim>()) {
        if (s.claim.id == id)
            return s;
    }
    return std::nullopt;
}

bool ClaimStore::addDimension(const Dimension &dimension)
{
    QString error;
    return done(m_library && LibraryClaims::addDimension(*m_library, dimension, &error), error);
}

bool ClaimStore::removeDimension(const QString &id)
{
    QString error;
    return done(m_library && LibraryClaims::removeDimension(*m_library, id, &error), error);
}
