-- Schema 4: what extraction found in each library article (mentions, events, the problems its
-- dates raise), so that re-opening the library does not extract an unchanged article again. A
-- record is found by the digest of all it depends on: the program's build, the article's text
-- and its metadata; a record that does not fit is extracted again and replaced.
CREATE TABLE extractions (
    input_sha256 TEXT PRIMARY KEY,         -- hex digest of the build, the text and the metadata
    text_sha256 TEXT NOT NULL,             -- the article's text (articles.sha256)
    record BLOB NOT NULL,                  -- ArticleExtraction::encode()
    stored_at TEXT NOT NULL                -- ISO date and time, UTC
);
CREATE INDEX extractions_by_text ON extractions(text_sha256);
-- An article removed takes its records with it. (The script is split at a semicolon that ends
-- a line, so the trigger's own statement shares the line of its END.)
CREATE TRIGGER extractions_of_a_removed_article AFTER DELETE ON articles BEGIN
    DELETE FROM extractions WHERE text_sha256 = OLD.sha256; END;
UPDATE schema_version SET version = 4;
