import type { Database } from 'better-sqlite3';
import { nameEnds, prepareSurnameLinks } from './link-surnames.js';
import { personKey } from './normalize-name.js';
import { preparePersonRows } from './person-rows.js';

/**
 * The database schema as numbered migrations, oldest first; each runs once, in a transaction, and is
 * recorded in schema_version.
 *
 * Why comments inside the DDL: SQLite keeps the CREATE text verbatim in sqlite_master, so a researcher
 * who types `.schema claims` sees what each column means, and docs/schema.md is generated from the same
 * text (src/store/describe-schema.ts). Every column of every table and view carries a `-- comment` on
 * its own line, or is the snake_case of a Result field whose zod `.describe()` text stands in for it.
 * Only syntax that SQLite 3.35 understands, so older sqlite3 shells and Datasette builds can read it.
 * Never edit a released migration: add the next one.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  /** Fills what SQL alone cannot compute (names normalised as the store does), after `sql`, in the same transaction. */
  readonly backfill?: (db: Database) => void;
}

/** Descriptions of the FTS5 tables, whose CREATE statements cannot carry comments. */
export const virtualTableNotes: Readonly<Record<string, { description: string; columns: Record<string, string> }>> = {
  quotes_fts: {
    description: 'Full-text index (FTS5, porter stemming, accents folded) over quotes.text; its rowid is quotes.seq. Query with `quotes_fts MATCH \'methadone\'`. tally fills it when it writes quotes; after changing quotes by hand, run `INSERT INTO quotes_fts(quotes_fts) VALUES (\'rebuild\')`.',
    columns: { text: 'The quote text, as in quotes.text.' },
  },
  sentences_fts: {
    description: 'Full-text index (FTS5, porter stemming, accents folded) over sentences.text; its rowid is sentences.id. Query with `sentences_fts MATCH \'methadone\'`. tally fills it when it writes sentences; after changing sentences by hand, run `INSERT INTO sentences_fts(sentences_fts) VALUES (\'rebuild\')`.',
    columns: { text: 'The sentence text, as in sentences.text.' },
  },
};

const initial = `
CREATE TABLE runs ( -- One row per \`tally run\`: what was asked, with which rules, and how it went.
  id INTEGER PRIMARY KEY, -- Run number, counting from 1.
  started_at TEXT NOT NULL, -- When the run started, ISO 8601 UTC.
  finished_at TEXT, -- When it finished, ISO 8601 UTC; NULL while running or when the run was killed.
  pipeline_version TEXT NOT NULL, -- Version of the extraction rules the run used.
  inputs TEXT NOT NULL, -- The inputs given on the command line, as a JSON array of strings.
  options TEXT NOT NULL, -- The options in effect, as a JSON object.
  documents INTEGER, -- Documents read in this run (set when it finishes).
  stored INTEGER, -- Documents extracted and stored in this run.
  skipped INTEGER, -- Documents skipped because the same content was already stored by the same pipeline version.
  failed INTEGER -- Documents that had a fatal error (see errors).
);

CREATE TABLE sources ( -- One row per input document, readable or not: where it came from and which run stored it last.
  id TEXT PRIMARY KEY, -- Document id: the input's own id (JSONL "id") or a hash of its content (the Result's id).
  location TEXT NOT NULL, -- Path, URL, "-" for standard input, or "file.jsonl#12" for a JSONL line (the Result's source).
  content_hash TEXT NOT NULL, -- SHA-256 of the decoded input, hex; empty when the input could not be read.
  pipeline_version TEXT NOT NULL, -- Version of the extraction rules that produced the stored rows.
  status TEXT NOT NULL CHECK (status IN ('ok', 'failed')), -- ok, or failed when a fatal error stopped extraction (see errors).
  run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL -- The run that stored this document last (runs.id).
);
CREATE INDEX sources_location ON sources(location, status);
CREATE INDEX sources_run ON sources(run_id);

CREATE TABLE run_documents ( -- What each run did with each document: stored, skipped (already stored) or failed.
  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, -- The run (runs.id).
  source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE, -- The document (sources.id).
  outcome TEXT NOT NULL CHECK (outcome IN ('stored', 'skipped', 'failed')), -- stored, skipped or failed.
  PRIMARY KEY (run_id, source_id)
);
CREATE INDEX run_documents_source ON run_documents(source_id);

CREATE TABLE articles ( -- One row per document whose story could be extracted: the clean text and its metadata.
  id TEXT PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE, -- Document id (sources.id); every table below points here as article_id.
  title TEXT,
  byline TEXT NOT NULL, -- Author names, in order, as a JSON array of strings (use json_each(byline) to list them).
  published TEXT,
  publisher TEXT,
  url TEXT,
  language TEXT,
  text TEXT NOT NULL,
  captions TEXT NOT NULL, -- Photo captions found on the page (not part of text), as a JSON array of {text, credit}.
  content_hash TEXT NOT NULL, -- SHA-256 of the decoded input, hex (as sources.content_hash).
  pipeline_version TEXT NOT NULL -- Version of the extraction rules that produced this article's rows.
);
CREATE INDEX articles_publisher ON articles(publisher);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE paragraphs ( -- The paragraphs of each article's text, with their role.
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, -- The article (articles.id).
  paragraph INTEGER NOT NULL, -- Position of the paragraph in the article, from 0 (sentences.paragraph points here).
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  role TEXT NOT NULL,
  text TEXT NOT NULL, -- The paragraph text: articles.text sliced from start to end.
  PRIMARY KEY (article_id, paragraph)
);

CREATE TABLE sentences ( -- The sentences of each article, with offsets into articles.text.
  id INTEGER PRIMARY KEY, -- Row number; sentences_fts uses it as rowid. Refer to a sentence by (article_id, sentence).
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, -- The article (articles.id).
  sentence INTEGER NOT NULL, -- Position of the sentence in the article, from 0; claims.sentence and quotes.sentence point here.
  paragraph INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  UNIQUE (article_id, sentence)
);

CREATE TABLE speakers ( -- One row per person quoted anywhere in the database (articles that name the same person share the row), and one per unnamed group per article.
  id TEXT PRIMARY KEY, -- person_... : a hash of the normalised name, the same in every article and every run; group_... : an unnamed group ("officials") in one article.
  name TEXT NOT NULL, -- The best spelling any article gave: mixed case over ALL CAPS, without honorifics, with accents, then the longest.
  name_key TEXT NOT NULL, -- The normalised name persons are matched on: lower case, without honorifics, accents, punctuation or extra spaces.
  kind TEXT NOT NULL -- person (a named individual) or group (an unnamed or collective source).
);
CREATE INDEX speakers_name_key ON speakers(name_key);

CREATE TABLE article_speakers ( -- One row per speaker per article: how that article names and describes them.
  id TEXT PRIMARY KEY, -- The speaker's id within the document (the Result's speakers[].id); quotes and claims point here as article_speaker_id.
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, -- The article (articles.id).
  speaker_id TEXT NOT NULL REFERENCES speakers(id), -- The person across articles (speakers.id).
  name TEXT NOT NULL, -- The canonical name in this article: the fullest form it uses.
  kind TEXT NOT NULL,
  title TEXT, -- Job title as this article gives it ("National Police anti-drug chief").
  organization TEXT -- Organisation as this article gives it ("NGO Khana").
);
CREATE INDEX article_speakers_article ON article_speakers(article_id);
CREATE INDEX article_speakers_speaker ON article_speakers(speaker_id);

CREATE TABLE speaker_mentions ( -- Every mention of a speaker in an article, pronouns and partial names included.
  id INTEGER PRIMARY KEY, -- Row number.
  article_speaker_id TEXT NOT NULL REFERENCES article_speakers(id) ON DELETE CASCADE, -- The speaker in this article (article_speakers.id).
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, -- The article (articles.id).
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX speaker_mentions_speaker ON speaker_mentions(article_speaker_id);
CREATE INDEX speaker_mentions_article ON speaker_mentions(article_id);

CREATE TABLE quotes ( -- Quoted and reported statements; start/end cover the content only, without quote marks.
  seq INTEGER PRIMARY KEY, -- Row number; quotes_fts uses it as rowid. Refer to a quote by id.
  id TEXT NOT NULL UNIQUE,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, -- The article (articles.id).
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  sentence INTEGER NOT NULL,
  article_speaker_id TEXT REFERENCES article_speakers(id) ON DELETE SET NULL, -- The speaker as this article describes them (article_speakers.id; the Result's quote.speakerId).
  speaker_id TEXT REFERENCES speakers(id), -- The person across articles (speakers.id).
  source_start INTEGER, -- Start of the mention that names the speaker here ("he", "officials", "Mok Chito").
  source_end INTEGER, -- End of that mention.
  source_text TEXT, -- The mention's text.
  cue_start INTEGER, -- Start of the attribution cue ("said", "told", "according to").
  cue_end INTEGER, -- End of the cue.
  cue_text TEXT -- The cue's text.
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_id);
CREATE INDEX quotes_article_speaker ON quotes(article_speaker_id);

CREATE TABLE claims ( -- Numeric claims: each figure stated in an article, parsed.
  id TEXT PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, -- The article (articles.id).
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL, -- The number expression with its qualifier, as printed: "more than 1,000".
  value REAL,
  low REAL,
  high REAL,
  qualifier TEXT NOT NULL,
  change TEXT,
  kind TEXT NOT NULL,
  unit TEXT,
  subject TEXT,
  predicate TEXT,
  anchor TEXT,
  sentence INTEGER NOT NULL,
  quote_id TEXT REFERENCES quotes(id) ON DELETE SET NULL, -- The quote the figure sits in (quotes.id), when it is someone's statement.
  article_speaker_id TEXT REFERENCES article_speakers(id) ON DELETE SET NULL, -- The speaker as this article describes them (article_speakers.id; the Result's claim.speakerId).
  speaker_id TEXT REFERENCES speakers(id) -- The person across articles (speakers.id).
);
CREATE INDEX claims_article ON claims(article_id, sentence);
CREATE INDEX claims_quote ON claims(quote_id);
CREATE INDEX claims_speaker ON claims(speaker_id);
CREATE INDEX claims_article_speaker ON claims(article_speaker_id);
CREATE INDEX claims_kind ON claims(kind);

CREATE TABLE findings ( -- Consistency checks across the claims of one article.
  id TEXT PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, -- The article (articles.id).
  check_name TEXT NOT NULL, -- The check: sum, proportion, restatement, bound, ... (the Result's finding.check; CHECK is an SQL keyword).
  status TEXT NOT NULL,
  expected REAL,
  stated REAL,
  difference REAL,
  message TEXT NOT NULL
);
CREATE INDEX findings_article ON findings(article_id, status);
CREATE INDEX findings_status ON findings(status);

CREATE TABLE finding_claims ( -- The claims each finding involves, in order: for a sum, the total first, then the parts.
  finding_id TEXT NOT NULL REFERENCES findings(id) ON DELETE CASCADE, -- The finding (findings.id).
  position INTEGER NOT NULL, -- Order within the finding, from 0 (0 is the total for a sum).
  claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE, -- The claim (claims.id).
  PRIMARY KEY (finding_id, position)
);
CREATE INDEX finding_claims_claim ON finding_claims(claim_id);

CREATE TABLE errors ( -- Errors, warnings and notes recorded for a document, by stage.
  id INTEGER PRIMARY KEY, -- Row number.
  source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE, -- The document (sources.id).
  run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL, -- The run that recorded it (runs.id).
  stage TEXT NOT NULL,
  rule TEXT,
  severity TEXT NOT NULL,
  message TEXT NOT NULL,
  start INTEGER,
  end INTEGER -- Offset into articles.text where it ends, when known.
);
CREATE INDEX errors_source ON errors(source_id);

CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='seq', tokenize='porter unicode61 remove_diacritics 2');
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts(rowid, text) VALUES (new.seq, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.seq, old.text);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.seq, old.text);
  INSERT INTO quotes_fts(rowid, text) VALUES (new.seq, new.text);
END;

CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');
CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN
  INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
  INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER sentences_fts_update AFTER UPDATE OF text ON sentences BEGIN
  INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;

CREATE VIEW claim_details AS -- Every claim with its sentence, its article (title, url, publisher, published) and, when it is someone's statement, the speaker.
SELECT
  c.id AS claim_id, -- The claim (claims.id).
  c.text AS claim, -- The figure as printed: "more than 1,000".
  c.value AS value, -- The number stated.
  c.low AS low, -- Lower bound implied by the qualifier or range.
  c.high AS high, -- Upper bound implied by the qualifier or range.
  c.qualifier AS qualifier, -- exact, approximate, more_than, at_least, less_than, at_most or range.
  c.kind AS kind, -- count, percent, proportion, money, measure, ...
  c.unit AS unit, -- Currency code, unit name, or the counted noun.
  c.subject AS subject, -- What is counted or measured.
  c.predicate AS predicate, -- The event or state: "arrested".
  s.text AS sentence, -- The sentence that holds the claim.
  c.article_id AS article_id, -- The article (articles.id).
  a.title AS article_title, -- The article's headline.
  a.url AS article_url, -- The article's URL.
  a.publisher AS publisher, -- The outlet.
  a.published AS published, -- Publication date, ISO 8601.
  sp.name AS speaker, -- The person whose statement holds the figure (speakers.name), if any.
  asp.title AS speaker_title, -- That speaker's title in this article.
  asp.organization AS speaker_organization, -- That speaker's organisation in this article.
  c.speaker_id AS speaker_id, -- The person (speakers.id).
  c.quote_id AS quote_id -- The quote holding the figure (quotes.id).
FROM claims c
JOIN articles a ON a.id = c.article_id
LEFT JOIN sentences s ON s.article_id = c.article_id AND s.sentence = c.sentence
LEFT JOIN article_speakers asp ON asp.id = c.article_speaker_id
LEFT JOIN speakers sp ON sp.id = c.speaker_id;

CREATE VIEW quote_details AS -- Every quote with its speaker's name, title and organisation, and its article.
SELECT
  q.id AS quote_id, -- The quote (quotes.id).
  q.text AS quote, -- What was said, without quote marks.
  q.kind AS kind, -- direct, partial or indirect.
  sp.name AS speaker, -- The person across articles (speakers.name), if resolved.
  sp.kind AS speaker_kind, -- person or group.
  asp.title AS speaker_title, -- The speaker's title as this article gives it.
  asp.organization AS speaker_organization, -- The speaker's organisation as this article gives it.
  q.source_text AS named_as, -- How the speaker is named at this quote: "he", "Mok Chito".
  q.cue_text AS cue, -- The attribution cue: "said", "told".
  q.article_id AS article_id, -- The article (articles.id).
  a.title AS article_title, -- The article's headline.
  a.url AS article_url, -- The article's URL.
  a.publisher AS publisher, -- The outlet.
  a.published AS published, -- Publication date, ISO 8601.
  q.speaker_id AS speaker_id -- The person (speakers.id).
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN article_speakers asp ON asp.id = q.article_speaker_id
LEFT JOIN speakers sp ON sp.id = q.speaker_id;

CREATE VIEW finding_details AS -- Every finding with the texts of its claims and its article.
SELECT
  f.id AS finding_id, -- The finding (findings.id).
  f.check_name AS check_name, -- sum, proportion, restatement, bound, ...
  f.status AS status, -- consistent, inconsistent or unverifiable.
  f.message AS message, -- One sentence a fact-checker can paste.
  f.expected AS expected, -- What the other figures imply.
  f.stated AS stated, -- What the article states.
  f.difference AS difference, -- stated - expected.
  (SELECT group_concat(t, ' | ') FROM (SELECT c.text AS t FROM finding_claims fc JOIN claims c ON c.id = fc.claim_id WHERE fc.finding_id = f.id ORDER BY fc.position)) AS claims, -- The claims' texts in order, separated by " | " (for a sum: the total first).
  (SELECT json_group_array(cid) FROM (SELECT fc.claim_id AS cid FROM finding_claims fc WHERE fc.finding_id = f.id ORDER BY fc.position)) AS claim_ids, -- The claims' ids in the same order, as a JSON array.
  f.article_id AS article_id, -- The article (articles.id).
  a.title AS article_title, -- The article's headline.
  a.url AS article_url, -- The article's URL.
  a.publisher AS publisher, -- The outlet.
  a.published AS published -- Publication date, ISO 8601.
FROM findings f
JOIN articles a ON a.id = f.article_id;

CREATE VIEW speaker_summary AS -- One row per speaker across articles, with how often they are quoted and how articles describe them.
SELECT
  sp.id AS speaker_id, -- The speaker (speakers.id).
  sp.name AS name, -- Their name.
  sp.kind AS kind, -- person or group.
  (SELECT count(*) FROM quotes q WHERE q.speaker_id = sp.id) AS quotes, -- Quotes attributed to them.
  (SELECT count(DISTINCT x.article_id) FROM article_speakers x WHERE x.speaker_id = sp.id) AS articles, -- Articles that quote or name them as a speaker.
  (SELECT count(*) FROM claims c WHERE c.speaker_id = sp.id) AS claims, -- Figures stated by them.
  (SELECT group_concat(t, '; ') FROM (SELECT DISTINCT x.title AS t FROM article_speakers x WHERE x.speaker_id = sp.id AND x.title IS NOT NULL ORDER BY x.title)) AS titles, -- The titles articles give them, separated by "; ".
  (SELECT group_concat(o, '; ') FROM (SELECT DISTINCT x.organization AS o FROM article_speakers x WHERE x.speaker_id = sp.id AND x.organization IS NOT NULL ORDER BY x.organization)) AS organizations -- The organisations articles give them, separated by "; ".
FROM speakers sp;

CREATE VIEW article_summary AS -- One row per article with its counts of claims, quotes, speakers and findings.
SELECT
  a.id AS article_id, -- The article (articles.id).
  a.title AS title, -- The headline.
  a.publisher AS publisher, -- The outlet.
  a.published AS published, -- Publication date, ISO 8601.
  a.byline AS byline, -- Author names as a JSON array (json_each(byline) lists them).
  a.url AS url, -- The article's URL.
  s.location AS location, -- Where the document was read from (sources.location).
  (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims, -- Numeric claims found.
  (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes, -- Quotes found.
  (SELECT count(*) FROM article_speakers x WHERE x.article_id = a.id) AS speakers, -- Speakers found.
  (SELECT count(*) FROM findings f WHERE f.article_id = a.id) AS findings, -- Consistency checks made.
  (SELECT count(*) FROM findings f WHERE f.article_id = a.id AND f.status = 'inconsistent') AS inconsistencies -- Checks that found figures that do not add up.
FROM articles a
JOIN sources s ON s.id = a.id;
`;

/**
 * Version 2: the full-text indexes are kept by the store, once per document inside the batch's
 * transaction (src/store/write-result.ts), instead of by triggers row by row.
 * Why: the triggers cost more than half of the store's write time; one INSERT ... SELECT per document
 * indexes the same rows with the same tokenizer, so search finds exactly what it found before. Also the
 * indexes a delete or replace looks rows up with, for databases created before migration 1 had them.
 */
const ftsByStore = `
DROP TRIGGER IF EXISTS quotes_fts_insert;
DROP TRIGGER IF EXISTS quotes_fts_delete;
DROP TRIGGER IF EXISTS quotes_fts_update;
DROP TRIGGER IF EXISTS sentences_fts_insert;
DROP TRIGGER IF EXISTS sentences_fts_delete;
DROP TRIGGER IF EXISTS sentences_fts_update;
CREATE INDEX IF NOT EXISTS claims_article_speaker ON claims(article_speaker_id);
DROP INDEX IF EXISTS findings_article;
CREATE INDEX findings_article ON findings(article_id, status);
CREATE INDEX IF NOT EXISTS errors_run ON errors(run_id);
`;

/**
 * Version 3: a person named by one word in an article ("Mr Howard") is linked to the one person the database
 * names in full with that first or last word (src/store/link-surnames.ts). Why block comments: ALTER TABLE
 * ADD COLUMN appends the column's text inside the table's closing bracket in sqlite_master, where a `--`
 * comment would swallow the bracket; `.schema` still shows them beside the column.
 */
const surnameLinks = `
ALTER TABLE speakers ADD COLUMN first_word TEXT /* First word of name_key for a person named in two words or more ("michael" of "michael howard"), else NULL: an article that names someone by that word alone links here when no other person has it. */;
ALTER TABLE speakers ADD COLUMN last_word TEXT /* Last word of name_key for a person named in two words or more ("howard"), else NULL: "Mr Howard" in an article links here when no other person starts or ends with that word. */;
ALTER TABLE article_speakers ADD COLUMN name_key TEXT /* The name as this article writes it, normalised like speakers.name_key; when it is one word, speaker_id is the one person whose name starts or ends with it, if there is exactly one. */;
CREATE INDEX speakers_first_word ON speakers(first_word) WHERE first_word IS NOT NULL;
CREATE INDEX speakers_last_word ON speakers(last_word) WHERE last_word IS NOT NULL;
CREATE INDEX article_speakers_name_key ON article_speakers(name_key);
`;

/**
 * Version 4: speaker_summary lists the titles and organisations articles give a speaker most used first, with
 * spellings that differ only in case once ("Tory leader; Conservative leader; party leader", not "Conservative
 * leader; Leader; Party leader; Tory leader; party leader"): a researcher reads the first as the usual one.
 */
const speakerSummaryByUse = `
DROP VIEW speaker_summary;
CREATE VIEW speaker_summary AS -- One row per speaker across articles, with how often they are quoted and how articles describe them.
SELECT
  sp.id AS speaker_id, -- The speaker (speakers.id).
  sp.name AS name, -- Their name.
  sp.kind AS kind, -- person or group.
  (SELECT count(*) FROM quotes q WHERE q.speaker_id = sp.id) AS quotes, -- Quotes attributed to them.
  (SELECT count(DISTINCT x.article_id) FROM article_speakers x WHERE x.speaker_id = sp.id) AS articles, -- Articles that quote or name them as a speaker.
  (SELECT count(*) FROM claims c WHERE c.speaker_id = sp.id) AS claims, -- Figures stated by them.
  (SELECT group_concat(t, '; ') FROM (SELECT min(x.title) AS t FROM article_speakers x WHERE x.speaker_id = sp.id AND x.title IS NOT NULL GROUP BY lower(x.title) ORDER BY count(*) DESC, lower(x.title))) AS titles, -- The titles articles give them, most used first, separated by "; " (spellings that differ only in case once).
  (SELECT group_concat(o, '; ') FROM (SELECT min(x.organization) AS o FROM article_speakers x WHERE x.speaker_id = sp.id AND x.organization IS NOT NULL GROUP BY lower(x.organization) ORDER BY count(*) DESC, lower(x.organization))) AS organizations -- The organisations articles give them, most used first, separated by "; ".
FROM speakers sp;
`;

/**
 * Version 5: for a person the database knows only by one word ("Howard", because several Howards are named in
 * full), the people that word can stand for, so a researcher can settle it by hand instead of tally guessing.
 */
const speakerCandidates = `
CREATE VIEW speaker_candidates AS -- For each person known only by one word (several or no people named in full share it), the people it may stand for.
SELECT
  sp.id AS speaker_id, -- The one-word person (speakers.id).
  sp.name AS name, -- Their name as articles write it ("Mr Howard").
  c.id AS candidate_id, -- A person named in full whose name starts or ends with that word (speakers.id).
  c.name AS candidate_name, -- Their name.
  (SELECT count(DISTINCT x.article_id) FROM article_speakers x WHERE x.speaker_id = c.id) AS candidate_articles -- Articles that quote or name the candidate.
FROM speakers sp
JOIN speakers c ON c.kind = 'person' AND (c.last_word = sp.name_key OR c.first_word = sp.name_key)
WHERE sp.kind = 'person' AND sp.first_word IS NULL;
`;

/** Version 3's keys for the rows stored before it, then the links they give. */
function backfillSurnameLinks(db: Database): void {
  const setEnds = db.prepare('UPDATE speakers SET first_word = ?, last_word = ? WHERE id = ?');
  for (const row of db.prepare("SELECT id, name_key FROM speakers WHERE kind = 'person'").all() as Array<{ id: string; name_key: string }>) {
    const ends = nameEnds(row.name_key);
    if (ends) setEnds.run(ends.first, ends.last, row.id);
  }
  const setKey = db.prepare('UPDATE article_speakers SET name_key = ? WHERE id = ?');
  for (const row of db.prepare('SELECT id, name FROM article_speakers').all() as Array<{ id: string; name: string }>) setKey.run(personKey(row.name, row.id), row.id);
  prepareSurnameLinks(db, preparePersonRows(db)).linkAll();
}

export const migrations: readonly Migration[] = [
  { version: 1, name: 'initial schema: sources, articles, claims, quotes, speakers, findings, runs, errors, views, full-text search', sql: initial },
  { version: 2, name: 'full-text indexes kept by the store per document instead of per-row triggers; indexes for claims.article_speaker_id and errors.run_id', sql: ftsByStore },
  { version: 3, name: 'one-word speaker names linked across articles: speakers.first_word and last_word, article_speakers.name_key', sql: surnameLinks, backfill: backfillSurnameLinks },
  { version: 4, name: 'speaker_summary lists titles and organisations most used first, case variants once', sql: speakerSummaryByUse },
  { version: 5, name: 'speaker_candidates: the people a one-word speaker name may stand for', sql: speakerCandidates },
];
