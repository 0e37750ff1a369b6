import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderResultJsonSchema, renderSchemaDocs } from '../../src/store/schema-docs.js';
import { openSampleStore } from './sample-store.js';
import { renderLexiconWords } from './lexicon-words.js';

/** npm run docs: regenerates docs/schema.md and schema/result.schema.json from the schema source, and the lexicon snapshot from compromise. */
export const generatedFiles = { schemaDocs: 'docs/schema.md', resultJsonSchema: 'schema/result.schema.json', lexiconWords: 'src/text/lexicon-words.ts' } as const;

/** The generated files' contents, keyed by path relative to the repository root. */
export function renderGenerated(): Record<string, string> {
  const store = openSampleStore();
  try {
    return {
      [generatedFiles.schemaDocs]: renderSchemaDocs(store.db),
      [generatedFiles.resultJsonSchema]: renderResultJsonSchema(),
      [generatedFiles.lexiconWords]: renderLexiconWords(),
    };
  } finally {
    store.close();
  }
}

/** The repository root: two levels above this file in scripts/docs, or three when compiled into dist/. */
function repoRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return here.includes(`${join('dist', 'scripts')}`) ? join(here, '..', '..', '..') : join(here, '..', '..');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = repoRoot();
  for (const [path, text] of Object.entries(renderGenerated())) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    process.stdout.write(`wrote ${path}\n`);
  }
}
