/**
 * Word lists for finding quotes, cues and speakers.
 * Kept as data, apart from the code that reads them, so they can grow without touching the rules.
 */

/** Verbs that introduce speech or a stated position ("said", "warned"), in every inflection we match. */
export const SPEECH_VERBS: readonly string[] = [
  'say', 'says', 'said', 'saying',
  'tell', 'tells', 'told', 'telling',
  'add', 'adds', 'added', 'adding',
  'explain', 'explains', 'explained', 'explaining',
  'argue', 'argues', 'argued', 'arguing',
  'warn', 'warns', 'warned', 'warning',
  'urge', 'urges', 'urged', 'urging',
  'claim', 'claims', 'claimed', 'claiming',
  'insist', 'insists', 'insisted', 'insisting',
  'note', 'notes', 'noted', 'noting',
  'announce', 'announces', 'announced', 'announcing',
  'write', 'writes', 'wrote', 'writing',
  'tweet', 'tweets', 'tweeted', 'tweeting',
  'stated', 'stating',
  'declare', 'declares', 'declared', 'declaring',
  'acknowledge', 'acknowledges', 'acknowledged', 'acknowledging',
  'admit', 'admits', 'admitted', 'admitting',
  'concede', 'concedes', 'conceded', 'conceding',
  'stress', 'stresses', 'stressed', 'stressing',
  'emphasize', 'emphasizes', 'emphasized', 'emphasise', 'emphasises', 'emphasised',
  'contend', 'contends', 'contended',
  'maintain', 'maintains', 'maintained',
  'predict', 'predicts', 'predicted',
  'suggest', 'suggests', 'suggested', 'suggesting',
  'reported', 'reporting',
  'reply', 'replies', 'replied',
  'respond', 'responds', 'responded',
  'recall', 'recalls', 'recalled', 'recalling',
  'confirm', 'confirms', 'confirmed', 'confirming',
  'deny', 'denies', 'denied',
  'allege', 'alleges', 'alleged',
  'complain', 'complains', 'complained',
  'caution', 'cautions', 'cautioned',
  'observe', 'observes', 'observed',
  'remark', 'remarks', 'remarked',
  'counter', 'counters', 'countered',
  'continue', 'continues', 'continued',
  'conclude', 'concludes', 'concluded',
  'promise', 'promises', 'promised', 'promising',
  'vow', 'vows', 'vowed', 'vowing',
  'pledge', 'pledges', 'pledged',
  'reveal', 'reveals', 'revealed',
  'testify', 'testifies', 'testified',
  'boast', 'boasts', 'boasted',
  'joke', 'jokes', 'joked',
  'quip', 'quips', 'quipped',
  'lament', 'laments', 'lamented',
  'assert', 'asserts', 'asserted', 'asserting',
  'reiterate', 'reiterates', 'reiterated',
  'indicate', 'indicates', 'indicated',
  'estimate', 'estimates', 'estimated',
  'believe', 'believes', 'believed',
  'think', 'thinks', 'thought',
  'fear', 'fears', 'feared',
  'hope', 'hopes', 'hoped',
  'agree', 'agrees', 'agreed',
  'ask', 'asks', 'asked', 'asking',
  'wonder', 'wonders', 'wondered',
  'announce', 'shout', 'shouts', 'shouted', 'yell', 'yelled', 'exclaim', 'exclaims', 'exclaimed',
  'answer', 'answers', 'answered', 'retort', 'retorts', 'retorted', 'interject', 'interjected', 'whisper', 'whispered', 'mutter', 'muttered',
  'yells', 'yelling', 'shouting', 'screams', 'screaming', 'chants', 'chanting', 'whispers', 'mutters', 'concludes', 'concluded',
  'scream', 'screamed', 'chant', 'chanted', 'cry', 'cried', 'snap', 'snapped', 'sigh', 'sighed', 'begin', 'began', 'conclude',
  'charge', 'charges', 'charged',
  'point out', 'points out', 'pointed out', 'pointing out',
  'went on to say', 'goes on to say',
  // '“…,” he went on.': only in the frame next to a quote (neither takes a bare complement nor "that" in news prose).
  'went on', 'goes on',
  'shot back', 'shoots back', 'fired back', 'fires back', 'chimed in', 'chimes in',
  // Participles of the verbs above that the lists lacked (", alleging that …", ", lamenting the loss of …").
  'emphasizing', 'emphasising', 'contending', 'maintaining', 'replying', 'responding', 'denying', 'alleging', 'complaining',
  'cautioning', 'observing', 'remarking', 'countering', 'concluding', 'pledging', 'revealing', 'testifying', 'boasting', 'joking', 'quipping',
  'lamenting', 'reiterating', 'indicating', 'estimating', 'believing', 'fearing', 'wondering', 'agreeing',
];

/** Verbs that may close a direct quote without "that" ("…," he said) but rarely introduce reported speech; all speech verbs qualify. */
export const SPEECH_VERB_SET: ReadonlySet<string> = new Set(SPEECH_VERBS);

/** Phrases that attribute what surrounds them, with the source after them ("according to officials"). */
export const PREPOSITIONAL_CUES: readonly string[] = ['according to', 'as reported by', 'in the words of'];

/** Verbs after which a complement clause without "that" is common ("says the plan failed"); others need "that" for reported speech. */
export const BARE_COMPLEMENT_VERBS: ReadonlySet<string> = new Set([
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'add', 'adds', 'added', 'adding',
  'think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'claim', 'claims', 'claimed', 'claiming',
  'insist', 'insists', 'insisted', 'insisting', 'argue', 'argues', 'argued', 'arguing', 'explain', 'explains', 'explained', 'explaining',
  'warn', 'warns', 'warned', 'warning', 'note', 'notes', 'noted', 'noting', 'suggest', 'suggests', 'suggested', 'suggesting',
  'predict', 'predicts', 'predicted', 'hope', 'hopes', 'hoped', 'fear', 'fears', 'feared', 'estimate', 'estimates', 'estimated',
  'acknowledge', 'acknowledges', 'acknowledged', 'acknowledging', 'admit', 'admits', 'admitted', 'admitting', 'wrote', 'writes', 'write',
  'concede', 'concedes', 'conceded', 'stress', 'stresses', 'stressed', 'contend', 'contends', 'contended', 'maintain', 'maintains', 'maintained',
  'reported', 'reports', 'announced', 'announces', 'confirm', 'confirms', 'confirmed', 'complained', 'complains', 'recalled', 'recalls',
  'tweeted', 'tweets', 'declared', 'declares', 'stated', 'states', 'asserted', 'asserts', 'agreed', 'agrees', 'promised', 'promises',
  'vowed', 'vows', 'pledged', 'pledges', 'revealed', 'reveals', 'testified', 'boasted', 'lamented', 'cautioned', 'observed', 'remarked',
  'countered', 'reiterated', 'indicated', 'pointed out', 'points out', 'pointing out', 'went on to say', 'goes on to say',
  // "denied it happened", "denies any wrongdoing": what is denied, a clause or a noun phrase.
  'deny', 'denies', 'denied', 'denying',
  'allege', 'alleges', 'alleged', 'alleging', 'conclude', 'concludes', 'concluded', 'concluding', 'emphasize', 'emphasizes', 'emphasized',
  'emphasizing', 'emphasise', 'emphasises', 'emphasised', 'reiterate', 'reiterates', 'lament', 'laments', 'lamenting', 'boasts', 'boast',
  'announce', 'announcing', 'declare', 'declaring', 'conceding', 'stressing', 'recall', 'recalling', 'confirming', 'complain', 'observe', 'observes',
  'reveal', 'revealing', 'indicate', 'indicates', 'indicating', 'asserting', 'contending', 'maintaining', 'believing', 'fearing', 'estimating', 'stating', 'promising',
]);

/** Verbs whose first object is the hearer, not the content: "told reporters (that) …". */
export const HEARER_VERBS: ReadonlySet<string> = new Set(['tell', 'tells', 'told', 'telling', 'warn', 'warns', 'warned', 'warning', 'remind', 'reminds', 'reminded', 'reminding', 'assure', 'assures', 'assured', 'assuring', 'urge', 'urges', 'urged', 'urging', 'ask', 'asks', 'asked', 'asking']);

/** Words that may stand between a source and its verb and belong to the cue ("has said", "also noted"). */
export const CUE_AUXILIARIES: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'also', 'later', 'previously', 'once', 'repeatedly', 'further', 'then', 'recently', 'often', 'never', 'again',
  'publicly', 'privately', 'initially', 'first', 'earlier', 'would', 'will', 'could', 'may', 'might', 'did', 'does', 'do', 'reportedly',
  'has also', 'quickly', 'flatly', 'frequently', 'famously', 'even', 'simply', 'just', 'long', 'already', 'still', 'since',
  // ("Economists soon noted", "Lee now says", "the mayor ultimately conceded": time and sequence adverbs.)
  'soon', 'now', 'ultimately', 'eventually', 'subsequently', 'immediately', 'finally', 'sometimes', 'always', 'usually', 'increasingly', 'openly',
  // Contracted auxiliaries split from a pronoun by the tokenizer ("he’s said", "they’ve argued"), normalised to straight apostrophes.
  "'s", "'ve", "'d", "'ll", "'re",
  // Negation: "did not endorse", "hasn't said" report a position too.
  'not', 'didn’t', "didn't", 'hasn’t', "hasn't", 'haven’t', "haven't", 'doesn’t', "doesn't", 'don’t', "don't", 'won’t', "won't", 'wouldn’t', "wouldn't",
]);

/**
 * Verbs that take a cue verb in the infinitive and join the cue with their "to" ("went on to praise", "continued to question",
 * "has tried to explain"): the source is the subject before them, the content the cue verb's object. Lower case, space-separated.
 */
export const CATENATIVE_CUE_VERBS: ReadonlySet<string> = new Set([
  'went on', 'goes on', 'go on', 'going on', 'continue', 'continues', 'continued', 'continuing', 'try', 'tries', 'tried', 'trying',
  'attempted', 'begin', 'begins', 'began', 'begun', 'start', 'starts', 'started', 'used', 'tend', 'tends', 'tended',
]);

/** Time words that may sit between a source and its verb but are not part of the cue ("Smith yesterday said"). */
export const TIME_ADVERBS: ReadonlySet<string> = new Set([
  'yesterday', 'today', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'now',
]);

/** Sentence adverbs that may sit between a source and its verb and belong to neither ("Smith, however, said"). */
export const GAP_ADVERBS: ReadonlySet<string> = new Set(['there', 'however', 'though', 'meanwhile', 'therefore', 'instead', 'too', 'nonetheless', 'nevertheless', 'separately', 'similarly', 'likewise']);

/**
 * Multi-word sentence asides set off by commas between a source and its verb ("Lee, for his part, said", "Kim, in turn, argued"):
 * the writer's linking words, part of neither the source nor the cue. Lower-case words, space-separated.
 */
export const GAP_ASIDES: ReadonlySet<string> = new Set([
  'for example', 'for instance', 'for one', 'for his part', 'for her part', 'for their part', 'for its part', 'for our part', 'for my part',
  'in turn', 'of course', 'in fact', 'in particular', 'by contrast', 'in contrast', 'in response', 'in addition', 'as well', 'at least',
  'on the other hand', 'at the same time', 'for the most part', 'in any case', 'by comparison', 'in the meantime', 'in short',
]);

/** Nouns that head a counted group of respondents ("9 percent said", "a majority said"). */
export const SHARE_NOUNS: ReadonlySet<string> = new Set(['percent', 'per cent', 'majority', 'plurality', 'minority', 'half', 'third', 'quarter', 'respondents', 'fifth', 'most', 'many', 'few', 'none', 'all', 'everyone', 'nobody', 'somebody', 'someone', 'others', 'another']);

/** Prepositions that open a phrase after a cue before its content ("said at the hearing that", "said of the plan:"). */
export const CUE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'on', 'in', 'during', 'of', 'about', 'to', 'after', 'before', 'earlier', 'later', 'last', 'this', 'through', 'via', 'from', 'with', 'while', 'when']);

/** Phrases after a speech verb that still belong to the cue ("said in a statement"). */
export const CUE_TAILS: readonly RegExp[] = [
  /^\s+in\s+(?:a|an|the|his|her|their|its)\s+(?:\w+\s+)?(?:statement|interview|speech|email|e-mail|letter|post|tweet|release|briefing|memo|op-ed|blog post|television interview|phone interview|radio interview|news conference|press conference)\b/i,
];

/** Personal pronouns that can be a source, with their number. */
export const SUBJECT_PRONOUNS: Readonly<Record<string, 'he' | 'she' | 'they' | 'it'>> = {
  he: 'he', she: 'she', they: 'they', it: 'it',
};

/** First and second person pronouns: inside a quote they are the speaker, never a separate source. */
export const SPEAKER_SELF_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'me', 'us']);

/** Nouns naming an unnamed or collective source ("officials", "police", "a spokesperson"). */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'officials', 'official', 'police', 'authorities', 'sources', 'source', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople',
  'analysts', 'experts', 'critics', 'residents', 'witnesses', 'investigators', 'prosecutors', 'lawyers', 'researchers', 'scientists',
  'economists', 'observers', 'aides', 'advisers', 'advisors', 'activists', 'supporters', 'opponents', 'leaders', 'members', 'voters',
  'democrats', 'republicans', 'people', 'organizers', 'organisers', 'diplomats', 'doctors', 'teachers', 'parents', 'workers', 'unions',
  'government', 'ministry', 'department', 'agency', 'company', 'firm', 'campaign', 'committee', 'report', 'study', 'survey', 'poll',
  'statement', 'group', 'party', 'court', 'council', 'board', 'commission', 'administration', 'military', 'army', 'newspaper',
  'union', 'others', 'some', 'many', 'both', 'several', 'most', 'protesters', 'protestors', 'students', 'fans', 'insiders', 'staff', 'team',
  // Evidence that speaks for itself ("records show", "polls suggest").
  'records', 'documents', 'data', 'figures', 'polls', 'surveys', 'filings', 'statistics', 'emails', 'reports', 'studies', 'estimates',
  'polling', 'research', 'footage', 'analysis', 'findings', 'evidence',
  // Texts that speak for their makers ("The ad says “…”", "the memo argues").
  'ad', 'ads', 'memo', 'letter', 'editorial', 'website', 'video', 'tweet',
  // Plurals of the collective nouns above ("protest groups say", "both campaigns said").
  'groups', 'companies', 'firms', 'agencies', 'departments', 'ministries', 'campaigns', 'committees', 'parties', 'courts', 'councils',
  'boards', 'governments', 'administrations', 'newspapers', 'officers', 'spokesmen', 'spokeswomen', 'senators', 'lawmakers', 'legislators',
  'candidates', 'donors', 'strategists', 'pollsters', 'delegates', 'conservatives', 'liberals', 'progressives', 'independents', 'executives',
]);

/** Lower-case words that make up job titles before a name or in an apposition ("anti-drug chief", "executive director"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'chief', 'director', 'executive', 'president', 'vice', 'minister', 'secretary', 'undersecretary', 'under-secretary', 'deputy', 'spokesman',
  'spokeswoman', 'spokesperson', 'head', 'chairman', 'chairwoman', 'chair', 'governor', 'senator', 'representative', 'congressman',
  'congresswoman', 'mayor', 'commissioner', 'officer', 'official', 'consultant', 'adviser', 'advisor', 'analyst', 'economist', 'professor',
  'researcher', 'lawyer', 'attorney', 'judge', 'general', 'colonel', 'captain', 'commander', 'leader', 'manager', 'founder', 'co-founder',
  'coordinator', 'strategist', 'pollster', 'candidate', 'nominee', 'aide', 'ambassador', 'envoy', 'prosecutor', 'inspector', 'superintendent',
  'sheriff', 'editor', 'reporter', 'correspondent', 'columnist', 'author', 'expert', 'specialist', 'activist', 'campaigner', 'member',
  'lawmaker', 'legislator', 'mp', 'prime', 'premier', 'chancellor', 'treasurer', 'auditor', 'administrator', 'counsel', 'partner',
  'principal', 'dean', 'provost', 'rector', 'physician', 'doctor', 'scientist', 'historian', 'fellow', 'organizer', 'organiser', 'owner',
  'ceo', 'cfo', 'coo', 'cto', 'state', 'assistant', 'senior', 'former', 'acting', 'interim', 'national', 'regional', 'provincial',
  'district', 'general', 'police', 'anti-drug', 'press', 'campaign', 'communications', 'policy', 'political', 'legal', 'military',
  'foreign', 'health', 'finance', 'defence', 'defense', 'interior', 'justice', 'education', 'labour', 'labor', 'trade', 'environment',
  'spokesman', 'operations', 'programme', 'program', 'project', 'country', 'field', 'team', 'staff', 'public', 'affairs', 'relations',
  'media', 'information', 'research', 'investment', 'managing', 'founding', 'top', 'lead', 'co-chair', 'whip', 'speaker', 'house',
  'majority', 'minority', 'of', 'for', 'to', 'and', 'the', 'on',
]);

/** Title words that head a title (the noun), used to tell a title from other lower-case words. */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'chief', 'director', 'president', 'minister', 'secretary', 'undersecretary', 'under-secretary', 'deputy', 'spokesman', 'spokeswoman',
  'spokesperson', 'head', 'chairman', 'chairwoman', 'chair', 'governor', 'senator', 'representative', 'congressman', 'congresswoman', 'mayor',
  'commissioner', 'officer', 'official', 'consultant', 'adviser', 'advisor', 'analyst', 'economist', 'professor', 'researcher', 'lawyer',
  'attorney', 'judge', 'general', 'colonel', 'captain', 'commander', 'leader', 'manager', 'founder', 'co-founder', 'coordinator',
  'strategist', 'pollster', 'candidate', 'nominee', 'aide', 'ambassador', 'envoy', 'prosecutor', 'inspector', 'superintendent', 'sheriff',
  'editor', 'reporter', 'correspondent', 'columnist', 'author', 'expert', 'specialist', 'activist', 'campaigner', 'member', 'lawmaker',
  'legislator', 'mp', 'premier', 'chancellor', 'treasurer', 'auditor', 'administrator', 'counsel', 'partner', 'principal', 'dean', 'provost',
  'rector', 'physician', 'doctor', 'scientist', 'historian', 'fellow', 'organizer', 'organiser', 'owner', 'ceo', 'cfo', 'coo', 'cto',
  'whip', 'speaker', 'co-chair', 'state',
]);

/** Capitalised titles written before a name ("Sen.", "President", "Dr."): not part of the name. */
export const NAME_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'president', 'vice',
  'prime', 'minister', 'secretary', 'gen', 'general', 'col', 'colonel', 'capt', 'captain', 'lt', 'sgt', 'maj', 'adm', 'rev', 'hon',
  'judge', 'justice', 'mayor', 'chancellor', 'king', 'queen', 'prince', 'princess', 'sir', 'dame', 'lord', 'lady', 'pope', 'father',
  'sister', 'brother', 'chairman', 'chief', 'deputy', 'ambassador', 'commissioner', 'director', 'speaker', 'premier', 'detective',
  'inspector', 'superintendent', 'sheriff', 'officer', 'attorney', 'former', 'first', 'lady', 'sheikh', 'imam', 'rabbi', 'bishop',
  'cardinal', 'archbishop', 'coach', 'manager', 'mp', 'mep', 'councillor', 'councilman', 'councilwoman', 'congressman', 'congresswoman',
  'assemblyman', 'assemblywoman', 'delegate', 'candidate', 'nominee', 'undersecretary', 'minister',
]);

/** Honorifics before a name ("Mr", "Dr", "Sir", "Lord"): evidence of a person and their gender, never a job title. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'baroness', 'baron', 'viscount', 'viscountess', 'countess', 'rev', 'messrs']);

/** Job titles written capitalised before a name that head a title phrase as well as TITLE_HEADS ("England coach", "East Midlands MEP"). */
export const EXTRA_TITLE_HEADS: ReadonlySet<string> = new Set([
  'coach', 'mep', 'msp', 'peer', 'councillor', 'councilman', 'councilwoman', 'assemblyman', 'assemblywoman', 'delegate', 'boss', 'captain',
  'skipper', 'striker', 'midfielder', 'defender', 'goalkeeper', 'player', 'champion', 'chancellor', 'king', 'queen', 'prince',
  'princess', 'pope', 'bishop', 'archbishop', 'cardinal', 'rabbi', 'imam', 'sheikh', 'detective', 'sergeant', 'constable', 'attorney-general',
  'solicitor-general', 'president-elect', 'vice-president', 'chairperson', 'presenter', 'host', 'actor', 'actress', 'singer', 'director-general',
  'secretary-general', 'prosecutor', 'economist', 'executive', 'entrepreneur', 'investor', 'trader', 'broker', 'banker', 'governor',
]);

/** The days of the week, lower case: dates in time phrases ("said Monday", "released Sunday"). */
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** The months, lower case. */
export const MONTHS: ReadonlySet<string> = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/**
 * A US party-and-state label in brackets right after a politician's name ("(D-N.Y.)", "(R-Texas)", "(I-Vt.)", "(R)"): part of how
 * the source is named, as PolNeAR's sources write it.
 */
export const PARTY_LABEL = /^ ?\((?:D|R|I|Dem|Rep|Ind)(?:[-–.] ?[A-Z][A-Za-z.]{0,11}(?: [A-Z][A-Za-z.]{0,11})?)?\)/;

/** Nouns of time that end a time phrase after a stance's object ("in recent weeks", "on Monday night", "last month"). */
export const TIME_NOUNS: ReadonlySet<string> = new Set([
  ...WEEKDAYS, ...MONTHS, 'week', 'weeks', 'month', 'months', 'year', 'years', 'day', 'days', 'weekend', 'weekends', 'morning', 'afternoon',
  'evening', 'night', 'past', 'spring', 'summer', 'fall', 'autumn', 'winter', 'decade', 'decades', 'hours', 'time', 'yesterday', 'today',
  'tonight', 'tomorrow', 'recently', 'earlier', 'later',
]);

/** Words that may come between a preposition and its time noun ("in early June", "on the eve", "over the past two weeks"). */
export const TIME_MODIFIERS: ReadonlySet<string> = new Set([
  'the', 'a', 'this', 'that', 'last', 'next', 'past', 'recent', 'coming', 'previous', 'early', 'late', 'mid', 'same', 'few', 'several',
  'two', 'three', 'four', 'five', 'six', 'ten', 'following', 'first', 'final', 'whole', 'entire', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday',
]);

/**
 * Where or how a stance was voiced, after a preposition ("in a tweet", "on Twitter", "during an interview", "to reporters"): the
 * occasion, not what the stance is about.
 */
export const MEDIUM_NOUNS: ReadonlySet<string> = new Set([
  'tweet', 'tweets', 'twitter', 'facebook', 'instagram', 'statement', 'statements', 'interview', 'interviews', 'speech', 'speeches', 'op-ed',
  'letter', 'post', 'video', 'email', 'e-mail', 'ad', 'ads', 'advertisement', 'rally', 'rallies', 'debate', 'debates', 'press', 'conference',
  'briefing', 'hearing', 'appearance', 'broadcast', 'radio', 'television', 'tv', 'podcast', 'column', 'editorial', 'blog', 'memo',
  'reporters', 'media', 'event', 'events', 'town', 'forum', 'show', 'program', 'programme', 'message', 'remarks', 'call',
]);

/** Days and day words written capitalised before a name ("Monday Tony Blair said", "Yesterday Ms Ruiz told"): when, not who; never a given name. */
export const DAY_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, 'yesterday', 'today', 'tonight', 'tomorrow']);

/** Words that end a pre-name title phrase going backwards: a title never runs across them ("In October Tory leader" -> "Tory leader"). */
export const TITLE_STOPS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'by', 'with', 'from', 'to', 'into', 'since', 'until', 'over', 'under', 'about', 'against',
  'and', 'or', 'but', 'nor', 'which', 'who', 'whom', 'that', 'as', 'while', 'when', 'where', 'than', 'if', 'because', 'although',
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'the', 'a', 'an', 'this', 'these', 'those',
  'said', 'says', 'say', 'told', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'not', 'also', 'again', 'then', 'now',
  ...MONTHS, ...WEEKDAYS, 'yesterday', 'today', 'tonight', 'leaving', 'responding',
  'despite', 'though', 'unless', 'whether', 'why', 'how', 'what', 'no', 'not', 'yes',
]);

/** Last words of a company or institution's name ("Acme Holdings plc"): a name ending so is an organisation, not a person. */
export const ORG_SUFFIXES: ReadonlySet<string> = new Set([
  'ltd', 'plc', 'inc', 'llc', 'llp', 'corp', 'corporation', 'co', 'gmbh', 'ag', 'sa', 'nv', 'bv', 'holdings', 'group', 'party', 'council',
  'ministry', 'airlines', 'airways', 'motors', 'industries', 'technologies', 'systems', 'partners', 'associates', 'bank', 'trust', 'fund',
  'foundation', 'institute', 'university', 'college', 'union', 'association', 'federation', 'commission', 'committee', 'agency', 'office',
  'department', 'authority', 'board', 'club', 'united', 'city', 'rovers', 'athletic', 'network', 'media', 'studios', 'records', 'pictures',
  'entertainment', 'communications', 'telecom', 'energy', 'oil', 'gas', 'electronics', 'software', 'labs', 'pharmaceuticals', 'capital',
  // Places and events that speak for the people in them ("Downing Street said", "Wall Street", "the French Open").
  'street', 'open', 'yard', 'prison',
  // Research firms and publications ("Jupiter Research", "Stuff Magazine", "Screen Digest", "Agence France Presse"), and a few
  // company heads that are no surname ("Electronic Arts", "Sierra Wireless").
  'research', 'magazine', 'digest', 'presse', 'press', 'review', 'weekly', 'arts', 'wireless', 'mobile', 'motor',
  // Parties by their short plural ("the Lib Dems").
  'dems',
]);

/** Letters written after a name for an office or honour ("Frank Field MP", "Guy Mansfield QC"): a title, not part of the name. */
export const POST_NOMINALS: ReadonlySet<string> = new Set(['mp', 'mep', 'msp', 'am', 'mla', 'td', 'qc', 'kc', 'obe', 'mbe', 'cbe', 'kbe', 'dbe', 'frs', 'phd']);

/** Words that open an organisation's name or mark a phrase as one ("Ministry of Health", "NGO Khana"). */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'agency', 'office', 'bureau', 'council', 'committee', 'commission', 'authority', 'police', 'army', 'navy',
  'force', 'forces', 'court', 'parliament', 'assembly', 'senate', 'congress', 'house', 'party', 'union', 'association', 'federation',
  'institute', 'institution', 'university', 'college', 'school', 'hospital', 'bank', 'fund', 'foundation', 'organisation', 'organization',
  'group', 'company', 'corporation', 'corp', 'inc', 'ltd', 'co', 'network', 'centre', 'center', 'coalition', 'alliance', 'league',
  'board', 'service', 'services', 'watch', 'society', 'trust', 'movement', 'campaign', 'administration', 'government', 'cabinet',
  'embassy', 'mission', 'project', 'program', 'programme', 'club', 'times', 'post', 'news', 'journal', 'press', 'daily', 'network',
  'reuters', 'nations', 'international', 'national', 'federal', 'state', 'republican', 'democratic', 'ngo', 'un', 'who', 'labour',
  'lib', 'dem',
]);

/** Descriptors in front of an organisation's own name that are not part of it ("NGO Khana", "rights group Licadho"). */
export const ORG_DESCRIPTORS: readonly string[] = ['ngo', 'the ngo', 'rights group', 'the rights group', 'advocacy group', 'the advocacy group', 'think tank', 'the think tank', 'watchdog', 'the watchdog', 'charity', 'the charity', 'the group', 'group', 'firm', 'the firm', 'company', 'the company', 'the'];

/** Words that start a clause and so end a subject search going backwards ("…, while officials said"). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'and', 'but', 'or', 'so', 'yet', 'while', 'whereas', 'although', 'though', 'because', 'since', 'as', 'when', 'whenever', 'after',
  'before', 'if', 'unless', 'until', 'that', 'where', 'once', 'than', 'nor', 'however', 'meanwhile',
]);

/** Sentence adverbs and connectives that open a sentence before its subject ("Meanwhile, officials said"). */
export const LEADING_CONNECTIVES: ReadonlySet<string> = new Set([
  'and', 'but', 'so', 'yet', 'still', 'now', 'meanwhile', 'however', 'instead', 'indeed', 'also', 'then', 'later', 'earlier', 'separately',
  'moreover', 'furthermore', 'besides', 'thus', 'hence', 'nonetheless', 'nevertheless', 'similarly', 'likewise', 'finally', 'first',
  'second', 'third', 'yesterday', 'today', 'tonight', 'recently', 'previously', 'or', 'plus', 'even', 'again',
]);

/** Words after which a capitalised word is not a name start in a subject (determiners and quantifiers of group sources). */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'some', 'many', 'several', 'other', 'most', 'few', 'two', 'three', 'four', 'one', 'his', 'her', 'their', 'its', 'our', 'top', 'senior', 'local', 'both', 'all', 'these', 'those', 'this', 'that']);

/**
 * Modifiers that sit between a determiner and its noun ("its second offer", "the union's final demand", "a new pledge"):
 * after a determiner and one of these, a word that can be a cue verb is the noun. (Not "public" or "official", nouns
 * themselves: "the public wants results", "the official criticised".)
 */
export const NOUN_PHRASE_MODIFIERS: ReadonlySet<string> = new Set([
  'first', 'second', 'third', 'fourth', 'fifth', 'next', 'last', 'latest', 'final', 'new', 'initial', 'original', 'revised', 'improved',
  'formal', 'fresh', 'earlier', 'previous', 'recent', 'further', 'renewed', 'repeated', 'opening', 'best', 'only',
]);

/** Participles that follow a quote and begin a second statement by the same speaker (", adding that …"). */
export const FOLLOW_ON_CUES: ReadonlySet<string> = new Set(['adding', 'saying', 'noting', 'explaining', 'arguing', 'warning', 'insisting', 'stressing', 'telling', 'urging', 'claiming', 'asking', 'suggesting', 'acknowledging', 'admitting', 'pointing out', 'asserting', 'recalling', 'declaring', 'promising', 'vowing',
  // Stance participles that add a judgement to the statement before them (", calling him reckless", ", referring to the levy").
  'calling', 'referring to', 'citing', 'describing', 'accusing', 'praising', 'criticizing', 'criticising', 'blaming', 'predicting', 'dismissing',
  'defending', 'questioning', 'mocking', 'calling for', 'calling on', 'demanding', 'touting', 'labeling', 'labelling', 'announcing', 'pledging',
  // Participles of saying that continue a quoted statement (', emphasizing that …', ', lamenting …'): a quote after them goes on with the first cue.
  'emphasizing', 'emphasising', 'contending', 'maintaining', 'replying', 'responding', 'denying', 'alleging', 'complaining', 'cautioning', 'observing',
  'remarking', 'countering', 'concluding', 'revealing', 'boasting', 'joking', 'quipping', 'lamenting', 'reiterating', 'conceding', 'stating']);

/**
 * Verbs of stance, judgement and evidence ("criticized", "endorsed", "wants", "polls show"): attributions whose content is the rest
 * of the clause, often a noun phrase. Used only with a source written before them.
 */
export const STANCE_VERBS: ReadonlySet<string> = new Set(expandVerbs([
  'call', 'call for', 'describe', 'endorse', 'criticize', 'criticise', 'accuse', 'defend', 'support', 'want', 'know:knew', 'find:found', 'show:showed|shown',
  'propose', 'praise', 'oppose', 'refuse', 'seek:sought', 'question', 'blame', 'reject', 'dismiss', 'mention', 'demand',
  'welcome', 'condemn', 'attack', 'slam', 'blast', 'tout', 'recommend', 'worry', 'decline', 'cite', 'doubt', 'prefer:preferred',
  'favor', 'favour', 'consider', 'acknowledge', 'applaud', 'denounce', 'mock', 'deride', 'dispute', 'challenge', 'echo',
  'highlight', 'underscore', 'suspect', 'regret:regretted', 'predict', 'recognize', 'recognise', 'understand:understood', 'insist', 'hint',
  'threaten', 'refer to:referred to|referring to', 'point to', 'focus on', 'talk about', 'speak about:spoke about', 'complain about',
  'decry', 'lambaste', 'knock', 'rail against', 'push for', 'argue for', 'advocate', 'promote', 'champion', 'vote for', 'pledge',
  // Intentions, requests and evaluations that PolNeAR-style attribution counts as a source's position.
  // ("saw", "decided", "chose", "backed", "gave", "made", "included" and appointment verbs were tried on PolNeAR train and cost more than they found.)
  'intend', 'expect', 'order', 'discuss', 'express', 'request', 'thank', 'hail', 'fault', 'ridicule',
  'scold', 'chide', 'rebuke', 'commend', 'lash out at', 'speak of:spoke of', 'talk of', 'warn of', 'ask for',
  'call on', 'urge', 'vow', 'label', 'brand', 'dub', 'portray', 'characterize', 'characterise', 'depict', 'view', 'see:seen', 'deem',
  // Communication and evaluation verbs measured on PolNeAR train (each found at least twice what it cost): "learned", "invoked", "emailed".
  'learn', 'offer', 'assure', 'remind', 'invoke', 'compare', 'encourage', 'email', 'e-mail', 'retweet', 'release',
  // Two-word stances measured on PolNeAR train ("back", "sign" and "post" alone cost more than they found).
  'vote against', 'hope for', 'argue against', 'rally behind', 'side with', 'tweet about', 'boast about', 'brag about', 'joke about',
  'complain that', 'take aim at:took aim at|taken aim at', 'speak out against:spoke out against', 'push back on', 'push back against',
  'weigh in on', 'raise concerns about', 'express concern about',
  // Verbs of communication, judgement and cognition measured on PolNeAR train, each right more often than not as a stance after its
  // source ("campaign", "like", "hold", "raise", "issue", "cast", "judge", "address", "press" and "accept" were tried and were not).
  'remember', 'plead', 'quote', 'reference', 'repeat', 'signal', 'recount', 'outline', 'congratulate', 'assail', 'disclose', 'bemoan', 'wish', 'imply', 'contradict', 'proclaim', 'frame', 'beg', 'determine', 'approve', 'perceive', 'laud', 'realize', 'realise', 'speculate', 'inform', 'guess', 'instruct', 'persuade', 'illustrate', 'muse', 'rebut', 'foresee:foresaw|foreseen', 'float', 'convince', 'taunt', 'profess', 'reassure', 'forecast:forecast', 'reprimand', 'chastise', 'deplore', 'reckon', 'implore', 'rip', 'demonstrate',
  // Judgement and feeling verbs from the missed attributions of PolNeAR train, kept when right more often than not ("like", "use",
  // "debate", "mean", "deliver", "launch", "send", "watch", "sound", "feel" and "speak to" were tried and were not).
  'list', 'identify', 'put forward', 'put forth', 'hint at', 'rail', 'gush', 'brag', 'regret', 'marvel', 'admire', 'gloat', 'vent', 'trust', 'distrust', 'muse',
  // A further measured round ("expose", "sue", "confront", "pay tribute to" and "grill" were tried and were not right most of the time).
  'liken', 'ignore', 'cheer', 'imagine', 'attribute', 'excoriate', 'castigate', 'pillory', 'skewer', 'lampoon', 'debunk', 'tease', 'exhort', 'spar with', 'take credit for:took credit for', 'claim credit for', 'give credit to:gave credit to', 'heap praise on', 'cast doubt on:cast doubt on', 'throw support behind:threw support behind',
  // And another ("pressure", "react to", "loathe", "renounce", "underline", "espouse", "resent" and "elaborate on" tried and dropped).
  'envision', 'reaffirm', 'restate', 'reassert', 'concur', 'demur', 'disavow', 'disown', 'repudiate', 'veto', 'confide', 'trumpet', 'extol', 'relish', 'despise', 'detest', 'abhor', 'rue', 'telegraph', 'balk at', 'chafe at', 'laugh off', 'wave away', 'cajole', 'coax',
  // Verbs of opinion and manner of speaking ("grant" and "venture" tried and dropped).
  'opine', 'posit', 'theorize', 'surmise', 'infer', 'avow', 'compliment', 'snarl', 'bark', 'thunder', 'bellow', 'rant', 'enthuse', 'exult', 'crow', 'rejoice', 'wager', 'stipulate', 'verify', 'corroborate', 'allude to:alluded to', 'hark back to:harked back to', 'harken back to:harkened back to', 'reminisce about', 'recollect', 'grouse', 'fret about', 'agonize over', 'quibble with',
  // Phrasal verbs of stance measured the same way ("share", "air" and "stand with" were tried and were not).
  'voice', 'downplay', 'make clear:made clear', 'make it clear:made it clear', 'spell out:spelled out', 'lay out:laid out', 'sound off', 'comment on', 'talk up', 'play down', 'play up', 'shrug off:shrugged off', 'brush off:brushed off', 'brush aside:brushed aside', 'wave off:waved off', 'rule out:ruled out', 'call out:called out', 'single out:singled out', 'take issue with:took issue with', 'disagree with', 'sympathize with', 'stand by:stood by', 'walk back:walked back', 'backtrack on', 'double down on:doubled down on', 'mull', 'entertain', 'insist on', 'warn against', 'caution against', 'speak out:spoke out', 'vouch for', 'stick up for:stuck up for', 'speak highly of:spoke highly of', 'talk of', 'push back', 'hit back', 'lash out',
  // Phrasal stances whose object follows the preposition ("agreed with the analysis", "believes in a port that …").
  'agree with', 'believe in', 'respond to', 'make no mention of:made no mention of', 'come out in support of:came out in support of',
  'distance himself from', 'distance herself from', 'distance themselves from', 'distance itself from', 'write about:wrote about|written about',
  'touch on', 'make the case:made the case', 'go after:went after|gone after', 'spar over', 'open up about', 'apologize for', 'apologise for',
  'care about', 'boast of', 'come out against:came out against', 'fire back at', 'vote in favor of', 'vote in favour of', 'campaign against',
  'speak out about:spoke out about|spoken out about', 'line up behind', 'turn against', 'raise questions about', 'make no apologies for:made no apologies for',
  'make no secret of:made no secret of', 'agree on', 'disagree on', 'say little about:said little about', 'campaign for',
  // Verbs of judgement measured one by one ("embrace", "celebrate", "target", "rebuff", "hammer" and "co-sponsor" tried and dropped).
  'credit', 'pronounce', 'insult', 'herald', 'articulate', 'disregard', 'resist',
  'spar over', 'strike down:struck down|stricken down', 'tick off:ticked off', 'cast votes for', 'cast a vote for', 'cast their votes for',
  'spoken about', 'lay bare:laid bare', 'claim allegiance to', 'acquiesce to', 'think about:thought about', 'worry about',
  // ("document", "reflect", "advise", "interpret" and "ratify" tried in the same round and dropped.)
  'anticipate', 'calculate', 'detail', 'contemplate', 'peg', 'paint', 'witness',
]));

function expandVerbs(entries: readonly string[]): string[] {
  const out: string[] = [];
  for (const entry of entries) {
    const [base, irregular] = entry.split(':') as [string, string | undefined];
    const [verb, ...rest] = base.split(' ');
    const tail = rest.length ? ' ' + rest.join(' ') : '';
    const forms = new Set<string>([verb!]);
    const stem = verb!.endsWith('e') ? verb!.slice(0, -1) : verb!;
    const dbl = /^[a-z]*[^aeiou][aeiou][bdgmnpt]$/.test(verb!) && verb!.length <= 4 ? verb! + verb!.slice(-1) : verb!;
    forms.add(verb!.endsWith('y') && !/[aeiou]y$/.test(verb!) ? verb!.slice(0, -1) + 'ies' : /(s|sh|ch|x|z)$/.test(verb!) ? verb + 'es' : verb + 's');
    const regularPast = verb!.endsWith('y') && !/[aeiou]y$/.test(verb!) ? verb!.slice(0, -1) + 'ied' : verb!.endsWith('e') ? verb + 'd' : dbl + 'ed';
    forms.add(regularPast);
    forms.add(verb!.endsWith('e') && !verb!.endsWith('ee') ? stem + 'ing' : dbl + 'ing');
    // Irregular forms replace the regular past unless one of them is that past ("show:showed|shown"; "see:seen" must not make "seed").
    if (irregular && !/ed$/.test(irregular.split(' ')[0]!)) forms.delete(regularPast);
    if (irregular) for (const f of irregular.split('|')) forms.add(f.split(' ')[0]!);
    for (const f of forms) out.push(f + tail);
  }
  return out;
}

/**
 * Raising verbs: "X seems to …", "X appeared unmoved". PolNeAR-style attribution counts the writer's (or an unnamed) assessment, with
 * the content split around the cue ("X | to …") and no source.
 */
export const RAISING_VERBS: ReadonlySet<string> = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);

/** Participles that make a raising passive after a form of "be": "is expected to", "was widely seen as", "are believed to". */
export const RAISING_PARTICIPLES: ReadonlySet<string> = new Set([
  'expected', 'seen', 'considered', 'believed', 'thought', 'said', 'reported', 'rumored', 'rumoured', 'projected', 'predicted',
  'alleged', 'presumed', 'understood', 'regarded', 'viewed', 'estimated', 'perceived', 'known',
]);

/** Participles among RAISING_PARTICIPLES that take "as" as well as "to" ("is seen as the favourite"). */
export const AS_PARTICIPLES: ReadonlySet<string> = new Set(['seen', 'considered', 'regarded', 'viewed', 'perceived', 'known']);

/** Verbs of intention and decision that report a position only with an infinitive: "plans to run", "decided to withdraw". */
export const INTENTION_VERBS: ReadonlySet<string> = new Set([
  'plan', 'plans', 'planned', 'planning', 'decide', 'decides', 'decided', 'deciding', 'aim', 'aims', 'aimed', 'aiming',
  'volunteer', 'volunteers', 'volunteered',
  'vote', 'votes', 'voted', 'voting', 'offer', 'offers', 'offered', 'offering', 'opt', 'opts', 'opted', 'resolve', 'resolved',
  // "hoping to win", "looking to expand", "refused to testify": measured on PolNeAR train (13 found for 1 cost).
  'hoping', 'looking', 'refuse', 'refuses', 'refused', 'refusing',
  // ("try", "attempt" and "strive" were tried on PolNeAR train: mere efforts are rarely annotated as a position.)
]);

/** Predicate adjectives of attitude after "be": "is eager to", "are confident that", "was adamant that". */
export const ATTITUDE_ADJECTIVES: ReadonlySet<string> = new Set([
  'eager', 'willing', 'unwilling', 'determined', 'reluctant', 'keen', 'anxious', 'confident', 'convinced', 'adamant', 'worried',
  'concerned', 'afraid', 'hopeful', 'optimistic', 'pessimistic', 'insistent', 'certain', 'sure', 'aware', 'unaware', 'skeptical',
  'sceptical', 'doubtful', 'fearful', 'ready', 'prepared', 'committed', 'opposed', 'intent', 'loath', 'loathe', 'happy', 'glad',
  'proud', 'disappointed', 'frustrated', 'furious', 'angry', 'upset', 'satisfied', 'pleased', 'surprised', 'thankful', 'grateful',
]);

/**
 * Predicate adjectives of attitude with the prepositions that take their object: "is critical of the plan", "are open to a deal".
 * The object is the content, the subject the source.
 */
export const ATTITUDE_PREPOSITIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['critical', ['of']], ['skeptical', ['of', 'about']], ['sceptical', ['of', 'about']], ['wary', ['of']], ['supportive', ['of']],
  ['dismissive', ['of']], ['contemptuous', ['of']], ['scornful', ['of']], ['suspicious', ['of']], ['fond', ['of']], ['proud', ['of']],
  ['tired', ['of']], ['sick', ['of']], ['afraid', ['of']], ['fearful', ['of']], ['convinced', ['of']], ['mindful', ['of']],
  ['opposed', ['to']], ['open', ['to']], ['hostile', ['to', 'toward', 'towards']], ['sympathetic', ['to', 'toward', 'towards']],
  ['receptive', ['to']], ['averse', ['to']], ['optimistic', ['about']], ['pessimistic', ['about']],
  ['enthusiastic', ['about']], ['hopeful', ['about']], ['worried', ['about']], ['concerned', ['about']], ['upset', ['about', 'with', 'over']],
  ['angry', ['about', 'at', 'with', 'over']], ['furious', ['about', 'at', 'with', 'over']], ['frustrated', ['with', 'by']],
  ['unhappy', ['with', 'about']], ['happy', ['with', 'about']], ['satisfied', ['with']], ['dissatisfied', ['with']],
  ['disappointed', ['in', 'with', 'by']], ['confident', ['in', 'about', 'of']], ['doubtful', ['of', 'about']], ['certain', ['of', 'about']],
  ['adamant', ['about']], ['vocal', ['about', 'in']], ['outspoken', ['about', 'on', 'in']], ['clear', ['about', 'on']],
]);

/** Nouns that report a position when they take an infinitive: "his plan to cut taxes", "Lee's refusal to testify". */
export const INTENTION_NOUNS: ReadonlySet<string> = new Set([
  'plan', 'plans', 'decision', 'decisions', 'refusal', 'willingness', 'unwillingness', 'proposal', 'proposals', 'promise', 'promises',
  'pledge', 'pledges', 'vow', 'vows', 'threat', 'threats', 'desire', 'intention', 'offer', 'call', 'calls', 'reluctance', 'determination',
  'eagerness', 'readiness', 'demand', 'demands', 'request', 'vote', 'ambition', 'wish', 'hope', 'hopes',
  // ("effort", "attempt", "bid", "push", "order" and "commitment" were tried on PolNeAR train and cost more than they found.)
]);

/** Nouns that report a position when they take a "that" clause: "her claim that the vote was rigged", "fears that prices will rise". */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set([
  'claim', 'claims', 'assertion', 'assertions', 'suggestion', 'suggestions', 'idea', 'notion', 'speculation', 'rumor', 'rumors', 'rumour',
  'rumours', 'fear', 'fears', 'hope', 'hopes', 'belief', 'beliefs', 'warning', 'warnings', 'argument', 'arguments', 'insistence',
  'allegation', 'allegations', 'accusation', 'accusations', 'assurance', 'assurances', 'complaint', 'complaints', 'concern', 'concerns',
  'conclusion', 'view', 'charge', 'charges', 'admission', 'acknowledgment', 'acknowledgement', 'prediction', 'predictions', 'contention',
  'theory', 'announcement', 'statement', 'report', 'reports', 'finding', 'findings', 'suspicion', 'suspicions', 'assumption', 'perception',
  'impression', 'promise', 'pledge', 'threat', 'insinuation', 'implication', 'premise', 'sense', 'worry', 'worries', 'expectation', 'expectations',
  'message', 'reminder', 'recognition', 'realization', 'conviction', 'hint', 'evidence', 'proof', 'signs', 'sign', 'indication', 'indications',
]);

/** Irregular past forms that take a "that" clause like a regular verb in -ed ("knew that", "felt that"). */
export const IRREGULAR_THAT_VERBS: ReadonlySet<string> = new Set([
  'knew', 'felt', 'found', 'saw', 'heard', 'understood', 'wrote', 'thought', 'held', 'taught', 'read', 'swore', 'forgot', 'foresaw',
  'meant', 'made clear', 'understand', 'know', 'feel', 'think', 'hear', 'believe', 'argue', 'insist', 'suspect', 'worry', 'fear', 'hope',
  'realize', 'realise', 'recognize', 'recognise', 'doubt', 'assume', 'guess', 'bet', 'expect', 'imagine', 'suppose', 'agree', 'admit',
]);

/**
 * Adverbs that hand a statement to unnamed others ("Lee reportedly met the donors", "Reportedly, the plan was shelved"): an
 * attribution with no source, its content the clause around the adverb.
 */
export const EVIDENTIAL_ADVERBS: ReadonlySet<string> = new Set(['reportedly', 'allegedly', 'supposedly', 'purportedly', 'reputedly']);

/**
 * Nouns of stance that report their possessor's position with the preposition after them ("his attacks on Clinton", "Lee's criticism
 * of the board"): noun and the prepositions it takes. Measured on PolNeAR train ("support for", "views on", "stance on", "remarks
 * on" were annotated less often than not and are left out).
 */
export const STANCE_NOUNS: ReadonlyMap<string, readonly string[]> = new Map([
  ['attacks', ['on', 'against']], ['attack', ['on', 'against']], ['criticism', ['of']], ['condemnation', ['of']], ['denunciation', ['of']],
]);

/** Words whose presence lets a sentence through the fast pre-filter for the attitude cues ("that" for any verb with a "that" clause). */
export const ATTITUDE_CUE_WORDS: readonly string[] = [
  ...EVIDENTIAL_ADVERBS, ...RAISING_VERBS, ...RAISING_PARTICIPLES, ...INTENTION_VERBS, ...ATTITUDE_ADJECTIVES, ...INTENTION_NOUNS, ...CLAIM_NOUNS, ...IRREGULAR_THAT_VERBS,
  'that', 'like', 'love', 'prefer', 'poll', 'polls', 'survey', 'surveys', 'polling', ...STANCE_NOUNS.keys(),
];

/** Nouns that speak for whoever owns them, as a source after a possessive: "Powell's office said", "the senator's aides say". */
export const POSSESSED_HEADS: ReadonlySet<string> = new Set([
  'office', 'campaign', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'aides', 'staff', 'team', 'lawyer', 'lawyers', 'attorney',
  'attorneys', 'camp', 'allies', 'advisers', 'advisors', 'adviser', 'advisor', 'representative', 'representatives', 'statement',
  'website', 'account', 'foundation', 'administration', 'government', 'department', 'ministry', 'agency', 'committee', 'party',
  'family', 'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'friend', 'friends', 'supporters', 'critics',
  'rivals',
  // Documents and findings that speak for their owner ("Trump's financial form stated", "the group's lawsuit alleges").
  'report', 'form', 'filing', 'filings', 'letter', 'memo', 'ad', 'book', 'memoir', 'lawsuit', 'complaint', 'analysis', 'study', 'poll', 'survey', 'records', 'tweet', 'platform',
]);

/**
 * Present forms of stance verbs that are as often nouns ("the attacks in Paris", "his support for", "the email server"): read as a
 * stance only when an object follows them.
 */
export const NOUN_VERBS: ReadonlySet<string> = new Set([
  'attack', 'attacks', 'support', 'email', 'emails', 'e-mail', 'e-mails', 'call', 'question', 'questions', 'release', 'releases',
  'challenge', 'challenges', 'order', 'orders', 'request', 'requests', 'champion', 'champions', 'echo', 'echoes', 'fault', 'faults',
  'brand', 'brands', 'dispute', 'disputes', 'highlight', 'highlights', 'insult', 'insults', 'credit', 'credits',
  // ("supports", "offers", "favors", "views", "advocates", "praise", "demands" were tried on PolNeAR train: as stances they find more than they cost.)
]);

/**
 * Participles that attribute their passive subject to the agent after "by" ("was criticized by", "were first reported by"): the
 * -ed and irregular participles of the speech and stance verbs, less those whose subject is the hearer ("was told by", "was urged
 * by"), a name ("was called by") or an act rather than a position ("was released by", "was found by").
 */
export const PASSIVE_AGENT_CUES: ReadonlySet<string> = new Set(
  [...SPEECH_VERBS, ...STANCE_VERBS]
    .filter((v) => !v.includes(' ') && (/ed$/.test(v) || /^(seen|shown|understood|foreseen|forecast|thought|said|sought)$/.test(v)))
    .filter((v) => !HEARER_VERBS.has(v) && !/^(asked|called|named|dubbed|labeled|labelled|branded|continued|added|released|offered|ordered|requested|answered|charged|countered|learned|expected|found|held|quoted|informed|instructed|persuaded|convinced|reassured|encouraged|begged|implored|reminded|assured|emailed|e-mailed|tweeted|accused|mocked|retweeted|wondered|remembered|hoped|feared|agreed|intended|wanted|needed|planned)$/.test(v)),
);

/**
 * Nouns of attitude or comment that a stance verb takes as a light object before what the stance is about ("expressed concern
 * about X", "showed no sign of X", "offered his thoughts on X"): the noun and its preposition join the cue.
 */
export const LIGHT_OBJECT_NOUNS: ReadonlySet<string> = new Set([
  'concern', 'concerns', 'support', 'sign', 'signs', 'interest', 'doubt', 'doubts', 'frustration', 'dismay', 'astonishment', 'alarm',
  'condolences', 'sympathy', 'thoughts', 'note', 'wish', 'praise',
  'opposition', 'skepticism', 'scepticism', 'confidence', 'displeasure', 'disdain', 'contempt',
  'hope', 'hopes', 'worry', 'worries', 'views', 'view', 'opinion', 'opinions', 'remarks', 'comments', 'questions',
  'reservations', 'regret', 'gratitude', 'appreciation', 'enthusiasm', 'pessimism', 'approval',
  'preference', 'reluctance', 'openness', 'willingness', 'commitment', 'silence', 'forecast', 'testimony', 'stance',
  'position', 'understanding', 'glimpses', 'glimpse', 'thanks', 'apology', 'apologies', 'objections', 'objection', 'disgust',
  'impatience', 'annoyance', 'irritation', 'surprise', 'shock', 'sadness', 'sorrow', 'grief', 'relief', 'pride', 'solidarity',
  'insight', 'insights', 'warning', 'warnings', 'reassurance', 'assurances', 'misgivings', 'backing', 'endorsement',
]);

/** Words a title-case headline puts between its subject and a cue verb ("Trump Just Announced …", "Lee Will Not Endorse …"). */
export const HEADLINE_CUE_AUXILIARIES: ReadonlySet<string> = new Set([
  'just', 'finally', 'now', 'also', 'still', 'already', 'officially', 'formally', 'publicly', 'reportedly', 'quietly', 'openly', 'again',
  'will', 'would', 'may', 'might', 'can', 'could', 'should', 'must', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'did', 'does',
  'not', 'never', "won't", "isn't", "doesn't", "didn't", "can't", "won’t", "isn’t", "doesn’t", "didn’t", "can’t", 'to',
]);

/** Words that cannot end a headline's subject: the capitalised word after them is a noun ("The Claim", "Of Support"), not a verb. */
export const HEADLINE_NON_SUBJECT_ENDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'in', 'on', 'for', 'and', 'or', 'with', 'to', 'by', 'about', 'over', 'after', 'before', 'from', 'at', 'as',
  'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'new', 'more', 'most', 'why', 'how', 'what',
  'who', 'when', 'where', 'amid', 'against', 'into', 'than', 'but', 'if', 'no', 'not',
]);

/**
 * Adjectives of nation or region whose plural is no demonym the lexicon knows ("British", "Irish"; "German" is known through
 * "Germans"). Before a group noun they say where a group is from, not which body it belongs to ("British firms").
 */
export const REGION_ADJECTIVES: ReadonlySet<string> = new Set([
  'british', 'irish', 'english', 'spanish', 'turkish', 'polish', 'danish', 'swedish', 'finnish', 'flemish', 'kurdish', 'cornish',
  'arab', 'western', 'eastern', 'northern', 'southern', 'foreign',
]);

/**
 * Capitalised words that open a sentence before a group noun without naming a body: modifiers of time, order, size or
 * kind ("Recent data", "Senior officials", "Local residents", "New figures"), and media, which carry a body's words but
 * are none ("TV pundits", "Internet users"). Function words ("The", "Every", "Among") are the lexicon's (`commonWordKind`).
 */
export const NON_BODY_MODIFIERS: ReadonlySet<string> = new Set([
  'recent', 'latest', 'last', 'previous', 'earlier', 'early', 'initial', 'new', 'revised', 'final', 'first', 'later', 'current', 'former',
  'big', 'small', 'large', 'major', 'minor', 'top', 'leading', 'key', 'senior', 'junior', 'local', 'national', 'international', 'global',
  'official', 'independent', 'legal', 'financial', 'many', 'several', 'other', 'some', 'most', 'few', 'low-cost', 'rival', 'fellow',
  'tv', 'radio', 'internet', 'web', 'online', 'video', 'email', 'phone', 'mobile',
]);

/**
 * Prepositions that join a stance verb's cue when they come right after it ("railed about X", "approve of X", "pleaded for X",
 * "sounded off on X"): PolNeAR-style attribution puts the preposition in the cue and the object alone in the content.
 * ("to" is left out: an infinitive after it is content, "wants to run"; "in" and "as" cost more than they found on PolNeAR train.)
 */
export const CUE_JOINING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'about', 'of', 'for', 'on', 'upon', 'over', 'at', 'with', 'against', 'toward', 'towards', 'behind', 'into', 'from',
]);

/** Words after "about", "at", "over" that make them a quantity's qualifier ("about half", "at least", "over 50"), not a preposition. */
export const QUANTITY_OPENERS: ReadonlySet<string> = new Set([
  'half', 'least', 'most', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen',
  'dozens', 'hundreds', 'thousands', 'millions', 'twice', 'double', 'triple',
]);
