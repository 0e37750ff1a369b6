import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeName, preferDisplayName } from '../../src/store/normalize-name.js';

describe('normalizeName', () => {
  it.each([
    ['Amira Haddad', 'amira haddad'],
    ['AMIRA  HADDAD', 'amira haddad'],
    ['Dr. Amira Haddad', 'amira haddad'],
    ['Prof Dr Amira Haddad', 'amira haddad'],
    ['José Ortega', 'jose ortega'],
    ['Jose Ortega', 'jose ortega'],
    ["Siobhán O'Neill", 'siobhan oneill'],
    ['Siobhan O’Neill', 'siobhan oneill'],
    ['Jean-Pierre Dubois', 'jean pierre dubois'],
    ['Łukasz Wróbel', 'lukasz wrobel'],
    ['Martin Luther King, Jr.', 'martin luther king jr'],
    ['Martin Luther King Junior', 'martin luther king jr'],
    ['Tan Sri Ahmad Zaki', 'ahmad zaki'],
    ['Mrs. Ngo Thi Lan', 'ngo thi lan'],
    ['Don Bradman', 'don bradman'],
    ['Tun Tun Oo', 'tun tun oo'],
  ])('%s -> %s', (name, key) => {
    expect(normalizeName(name)).toBe(key);
  });

  it('keeps a name that is only an honorific', () => {
    expect(normalizeName('Sir')).toBe('sir');
  });

  it('keeps word order, so different people stay apart', () => {
    expect(normalizeName('Kim Jong')).not.toBe(normalizeName('Jong Kim'));
  });

  it('never throws and is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const key = normalizeName(s);
        expect(normalizeName(key)).toBe(key);
      }),
    );
  });
});

describe('preferDisplayName', () => {
  it.each([
    ['AMIRA HADDAD', 'Amira Haddad', 'Amira Haddad'],
    ['Dr. Amira Haddad', 'Amira Haddad', 'Amira Haddad'],
    ['Jose Ortega', 'José Ortega', 'José Ortega'],
  ])('%s vs %s -> %s', (a, b, best) => {
    expect(preferDisplayName(a, b)).toBe(best);
    expect(preferDisplayName(b, a)).toBe(best);
  });
});
