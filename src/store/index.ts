export { openStore, type Store, type OpenStoreOptions, type RunStart, type RunCounts, type SourceError, type WriteReport } from './store.js';
export type { StoreSummary, SummaryInconsistency, SummaryError } from './summary.js';
export type { WriteOutcome } from './write-result.js';
export { migrate, currentVersion, SCHEMA_VERSION } from './migrate.js';
export { migrations, type Migration } from './migrations.js';
export { normalizeName } from './normalize-name.js';
export { searchText, plainWords, SEARCH_COLUMNS, type SearchOptions } from './search.js';
