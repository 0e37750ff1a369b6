import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('stance verbs of communication, judgement and cognition', () => {
  it.each([
    ['The mayor congratulated the rowing team on its third title.', 'indirect | mayor | The mayor | congratulated | the rowing team on its third title'],
    ['Okafor assailed the budget as a gift to developers.', 'indirect | Okafor | Okafor | assailed | the budget as a gift to developers'],
    ['The governor bemoaned the slow pace of repairs on the coast road.', 'indirect | governor | The governor | bemoaned | the slow pace of repairs on the coast road'],
    ['The finance minister floated the idea of a fuel tax holiday.', 'indirect | finance minister | The finance minister | floated | the idea of a fuel tax holiday'],
    ['Councillor Ana Ruiz disclosed her shares in the ferry company.', 'indirect | Ana Ruiz | Councillor Ana Ruiz | disclosed | her shares in the ferry company'],
    ['The coach implied the referee had favoured the visitors.', 'indirect | coach | The coach | implied | the referee had favoured the visitors'],
  ])('%s', (text, row) => {
    expect(run(text).rows).toEqual([row]);
  });

  it('reads a cognition verb with its "that" clause', () => {
    expect(run('Investigators determined that the fire started in the kitchen.').rows).toEqual([
      'indirect | Investigators | Investigators | determined | the fire started in the kitchen',
    ]);
  });

  it('does not read a noun use of a new stance word as a cue', () => {
    expect(run('The council made a reference to the old harbor plan.').rows).toEqual([]);
    expect(run('Her wish came true in the final round.').rows).toEqual([]);
  });

  it('keeps spans that slice the text they name', () => {
    const text = 'Lee recounted the night the levee broke, and the mayor reassured residents that the water would recede.';
    for (const q of run(text).quotes) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      if (q.source) expect(text.slice(q.source.start, q.source.end)).toBe(q.source.text);
      if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
    }
  });
});

describe('passive attributions with a "by" agent', () => {
  it.each([
    ['The harbor plan was sharply criticized by local fishermen.', 'indirect | fishermen | local fishermen | criticized | The harbor plan'],
    ['Her resignation was first reported by the Courier.', 'indirect | Courier | the Courier | reported | Her resignation'],
    ['The new levy was endorsed Friday by the chamber of commerce.', 'indirect | chamber of commerce | the chamber of commerce | endorsed | The new levy'],
  ])('%s', (text, row) => {
    expect(run(text).rows).toEqual([row]);
  });

  it('does not read an agent that is no source, a hearer subject or a relative pronoun', () => {
    expect(run('The road was closed by noon on Friday.').rows).toEqual([]);
    expect(run('The mayor was told by aides that the vote would fail.').rows.filter((r) => r.includes('| told |') && r.endsWith('The mayor'))).toEqual([]);
    expect(run('The bill, which was praised by unions, passed on Monday.').rows).toEqual([]);
    expect(run('The plan was supported by far more voters than expected.').rows).toEqual([]);
  });
});

describe('participle stances after the main clause', () => {
  it('gives a stance participle after a comma the subject of the clause', () => {
    const rows = run('The senator toured the flooded district on Monday, decrying the slow federal response.').rows;
    expect(rows).toEqual(['indirect | senator | The senator | decrying | the slow federal response']);
  });
});

describe('phrasal verbs of stance', () => {
  it.each([
    ['The chancellor made it clear that no new taxes would be raised.', 'indirect | chancellor | The chancellor | made it clear | no new taxes would be raised'],
    ['Union leaders voiced concern about the pension changes.', 'indirect | Union leaders | Union leaders | voiced concern about | the pension changes'],
    ['The coach shrugged off the criticism from fans.', 'indirect | coach | The coach | shrugged off | the criticism from fans'],
    ['The premier laid out a plan to rebuild the rail line.', 'indirect | premier | The premier | laid out | a plan to rebuild the rail line'],
  ])('%s', (text, row) => {
    expect(run(text).rows).toEqual([row]);
  });
});

describe('verbs of judgement and feeling', () => {
  it.each([
    ['The senator railed against the new tolls on the bridge.', 'indirect | senator | The senator | railed against | the new tolls on the bridge'],
    ['The director gushed about the new stadium.', 'indirect | director | The director | gushed about | the new stadium'],
    ['Most farmers distrust the new water board.', 'indirect | farmers | Most farmers | distrust | the new water board'],
  ])('%s', (text, row) => {
    expect(run(text).rows).toEqual([row]);
  });
});

describe('direct quotes after their attribution', () => {
  it('keeps a quote direct when a participle follows its closing comma inside the marks', () => {
    expect(run('The mayor said of the closure, “I don’t like it,” adding that the council had no choice.').rows[0]).toBe('direct | mayor | The mayor | said | I don’t like it');
  });

  it('keeps a quote that is the object of its cue direct when it ends its sentence', () => {
    expect(run('Okafor later admitted “the second half was a mess.” In fact, the team trailed by ten.').rows[0]).toBe('direct | Okafor | Okafor | later admitted | the second half was a mess.');
  });
});

describe('dash attributions', () => {
  it('does not read a clause after a dash as the speaker of the quote before it', () => {
    const rows = run('During the debate Lee quipped, “I am a builder, but a builder who pays his bills” - she has often been an effective negotiator.').rows;
    expect(rows.some((r) => r.includes('she has often been'))).toBe(false);
  });

  it('still reads a name after a dash', () => {
    expect(run('“We will rebuild the pier before summer.” — Dana Ruiz').rows).toEqual(['direct | Dana Ruiz | Dana Ruiz | — | We will rebuild the pier before summer.']);
  });
});

describe('evidential adverbs', () => {
  it('splits the clause around "reportedly", with no source', () => {
    expect(run('The port authority is reportedly weighing a second terminal.').rows).toEqual([
      'indirect | - | - | reportedly | The port authority is',
      'indirect | - | - | reportedly | weighing a second terminal',
    ]);
  });

  it('reads a sentence-initial "Reportedly," before its clause', () => {
    expect(run('Reportedly, the council delayed the vote until spring.').rows).toEqual(['indirect | - | - | Reportedly | the council delayed the vote until spring']);
  });

  it('leaves the adverb to the speech cue it modifies', () => {
    expect(run('The senator reportedly said the bill was dead.').rows).toEqual(['indirect | senator | The senator | reportedly said | the bill was dead']);
  });
});

describe('contracted auxiliaries', () => {
  it('reads a pronoun source before a contracted auxiliary', () => {
    expect(run('He’s predicted the levy will pass by spring.').rows).toEqual(['indirect | - | He | ’s predicted | the levy will pass by spring']);
  });
});

describe('floating quotes after a hypothetical statement', () => {
  it('gives a floating quote the last real speaker, not the subject of an if-clause', () => {
    const r = run('Police chief Ana Ruiz said the scheme had worked. If parents vouched for their child, the child was freed.\n\n“We trust families first.”');
    const q = r.quotes.find((x) => x.text.startsWith('We trust'))!;
    expect(r.speakerOf(q)?.name).toBe('Ana Ruiz');
  });
});

describe('sources and cues with longer phrases', () => {
  it('skips a duration after the cue', () => {
    expect(run('Okafor has said for months the levy is unfair.').rows).toEqual(['indirect | Okafor | Okafor | has said | the levy is unfair']);
  });

  it('keeps a relative clause in the apposition of an inverted source', () => {
    expect(run('Ferry fares will rise in spring, said Ana Ruiz, an economist who has studied the route.').rows).toEqual([
      'indirect | Ana Ruiz | Ana Ruiz, an economist who has studied the route | said | Ferry fares will rise in spring',
    ]);
  });

  it('reads a name with a long comma-set description as the source', () => {
    const rows = run('Dana Ruiz, a Portland, Ore., baker hoping to open a second shop, said rents had doubled.').rows;
    expect(rows).toEqual(['indirect | Dana Ruiz | Dana Ruiz, a Portland, Ore., baker hoping to open a second shop, | said | rents had doubled']);
  });

  it('does not take a fronted place phrase for a name with a description', () => {
    expect(run('In Portland, a city of bridges, said to be the rainiest in the state, rents doubled.').rows).toEqual([]);
  });
});

describe('stance verbs before a comma', () => {
  it('reads no object after a stance verb followed by a comma, leaving the trailing attribution to its own cue', () => {
    expect(run('The real test is whether she can be someone voters trust, people close to the campaign say.').rows).toEqual([
      'indirect | people close to the campaign | people close to the campaign | say | The real test is whether she can be someone voters trust',
    ]);
  });

  it('reads an evidence verb set off by commas as attributing the clause before it', () => {
    expect(run('The ferry was insured for $3 million in 2019, records show, and engineers said it was worth less.').rows).toEqual([
      'indirect | records | records | show | The ferry was insured for $3 million in 2019',
      'indirect | engineers | engineers | said | it was worth less',
    ]);
  });
});

describe('an aside after "that"', () => {
  it('reads the clause after "that," and its aside, without the complementizer', () => {
    expect(run('Election officials say that, even if they wanted one, a recount could not be done.').rows).toEqual([
      'indirect | Election officials | Election officials | say | even if they wanted one, a recount could not be done',
    ]);
    expect(run('Officials said that, under the new rules, the vote would be delayed.').rows).toEqual([
      'indirect | Officials | Officials | said | under the new rules, the vote would be delayed',
    ]);
  });
});

describe('headline labels that name no speaker', () => {
  it('does not read "Revealed:" or "Wow:" as a speaker', () => {
    expect(run('Revealed: What The Harbor Plan Really Costs Taxpayers').rows).toEqual([]);
    expect(run('Wow: Mayor Ruiz Just Answered Her Critics With One Line').rows).toEqual([]);
  });

  it('still reads a name before a headline colon', () => {
    expect(run('Okafor: Levy Will Hurt Small Ports').rows).toEqual(['indirect | Okafor | Okafor | : | Levy Will Hurt Small Ports']);
  });
});

describe('adjectives of attitude with a preposition', () => {
  it.each([
    ['Many analysts are skeptical of the new quota system.', 'indirect | analysts | Many analysts | are skeptical of | the new quota system'],
    ['The mayor was sharply critical of the state budget.', 'indirect | mayor | The mayor | was sharply critical of | the state budget'],
    ['The union is open to a shorter contract.', 'indirect | union | The union | is open to | a shorter contract'],
  ])('%s', (text, row) => {
    expect(run(text).rows).toEqual([row]);
  });

  it('does not read an adjective without its preposition', () => {
    expect(run('The bridge is open on weekends.').rows).toEqual([]);
  });
});

describe('titles of works in quote marks', () => {
  it('reads a title after a work noun as a partial quote with no speaker', () => {
    const rows = run('Ruiz, who grew up on the coast, described the storm in her 2019 memoir, “Salt and Water.”').rows;
    expect(rows.filter((r) => r.startsWith('direct'))).toEqual([]);
    expect(rows.some((r) => r.startsWith('partial') && r.endsWith('| Salt and Water.'))).toBe(true);
  });
});

describe('"went on" after a quote', () => {
  it('reads "he went on" as the attribution of the quote before it', () => {
    expect(run('“We will not close the harbor,” Okafor went on.').rows).toEqual(['direct | Okafor | Okafor | went on | We will not close the harbor']);
  });

  it('does not read "went on" in prose as a cue', () => {
    expect(run('The meeting went on for three hours.').rows).toEqual([]);
  });
});

describe('direct quotes after longer attributions', () => {
  it('reads "but went on to say, “…”" as a second statement of the same subject', () => {
    const rows = run('Okafor joked that the ferry was his office, but went on to say, “The crossing is the most dangerous in the state.”').rows;
    expect(rows).toContain('direct | Okafor | Okafor | went on to say | The crossing is the most dangerous in the state.');
    expect(rows).toContain('indirect | Okafor | Okafor | joked | the ferry was his office');
  });

  it('reads a hearer with a relative clause before the quote', () => {
    expect(run('But, Ruiz told the mayors who gathered in Reno, “no one should doubt our commitment.”').rows).toEqual([
      'direct | Ruiz | Ruiz | told | no one should doubt our commitment.',
    ]);
  });
});

describe('chants and written texts', () => {
  it('reads a chant right after its verb as a direct quote', () => {
    expect(run('The crowd chanted “Build the bridge!” as the mayor arrived.').rows).toEqual(['direct | crowd | The crowd | chanted | Build the bridge!']);
  });

  it('reads the words on a sign after "read" or "reading"', () => {
    expect(run('One sign read, “Save our harbor.”').rows).toEqual(['direct | sign | One sign | read | Save our harbor.']);
    expect(run('Protesters carried signs reading “No more tolls.”').rows[0]).toMatch(/^direct \| .* \| signs \| reading \| No more tolls\.$/);
  });

  it('does not read "read" after a person as a written text', () => {
    expect(run('The clerk read, “The meeting is adjourned.”').rows.filter((r) => r.includes('| read |'))).toEqual([]);
  });
});

describe('a further round of stance verbs', () => {
  it.each([
    ['The mayor likened the toll plan to highway robbery.', 'indirect | mayor | The mayor | likened | the toll plan to highway robbery'],
    ['The senator took credit for the new ferry schedule.', 'indirect | senator | The senator | took credit for | the new ferry schedule'],
    ['Economists cast doubt on the forecast.', 'indirect | Economists | Economists | cast doubt on | the forecast'],
  ])('%s', (text, row) => {
    expect(run(text).rows).toEqual([row]);
  });
});

describe('verbs of affirmation, rejection and feeling', () => {
  it.each([
    ['The council reaffirmed its support for the ferry.', 'indirect | council | The council | reaffirmed its support for | the ferry'],
    ['Several donors balked at the new fees.', 'indirect | donors | Several donors | balked at | the new fees'],
    ['The governor vetoed the toll bill.', 'indirect | governor | The governor | vetoed | the toll bill'],
  ])('%s', (text, row) => {
    expect(run(text).rows).toEqual([row]);
  });
});

describe('the end of a stance object', () => {
  it('ends the object before a second predicate with an auxiliary', () => {
    expect(run('Okafor endorsed Ruiz and has appeared at her rallies since.').rows).toEqual(['indirect | Okafor | Okafor | endorsed | Ruiz']);
  });
});

describe('noun-like stance verbs after an auxiliary', () => {
  it('reads "did support" with a lower-case object as a stance', () => {
    expect(run('Ruiz did support workers who demanded a higher wage.').rows).toEqual(['indirect | Ruiz | Ruiz | did support | workers who demanded a higher wage']);
  });

  it('still leaves a noun use alone', () => {
    expect(run('The support workers at the depot went home early.').rows).toEqual([]);
  });
});

describe('hearers before an infinitive', () => {
  it('reads a longer hearer before "to" as part of the request', () => {
    expect(run('The port authority asked a federal judge to block the new rules.').rows).toEqual([
      'indirect | port authority | The port authority | asked | a federal judge to block the new rules',
    ]);
  });

  it('reads "her" before "to" as the hearer, not a possessive', () => {
    expect(run('Okafor asked her to call the harbor office.').rows).toEqual(['indirect | Okafor | Okafor | asked | her to call the harbor office']);
  });
});

describe('"according to" inside a clause', () => {
  it('attributes what follows when the attribution sits right after a conjunction', () => {
    expect(run('The mayor skipped the debate because, according to aides, the format was unfair.').rows).toContain(
      'indirect | aides | aides | according to | the format was unfair',
    );
  });

  it('reads an attribution between dashes as attributing what follows it', () => {
    expect(run('The board approved the sale while — according to minutes of the meeting — knowing the price was low.').rows).toContain(
      'indirect | minutes of the meeting | minutes of the meeting | according to | knowing the price was low',
    );
  });

  it('starts the statement inside brackets after the opening bracket', () => {
    expect(run('Fares rose again (the increase was 12 percent, according to the port authority).').rows).toContain(
      'indirect | port authority | the port authority | according to | the increase was 12 percent',
    );
  });
});

describe('"according to" without a comma', () => {
  it('attributes the clause before it to a source with a determiner or a name', () => {
    expect(run('Ruiz leads Okafor by 12 points according to a poll by the Courier.').rows).toEqual([
      'indirect | Courier | a poll by the Courier | according to | Ruiz leads Okafor by 12 points',
    ]);
  });

  it('leaves "according to" in the sense of "in line with" alone', () => {
    expect(run('Seats are allocated according to population.').rows).toEqual([]);
    expect(run('The funds were distributed according to the new formula.').rows).toEqual([]);
  });
});

describe('raising verbs before a verb of saying', () => {
  it('reads "appeared to imply" as the subject’s statement', () => {
    expect(run('The senator appeared to imply that the levy would fail.').rows).toEqual(['indirect | senator | The senator | appeared to imply | the levy would fail']);
  });

  it('keeps names joined by "and" in the subject of a raising verb', () => {
    expect(run('Among the rivals, Ana Ruiz and Tom Okafor appeared to be locked in a close race.').rows).toEqual([
      'indirect | - | - | appeared | Ana Ruiz and Tom Okafor',
      'indirect | - | - | appeared | to be locked in a close race',
    ]);
  });
});

describe('phrases between the source, the cue and "that"', () => {
  it('skips "for the first time" before "that"', () => {
    expect(run('Kirby also said for the first time that some emails had been found.').rows).toEqual(['indirect | Kirby | Kirby | also said | some emails had been found']);
  });

  it('skips a time phrase and its auxiliary between the source and the cue', () => {
    expect(run('Okafor has in the past said the levy was unfair.').rows).toEqual(['indirect | Okafor | Okafor | said | the levy was unfair']);
  });
});

describe('a manner adverb inside a phrasal stance', () => {
  it('reads "spoke favorably of" and "talked openly about" as stance phrases', () => {
    expect(run('Okafor spoke favorably of the new harbor plan.').rows).toEqual(['indirect | Okafor | Okafor | spoke favorably of | the new harbor plan']);
    expect(run('Ruiz talked openly about her time in prison.').rows).toEqual(['indirect | Ruiz | Ruiz | talked openly about | her time in prison']);
  });
});

describe('closing attributions with "as" or a semicolon', () => {
  it('reads ", as X believe." as attributing the clause before it', () => {
    expect(run('The ferry will not survive another winter, as many residents believe.').rows).toEqual([
      'indirect | residents | many residents | believe | The ferry will not survive another winter',
    ]);
  });

  it('reads "Y, X noted;" as attributing Y', () => {
    expect(run('The delays were not an accident, Ruiz noted; the board had planned them.').rows[0]).toBe('indirect | Ruiz | Ruiz | noted | The delays were not an accident');
  });
});

describe('evidence sources with modifiers', () => {
  it.each([
    ['A Courier/WKRN poll last month showed Ruiz leading Okafor.', 'indirect | - | A Courier/WKRN poll last month | showed | Ruiz leading Okafor'],
    ['Ruiz gave nothing to the campaign, records compiled by the Center for Civic Data show.', 'indirect | - | records compiled by the Center for Civic Data | show | Ruiz gave nothing to the campaign'],
  ])('%s', (text, row) => {
    const rows = run(text).rows.map((r) => r.replace(/^(\w+) \| [^|]+ \|/, '$1 | - |'));
    expect(rows).toEqual([row]);
  });
});

describe('verbs of opinion and manner of speaking', () => {
  it.each([
    ['The columnist opined that the ferry was doomed.', 'indirect | columnist | The columnist | opined | the ferry was doomed'],
    ['Okafor alluded to the scandal in her closing remarks.', 'indirect | Okafor | Okafor | alluded to | the scandal'],
  ])('%s', (text, row) => {
    expect(run(text).rows).toEqual([row]);
  });
});

describe('evidence nouns, negated second cues, demonstrative subjects and sentence adverbs', () => {
  it.each([
    ['Exit polling shows Ruiz won most voters under 30.', 'indirect | - | Exit polling | shows | Ruiz won most voters under 30'],
    ['News footage from the pier showed the ferry listing badly.', 'indirect | - | News footage from the pier | showed | the ferry listing badly'],
    ['I think this levy is too little too late.', 'indirect | - | I | think | this levy is too little too late'],
  ])('%s', (text, row) => {
    expect(run(text).rows.map((r) => r.replace(/^(\w+) \| [^|]+ \|/, '$1 | - |'))).toEqual([row]);
  });

  it('ends a statement before "but did not" and a second cue', () => {
    expect(run('Okafor said he would back the levy but did not suggest it would pass.').rows).toEqual([
      'indirect | Okafor | Okafor | said | he would back the levy',
      'indirect | Okafor | Okafor | did not suggest | it would pass',
    ]);
  });

  it('leaves a sentence adverb out of the source', () => {
    expect(run('The critics have a point, but ultimately Ruiz thinks their logic is flawed.').rows).toContain('indirect | Ruiz | Ruiz | thinks | their logic is flawed');
  });
});
