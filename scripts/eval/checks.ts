/**
 * npm run eval -- checks [--errors] [--no-floors]
 * Scores the checks stage, through the whole pipeline, on the reference fixture and on hand annotations of real articles
 * (scripts/eval/annotations/checks/*.json, which reference ../shared/data by path and hold no article text).
 *
 * An annotation is a relation a careful reader would check: its check (sum and bound count as one family), its status and the
 * values of the claims involved ("claims": total first for sums). A finding matches an annotation when it is of the same family
 * and its claims' values are exactly the annotation's values (as multisets). Metrics:
 * - relation recall: required annotations matched by a finding of any status;
 * - status agreement: matched annotations whose finding has the annotated status;
 * - inconsistencies found: annotated inconsistent relations matched by an inconsistent finding;
 * - precision of inconsistent: inconsistent findings that match an annotation marked inconsistent;
 * - false alarms per 100 articles: inconsistent findings matching no inconsistent annotation.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../../src/sources/index.js';
import { runDocument } from '../../src/pipeline/run-document.js';
import type { Result } from '../../src/schema/result.js';
import type { Finding } from '../../src/schema/finding.js';

/** Pinned floors on the dev annotations; the suite fails when a score drops below one. */
const FLOORS = {
  relationRecall: 0.95,
  inconsistencyRecall: 0.75,
  inconsistentPrecision: 1,
  falseAlarmsPer100Max: 0,
  fixtureRequired: 1,
};

interface Relation {
  check: string;
  status: 'consistent' | 'inconsistent' | 'unverifiable';
  claims: number[];
  explanation?: string;
}
interface Annotated {
  path: string;
  group: 'parts' | 'none';
  required: Relation[];
  optional: Relation[];
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SHARED = resolve(ROOT, '../shared');
const ANNOTATIONS = resolve(ROOT, 'scripts/eval/annotations/checks');

export default async function evalChecks(args: string[]): Promise<boolean> {
  const showErrors = args.includes('--errors');
  const floors = !args.includes('--no-floors');
  if (!existsSync(SHARED)) {
    process.stdout.write(`checks: skipped, ${SHARED} not found (the data sets live in ../shared)\n`);
    return true;
  }
  const articles = [fixtureAnnotation(), ...loadAnnotations()];
  const t = { required: 0, matched: 0, statusAgree: 0, inconsistent: 0, inconsistentFound: 0, flagged: 0, flaggedTrue: 0, forbidden: 0 };
  const lines: string[] = [];
  for (const a of articles) {
    const result = await runPath(join(SHARED, a.path));
    const claimValue = new Map(result.claims.map((c) => [c.id, c.value]));
    const values = (f: Finding): number[] => f.claimIds.map((id) => claimValue.get(id) ?? NaN);
    const used = new Set<string>();
    for (const r of a.required) {
      t.required++;
      if (r.status === 'inconsistent') t.inconsistent++;
      const f = result.findings.find((x) => !used.has(x.id) && sameRelation(r, x.check, values(x)));
      if (!f) {
        if (showErrors) lines.push(`  missed   ${a.path}: ${r.check} ${r.status} [${r.claims.join(', ')}] ${r.explanation ?? ''}`);
        continue;
      }
      used.add(f.id);
      t.matched++;
      if (f.status === r.status) t.statusAgree++;
      else if (showErrors) lines.push(`  status   ${a.path}: ${r.check} [${r.claims.join(', ')}] annotated ${r.status}, found ${f.status}: ${f.message}`);
      if (r.status === 'inconsistent' && f.status === 'inconsistent') t.inconsistentFound++;
    }
    for (const f of result.findings.filter((x) => x.status === 'inconsistent')) {
      t.flagged++;
      const truly = [...a.required, ...a.optional].some((r) => r.status === 'inconsistent' && sameRelation(r, f.check, values(f)));
      if (truly) t.flaggedTrue++;
      else if (showErrors) lines.push(`  ALARM    ${a.path}: ${f.check} ${f.message}`);
    }
    if (showErrors) {
      for (const f of result.findings.filter((x) => x.status !== 'inconsistent' && !used.has(x.id))) {
        const known = a.optional.some((r) => sameRelation(r, f.check, values(f)));
        if (!known) lines.push(`  extra    ${a.path}: ${f.check} ${f.status}: ${f.message}`);
      }
    }
  }
  const fixture = articles[0]!;
  const fixtureResult = await runPath(join(SHARED, fixture.path));
  const fixtureValues = new Map(fixtureResult.claims.map((c) => [c.id, c.value]));
  const fixtureFound = fixture.required.filter((r) =>
    fixtureResult.findings.some((f) => f.status === r.status && sameRelation(r, f.check, f.claimIds.map((id) => fixtureValues.get(id) ?? NaN))),
  ).length;
  const forbiddenSums = fixtureResult.findings.filter((f) => f.check === 'sum' && f.status === 'inconsistent').length - fixture.required.filter((r) => r.check === 'sum' && r.status === 'inconsistent').length;

  const scores = {
    relationRecall: ratio(t.matched, t.required),
    statusAgreement: ratio(t.statusAgree, t.matched),
    inconsistencyRecall: ratio(t.inconsistentFound, t.inconsistent),
    inconsistentPrecision: t.flagged ? t.flaggedTrue / t.flagged : 1,
    falseAlarmsPer100: ((t.flagged - t.flaggedTrue) / articles.length) * 100,
    fixtureRequired: ratio(fixtureFound, fixture.required.length),
  };
  const out = [
    `checks: ${articles.length} articles (${articles.filter((a) => a.group === 'parts').length} with totals and parts, ${articles.filter((a) => a.group === 'none').length} without), ${t.required} annotated relations, ${t.inconsistent} inconsistent`,
    `  relation recall        ${fmt(scores.relationRecall)}  (${t.matched}/${t.required})`,
    `  status agreement       ${fmt(scores.statusAgreement)}  (${t.statusAgree}/${t.matched})`,
    `  inconsistencies found  ${fmt(scores.inconsistencyRecall)}  (${t.inconsistentFound}/${t.inconsistent})`,
    `  inconsistent precision ${fmt(scores.inconsistentPrecision)}  (${t.flaggedTrue}/${t.flagged})`,
    `  false alarms /100      ${scores.falseAlarmsPer100.toFixed(1)}`,
    `  reference fixture      ${fixtureFound}/${fixture.required.length} required findings, ${Math.max(0, forbiddenSums)} forbidden sums`,
    ...lines,
  ];
  const failures: string[] = [];
  if (floors) {
    if (scores.relationRecall < FLOORS.relationRecall) failures.push(`relation recall ${fmt(scores.relationRecall)} < ${FLOORS.relationRecall}`);
    if (scores.inconsistencyRecall < FLOORS.inconsistencyRecall) failures.push(`inconsistencies found ${fmt(scores.inconsistencyRecall)} < ${FLOORS.inconsistencyRecall}`);
    if (scores.inconsistentPrecision < FLOORS.inconsistentPrecision) failures.push(`inconsistent precision ${fmt(scores.inconsistentPrecision)} < ${FLOORS.inconsistentPrecision}`);
    if (scores.falseAlarmsPer100 > FLOORS.falseAlarmsPer100Max) failures.push(`false alarms per 100 ${scores.falseAlarmsPer100.toFixed(1)} > ${FLOORS.falseAlarmsPer100Max}`);
    if (scores.fixtureRequired < FLOORS.fixtureRequired || forbiddenSums > 0) failures.push('reference fixture: a required finding is missing or a forbidden sum was reported');
  }
  out.push(failures.length ? `checks: FAIL ${failures.join('; ')}` : 'checks: ok');
  process.stdout.write(`${out.join('\n')}\n`);
  return failures.length === 0;
}

/** Sum and bound are one family: an annotator's "sum" on an "including" list is the checker's "bound". */
function family(check: string): string {
  return check === 'bound' ? 'sum' : check;
}

function sameRelation(r: Relation, check: string, values: readonly number[]): boolean {
  if (family(r.check) !== family(check) || values.length !== r.claims.length) return false;
  const left = [...values];
  for (const v of r.claims) {
    const i = left.findIndex((x) => Math.abs(x - v) <= Math.abs(v) * 1e-6 + 1e-9);
    if (i < 0) return false;
    left.splice(i, 1);
  }
  return true;
}

async function runPath(path: string): Promise<Result> {
  for await (const item of readInputs([path])) {
    if (!item.ok) throw new Error(`checks eval: cannot read ${path}: ${item.message}`);
    return runDocument(item.doc);
  }
  throw new Error(`checks eval: nothing read from ${path}`);
}

/** The reference article's gold findings in the annotation shape. */
function fixtureAnnotation(): Annotated {
  const gold = JSON.parse(readFileSync(join(SHARED, 'seed/post-drug-campaign.gold.json'), 'utf8')) as {
    findings: { required: Array<Record<string, unknown>>; optional: Array<Record<string, unknown>> };
  };
  const convert = (g: Record<string, unknown>): Relation => ({
    check: String(g.check),
    status: g.status as Relation['status'],
    claims: Array.isArray(g.claims) ? (g.claims as number[]) : [g.total as number, ...((g.parts as number[]) ?? [])],
    explanation: g.explanation as string | undefined,
  });
  return { path: 'seed/post-drug-campaign.txt', group: 'parts', required: gold.findings.required.map(convert), optional: gold.findings.optional.map(convert) };
}

function loadAnnotations(): Annotated[] {
  if (!existsSync(ANNOTATIONS)) return [];
  const out: Annotated[] = [];
  for (const name of readdirSync(ANNOTATIONS).filter((n) => n.endsWith('.json')).sort()) {
    const data = JSON.parse(readFileSync(join(ANNOTATIONS, name), 'utf8')) as { articles: Array<Partial<Annotated> & { path: string; group: Annotated['group'] }> };
    for (const a of data.articles) out.push({ path: a.path, group: a.group, required: a.required ?? [], optional: a.optional ?? [] });
  }
  return out;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

function fmt(n: number): string {
  return n.toFixed(3);
}
