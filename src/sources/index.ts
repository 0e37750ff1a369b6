export { readInputs, fileKind, type SourceItem, type ReadOptions } from './read-inputs.js';
export { decodeDocument, decodeText, sniffMediaType, looksBinary, InputError, type DecodeOptions } from './decode.js';
export { walkFolder, compileFilter, DOCUMENT_FILE, type FileFilter } from './walk-folder.js';
export { readJsonl, readJsonlFile, parseJsonlLine } from './read-jsonl.js';
export { readWarcFile, type WarcOptions } from './read-warc.js';
export { fetchUrls, readUrlList, Fetcher, defaultFetchOptions, type FetchOptions } from './fetch-urls.js';
export { FetchCache, type CachedResponse } from './fetch-cache.js';
export { parseContentType } from './content-type.js';
export { measureInputs } from './measure-inputs.js';
