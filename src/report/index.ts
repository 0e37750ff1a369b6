export { buildReport, articleTitle, type ReportModel, type RankedFinding, type ReportTotals, type BuildReportOptions } from './model.js';
export { renderHtml, escapeHtml } from './render-html.js';
export { renderMarkdown, escapeMarkdown } from './render-markdown.js';
export { renderJson } from './render-json.js';
export { loadResults, readResults, type LoadResultsOptions } from './load-results.js';
export { collectMarks, writeMarked, type Mark, type MarkKind, type MarkWriter } from './marks.js';
