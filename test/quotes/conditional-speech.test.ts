import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('hypothetical speech is not a statement', () => {
  it('skips a cue inside an "if" or "unless" clause', () => {
    expect(run('Tenants can stay on if the landlord agreed to repair the roof by spring.').quotes).toEqual([]);
    expect(run('The deal collapses unless the unions say they accept the offer.').quotes).toEqual([]);
  });

  it('skips a stance inside an "if" clause too', () => {
    expect(run('For first offenders, if relatives vouched for the accused or they paid a fine, the case was dropped.').quotes).toEqual([]);
  });

  it('still reads a statement whose content holds an "if" clause', () => {
    const { rows } = run('The mayor said that if the river rose again the bridge would close.');
    expect(rows).toEqual(['indirect | mayor | The mayor | said | if the river rose again the bridge would close']);
  });

  it('still reads a statement after a fronted conditional set off by a comma', () => {
    const { rows } = run('If the rain continues, officials said the harvest would be late.');
    expect(rows).toEqual(['indirect | officials | officials | said | the harvest would be late']);
  });
});
