import type { ReportModel } from './model.js';

/** The report model as JSON: totals, ranked findings with their claims and sentences, and every Result. */
export function renderJson(model: ReportModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}
