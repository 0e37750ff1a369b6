import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('source bounds: asides between the source and its verb', () => {
  it('leaves a multi-word aside set off by commas out of the source', () => {
    const r = run('The harbor master, for his part, said the new berths would open in June.');
    expect(r.rows).toEqual(['indirect | harbor master | The harbor master | said | the new berths would open in June']);
  });

  it('leaves "for example" and "on the other hand" out of the source', () => {
    expect(run('Fishing crews in Rostock, for example, argued that the quota came too late.').rows).toEqual([
      'indirect | Fishing crews in Rostock | Fishing crews in Rostock | argued | the quota came too late',
    ]);
    expect(run('Shipping firms, on the other hand, insisted the levy was fair.').rows[0]).toContain('| Shipping firms | insisted |');
  });

  it('keeps an apposition that is not an aside', () => {
    const r = run('Ana Ruiz, a lawyer for the port authority, said the contract was void.');
    expect(r.rows[0]).toContain('| Ana Ruiz, a lawyer for the port authority, | said |');
  });

  it('takes no aside before a participle cue as the end of a source', () => {
    const r = run('The council voted for the bypass, as well, saying the old road was unsafe.');
    for (const q of r.quotes) expect(q.source?.text ?? '').not.toContain('bypass');
  });

  it('keeps every source span equal to the text it points at', () => {
    const text = 'The harbor master, for his part, said the new berths would open in June.';
    for (const q of run(text).quotes) if (q.source) expect(text.slice(q.source.start, q.source.end)).toBe(q.source.text);
  });
});

describe('source bounds: the whole subject of a stance verb', () => {
  it('keeps the modifiers and possessive before the head noun', () => {
    expect(run('The state’s largest teachers union criticized the budget.').rows[0]).toContain('| The state’s largest teachers union | criticized | the budget');
    expect(run('A major farm group praised the drought plan.').rows[0]).toContain('| A major farm group | praised |');
  });

  it('keeps a prepositional phrase inside the subject', () => {
    expect(run('A spokesman for the mayor criticized the ruling.').rows[0]).toContain('| A spokesman for the mayor | criticized |');
  });

  it('does not widen a relative pronoun or a phrase that does not open its clause', () => {
    expect(run('Voters who criticized the plan stayed home.').rows[0] ?? '').not.toContain('| Voters who |');
    const r = run('The routine begins with Ortiz mocking the council.');
    for (const q of r.quotes) expect(q.source?.text ?? '').not.toContain('routine');
  });
});

describe('source bounds: coordinated subjects', () => {
  it('keeps both conjuncts of a coordinated subject', () => {
    expect(run('The mayor and her deputy said the bridge would stay shut.').rows[0]).toContain('| The mayor and her deputy | said |');
    expect(run('Farmers and ranchers argued that the levy was unfair.').rows[0]).toContain('| Farmers and ranchers | argued |');
    expect(run('She and her husband opposed the new tariff.').rows[0]).toContain('| She and her husband | opposed |');
  });

  it('joins a second conjunct that opens with a modifier', () => {
    expect(run('Fishermen and harbor workers said the quota was too low.').rows[0]).toContain('| Fishermen and harbor workers | said |');
    expect(run('Liberal and conservative economists argued that the levy would cost jobs.').rows[0]).toContain('| Liberal and conservative economists | argued |');
  });

  it('does not join a clause with a verb before "and"', () => {
    const r = run('A reporter spotted Ortiz and her aides said the meeting was over.');
    for (const q of r.quotes) expect(q.source?.text ?? '').not.toContain('reporter');
  });
});

describe('source bounds: a relative pronoun before the cue', () => {
  it('takes "who" as the source and still resolves the speaker to its antecedent', () => {
    const r = run('The plan angered dairy farmers who said the quota would ruin them.');
    const q = r.quotes.find((x) => x.text.startsWith('the quota'));
    expect(q?.source?.text).toBe('who');
    expect(r.speakerOf(q!)?.name ?? '').toContain('farmers');
  });

  it('resolves "who" after a name to that person', () => {
    const r = run('The vote was backed by Ana Ruiz, who said the port needed the money.');
    const q = r.quotes.find((x) => x.text.startsWith('the port'));
    expect(q?.source?.text).toBe('who');
    expect(r.speakerOf(q!)?.name).toBe('Ana Ruiz');
  });

  it('stops the group before a preposition or a verb', () => {
    const r = run('The survey found that 30 percent of small landlords who responded said rents would rise.');
    for (const s of r.speakers) expect(s.name).not.toMatch(/found|of small/);
  });
});

describe('source bounds: a wire dateline opening the sentence', () => {
  it('leaves the dateline out of the source', () => {
    expect(run('LISBON (Reuters) - Portugal’s finance minister said the deficit would shrink.').rows[0]).toContain('| Portugal’s finance minister | said |');
    expect(run('RENO, Nev. (AP) — The county clerk said the recount would take a week.').rows[0]).toContain('| The county clerk | said |');
  });

  it('leaves the dateline out of a statement before its source', () => {
    const r = run('OSLO — The fjord ferries will run again by June, the operator said.');
    expect(r.rows[0]).toContain('| The fjord ferries will run again by June');
  });
});

describe('source bounds: the subject of a clause a participle cue hangs on', () => {
  it('keeps the whole noun phrase after the determiner', () => {
    expect(run('The veteran harbor master spoke for an hour, saying the berths were unsafe.').rows[0]).toContain('| The veteran harbor master | saying |');
    expect(run('Her closest friends have stayed quiet, calling the vote a private matter.').rows[0]).toContain('| Her closest friends | calling |');
  });

  it('stops at the clause verb', () => {
    const r = run('The harbor master threw a party, saying the berths were finished.');
    expect(r.rows[0]).toContain('| The harbor master | saying |');
  });
});

describe('source bounds: a name with an apposition, then a clause, then a participle cue', () => {
  it('ends the source at the apposition, not at the clause before the participle', () => {
    const r = run('Ana Ruiz, the harbor master, emailed the crews on Monday evening, saying the berths were unsafe.');
    const q = r.quotes.find((x) => x.text.startsWith('the berths'));
    expect(q?.source?.text).toBe('Ana Ruiz, the harbor master,');
    expect(r.speakerOf(q!)?.name).toBe('Ana Ruiz');
  });

  it('keeps a long description without a verb of its own', () => {
    const r = run('Ana Ruiz, a retired teacher from the harbor district, said the berths were unsafe.');
    expect(r.quotes[0]?.source?.text).toBe('Ana Ruiz, a retired teacher from the harbor district,');
  });
});

describe('source bounds: the clause a participle cue hangs on', () => {
  it('takes the clause subject, not the clause, as the source', () => {
    const r = run('The senator sought to calm the crowd, and took a heckler in stride, saying the protester would not be harmed.');
    const q = r.quotes.find((x) => x.text.startsWith('the protester'));
    expect(q?.source?.text).toBe('The senator');
    expect(r.speakerOf(q!)?.name).toBe('senator');
  });
});

describe('source bounds: a description opening the clause before a name set off by commas', () => {
  it('keeps the description in the source', () => {
    expect(run('The director of the port authority, Ana Ruiz, said the berths would reopen.').rows[0]).toContain('| The director of the port authority, Ana Ruiz | said |');
    expect(run('Another resident, Tom Okafor, wrote that the ferry was late again.').rows[0]).toContain('| Another resident, Tom Okafor | wrote |');
  });

  it('does not take a clause before the name as a description', () => {
    const r = run('The vote was close, Ana Ruiz said.');
    expect(r.rows[0]).toContain('| Ana Ruiz | said |');
  });
});

describe('source bounds: an evidence noun with its author', () => {
  it('keeps a "by" phrase after the evidence noun in the source', () => {
    const r = run('A 2019 study by the Harbor Research Institute found that ferry fares had doubled.');
    expect(r.rows[0]).toContain('| A 2019 study by the Harbor Research Institute | found |');
  });
});
