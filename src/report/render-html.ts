import { createHash } from 'node:crypto';
import type { Result } from '../schema/result.js';
import type { Finding } from '../schema/finding.js';
import { REPORT_CSS, REPORT_SCRIPT } from './html-assets.js';
import { collectMarks, paragraphRanges, writeMarked, type Mark, type MarkWriter } from './marks.js';
import { articleTitle, type RankedFinding, type ReportModel } from './model.js';

/** Escapes text for HTML content and double- or single-quoted attributes. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A record id made safe for an id attribute and a CSS selector, scoped to its article so batches never collide. */
function anchor(articleIndex: number, kind: string, id: string): string {
  return `a${articleIndex}-${kind}-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });
function num(v: number | null): string {
  return v === null ? '–' : NUMBER.format(v);
}

/**
 * The report as ONE self-contained HTML file: inline CSS and script, no external resource, every
 * article string escaped. A Content-Security-Policy allows only the report's own script (by hash),
 * so markup smuggled into an article could not run even if escaping ever failed.
 */
export function renderHtml(model: ReportModel): string {
  const index = new Map(model.articles.map((r, i) => [r, i] as const));
  const indexById = new Map(model.articles.map((r, i) => [r.id, i] as const));
  const scriptHash = createHash('sha256').update(REPORT_SCRIPT).digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const t = model.totals;
  const total = (n: number, label: string): string => `<li><b>${n}</b> ${escapeHtml(label)}</li>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(model.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header class="top">
<h1>${escapeHtml(model.title)}</h1>
${model.origin ? `<p class="meta">From <code>${escapeHtml(model.origin)}</code></p>` : ''}
<ul class="totals" aria-label="Totals">
${[
  total(t.articles, t.articles === 1 ? 'article' : 'articles'),
  total(t.claims, 'claims'),
  total(t.quotes, 'quotes'),
  total(t.speakers, 'speakers'),
  total(t.inconsistent, 'inconsistent'),
  total(t.unverifiable, 'unverifiable'),
  total(t.consistent, 'consistent'),
  t.failed ? total(t.failed, 'failed') : '',
].join('\n')}
</ul>
</header>
<main>
<section id="findings" aria-labelledby="findings-title">
<h2 id="findings-title">Findings</h2>
${model.findings.length ? renderFilters(model) : ''}
${model.findings.length ? `<ol class="findings">\n${model.findings.map((f) => renderFinding(f, model.articles[indexById.get(f.articleId) ?? 0]!, indexById.get(f.articleId) ?? 0)).join('\n')}\n</ol>` : '<p class="empty">No findings: no figures in these articles could be checked against each other.</p>'}
</section>
<nav class="toc" aria-labelledby="articles-title">
<h2 id="articles-title">Articles</h2>
<ol>
${model.articles.map((r, i) => `<li><a href="#article-${i}">${escapeHtml(articleTitle(r))}</a> <span class="meta">${r.claims.length} claims, ${r.quotes.length} quotes, ${r.findings.filter((f) => f.status === 'inconsistent').length} inconsistent</span></li>`).join('\n')}
</ol>
</nav>
${model.articles.map((r) => renderArticle(r, index.get(r)!, model.findings.filter((f) => f.articleId === r.id).map((f) => f.finding))).join('\n')}
</main>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}

function renderFilters(model: ReportModel): string {
  const t = model.totals;
  const button = (status: string, label: string, n: number, pressed = false): string =>
    `<button type="button" data-status="${status}" aria-pressed="${pressed}">${escapeHtml(label)} (${n})</button>`;
  return `<div class="filters ui" role="group" aria-label="Show findings">${[
    button('all', 'All', t.findings, true),
    button('inconsistent', 'Inconsistent', t.inconsistent),
    button('unverifiable', 'Unverifiable', t.unverifiable),
    button('consistent', 'Consistent', t.consistent),
  ].join('')}</div>`;
}

function renderFinding(rf: RankedFinding, r: Result, i: number): string {
  const f = rf.finding;
  const status = escapeHtml(f.status);
  const claimIds = new Set(f.claimIds);
  const marks = collectMarks(r).filter((m) => m.kind === 'claim' && claimIds.has(m.ref));
  const refs = f.claimIds.map((id) => anchor(i, 'claim', id)).join(' ');
  const quoted = rf.sentences.map((s) => `<blockquote>${writeMarked(r.article.text, s.start, s.end, marks, spanWriter(i, r, false))}</blockquote>`).join('');
  const figures = rf.claims.map((c) => escapeHtml(c.text)).join(' · ');
  return `<li class="finding ${status}" data-status="${status}" id="${anchor(i, 'finding', f.id)}">
<div class="ui"><span class="badge ${status}">${status}</span><span class="badge check">${escapeHtml(f.check)}</span> <a href="#article-${i}">${escapeHtml(rf.articleTitle)}</a></div>
<p class="message">${escapeHtml(f.message)}</p>
${quoted}
<div class="links"><button type="button" class="copy" title="Copy the message, to paste into a fact-check">Copy message</button>${rf.claims.length ? `<a href="#${anchor(i, 'claim', rf.claims[0]!.id)}" data-claims="${escapeHtml(refs)}">Show in article</a>` : ''}<span class="meta">${numbers(f)}${figures ? ` · figures: ${figures}` : ''}</span></div>
</li>`;
}

function numbers(f: Finding): string {
  const parts = [];
  if (f.stated !== null) parts.push(`stated ${num(f.stated)}`);
  if (f.expected !== null) parts.push(`expected ${num(f.expected)}`);
  if (f.difference !== null) parts.push(`difference ${num(f.difference)}`);
  return escapeHtml(parts.join(', '));
}

function renderArticle(r: Result, i: number, ranked: readonly Finding[]): string {
  const a = r.article;
  const meta: string[] = [];
  if (a.publisher) meta.push(escapeHtml(a.publisher));
  if (a.published) meta.push(`<time datetime="${escapeHtml(a.published)}">${escapeHtml(a.published)}</time>`);
  if (a.byline.length) meta.push(`by ${escapeHtml(a.byline.join(', '))}`);
  if (a.url) meta.push(/^https?:\/\//i.test(a.url) ? `<a href="${escapeHtml(a.url)}" rel="noopener noreferrer">${escapeHtml(a.url)}</a>` : escapeHtml(a.url));
  meta.push(`source: <code>${escapeHtml(r.source)}</code>`);
  const marks = collectMarks(r);
  const writer = spanWriter(i, r, true);
  const paragraphs = paragraphRanges(r)
    .map((p) => `<p class="role-${escapeHtml(p.role)}">${writeMarked(a.text, p.start, p.end, marks, writer)}</p>`)
    .join('\n');
  const errors = r.errors.filter((e) => e.severity !== 'info');
  const findings = ranked.length
    ? `<h3>Findings</h3><ul>${ranked.map((f) => `<li><span class="badge ${escapeHtml(f.status)}">${escapeHtml(f.status)}</span><a href="#${anchor(i, 'finding', f.id)}">${escapeHtml(f.message)}</a></li>`).join('')}</ul>`
    : '';
  const speakerName = (id: string | null): string => (id === null ? '' : r.speakers.find((s) => s.id === id)?.name ?? '');
  return `<article class="story" id="article-${i}" data-article="${escapeHtml(r.id)}">
<h2>${escapeHtml(articleTitle(r))}</h2>
<p class="meta">${meta.join(' · ')}</p>
${errors.length ? `<ul class="errors">${errors.map((e) => `<li>${escapeHtml(e.severity)} in ${escapeHtml(e.stage)}: ${escapeHtml(e.message)}</li>`).join('')}</ul>` : ''}
${findings}
<div class="legend ui">
<label><input type="checkbox" checked data-layer="claims"><span class="swatch hl-claim"></span>claims (${r.claims.length})</label>
<label><input type="checkbox" checked data-layer="quotes"><span class="swatch hl-quote"></span>quotes (${r.quotes.length})</label>
<label><input type="checkbox" checked data-layer="speakers"><span class="swatch hl-speaker"></span>speakers (${r.speakers.length})</label>
</div>
<div class="story-text">
${paragraphs || '<p class="empty">No article text.</p>'}
</div>
${r.speakers.length ? `<details open><summary>Speakers (${r.speakers.length})</summary><table><thead><tr><th>Name</th><th>Title</th><th>Organisation</th><th>Mentions</th></tr></thead><tbody>${r.speakers
    .map((s) => `<tr><td>${escapeHtml(s.name)}</td><td>${escapeHtml(s.title ?? '')}</td><td>${escapeHtml(s.organization ?? '')}</td><td>${escapeHtml([...new Set(s.mentions.map((m) => m.text))].join(', '))}</td></tr>`)
    .join('')}</tbody></table></details>` : ''}
${r.claims.length ? `<details><summary>Claims (${r.claims.length})</summary><table><thead><tr><th>Claim</th><th>Value</th><th>Qualifier</th><th>Kind</th><th>Unit</th><th>Predicate</th><th>Speaker</th></tr></thead><tbody>${r.claims
    .map((c) => `<tr><td><a href="#${anchor(i, 'claim', c.id)}">${escapeHtml(c.text)}</a></td><td>${num(c.value)}</td><td>${escapeHtml(c.qualifier)}</td><td>${escapeHtml(c.kind)}</td><td>${escapeHtml(c.unit ?? '')}</td><td>${escapeHtml(c.predicate ?? '')}</td><td>${escapeHtml(speakerName(c.speakerId))}</td></tr>`)
    .join('')}</tbody></table></details>` : ''}
${r.quotes.length ? `<details><summary>Quotes (${r.quotes.length})</summary><table><thead><tr><th>Kind</th><th>Speaker</th><th>Cue</th><th>Quote</th></tr></thead><tbody>${r.quotes
    .map((q) => `<tr><td>${escapeHtml(q.kind)}</td><td>${escapeHtml(speakerName(q.speakerId))}</td><td>${escapeHtml(q.cue?.text ?? '')}</td><td><a href="#${anchor(i, 'quote', q.id)}">${escapeHtml(q.text)}</a></td></tr>`)
    .join('')}</tbody></table></details>` : ''}
</article>`;
}

/** Writes highlight spans; in the article body the first piece of each mark carries its anchor id. */
function spanWriter(i: number, r: Result, withIds: boolean): MarkWriter {
  const speakers = new Map(r.speakers.map((s) => [s.id, s] as const));
  const claims = new Map(r.claims.map((c) => [c.id, c] as const));
  const quotes = new Map(r.quotes.map((q) => [q.id, q] as const));
  const label = (m: Mark): string => {
    if (m.kind === 'claim') {
      const c = claims.get(m.ref);
      return c ? [`${c.kind} ${num(c.value)}`, c.qualifier !== 'exact' ? c.qualifier.replace('_', ' ') : '', c.unit ?? ''].filter(Boolean).join(' · ') : 'claim';
    }
    if (m.kind === 'speaker') {
      const s = speakers.get(m.ref);
      return s ? [s.name, s.title, s.organization].filter(Boolean).join(', ') : 'speaker';
    }
    const q = quotes.get(m.ref);
    const who = q?.speakerId ? speakers.get(q.speakerId)?.name : undefined;
    return `${q?.kind ?? ''} quote${who ? ` · ${who}` : ''}`.trim();
  };
  return {
    open(m, first) {
      const ref = anchor(i, m.kind, m.ref);
      const id = withIds && first ? ` id="${ref}"` : '';
      return `<span class="hl-${m.kind}"${id} data-ref="${ref}" title="${escapeHtml(label(m))}">`;
    },
    close: () => '</span>',
    text: escapeHtml,
  };
}
