import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { contentHash, recordId } from '../../src/text/ids.js';

describe('recordId', () => {
  it('gives the same id for the same scope and parts, and a prefixed 18-digit hex id for a scoped record', () => {
    const a = recordId('claim', 'doc-1', 120, 131);
    expect(a).toBe(recordId('claim', 'doc-1', 120, 131));
    expect(a).toMatch(/^claim_[0-9a-f]{18}$/);
    expect(recordId('claim', 'doc-1', 120, 132)).not.toBe(a);
  });

  it('opens the ids of one document with the same digits, and of two documents with different ones', () => {
    const ids = [recordId('claim', 'doc-1', 0, 5), recordId('quote', 'doc-1', 'quotes', 40, 90, 'direct'), recordId('fnd', 'doc-1', 'sum', 'a', 'b')];
    const heads = new Set(ids.map((id) => id.split('_')[1]!.slice(0, 6)));
    expect(heads.size).toBe(1);
    expect(recordId('claim', 'doc-2', 0, 5).split('_')[1]!.slice(0, 6)).not.toBe([...heads][0]);
  });

  it('keeps an id made from its scope alone at 16 digits of one hash (person ids do not change)', () => {
    expect(recordId('person', 'mok chito')).toMatch(/^person_[0-9a-f]{16}$/);
    expect(recordId('person', 'mok chito')).toBe(`person_${contentHashSha1('mok chito').slice(0, 16)}`);
  });

  it('tells apart the records of one document whatever their offsets', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.nat(100_000), fc.nat(100_000)), { minLength: 2, maxLength: 200, selector: ([s, e]) => `${s}:${e}` }), (spans) => {
        const ids = spans.map(([s, e]) => recordId('claim', 'doc', s, e));
        expect(new Set(ids).size).toBe(ids.length);
      }),
    );
  });

  it('hashes content with SHA-256', () => {
    expect(contentHash('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

/** SHA-1 hex of a string by Node's streaming API, the reference the module's one-shot hash must agree with. */
function contentHashSha1(s: string): string {
  return createHash('sha1').update(s).digest('hex');
}
