import { Diagnostic, type DiagnosticInput } from '../schema/diagnostic.js';
import type { PipelineOptions } from './options.js';

export { defaultOptions, type PipelineOptions } from './options.js';

/** What every stage gets besides its input: the text offsets point into, options, and a place to note problems. */
export interface DocContext {
  readonly docId: string;
  readonly text: string;
  readonly options: Readonly<PipelineOptions>;
  report(d: DiagnosticInput): void;
}

export type Stage<In, Out> = (input: In, ctx: DocContext) => Out;

export function createContext(docId: string, text: string, options: PipelineOptions, sink: Diagnostic[]): DocContext {
  return {
    docId,
    text,
    options,
    report(d) {
      sink.push(Diagnostic.parse(d));
    },
  };
}
