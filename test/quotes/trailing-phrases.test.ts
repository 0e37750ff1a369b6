import { describe, expect, it } from 'vitest';
import { run, reported } from './helpers.js';

describe('a programme title in quote marks closing an attribution', () => {
  it.each([
    ['The council backed the levy while it lasted, she said Wednesday on BBC Radio’s “Today.”', 'she | said | The council backed the levy while it lasted'],
    ['The strike is over, Okafor said on Channel 4’s "Evening News."', 'Okafor | said | The strike is over'],
    ['The plan is dead, the senator said on NBC’s “Meet the Press.”', 'the senator | said | The plan is dead'],
  ])('%s', (text, row) => {
    expect(reported(text)).toContain(row);
    for (const q of run(text).quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('still reads a full quotation after the attribution as direct speech', () => {
    const quotes = run('The plan is dead, Lee said in a statement, “We will not give up on the port.”').quotes;
    expect(quotes.some((q) => q.kind === 'direct' && q.text.startsWith('We will not give up'))).toBe(true);
  });

  it('does not take a lower-case quoted phrase for a title', () => {
    expect(reported('The plan is dead, Lee said on the show, “we lost.”')).not.toContain('Lee | said | The plan is dead');
  });
});

describe('"no" opening a reported clause', () => {
  it.each([
    ['The mayor says no matter what the council decides, the depot will stay open.', 'The mayor | says | no matter what the council decides, the depot will stay open'],
    ['Okafor said no one had warned the crew about the storm.', 'Okafor | said | no one had warned the crew about the storm'],
    ['The minister said no longer would the port pay for the dredging.', 'The minister | said | no longer would the port pay for the dredging'],
  ])('%s', (text, row) => {
    expect(reported(text)).toContain(row);
  });

  it('keeps "said no to" out: a refusal, not a statement', () => {
    expect(reported('The board said no to the plan.')).toEqual([]);
  });
});

describe('a phrase between a verb of saying and the comma opening its quote', () => {
  /** Rows of direct quotes only: source | cue | text. */
  function direct(text: string): string[] {
    return run(text).quotes.filter((q) => q.kind === 'direct').map((q) => [q.source?.text ?? '-', q.cue?.text ?? '-', q.text].join(' | '));
  }

  it.each([
    ['Okafor joked, again using a thick accent, “Come on up and join the union!”', 'Okafor | joked | Come on up and join the union!'],
    ['The chairman acknowledged, however, “Past results are no guide to the future.”', 'The chairman | acknowledged | Past results are no guide to the future.'],
    ['Lee wrote to his 20,000 followers, “It is time to end the levy for good.”', 'Lee | wrote | It is time to end the levy for good.'],
    ['The mayor said at the end of a long meeting, “We will reopen the depot.”', 'The mayor | said | We will reopen the depot.'],
  ])('%s', (text, row) => {
    expect(direct(text)).toContain(row);
    for (const q of run(text).quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('does not reach over a clause to a quote after it', () => {
    expect(direct('Lee said the plan, which costs $5 million, “would fail.”')).toEqual([]);
    expect(direct('Lee said that the plan was dead, “and nobody will miss it.”')).toEqual([]);
  });
});

describe('a quote set off by dashes with its attribution inside them', () => {
  /** Rows of direct quotes only: source | cue | text. */
  function direct(text: string): string[] {
    return run(text).quotes.filter((q) => q.kind === 'direct').map((q) => [q.source?.text ?? '-', q.cue?.text ?? '-', q.text].join(' | '));
  }

  it.each([
    ['Neither man warmed to the mayor - “Born with a silver spoon in her mouth,” Okafor said - but both voted for her.', 'Okafor | said | Born with a silver spoon in her mouth'],
    ['The union dug in — “We will not blink first,” its leader said — and the talks collapsed.', 'its leader | said | We will not blink first'],
    ['The ads paint him as reckless -- “If he wins, the port closes,” one ad declared -- or as a fraud.', 'one ad | declared | If he wins, the port closes'],
  ])('%s', (text, row) => {
    expect(direct(text)).toContain(row);
    for (const q of run(text).quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('leaves a quoted phrase after a dash without an attribution partial', () => {
    expect(direct('The council took a new line - “fiscal prudence” - at the meeting.')).toEqual([]);
  });
});

describe('a sentence quoted after "the episode," or "the book," with its verb of saying', () => {
  it('is speech, not the title of a work', () => {
    const text = 'Mr. Okafor said of the episode, “I don’t like it,” adding that the crowd had been angry.';
    expect(run(text).quotes.some((q) => q.kind === 'direct' && q.text === 'I don’t like it' && q.cue?.text === 'said')).toBe(true);
  });

  it('keeps a title after a work noun partial', () => {
    for (const text of ['Lee wrote in his new book, “The Art of the Harbor.”', 'Lee wrote in his memoir, “Tough Choices.”']) {
      expect(run(text).quotes.filter((q) => q.kind === 'direct')).toEqual([]);
    }
  });
});

describe('the writer going on after an attribution', () => {
  it.each([
    ["The levy is ''deeply unfair,'' said Ms. Okafor, but she has voted for it twice.", "Ms. Okafor | said | The levy is ''deeply unfair,''"],
    ['The mayor lacks a plan, said Howard, but her record makes up for it.', 'Howard | said | The mayor lacks a plan'],
    ['The tolls are “a disgrace,” Okafor said Tuesday in Leeds, noting the port “makes people pay twice.”', 'Okafor | said | The tolls are “a disgrace,”'],
  ])('%s', (text, row) => {
    expect(reported(text)).toContain(row);
    for (const q of run(text).quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('does not take a hearer phrase and a participle for a trailing phrase', () => {
    expect(reported('On Tuesday, as shares fell, Lee wrote to investors, telling them the firm was sound.')).not.toContain('Lee | wrote | On Tuesday, as shares fell');
  });
});

describe('"as X puts it," before a quotation', () => {
  it('reads the present tense of the idiom as the past one', () => {
    for (const text of ['As the union’s Ann Okafor puts it, “The port cannot run on goodwill.”', 'As the union’s Ann Okafor put it, “The port cannot run on goodwill.”']) {
      const q = run(text).quotes.find((x) => x.kind === 'direct');
      expect(q?.source?.text).toBe('the union’s Ann Okafor');
      expect(q?.text).toBe('The port cannot run on goodwill.');
    }
  });
});

describe('a second verb of the sentence subject after a partial quote', () => {
  it.each([
    ['Okafor denounced the levy as “cruel and pointless” and warned of the cost to the port.', 'Okafor | warned of | the cost to the port'],
    ['The mayor has said it would be “very hard” to reopen the depot, but downplayed the risk.', 'The mayor | downplayed | the risk'],
  ])('%s', (text, row) => {
    expect(reported(text)).toContain(row);
    for (const q of run(text).quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('does not reach past a quote that opens the sentence', () => {
    expect(reported('“We lost the vote,” and warned of the cost.').filter((r) => r.includes('warned'))).toEqual([]);
  });
});

describe('a relative aside closed by a comma inside its quote marks', () => {
  it('ends the aside there, not at the end of the sentence', () => {
    for (const text of ['Okafor, who called the levy “reckless,” voted against it.', 'Okafor, who called the levy "reckless," voted against it.']) {
      const aside = run(text).quotes.find((q) => q.kind === 'indirect' && q.cue?.text === 'called');
      expect(aside?.text.startsWith('the levy')).toBe(true);
      expect(aside?.text).not.toContain('voted');
    }
  });
});

describe('words that look like cues but report nothing', () => {
  it('reads "thanks to" as a preposition', () => {
    expect(reported('The lead grew thanks to a big win in Ohio.')).toEqual([]);
  });

  it('reads "maintain" as a verb of saying only with a clause after it', () => {
    expect(reported('Clinton maintains a commanding lead among older voters.')).toEqual([]);
    expect(reported('The campaign has long maintained the files were not marked secret.')).toContain('The campaign | has long maintained | the files were not marked secret');
    expect(reported('Lee maintained that the plan was legal.')).toContain('Lee | maintained | the plan was legal');
  });
});

describe('"according to X" set off by commas inside a sentence', () => {
  it.each([
    ['He left the paper years ago after, according to him, the owners censored his first report.', 'him | according to | the owners censored his first report'],
    ['While most files were marked confidential, according to a state official, two were upgraded to secret.', 'a state official | according to | two were upgraded to secret'],
  ])('%s', (text, row) => {
    expect(reported(text)).toContain(row);
    for (const q of run(text).quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('keeps an apposition in the source and the statement on both sides of it', () => {
    const rows = reported('At the heart of the dispute, according to Ann Lee, a former envoy, was a vote by the board.');
    expect(rows).toContain('Ann Lee, a former envoy | according to | was a vote by the board');
    expect(rows.every((r) => !r.includes('was a vote by the board |'))).toBe(true);
  });
});

describe('"according to X," followed by a comparison', () => {
  it('is no new clause: the statement stays before the attribution', () => {
    const rows = reported('Incomes at the top would rise by 19 percent, according to the center, more than twice what it projected for the middle.');
    expect(rows.some((r) => r.endsWith('| according to | Incomes at the top would rise by 19 percent'))).toBe(true);
    expect(rows.some((r) => r.endsWith('| more than twice what it projected for the middle'))).toBe(false);
  });
});

describe('a participle cue after an earlier quote in the sentence', () => {
  it('takes the subject that opens the sentence', () => {
    const text = 'Later on Sunday, Okafor posted a syllabus for a class called “Perception” on his page, writing “Allow me to do the research for the reporter.”';
    const q = run(text).quotes.find((x) => x.kind === 'direct');
    expect(q?.source?.text).toBe('Okafor');
    expect(q?.cue?.text).toBe('writing');
    expect(q?.text).toBe('Allow me to do the research for the reporter.');
  });
});

describe('a raising verb after a subject with a relative aside', () => {
  it('keeps the aside in the subject fragment', () => {
    const text = 'The central bank, which has held rates near zero, is expected to act at its next meeting.';
    const parts = run(text).quotes.filter((q) => q.cue?.text === 'is expected').map((q) => q.text);
    expect(parts).toEqual(['The central bank, which has held rates near zero', 'to act at its next meeting']);
  });
});

describe('"it seems" and "it appears" with a clause or an adjective of likelihood', () => {
  it.each([
    ['It appears, though, that the final was not dull to everyone.', 'the final was not dull to everyone'],
    ['Although this is no exact science, it seems the party has far too many delegates.', 'the party has far too many delegates'],
    ['It seems increasingly likely that Okafor will be the nominee.', 'increasingly likely that Okafor will be the nominee'],
    ['It seems unfair to simply tell the workers to leave.', 'unfair to simply tell the workers to leave'],
  ])('%s', (text, content) => {
    const q = run(text).quotes.find((x) => x.kind === 'indirect' && /^(seems|appears)$/.test(x.cue?.text ?? ''));
    expect(q?.text).toBe(content);
    expect(q?.source).toBeNull();
  });

  it('leaves "it seems" before a noun phrase alone', () => {
    expect(run('It seems a pity.').quotes.filter((q) => q.kind === 'indirect')).toEqual([]);
  });
});
