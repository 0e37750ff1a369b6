export * from './schema/index.js';
export { runDocument, PIPELINE_VERSION, type PipelineOptions } from './pipeline/index.js';
export { readInputs, decodeDocument } from './sources/index.js';
