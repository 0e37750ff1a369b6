import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

/** Rows without the speaker-name column: kind | source | cue | text. */
function rowsOf(text: string): string[] {
  return run(text).quotes.map((q) => [q.kind, q.source?.text ?? '-', q.cue?.text ?? '-', q.text].join(' | '));
}

describe('attitude cues: raising verbs', () => {
  it('splits a non-person subject and the predicate around "seems to", with no source', () => {
    expect(rowsOf('The new ferry schedule seems to favour weekend tourists.')).toEqual([
      'indirect | - | seems | The new ferry schedule',
      'indirect | - | seems | to favour weekend tourists',
    ]);
  });

  it('keeps a person subject of "appeared" in the content, split around the cue', () => {
    expect(rowsOf('Mayor Dana Pike appeared unmoved by the protest outside the hall.')).toEqual([
      'indirect | - | appeared | Mayor Dana Pike',
      'indirect | - | appeared | unmoved by the protest outside the hall',
    ]);
  });

  it('reads a raising passive "is expected to"', () => {
    expect(rowsOf('The harbour bill is expected to pass the upper house next week.')).toEqual([
      'indirect | - | is expected | The harbour bill',
      'indirect | - | is expected | to pass the upper house next week',
    ]);
  });

  it('reads "it seems" as a cue for the clause after it', () => {
    expect(rowsOf('It seems likely the council will delay the vote.')).toEqual(['indirect | - | seems | likely the council will delay the vote']);
  });

  it('does not read "appeared" as seeming when it means showing up', () => {
    expect(rowsOf('The senator appeared on three morning shows on Sunday.')).toEqual([]);
    expect(rowsOf('The governor appeared before the committee in March.')).toEqual([]);
  });
});

describe('attitude cues: intentions and attitudes with a clause', () => {
  it('reads an intention verb with an infinitive after its source', () => {
    expect(rowsOf('The transport union plans to strike again in May.')).toEqual(['indirect | The transport union | plans | to strike again in May']);
    expect(rowsOf('Okafor decided to withdraw from the race on Friday.')).toEqual(['indirect | Okafor | decided | to withdraw from the race on Friday']);
  });

  it('needs the infinitive: "voted on the plan" and "planned the route" are not positions', () => {
    expect(rowsOf('The council voted on the harbour plan.')).toEqual([]);
    expect(rowsOf('Okafor planned the route herself.')).toEqual([]);
  });

  it('reads a predicate adjective of attitude with "that" or "to"', () => {
    expect(rowsOf('Party officials are confident that the turnout will rise.')).toEqual(['indirect | Party officials | are confident | the turnout will rise']);
    expect(rowsOf('The mayor is eager to settle the dispute before winter.')).toEqual(['indirect | The mayor | is eager | to settle the dispute before winter']);
  });

  it('reads "would like to" as an intention', () => {
    expect(rowsOf('Lee would like to see the plan on the ballot.')).toEqual(['indirect | Lee | would like | to see the plan on the ballot']);
  });
});

describe('attitude cues: complement-taking nouns', () => {
  it('reads a possessive and a noun with an infinitive', () => {
    expect(rowsOf('Her refusal to release the tax records angered donors.')).toEqual([
      'indirect | Her | refusal | to release the tax records',
    ]);
  });

  it('reads a possessive name and a noun with a "that" clause, adjectives in the cue', () => {
    expect(rowsOf('Voters scoffed at Mr. Lee’s bold claim that the deficit would vanish.')).toEqual([
      'indirect | Mr. Lee’s | bold claim | the deficit would vanish',
    ]);
  });

  it('leaves a noun without a possessive holder alone', () => {
    expect(rowsOf('The proposal to widen the road was dropped.')).toEqual([]);
  });

  it('does not read a relative clause with a gap as the content of a claim noun', () => {
    expect(rowsOf('Her claims that he made were never tested.')).toEqual([]);
  });
});

describe('attitude cues: any finite verb with a "that" clause', () => {
  it('reads a verb outside the lexicon followed by "that" and a subject', () => {
    expect(rowsOf('Ms. Ruiz speculated that the board would resign.')).toEqual(['indirect | Ms. Ruiz | speculated | the board would resign']);
  });

  it('does not read purpose or result clauses ("ensured that") or a demonstrative "that"', () => {
    expect(rowsOf('The judge ensured that the jury was sequestered.')).toEqual([]);
    expect(rowsOf('Okafor visited that town twice.')).toEqual([]);
  });

  it('keeps only the outer statement when an attitude sits inside reported content', () => {
    expect(rowsOf('The operator decided to cancel the route, a spokesman said.')).toEqual(['indirect | a spokesman | said | The operator decided to cancel the route']);
  });
});

describe('subjects of verbs of saying', () => {
  it('takes a bare plural opening its clause and a percentage as sources', () => {
    expect(rowsOf('Security consultants say the breach was preventable.')).toEqual(['indirect | Security consultants | say | the breach was preventable']);
    expect(rowsOf('Still, 26% say they would vote for a third party.')).toEqual(['indirect | 26% | say | they would vote for a third party']);
  });

  it('keeps a comparison set off by commas inside the source', () => {
    expect(rowsOf('Labor economists, like their business counterparts, say wages will rise.')).toEqual([
      'indirect | Labor economists, like their business counterparts, | say | wages will rise',
    ]);
  });
});

describe('attitude cues: spans', () => {
  it('keeps every span equal to the text it points at', () => {
    const text = 'The harbour bill is expected to pass. Okafor decided to withdraw. Voters doubted Mr. Lee’s claim that the deficit would vanish.';
    for (const q of run(text).quotes) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      if (q.source) expect(text.slice(q.source.start, q.source.end)).toBe(q.source.text);
      if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
    }
  });
});

describe('reported content edges', () => {
  it('ends a statement before a sentence-final adjunct the writer adds (", compared with", ", while")', () => {
    expect(rowsOf('Okafor said turnout reached 61 percent, compared with 55 percent in 2019.')).toEqual(['indirect | Okafor | said | turnout reached 61 percent']);
    expect(rowsOf('The mayor said the pier would reopen in May, while critics warned of delays.')[0]).toBe('indirect | The mayor | said | the pier would reopen in May');
  });

  it('leaves a sentence connective out of a statement written before its attribution', () => {
    expect(rowsOf('But the budget will not balance, the treasurer said.')).toEqual(['indirect | the treasurer | said | the budget will not balance']);
    expect(rowsOf('In contrast, the port is thriving, officials said.')).toEqual(['indirect | officials | said | the port is thriving']);
  });
});

describe('sources of intention cues', () => {
  it('takes a description and a name set off by commas as the source', () => {
    expect(rowsOf("The mayor's deputy, Ana Ruiz, plans to reopen the pier in May.")[0]).toBe("indirect | The mayor's deputy, Ana Ruiz | plans | to reopen the pier in May");
  });
});

describe('question frames and headlines', () => {
  it('reads a passive question frame: the question is the content, the asker after "by" the source', () => {
    expect(rowsOf('Asked whether the levy would survive, Okafor said she was unsure.')).toEqual([
      'indirect | - | Asked | whether the levy would survive',
      'indirect | Okafor | said | she was unsure',
    ]);
    expect(rowsOf('The mayor smiled when asked by a reporter if the pier would reopen.')).toEqual(['indirect | a reporter | asked | if the pier would reopen']);
  });

  it('keeps the passive auxiliary in the cue and ends the question before a second verb of saying', () => {
    expect(rowsOf('The governor was asked whether the toll would rise.')).toEqual(['indirect | - | was asked | whether the toll would rise']);
    expect(rowsOf('Okafor was asked about the levy and said it would stay.')[0]).toBe('indirect | - | was asked about | the levy');
  });

  it('reads what someone was asked to do, or the question put, after the passive', () => {
    expect(rowsOf('The minister was asked to name one port that had gained from the levy.')).toEqual(['indirect | - | was asked | to name one port that had gained from the levy']);
    expect(rowsOf('Okafor was asked a pointed question about the tolls.')).toEqual(['indirect | - | was asked | a pointed question about the tolls']);
    expect(rowsOf('Okafor asked a question about the tolls.').some((r) => r.startsWith('indirect | - | was asked'))).toBe(false);
  });

  it('does not read an active "asked" with its own subject as a frame', () => {
    expect(rowsOf('The council asked the mayor to resign.').some((r) => r.startsWith('indirect | - |'))).toBe(false);
  });

  it('reads a "Name: headline" first line that holds a partial quote', () => {
    const rows = rowsOf("Okafor: Harbour levy 'a fantasy' for small ports\n\nThe minister spoke on Monday.");
    expect(rows[0]).toBe("indirect | Okafor | : | Harbour levy 'a fantasy' for small ports");
  });
});

describe('more speech subjects and contents', () => {
  it('reads a headline in title case with a capitalised "Says"', () => {
    expect(rowsOf('Okafor Says Harbour Levy Will Hurt Small Ports')).toEqual(['indirect | Okafor | Says | Harbour Levy Will Hurt Small Ports']);
  });

  it('does not take a capitalised "Says" in an ordinary sentence for a verb', () => {
    expect(rowsOf('The band Says Who played at the harbour festival.')).toEqual([]);
  });

  it('takes "More than six in 10" as a source and an approximate quantity as content start', () => {
    expect(rowsOf('More than six in 10 said they backed the levy.')).toEqual(['indirect | More than six in 10 | said | they backed the levy']);
    expect(rowsOf('The budget office said about half of the shortfall came from lower fuel taxes.')).toEqual([
      'indirect | The budget office | said | about half of the shortfall came from lower fuel taxes',
    ]);
  });

  it('does not read a clause after an inverted cue as its source', () => {
    expect(rowsOf('Lee, who runs the port, whose owner, Acme, paid for it, said its main goal was to cut costs.').some((r) => r.startsWith('indirect | its main goal'))).toBe(false);
  });
});

describe('content ends before a new clause or a second predicate', () => {
  it('ends a statement at ", and" followed by a new subject and verb', () => {
    expect(rowsOf('Half said the levy was fair, and a third said it went too far.')).toEqual([
      'indirect | Half | said | the levy was fair',
      'indirect | a third | said | it went too far',
    ]);
  });

  it('keeps an "and" joining two objects inside the statement', () => {
    expect(rowsOf('Okafor said the port and the airport would both expand.')).toEqual(['indirect | Okafor | said | the port and the airport would both expand']);
  });

  it('ends a stance object before a second predicate of the same subject', () => {
    expect(rowsOf('The senator praised the harbour plan and voted for the levy.')[0]).toBe('indirect | The senator | praised | the harbour plan');
  });
});

describe('stance participles after a statement or a clause', () => {
  it('reads ", referring to" and ", calling" as a second statement by the same speaker', () => {
    expect(rowsOf('Ramos said the party would win, referring to the growing suburbs.')).toEqual([
      'indirect | Ramos | said | the party would win',
      'indirect | Ramos | referring to | the growing suburbs',
    ]);
  });

  it('takes the clause subject for a stance participle after a main clause that is not a statement', () => {
    expect(rowsOf('At the rally, Okafor turned to Kim, calling him a coward.')).toEqual(['indirect | Okafor | calling | him a coward']);
  });
});

describe('polls and "according to" after quotes', () => {
  it('reads a poll named in a fronted or closing "in" phrase as the source of its clause', () => {
    expect(rowsOf('In a harbour survey released Monday, 61 percent backed the levy.')).toEqual(['indirect | a harbour survey released Monday | In | 61 percent backed the levy']);
    expect(rowsOf('In a Tribune poll last month, Okafor led by 9 points.')).toEqual(['indirect | a Tribune poll | In | Okafor led by 9 points']);
    expect(rowsOf('Okafor holds a narrow lead in the latest poll.')).toEqual(['indirect | the latest poll | in | Okafor holds a narrow lead']);
  });

  it('does not read "in polling" without a figure or standing as an attribution', () => {
    expect(rowsOf('Her brother worked in polling for years.')).toEqual([]);
    expect(rowsOf('Queues were long in the polls this morning.')).toEqual([]);
  });

  it('reads "according to X" after a direct quote and after a closing mark', () => {
    expect(rowsOf('“The deal is dead,” according to a senior aide.')).toEqual(['direct | a senior aide | according to | The deal is dead']);
    expect(rowsOf('Still unnoticed: According to recent polls, Okafor leads.')).toEqual(['indirect | recent polls | According to | Okafor leads']);
  });
});

describe('stance verbs with a wider subject', () => {
  it('takes a poll share or a bare plural as the subject of a stance verb', () => {
    expect(rowsOf('About 19 percent of students polled support the harbour levy.')).toEqual(['indirect | About 19 percent of students polled | support | the harbour levy']);
    expect(rowsOf('Security experts criticized the new plan.')).toEqual(['indirect | Security experts | criticized | the new plan']);
  });

  it('still refuses a fronted adverb as a subject', () => {
    expect(rowsOf('Publicly, the rule changed everything.')).toEqual([]);
  });
});

describe('splitting two statements in one sentence', () => {
  it('ends a statement at "while" + a new subject with a cue verb', () => {
    expect(rowsOf('Okafor accuses Kim of a smear while Kim suggests she is out of touch.')).toEqual([
      'indirect | Okafor | accuses | Kim of a smear',
      'indirect | Kim | suggests | she is out of touch',
    ]);
  });

  it('reads a follow-on participle after a comma inside a closing mark', () => {
    expect(rowsOf('Lee insisted that the levy had “saved the port,” claiming that trade rose by a third.').filter((r) => r.startsWith('indirect'))).toEqual([
      'indirect | Lee | insisted | the levy had “saved the port,”',
      'indirect | Lee | claiming | trade rose by a third',
    ]);
  });

  it('ends a statement at ", then" + a second cue verb', () => {
    expect(rowsOf('Kasich offered the man a job, then said he would welcome advice.')).toEqual([
      'indirect | Kasich | offered | the man a job',
      'indirect | Kasich | then said | he would welcome advice',
    ]);
  });
});

describe('source edges', () => {
  it('leaves a preposition stranded by a skipped time phrase out of the source', () => {
    expect(rowsOf('GOP rival Ann Cruz on Monday said the vote was rigged.')).toEqual(['indirect | GOP rival Ann Cruz | said | the vote was rigged']);
  });
});

describe('hearers and quantities', () => {
  it('skips a long hearer phrase up to "that" and reads "at least" as the start of a statement', () => {
    expect(rowsOf('Okafor told The Harbour Gazette of Port Lane on Saturday that she voted for the levy.')).toEqual(['indirect | Okafor | told | she voted for the levy']);
    expect(rowsOf('The agency reported at least six boats sank in the storm.')).toEqual(['indirect | The agency | reported | at least six boats sank in the storm']);
  });
});

describe("doubled-apostrophe quote marks (''…'')", () => {
  it('reads a statement ending in a partial quote closed by doubled apostrophes before its attribution', () => {
    const rows = rowsOf("The port should expand ''as quickly as possible,'' Mr. Okafor said.");
    expect(rows[0]).toBe("indirect | Mr. Okafor | said | The port should expand ''as quickly as possible,''");
    expect(rowsOf("The levy is ''a fantasy,'' said Ann Cho, a port official.")[0]).toBe("indirect | Ann Cho, a port official | said | The levy is ''a fantasy,''");
  });
});

describe('attribution after the statement with a place or time phrase', () => {
  it('reads "Y, she said in a video message." and "Y, Lee said Tuesday in Paris."', () => {
    expect(rowsOf('The levy will pass, she said in a video message.')).toEqual(['indirect | she | said | The levy will pass']);
    expect(rowsOf('The port is safe, Okafor said Tuesday in Lagos.')).toEqual(['indirect | Okafor | said | The port is safe']);
  });
});

describe('content starts and asides', () => {
  it('reads a demonstrative subject after "say" but not the time phrase "said this week"', () => {
    expect(rowsOf('Others say this is a rough patch for the port.')).toEqual(['indirect | Others | say | this is a rough patch for the port']);
  });

  it('keeps an aside set off by commas inside the statement', () => {
    expect(rowsOf('Okafor said the levy, despite its critics, is working.')).toEqual(['indirect | Okafor | said | the levy, despite its critics, is working']);
  });

  it('reads "said in her opening remarks that" as a phrase before the complementizer', () => {
    expect(rowsOf('Lee said in her opening remarks that the port would stay open.')).toEqual(['indirect | Lee | said | the port would stay open']);
  });
});

describe('one-word answers', () => {
  it('reads "said yes" and "said so" as a statement, but not "said so far"', () => {
    expect(rowsOf('Asked if the levy was fair, 46 percent of voters said yes, compared with 33 percent in May.')).toContain('indirect | 46 percent of voters | said | yes');
    expect(rowsOf('The minister said so.')).toEqual(['indirect | The minister | said | so']);
    expect(rowsOf('The minister said so far nothing had changed.').some((r) => r.endsWith('| so'))).toBe(false);
  });
});

describe('participles modifying a noun', () => {
  it('does not read "polls released Sunday" as a statement by the polls', () => {
    expect(rowsOf('New polls released Sunday showed Okafor taking the lead.').some((r) => r.includes('| released |'))).toBe(false);
  });

  it('still reads a finite stance verb with an object', () => {
    expect(rowsOf('The party released its platform on Monday.')).toEqual(['indirect | The party | released | its platform']);
  });
});
