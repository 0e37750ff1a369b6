/**
 * Ten questions researchers ask of a claims database, as SQL. docs/schema.md prints each with its result
 * on the sample corpus, and the store tests run every one, so an example that stops working fails the build.
 */
export interface ExampleQuery {
  /** The question, as a researcher would ask it. */
  readonly question: string;
  readonly sql: string;
}

export const exampleQueries: readonly ExampleQuery[] = [
  {
    question: 'Who is quoted most, and in how many articles?',
    sql: `SELECT name, quotes, articles, claims, titles, organizations
FROM speaker_summary
WHERE kind = 'person'
ORDER BY quotes DESC, articles DESC, name
LIMIT 10`,
  },
  {
    question: 'Which articles have figures that do not add up? (the messages to paste)',
    sql: `SELECT publisher, article_title, check_name, claims, message
FROM finding_details
WHERE status = 'inconsistent'
ORDER BY published`,
  },
  {
    question: 'Which figures did each outlet publish on a topic? (full-text search over sentences)',
    sql: `SELECT a.publisher, a.published, c.text AS figure, c.kind, s.text AS sentence
FROM sentences_fts
JOIN sentences s ON s.id = sentences_fts.rowid
JOIN claims c ON c.article_id = s.article_id AND c.sentence = s.sentence
JOIN articles a ON a.id = s.article_id
WHERE sentences_fts MATCH 'methadone'
ORDER BY a.publisher, a.published, c.start`,
  },
  {
    question: 'What did people say about a subject, and who said it? (full-text search over quotes)',
    sql: `SELECT d.speaker, d.speaker_title, d.quote, d.article_title
FROM quotes_fts
JOIN quotes q ON q.seq = quotes_fts.rowid
JOIN quote_details d ON d.quote_id = q.id
WHERE quotes_fts MATCH 'clinic OR staff OR patients'
ORDER BY rank`,
  },
  {
    question: 'Which figures did one person state, across all articles?',
    sql: `SELECT speaker, claim, subject, publisher, article_title
FROM claim_details
WHERE speaker_id IN (SELECT id FROM speakers WHERE name_key = 'amira haddad')
ORDER BY published`,
  },
  {
    question: 'How do different articles describe the same person?',
    sql: `SELECT sp.name AS person, a.publisher, x.name AS named_as, x.title, x.organization
FROM article_speakers x
JOIN speakers sp ON sp.id = x.speaker_id
JOIN articles a ON a.id = x.article_id
WHERE sp.kind = 'person'
  AND x.speaker_id IN (SELECT speaker_id FROM article_speakers GROUP BY speaker_id HAVING count(DISTINCT article_id) > 1)
ORDER BY sp.name, a.published`,
  },
  {
    question: 'What sums of money were reported, largest first?',
    sql: `SELECT claim, value, unit, subject, speaker, publisher
FROM claim_details
WHERE kind = 'money'
ORDER BY value DESC`,
  },
  {
    question: 'How many figures of each kind does each outlet publish, and how many are hedged ("about", "more than")?',
    sql: `SELECT publisher, kind, count(*) AS figures, sum(qualifier <> 'exact') AS hedged
FROM claim_details
GROUP BY publisher, kind
ORDER BY publisher, figures DESC, kind`,
  },
  {
    question: 'Which articles did each author write, with their counts?',
    sql: `SELECT author.value AS author, s.title, s.claims, s.quotes, s.inconsistencies
FROM article_summary s, json_each(s.byline) AS author
ORDER BY author, s.published`,
  },
  {
    question: 'Which inputs failed, at which stage, and why?',
    sql: `SELECT s.location, e.stage, e.rule, e.message
FROM errors e
JOIN sources s ON s.id = e.source_id
WHERE e.severity = 'fatal'
ORDER BY s.location`,
  },
];
