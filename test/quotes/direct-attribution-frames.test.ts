import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

/** Every quote's span slices the text it claims (offsets carried, never re-found). */
function expectSpans(text: string, r: ReturnType<typeof run>): void {
  for (const q of r.quotes) {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    if (q.source) expect(text.slice(q.source.start, q.source.end)).toBe(q.source.text);
    if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
  }
}

describe('direct quotes: attribution frames', () => {
  it('takes a colon lead-in whose verb has an object or time phrase before the colon', () => {
    const text = 'The vote was close. The former mayor said back in the spring of 2019: “We cannot wait for the state to fix the roads.”';
    const r = run(text);
    expect(r.rows).toContain('direct | former mayor | The former mayor | said | We cannot wait for the state to fix the roads.');
    expect(r.rows.some((row) => row.startsWith('indirect'))).toBe(false);
    expectSpans(text, r);
  });

  it('keeps a clause between the verb and the colon as reported speech, not a lead-in', () => {
    const text = 'The coach said the team was tired: “We need a week off.” Nobody argued.';
    const r = run(text);
    expect(r.rows.some((row) => row.startsWith('direct | coach | The coach | said'))).toBe(false);
  });

  it('never reads the object before a colon as an inverted source', () => {
    const text = 'Ms. Hale recalled the long winter of the strike: “We ate soup for a month.”';
    const r = run(text);
    const q = r.quotes.find((x) => x.text.startsWith('We ate soup'))!;
    expect(q.kind).toBe('direct');
    expect(q.source?.text).toBe('Ms. Hale');
  });

  it('keeps a full quotation direct when the next sentence was read along as a possible attribution', () => {
    const text = 'Turnout was low. She added a warning: "Down the ballot, I will back anyone who shares those values." That was enough for them.';
    const r = run(text);
    expect(r.rows).toContain('direct | - | She | added | Down the ballot, I will back anyone who shares those values.');
  });

  it('leaves a scare quote closing its sentence partial', () => {
    const r = run('The board predicts the slump will last “for the next few years.” Shares fell.');
    const q = r.quotes.find((x) => x.text.startsWith('for the next'))!;
    expect(q.kind).toBe('partial');
  });

  it('gives the quote after "and said," / "but added," the subject of the clause, and ends the reported content before it', () => {
    const text = 'The mayor said the decision was made by the police chief and said, “Who are you going to trust on safety?” She left.';
    const r = run(text);
    expect(r.rows).toContain('indirect | mayor | The mayor | said | the decision was made by the police chief');
    expect(r.rows).toContain('direct | mayor | The mayor | said | Who are you going to trust on safety?');
    const r2 = run('The mayor said the members will still meet for dinner, but added, “It is time we change how we do it.” She left.');
    expect(r2.rows).toContain('indirect | mayor | The mayor | said | the members will still meet for dinner');
    expect(r2.rows).toContain('direct | mayor | The mayor | added | It is time we change how we do it.');
    expectSpans(text, r);
  });

  it('ends a report whose cue sits in another quote’s source at that source', () => {
    const text = 'Clinton, who called her rival shortly after the result was declared, told supporters, "I still love this state, and I always will."';
    const r = run(text);
    const direct = r.quotes.find((q) => q.kind === 'direct')!;
    expect(direct.text).toBe('I still love this state, and I always will.');
    expect(direct.cue?.text).toBe('told');
    for (const q of r.quotes.filter((x) => x.kind === 'indirect')) expect(q.end).toBeLessThanOrEqual(direct.source!.end);
  });

  it('reads a party-and-state tag set off by commas as part of the name after a quote', () => {
    const text = 'The bill stalled. “Our view is that the veto will be overridden,” Senate Majority Leader Ann Whitfield, R-Ky., said Tuesday.';
    const r = run(text);
    const q = r.quotes.find((x) => x.kind === 'direct')!;
    expect(q.source?.text).toBe('Senate Majority Leader Ann Whitfield, R-Ky.');
    expect(r.speakerOf(q)?.name).toBe('Ann Whitfield');
    expectSpans(text, r);
  });

  it('takes a possessive-determiner source ("my father") and present-tense shouting verbs after a quote', () => {
    expect(run('We drove home. "We live in hard times," my father often said.').rows).toContain('direct | my father | my father | often said | We live in hard times');
    expect(run('The crowd grew. "Did you see him? He cannot be gone," she yells while running down the street.').rows[0]).toMatch(/^direct \| .* \| she \| yells \| Did you see him/);
  });

  it('attributes a quoted written text to the thing that "read"s it, before or after the verb', () => {
    expect(run('The hall was full. “No more wars,” read one banner. Police watched.').rows).toContain('direct | banner | one banner | read | No more wars');
    expect(run('The hall was full. “Leaders honored him yesterday,” the article read. Few noticed.').rows).toContain('direct | article | the article | read | Leaders honored him yesterday');
    // "read" inside the quote is not a cue.
    expect(run('“I read it twice,” he said.').rows[0]).toBe('direct | - | he | said | I read it twice');
  });

  it('reads a short past-tense sentence after a question quote as its attribution', () => {
    const r = run('The interview ran long. “Would the plan cover renters too?” Ms. Ito pressed. “And what about landlords?”');
    expect(r.rows).toEqual([
      'direct | Ito | Ms. Ito | pressed | Would the plan cover renters too?',
      'direct | Ito | Ms. Ito | pressed | And what about landlords?',
    ]);
    // A sentence that is not an attribution leaves the quote without a cue, still direct.
    expect(run('The hall went quiet. “Is it over?” Nobody knew.').rows[0]).toBe('direct | - | - | - | Is it over?');
  });

  it('accepts a time, manner or hearer phrase after a verb outside the lexicon', () => {
    expect(run('“They could have picked the one bill with support,” Senator Ruiz fumed on Tuesday.').rows[0]).toBe('direct | Ruiz | Senator Ruiz | fumed | They could have picked the one bill with support');
    expect(run('“Nobody here is a villain, folks,” Okafor assured the crowd.').rows[0]).toBe('direct | Okafor | Okafor | assured | Nobody here is a villain, folks');
  });

  it('takes "shot back" and "fired back" as speech cues', () => {
    expect(run('“He wants to look tough tonight,” the governor shot back.').rows[0]).toBe('direct | governor | the governor | shot back | He wants to look tough tonight');
  });

  it('reads "Asked about …, she replied," as a participle frame, not an inverted source', () => {
    const text = 'Asked about her own vote in the event that the mayor runs again, she replied, “I don’t know yet. We will see.”';
    const r = run(text);
    const q = r.quotes.find((x) => x.kind === 'direct')!;
    expect(q.source?.text).toBe('she');
    expect(q.cue?.text).toBe('replied');
    // A real inversion opening the sentence still reads its source after the verb.
    expect(run('Said Dana Ruiz, who grew up nearby, “We never locked our doors.”').rows[0]).toBe('direct | Dana Ruiz | Dana Ruiz, who grew up nearby | Said | We never locked our doors.');
  });

  it('lets a verb of telling carry a longer hearer before the comma of a quote', () => {
    expect(run('The host told his radio audience on Monday, “What happened is simple. The campaign sent orders.”').rows[0]).toBe('direct | host | The host | told | What happened is simple. The campaign sent orders.');
    // A clause in the gap is reported speech, not a hearer.
    expect(run('The host told his audience the show was over, “Go home now.”').rows.some((r) => r.startsWith('direct | host | The host | told'))).toBe(false);
  });

  it('gives a quote left open at its paragraph’s end the attribution of the quote that reopens the next paragraph', () => {
    const text = [
      '“It is a warning to every family,” Rep. Ann Moore said Friday. “If the school is closed, where will the children go.',
      '“I have thought a lot about this town,” added Rep. Jim Clay, the assistant leader. “We will not give up.”',
    ].join('\n\n');
    const r = run(text);
    expect(r.rows).toEqual([
      'direct | Ann Moore | Rep. Ann Moore | said | It is a warning to every family',
      'direct | Jim Clay | Rep. Jim Clay, the assistant leader | added | If the school is closed, where will the children go.',
      'direct | Jim Clay | Rep. Jim Clay, the assistant leader | added | I have thought a lot about this town',
      'direct | Jim Clay | Rep. Jim Clay, the assistant leader | added | We will not give up.',
    ]);
    // A closed quote keeps the speaker before it.
    const closed = run(text.replace('children go.', 'children go.”'));
    expect(closed.rows[1]).toBe('direct | Ann Moore | Rep. Ann Moore | said | If the school is closed, where will the children go.');
    expectSpans(text, r);
  });

  it('keeps the second part of an interrupted quote direct even when words follow it', () => {
    const text = 'Earlier text. “In other news,” Axelrod wrote last January, “the mayor has endorsed herself,” after the vote was called.';
    expect(run(text).rows).toEqual([
      'direct | Axelrod | Axelrod | wrote | In other news',
      'direct | Axelrod | Axelrod | wrote | the mayor has endorsed herself',
    ]);
  });

  it('reads a capitalised quote after an attribution ending in a state abbreviation as the same speaker’s next sentence', () => {
    const text = '"They would be wrong," Mia Briggs, a spokeswoman for the campaign, said in an interview in Santa Monica, Calif. "The race is going to the convention."';
    const r = run(text);
    expect(r.quotes.map((q) => [q.kind, q.cue?.text, r.speakerOf(q)?.name])).toEqual([
      ['direct', 'said in an interview', 'Mia Briggs'],
      ['direct', 'said in an interview', 'Mia Briggs'],
    ]);
  });

  it('takes the subject and verb phrase of a clause ending in the colon before a quote', () => {
    expect(run('Earlier text. In a later interview, the senator went even further: “If he loses, his career is over.”').rows[0]).toBe('direct | senator | the senator | went even further | If he loses, his career is over.');
    expect(run('Earlier text. Governor Ann Ruiz issued the following statement: “Our prayers are with every family.”').rows[0]).toBe('direct | Ann Ruiz | Governor Ann Ruiz | issued the following statement | Our prayers are with every family.');
    // A clause without a finite-looking verb before the colon gives no speaker.
    expect(run('Earlier text. The plan has one flaw: “It costs too much.”').rows[0]).toBe('partial | - | - | - | It costs too much.');
  });
});
