// Item models stage: small facts about a country read off the document model for display —
// its stance and its membership badges — so that every model and view agrees on them.
#pragma once

#include "app/model/document_model.h"

#include <QVariant>

namespace CountryFacts {

QString stanceValue(const DocumentModel &model, const QString &iso);
QVariant stanceScore(const DocumentModel &model, const QString &iso); // invalid when unknown
QStringList memberships(const DocumentModel &model, const QString &iso);
QStringList badgeNames(); // every membership badge there can be, in display order
QString searchText(const DocumentModel &model, const QString &iso);

} // namespace CountryFacts
