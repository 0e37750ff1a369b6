export { runDocument } from './run-document.js';
export { createContext, defaultOptions, type DocContext, type PipelineOptions, type Stage } from './context.js';
export { PIPELINE_VERSION } from './version.js';
