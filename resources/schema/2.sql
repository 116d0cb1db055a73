-- Schema 2: the rest of an article's metadata, as the corpus's manifest has it — the short name
-- lists and charts use, the period an article covers, and the year when only that is known.
ALTER TABLE articles ADD COLUMN short_name TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN period_from TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN period_to TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN year INTEGER NOT NULL DEFAULT 0;
UPDATE schema_version SET version = 2;
