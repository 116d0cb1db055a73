-- Schema 3: coding in the window. A coded claim names its article by the article's id and by
-- the digest of the text it was coded on, so a changed text can never make its span point at
-- other words. It may cite any article of the corpus (built-in, a folder's, the library's), so
-- it does not reference the articles table. The table of schema 1 held nothing and is replaced.
DROP TABLE claims;
CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    article_key TEXT NOT NULL,             -- the article's id in the document model
    text_sha256 TEXT NOT NULL,             -- hex digest of the article's text when coded
    country TEXT NOT NULL,                 -- ISO3
    dimension TEXT NOT NULL,
    value TEXT NOT NULL,
    span_start INTEGER NOT NULL,           -- UTF-16 offsets into the text
    span_end INTEGER NOT NULL,
    quote TEXT NOT NULL,                   -- the words selected, exactly
    memo TEXT NOT NULL DEFAULT '',
    coder TEXT NOT NULL,
    coded_at TEXT NOT NULL                 -- ISO date and time, UTC
);
CREATE INDEX claims_by_text ON claims(text_sha256);

-- The dimensions an analyst adds, in the order added: values as a JSON list of
-- {"id", "label", "score"?} (all scored, or none).
CREATE TABLE dimensions (
    id TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    values_json TEXT NOT NULL,
    added_at TEXT NOT NULL
);
UPDATE schema_version SET version = 3;
