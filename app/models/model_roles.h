// Item models stage: the custom roles every item model over the document model speaks.
// Views and delegates ask for these roles; they never cast to a model class.
#pragma once

#include <Qt>

namespace ModelRoles {
enum Role {
    IsoRole = Qt::UserRole + 1, // QString: ISO3 of the country the row is about
    IsGroupRole,                // bool: a region heading, not a country
    StanceRole,                 // QString: stance value id, empty when no source says
    StanceScoreRole,            // int -2..2, invalid QVariant when unknown
    MembershipsRole,            // QStringList: "CSTO", "EAEU", "EU applicant", "EU", "NATO"
    SearchTextRole,             // QString: name, ISO code, capitals, leaders, lower case
    ConflictCountRole,          // int
    MentionCountRole,           // int
    DimensionRole,              // QString: dimension id
    ValueRole,                  // QString: value id
    SourceCountRole,            // int: articles behind a value
    ConflictRole,               // bool
    IsClaimRole,                // bool: a claim row under a position
    ArticleIdRole,              // QString
    SpanStartRole,              // qsizetype offset into the article text
    SpanEndRole,                // qsizetype
    QuoteRole,                  // QString
    DateRole,                   // QDate
    EventTypeRole,              // QString
    CountriesRole,              // QStringList of ISO3
    SupportCountRole,           // int: articles behind the value shown (less than
                                // SourceCountRole when the sources disagree)
    RowStatusRole,              // ComparisonRow::Status
    ThinEvidenceRole,           // bool: the value rests on a single source, or on none
    DateTextRole,               // QString: the evidence's date ("2 Mar 2022", "2022 (article)")
    EvidenceLineRole,           // QString: sources, dispute, date and thin mark in one line
    EvidenceRole,               // EvidenceRef: the evidence a row stands for (EventModel)
    SortRole,                   // what a column sorts by: dates by their start, then their end
                                // (DateText::sortKey), counts as numbers, text as shown
    ClaimIdRole,                // qint64: a coded claim's row in the library; 0 when curated
    InSourceOrderRole,          // header, bool: the rows are already in the order this column
                                // sorts by (ascending), so sorting by it reads no data
};
} // namespace ModelRoles
