/**
 * Class/id/tag patterns the HTML extractor scores and prunes by, as data. The candidate-scoring ones follow
 * Mozilla Readability's (proven on thousands of sites); the furniture ones add what Readability leaves in
 * (share bars, newsletter boxes, "most read" lists, author boxes, captions).
 */

/** Elements removed before anything else: they never hold story text. (<aside> and <footer> are left to scoring: some sites put transcripts and story parts in them.) */
export const DROP_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'button', 'input', 'select', 'textarea', 'option', 'link', 'meta', 'nav', 'dialog', 'head',
  'map', 'area', 'source', 'track', 'label',
]);

/** Blocks that end a paragraph when emitting text. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt',
  'dd', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'figure', 'figcaption',
  'address', 'center', 'details', 'summary', 'form', 'fieldset', 'body', 'html', 'hgroup', 'br', 'hr', 'tt', 'menu',
]);

/** Block-level children that stop a div from counting as a paragraph. */
export const DIV_TO_P_BLOCKERS: ReadonlySet<string> = new Set([
  'blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul', 'section', 'article', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'header', 'main',
]);

export const UNLIKELY = /-ad-|ai2html|banner|newsletter|cookie|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
export const MAYBE_CANDIDATE = /and|article|body|column|content|main|mathjax|shadow/i;
export const UNLIKELY_ROLES: ReadonlySet<string> = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog', 'note']);
export const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
export const NEGATIVE = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;

/** Boxes inside an article that are not the story: removed from the chosen content whatever their score. */
export const FURNITURE_BOX = /(?:^|[\s_-])(?:share|sharing|social|newsletter|subscribe|subscription|signup|sign-up|promo|outbrain|taboola|related|recirc|most-?(?:read|popular|viewed)|trending|author-?(?:bio|box|info|card|details|description|desc|profile)|about-?(?:the-)?author|contributor-?(?:details|bio|info|box|longdesc)?|bio|biography|tag-?list|tags|keywords|breadcrumbs?|advert|advertisement|ad-?(?:slot|unit|container|wrapper)|dfp|paywall|inline-?(?:promo|cta)|cta|read-?more|more-?stories|recommend(?:ed|ations)?|comments?|disqus|print|toolbar|byline|timestamp|dateline|sr-only|visually-?hidden|screen-?reader)(?:$|[\s_-])/i;

/** Links to a writer's page ("/author/jane-doe", "/about/editors/jane-doe/", "/people/jdoe"): with a photo, an author card. */
export const AUTHOR_HREF = /\/(?:authors?|writers?|editors?|staff|people|profiles?|contributors?|journalists?|columnists?|reporters?|autor(?:es)?|auteurs?)\/[^/?#\s]+/i;

/** Byline containers (removed from the text, their names go to Article.byline). */
export const BYLINE_BOX = /byline|author|writtenby|p-author/i;

/** Standfirst / dek containers. */
export const STANDFIRST_BOX = /standfirst|(?:^|[\s_-])dek(?:$|[\s_-])|deck|summary|lede|intro|subtitle|sub-?head(?:line)?|excerpt|description|teaser/i;

/** Caption containers besides <figcaption>. */
export const CAPTION_BOX = /caption|wp-caption-text|image-?credit|photo-?credit|credit|(?:^|\s)(?:photo-?|image-?)?source(?:\s|$)/i;
/** Class tokens that state whether a box has a caption ("no_caption", "has-caption"): removed before the caption test. */
export const NOT_A_CAPTION_TOKEN = /(?:^|\s)(?:no|has|with|without)[-_]\S*/gi;
export const CREDIT_BOX = /credit|copyright|photographer|source|byline|attribution/i;

/** Class tokens that hide an element until a script shows it (modals, age gates, screen-reader text). */
export const HIDDEN_CLASS = /(?:^|\s)(?:hidden|is-hidden|d-none|hide|modal|visually-hidden|sr-only|screen-reader-text)(?:$|\s)/i;

/** A responsive display class beside a hiding one ("d-none d-md-block", "hidden lg:block"): shown on wider screens, so not hidden. */
export const SHOWN_ON_WIDE = /(?:^|\s)(?:(?:sm|md|lg|xl|2xl):(?:block|flex|grid|inline|inline-block|inline-flex|table|contents)|d-(?:sm|md|lg|xl|xxl)-(?:block|flex|grid|inline|inline-block|inline-flex|table))(?:$|\s)/;

/** A responsive class that hides the element on wider screens ("md:hidden", "d-lg-none"): a phone-only copy or menu. */
export const HIDDEN_ON_WIDE = /(?:^|\s)(?:(?:sm|md|lg|xl|2xl):hidden|d-(?:sm|md|lg|xl|xxl)-none)(?:$|\s)/;

export const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** The time a comment's header prints: relative ("2 hours ago", "Yesterday", "hace 28 minutos", "il y a 3 heures"). */
export const COMMENT_TIME = /^(?:(?:\d+|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?)\s+ago|yesterday|just now|hace\s+(?:\d+|un|una)\s+\p{L}+|il y a\s+(?:\d+|une?)\s+\p{L}+|vor\s+(?:\d+|einer?|einem)\s+\p{L}+|(?:\d+|un|una)\s+\p{L}+\s+fa)$/iu;

/** A comment's header line: the reader's name, then the relative time the comment was posted ("jdoe 2 hours ago", "Casper Hace 37 minutos"). */
export const COMMENT_HEADER = new RegExp(`^\\S.{0,40}?\\s${COMMENT_TIME.source.slice(1)}`, 'iu');

/** A comment's reply link: its address ("#reply", "?replytocom=12", "/reply") or its word. */
export const REPLY_HREF = /(?:^#reply|[?&]replytocom=|\/reply(?:[/?#]|$)|#respond$)/i;
export const REPLY_TEXT = /^(?:reply|responder|répondre|antworten|rispondi|reageer|svara|odpowiedz)$/i;

/** Links to a reader's profile ("/users/jdoe", "/member/123", "/profile/jdoe"): a commenter, not a staff writer. */
export const USER_HREF = /\/(?:users?|members?|profiles?|u|commenters?)\/[^/?#\s]+/i;
