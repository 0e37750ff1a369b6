/** The inline style sheet and script of the HTML report: kept as data so the renderer stays about markup. */

export const REPORT_CSS = `
:root { --ink:#1d232b; --muted:#5b6573; --line:#d8dde3; --bg:#fbfbfa; --card:#fff;
  --bad:#b42318; --bad-bg:#fdecea; --warn:#8a5a00; --warn-bg:#fff4d6; --ok:#1f6f43; --ok-bg:#e6f4ea;
  --claim:#ffe58a; --quote:#e3ecff; --speaker:#d9f2e6; --focus:#ff9f43; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 Georgia, 'Times New Roman', serif; color: var(--ink); background: var(--bg); }
header.top, main { max-width: 60rem; margin: 0 auto; padding: 0 1.25rem; }
header.top { padding-top: 1.5rem; }
h1, h2, h3, .ui, nav, table, .badge, .meta, .legend, .totals { font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .4rem; }
.meta { color: var(--muted); font-size: .9rem; }
.totals { display: flex; flex-wrap: wrap; gap: .5rem; margin: 1rem 0; padding: 0; list-style: none; }
.totals li { background: var(--card); border: 1px solid var(--line); border-radius: .4rem; padding: .35rem .7rem; font-size: .9rem; }
.totals b { font-size: 1.1rem; }
.filters { display: flex; gap: .4rem; margin: .5rem 0 1rem; flex-wrap: wrap; }
.filters button { font: inherit; font-size: .85rem; border: 1px solid var(--line); background: var(--card); border-radius: 1rem; padding: .2rem .8rem; cursor: pointer; }
.filters button[aria-pressed="true"] { background: var(--ink); color: #fff; border-color: var(--ink); }
ol.findings { list-style: none; padding: 0; margin: 0; }
.finding { background: var(--card); border: 1px solid var(--line); border-left: .3rem solid var(--line); border-radius: .4rem; padding: .7rem .9rem; margin: 0 0 .7rem; }
.finding.inconsistent { border-left-color: var(--bad); }
.finding.unverifiable { border-left-color: var(--warn); }
.finding.consistent { border-left-color: var(--ok); }
.finding .message { margin: .3rem 0; font-size: 1.02rem; }
.finding blockquote { margin: .4rem 0 0; padding: .3rem .7rem; border-left: 2px solid var(--line); color: #333; font-size: .95rem; }
.finding .links { font-family: system-ui, sans-serif; font-size: .85rem; margin-top: .4rem; }
.finding .links a { margin-right: .6rem; }
.finding button.copy { font: inherit; font-size: .8rem; border: 1px solid var(--line); background: var(--card); border-radius: .25rem; padding: .05rem .5rem; margin-right: .6rem; cursor: pointer; }
.badge { display: inline-block; font-size: .75rem; text-transform: uppercase; letter-spacing: .04em; border-radius: .25rem; padding: .05rem .4rem; margin-right: .35rem; }
.badge.inconsistent { background: var(--bad-bg); color: var(--bad); }
.badge.unverifiable { background: var(--warn-bg); color: var(--warn); }
.badge.consistent { background: var(--ok-bg); color: var(--ok); }
.badge.check { background: #eef0f3; color: var(--muted); }
article.story { background: var(--card); border: 1px solid var(--line); border-radius: .5rem; padding: .3rem 1.2rem 1rem; margin: 1.5rem 0; }
article.story h2 { border: 0; margin-top: .8rem; }
.story-text p { margin: 0 0 .9rem; }
.story-text p.role-title, .story-text p.role-heading { font-weight: bold; }
.story-text p.role-caption { font-style: italic; color: var(--muted); }
.hl-claim { background: var(--claim); border-radius: .15rem; padding: 0 .05rem; }
.hl-quote { background: var(--quote); }
.hl-quote .hl-quote { background: #c8d8fb; }
.hl-speaker { background: var(--speaker); border-bottom: 2px solid #3aa876; }
.hide-claims .hl-claim, .hide-quotes .hl-quote, .hide-speakers .hl-speaker { background: none; border-bottom: 0; }
.focus { outline: 3px solid var(--focus); outline-offset: 1px; }
.legend { font-size: .85rem; color: var(--muted); display: flex; gap: .9rem; flex-wrap: wrap; margin: .3rem 0 .8rem; }
.legend label { cursor: pointer; }
.legend .swatch { display: inline-block; width: .9rem; height: .9rem; vertical-align: -.15rem; border-radius: .15rem; margin-right: .2rem; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; margin: .4rem 0 1rem; }
th, td { text-align: left; border-bottom: 1px solid var(--line); padding: .25rem .4rem; vertical-align: top; }
th { color: var(--muted); font-weight: 600; }
details summary { cursor: pointer; font-family: system-ui, sans-serif; font-size: .9rem; color: var(--muted); margin: .5rem 0; }
.errors { color: var(--bad); font-family: system-ui, sans-serif; font-size: .9rem; }
.empty { color: var(--muted); font-style: italic; }
nav.toc { font-size: .9rem; }
nav.toc ol { padding-left: 1.2rem; }
`;

/**
 * Filters findings by status, toggles highlight layers, and on a finding's "show" link outlines its claims
 * in the article. It reads only the page's own markup: no data is parsed from strings, nothing is fetched.
 */
export const REPORT_SCRIPT = `
(function () {
  'use strict';
  var buttons = document.querySelectorAll('.filters button');
  buttons.forEach(function (b) {
    b.addEventListener('click', function () {
      var want = b.getAttribute('data-status');
      buttons.forEach(function (x) { x.setAttribute('aria-pressed', x === b ? 'true' : 'false'); });
      document.querySelectorAll('li.finding').forEach(function (li) {
        li.hidden = want !== 'all' && li.getAttribute('data-status') !== want;
      });
    });
  });
  document.querySelectorAll('.legend input[type=checkbox]').forEach(function (box) {
    box.addEventListener('change', function () {
      var story = box.closest('article.story');
      if (story) story.classList.toggle('hide-' + box.getAttribute('data-layer'), !box.checked);
    });
  });
  function clearFocus() {
    document.querySelectorAll('.focus').forEach(function (el) { el.classList.remove('focus'); });
  }
  document.querySelectorAll('a[data-claims]').forEach(function (a) {
    a.addEventListener('click', function () {
      clearFocus();
      (a.getAttribute('data-claims') || '').split(' ').forEach(function (id) {
        if (!id) return;
        document.querySelectorAll('[data-ref="' + CSS.escape(id) + '"]').forEach(function (el) { el.classList.add('focus'); });
      });
    });
  });
  document.querySelectorAll('.hl-speaker').forEach(function (el) {
    el.addEventListener('mouseenter', function () {
      var ref = el.getAttribute('data-ref');
      document.querySelectorAll('.hl-speaker[data-ref="' + CSS.escape(ref || '') + '"]').forEach(function (m) { m.classList.add('focus'); });
    });
    el.addEventListener('mouseleave', clearFocus);
  });
  document.querySelectorAll('button.copy').forEach(function (b) {
    b.addEventListener('click', function () {
      var li = b.closest('li.finding');
      var msg = li ? li.querySelector('.message') : null;
      var text = msg ? msg.textContent || '' : '';
      function done() {
        b.textContent = 'Copied';
        setTimeout(function () { b.textContent = 'Copy message'; }, 1500);
      }
      function fallback() {
        var t = document.createElement('textarea');
        t.value = text;
        document.body.appendChild(t);
        t.select();
        try { if (document.execCommand('copy')) done(); } catch (e) { /* the text stays selectable */ }
        t.remove();
      }
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, fallback);
      else fallback();
    });
  });
  document.documentElement.setAttribute('data-ready', 'true');
})();
`;
