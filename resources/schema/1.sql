-- Schema 1 of the article library: the articles a user imported, and room for the claims that
-- coding in the window records. Applied in one transaction by LibraryDatabase; statements end
-- with a semicolon at the end of a line.
CREATE TABLE schema_version (
    version INTEGER NOT NULL
);
INSERT INTO schema_version (version) VALUES (1);

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    article_key TEXT NOT NULL UNIQUE,      -- the article's id in the document model
    file_name TEXT NOT NULL,               -- the original file's name
    format TEXT NOT NULL,                  -- txt, md, html, pdf, docx
    sha256 TEXT NOT NULL UNIQUE,           -- hex digest of the text as imported
    text TEXT NOT NULL,                    -- exactly as it enters the model
    title TEXT NOT NULL DEFAULT '',
    publisher TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    published TEXT NOT NULL DEFAULT '',    -- ISO date, empty when unknown
    url TEXT NOT NULL DEFAULT '',
    detected_json TEXT NOT NULL DEFAULT '{}', -- the metadata as detected at import
    edited INTEGER NOT NULL DEFAULT 0,     -- 1 once the user has edited the metadata
    imported_at TEXT NOT NULL              -- ISO date and time, UTC
);

CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    country TEXT NOT NULL,
    dimension TEXT NOT NULL,
    value TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    quote TEXT NOT NULL,
    memo TEXT NOT NULL DEFAULT '',
    coder TEXT NOT NULL DEFAULT '',
    coded_at TEXT NOT NULL
);
CREATE INDEX claims_by_article ON claims(article_id);
