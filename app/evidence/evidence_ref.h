// Evidence stage: one piece of evidence — a claim's quote, an event's sentence or a mention —
// with its span in the article and its date. Chart marks, the evidence panes and the sources
// sidecar all speak of evidence in these terms.
#pragma once

#include "app/model/document_model.h"

struct EvidenceRef {
    enum class Kind { Claim, Event, Mention };
    Kind kind = Kind::Claim;
    QString label; // what it says ("Abstained", "meeting, 2022-03-02")
    QString article;
    TextSpan span;
    // A claim's quote as the codebook gives it; a mention's sentence. An event's is left empty:
    // its clause is in the article at `span`, which textOf gives (a chart of a big library
    // holds 100,000 events' evidence).
    QString text;
    SourceDate date; // of the statement, else of the article
    QString country; // claims: the country (ISO3) it is about
    QString dimension;
    QString value;
    QString note;         // claims: the analyst's note (memo)
    bool repeats = false; // claims: repeats another source's passage (Claim::repeats)
    qint64 claim = 0;     // claims: a coded claim's row in the library; 0 when curated
    QString coder;        // coded claims: who coded it
    QDateTime coded;      // coded claims: when

    static QString kindName(Kind kind); // "claim", "event", "mention"
};

namespace Evidence {

// Claims are labelled with the value names of `dimensions` (the model's).
EvidenceRef ofClaim(const Claim &claim, const Dimensions &dimensions);
QVector<EvidenceRef> ofPosition(const Position &position, const Dimensions &dimensions);
EvidenceRef ofEvent(const Event &event);
// The words of the evidence: its own text, else (an event's) the article's at its span.
QString textOf(const EvidenceRef &ref, const DocumentModel &model);
// The words of the model's article `article` at `span`; empty when it has no such article.
QString wordsAt(const DocumentModel &model, const QString &article, const TextSpan &span);
// The mentions of `entity` in article number `article`, each with its sentence.
QVector<EvidenceRef> ofMentions(const DocumentModel &model, const QString &entity, int article);

} // namespace Evidence
