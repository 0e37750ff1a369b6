export { readInputs, type SourceItem } from './read-inputs.js';
export { decodeDocument, decodeText, sniffMediaType, looksBinary, InputError, type DecodeOptions } from './decode.js';
