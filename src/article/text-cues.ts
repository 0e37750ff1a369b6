/**
 * Words and patterns that mark page furniture in text dumps and HTML alike, kept as data
 * (as trafilatura keeps its XPaths apart) so rules stay readable and lists can grow.
 */

/** Headings that open a sidebar or teaser list, lower-cased, compared after trimming punctuation. */
export const SIDEBAR_HEADINGS: readonly string[] = [
  'most viewed', 'most read', 'most popular', 'most shared', 'most commented', 'most emailed', 'popular', 'popular now',
  'popular stories', 'trending', 'trending now', 'trending stories', 'related', 'related stories', 'related articles',
  'related news', 'related content', 'related coverage', 'related links', 'related topics', 'read more', 'read next',
  'more stories', 'more news', 'more from', 'more on this story', 'more on this', 'more in', 'more like this',
  'you may also like', 'you might also like', 'recommended', 'recommended for you', 'recommended stories',
  "editor's picks", 'editors picks', 'top stories', 'latest news', 'latest', 'latest stories', 'in other news',
  'also read', 'see also', 'further reading', 'sponsored', 'sponsored content', 'promoted stories', 'around the web',
  'from around the web', 'featured', 'spotlight', "don't miss", 'must read', 'what to read next', 'top news',
  'top picks', 'more videos', 'related videos', 'popular videos', 'latest videos', 'more galleries', 'related galleries',
  'more headlines', 'more top stories', 'recent posts', 'related posts', 'popular posts', 'you may have missed',
];

/** Whole lines that are never story text: share bars, ad slots, prompts. Lower-cased, trailing punctuation ignored. */
export const FURNITURE_LINES: readonly string[] = [
  'advertisement', 'advertisements', 'ad', 'sponsored', 'share', 'share this', 'share this article', 'share this story',
  'share on facebook', 'share on twitter', 'tweet', 'email', 'print', 'comments', 'comment', 'leave a comment',
  'show comments', 'skip to content', 'skip to main content', 'skip advertisement', 'continue reading',
  'continue reading below', 'story continues below', 'story continues below advertisement', 'article continues below',
  'scroll to continue with content', 'click here', 'read more', 'read full article', 'subscribe', 'sign up',
  'log in', 'login', 'menu', 'search', 'home', 'close', 'back to top', 'top', 'next', 'previous', 'loading',
  'facebook', 'twitter', 'linkedin', 'whatsapp', 'reddit', 'pinterest', 'copy link', 'copied', 'listen to this article',
  'image', 'photo', 'video', 'enlarge this image', 'toggle caption', 'hide caption', 'view comments', 'open in app',
  'feedback', 'by', 'press spacebar to pause and continue press esc to stop',
  // The ad slot's label in other languages.
  'anzeige', 'werbung', 'publicité', 'publicidad', 'pubblicità', 'publicidade', 'advertentie', 'reklame', 'reklama', 'реклама', '广告', '広告',
];

/** A "Posted by X on <date>" / "Published: <date>" line wherever it sits: the post's metadata, not its text. */
export const POSTED_LINE = /^(?:posted|published|updated|last updated|first published|submitted|written)(?:\s+(?:by|on|at)\b|\s*:|\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d))/i;

/** Lines that end a story in a dump: copyright and rights notices, "Tags:", newsletter prompts. */
export const STORY_END_LINE = /^(?:©|\(c\)\s|copyright\b|all rights reserved|tags?\s*:|topics?\s*:|filed under\b|sign up for\b|subscribe to\b|follow us\b|share this\b|related\s*:)/i;

/** A leading bullet character in a text dump. */
export const BULLET = /^\s*(?:[•·▪▫◦‣⁃●○■□►▶→✓✔*]|-(?=\s)|\d{1,2}[.)](?=\s))\s*/;

/** Words a logo line or site name carries besides the outlet's name. */
export const SITE_NAME_NOISE = /\s+(?:newspaper|news ?paper|logo|online|website|homepage|home page)$/i;

/** Separators between the headline and the site name in a page title ("Headline - Site", "Site | Headline"). */
export const TITLE_SEPARATOR = /\s+[|\-–—:·•»\\/]\s+|\s+::\s+/;

/** A short run of words that is a photo credit: names, agencies, "Photo: X", "X/AFP". */
export const CREDIT = /^(?:\(?(?:photo|photograph|picture|image|credit|foto)s?\s*(?:by|:)?\s*)?[\p{Lu}][\p{L}.'’-]*(?:[ /][\p{Lu}][\p{L}.'’-]*|\s(?:for|via|and|de|van|von|\/)\s[\p{Lu}][\p{L}.'’-]*){0,5}\)?$/u;

/** The opening of a photo credit line ("Photo by Jane Doe/Agency", "Photograph courtesy of the museum"); with a CREDIT-shaped rest, the whole line is one. */
export const PHOTO_CREDIT_OPENING = /^(?:photo(?:graph)?s?|pictures?|images?)\s+(?:by|courtesy(?:\s+of)?)\s+/i;

/** Short paragraphs that are prompts or widget labels wherever they sit ("Loading photo gallery", "READ MORE: ..."). */
export const FURNITURE_PARAGRAPH = /^(?:loading\b|advertisement\b|sponsored\b|click (?:here|to)\b|tap to\b|read more\b|see more\b|(?:tags|topics|filed under|categories)\s*:|(?:photos?|pictures?|images?|photo credits?|credits?)\s*:\s*\S.{0,80}$|see also\s*:|related\s*(?:stories|articles|links|content|coverage)?\s*:|more\s*:|watch\s*:|listen\s*:|view (?:gallery|photos|slideshow|comments)\b|listen to (?:this )?(?:article|story)\s*(?:$|[·•|:–—-]|\(?\d)|photo gallery\b|image \d+ of \d+|\d+ of \d+ (?:photos|images)|follow (?:us|@)|sign up\b|subscribe\b|share (?:this|on)\b|to post a comment\b|post a comment\b|comments? (?:are|is) closed|leave a (?:reply|comment)\b|join the (?:conversation|discussion)\b|this (?:article|story) (?:was|has been) (?:updated|corrected)\b.{0,40}$|(?:have|got) a (?:news )?tip\b|(?:have|got) a story (?:idea|tip)\b)/i;

/**
 * A wire service's or publisher's rights notice as a whole paragraph ("Copyright 2024 The Associated Press. All rights reserved.
 * This material may not be published, broadcast, rewritten or redistributed."): longer than a footer's copyright line.
 */
export const RIGHTS_NOTICE = /\ball rights reserved\b|\bmay not be (?:published|reproduced|redistributed|republished|copied)\b/i;

/** A count of comments or responses opening a comment section ("3 responses", "12 Comments", "One thought on “…”"), in a few languages. */
export const COMMENTS_COUNT = /^(?:\d+|no|one|two|three|four|five)\s+(?:comments?|responses?|replies|reactions|thoughts?|commentaires?|kommentare?|comentarios?|comentários?|commenti|reacties)\b/i;

/**
 * A comment section's name as its heading ("Comments (4)", "Reader comments", "Join the discussion"). A bare "Response"
 * or "Discussion" is not one: stories use them as subheadings.
 */
export const COMMENTS_NAME = /^(?:comments?|reader comments|readers'? comments|join the (?:conversation|discussion)|commentaires?|kommentare?|comentarios?|comentários?|commenti|reacties)\s*(?:\(\d+\))?\s*:?$/i;

/** Comment-section and comment-policy prompts, long as they may run ("To post a comment, log into ... Terms of Service ..."). */
export const COMMENT_PROMPT = /^(?:to (?:post|leave|add) a comment\b|(?:please )?(?:log ?in|sign in|register) to (?:post a )?comments?\b|comments? (?:are|is) (?:closed|moderated|subject to)\b|we welcome (?:your )?comments\b|by posting (?:a )?comments?\b|commenting (?:is|has been) (?:closed|disabled)\b)/i;

/** Links to social networks and messaging apps printed as text: a "follow us on ..." line in any language. */
export const SOCIAL_URL = /\b(?:https?:\/\/)?(?:www\.|m\.)?(?:facebook\.com|fb\.me|fb\.com|twitter\.com|x\.com|t\.me|instagram\.com|youtube\.com|youtu\.be|tiktok\.com|linkedin\.com|line\.me|wa\.me|whatsapp\.com|pinterest\.com|threads\.net|bsky\.app)\/\S*/gi;

/** A clock time ("14:00", "6:01 am", "3.45pm"): with a year on a short line before the story, a time stamp. */
export const CLOCK_TIME = /(?:^|[^\d:])(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?(?:\s*[ap]\.?m\.?)?(?![\d:])/i;

/** An error page's title, or one part of it between separators ("Page not found | Gazette", "Error 404"); a headline that uses the words ("Human error blamed for crash") is not one. */
export const ERROR_PAGE_TITLE = /\b(?:404|page not found|page cannot be found|file not found)\b|^(?:error|not found|oops|sorry)\b(?:\W+\w+){0,3}\W*$/i;
