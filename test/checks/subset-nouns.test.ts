import { describe, expect, it } from 'vitest';
import { runChecks, short } from './helpers.js';

describe('a subset behind "of which" / "of whom" names its own category', () => {
  it('keeps a lone part within its whole though the part is counted in another noun', () => {
    const p = ['The study drew on 6,000 phone interviews with employers, of which more than 1,900 were small firms.'];
    const s = [
      { text: '6,000', value: 6000, unit: 'phone interviews' },
      { text: 'more than 1,900', value: 1900, qualifier: 'more_than' as const, low: 1901, high: null, unit: 'small firms' },
    ];
    expect(runChecks(p, s).findings.map(short)).toEqual(['bound consistent c0,c1']);
  });

  it('flags a lone part larger than its whole', () => {
    const p = ['The clinic treated 300 patients last year, of whom 340 were children.'];
    const s = [{ text: '300', value: 300, unit: 'patients' }, { text: '340', value: 340, unit: 'children' }];
    expect(runChecks(p, s).findings.map(short)).toEqual(['bound inconsistent c0,c1']);
  });

  it('still reads another noun with no subset cue as another quantity', () => {
    const p = ['The board approved 300 contracts and 12 directors signed them.'];
    const s = [{ text: '300', value: 300, unit: 'contracts' }, { text: '12', value: 12, unit: 'directors' }];
    expect(runChecks(p, s).findings).toEqual([]);
  });
});
