import { describe, expect, it } from 'vitest';
import { run, spansHold, reported } from './helpers.js';

describe('a speech participle after a partial quote closing on its comma', () => {
  it.each([
    ['The governor gave a fiery defense of “harbor values,” saying the port embodied the spirit of the city.', 'The governor | saying | the port embodied the spirit of the city'],
    ['Okafor blamed the delay on a “faulty relay,” claiming the crews had warned the board in May.', 'Okafor | claiming | the crews had warned the board in May'],
    ['The union mocked the board for calling itself “lean”, noting that its budget had doubled since 2019.', 'The union | noting | its budget had doubled since 2019'],
  ])('%s', (text, row) => {
    expect(reported(text)).toContain(row);
    spansHold(text);
  });

  it('keeps the partial quote itself', () => {
    const text = 'The governor gave a fiery defense of “harbor values,” saying the port embodied the spirit of the city.';
    expect(run(text).quotes.some((q) => q.kind === 'partial' && q.text === 'harbor values')).toBe(true);
  });

  it('does not read a participle after a full quotation opening the sentence', () => {
    expect(reported('“We will not back down,” saying so twice.')).toEqual([]);
  });
});

describe('more subjects of a verb of saying', () => {
  it.each([
    ['Each side said the other would be to blame if the talks collapsed.', 'Each side | said | the other would be to blame if the talks collapsed'],
    ['Every club says the new levy will hurt its members.', 'Every club | says | the new levy will hurt its members'],
    ['Nine out of 10 say they will need new skills within five years.', 'Nine out of 10 | say | they will need new skills within five years'],
    ['Those over 65 said the clinic closures worried them most.', 'Those over 65 | said | the clinic closures worried them most'],
    ['But hacking specialists say the leaked files may not be genuine.', 'hacking specialists | say | the leaked files may not be genuine'],
  ])('%s', (text, row) => {
    expect(reported(text)).toEqual([row]);
    spansHold(text);
  });

  it('does not take a verb in -ing as the opening of a subject', () => {
    expect(reported('The mayor relaxed after hearing farmers say the levy was fine.').some((r) => r.startsWith('hearing'))).toBe(false);
  });
});

describe('a subject with a restrictive relative clause', () => {
  it.each([
    ['Fishermen who have worked the bay for decades say the catch has never been worse.', 'Fishermen who have worked the bay for decades | say | the catch has never been worse'],
    ['The officials whose budgets were cut say the real damage came later.', 'The officials whose budgets were cut | say | the real damage came later'],
    ['Residents who live near the plant said Tuesday that the smell had returned.', 'Residents who live near the plant | said | the smell had returned'],
  ])('%s', (text, row) => {
    expect(reported(text)).toEqual([row]);
    spansHold(text);
  });

  it('keeps the nearer subject of a relative clause that has its own', () => {
    expect(reported('The levy, which officials say will raise $4 million, passed.').some((r) => r.startsWith('officials | say'))).toBe(true);
  });

  it('leaves a relative pronoun right before the verb to the relative-pronoun source', () => {
    expect(reported('Lee thanked the volunteers, who said the park was cleaner than ever.')).toContain('who | said | the park was cleaner than ever');
  });
});

describe('a catenative verb and "to" join the cue', () => {
  it.each([
    ['He went on to praise the harbor board.', 'He | went on to praise | the harbor board'],
    ['The mayor continued to question whether the levy was legal.', 'The mayor | continued to question | whether the levy was legal'],
    ['Okafor has tried to explain her vote by pointing to the deficit.', 'Okafor | has tried to explain | her vote by pointing to the deficit'],
    ['The senator used to support a higher fuel tax.', 'The senator | used to support | a higher fuel tax'],
    ['Lee continued to say he had never seen the contract.', 'Lee | continued to say | he had never seen the contract'],
  ])('%s', (text, row) => {
    expect(reported(text)).toEqual([row]);
    spansHold(text);
  });

  it('does not read a passive "was used to" as a cue', () => {
    expect(reported('The money was used to support the harbor board.')).toEqual([]);
  });
});

describe('an apposition after an inverted source keeps its subordinators and brackets', () => {
  it.each([
    ['The port fund is $9 million short, said Ed Rendell, who serves as chairman of the host committee.', 'Ed Rendell, who serves as chairman of the host committee | said | The port fund is $9 million short'],
    ['The levy will pass, said Ana Ruiz, a councillor who has lived in Reno since 1990.', 'Ana Ruiz, a councillor who has lived in Reno since 1990 | said | The levy will pass'],
    ['The plan is sound, said Tom Coan, an engineer (and a former mayor) who drew the first maps.', 'Tom Coan, an engineer (and a former mayor) who drew the first maps | said | The plan is sound'],
  ])('%s', (text, row) => {
    expect(reported(text)).toEqual([row]);
    spansHold(text);
  });
});

describe('phrasal stances with their preposition', () => {
  it.each([
    ['Former mayor Ann Ruiz agreed with the analysis.', 'Former mayor Ann Ruiz | agreed with | the analysis'],
    ['Lee believes in a port that serves the whole city.', 'Lee | believes in | a port that serves the whole city'],
    ['The harbor board did not respond to a request for comment.', 'The harbor board | did not respond to | a request for comment'],
    ['The mayor made no mention of the strike.', 'The mayor | made no mention of | the strike'],
    ['The senator has come out in support of the levy.', 'The senator | has come out in support of | the levy'],
  ])('%s', (text, row) => {
    expect(reported(text)).toEqual([row]);
    spansHold(text);
  });
});

describe('more phrasal stances', () => {
  it.each([
    ['The governor distanced himself from the port deal.', 'The governor | distanced himself from | the port deal'],
    ['Okafor has written about the strike for years.', 'Okafor | has written about | the strike for years'],
    ['The mayor touched on the levy only briefly.', 'The mayor | touched on | the levy only briefly'],
    ['Ruiz apologized for the delays at the harbor.', 'Ruiz | apologized for | the delays at the harbor'],
    ['The union came out against the new contract.', 'The union | came out against | the new contract'],
    ['Lee made no secret of his ambitions.', 'Lee | made no secret of | his ambitions'],
  ])('%s', (text, row) => {
    expect(reported(text)).toEqual([row]);
    spansHold(text);
  });
});

describe('participles of verbs of saying that the lists lacked', () => {
  it.each([
    ['The union sued the port, alleging that the new shifts broke the contract.', 'The union | alleging | the new shifts broke the contract'],
    ['Okafor spoke for an hour, lamenting the loss of the old ferry.', 'Okafor | lamenting | the loss of the old ferry'],
    ['The mayor closed the hearing, emphasizing that the levy is temporary.', 'The mayor | emphasizing | the levy is temporary'],
    ['Ruiz left the room, wondering whether the vote would hold.', 'Ruiz | wondering | whether the vote would hold'],
  ])('%s', (text, row) => {
    expect(reported(text)).toEqual([row]);
    spansHold(text);
  });
});

describe('a quote after a follow-on participle of saying goes on with the first cue', () => {
  it('keeps "said" for the continuation after ", emphasizing why …"', () => {
    const text = '“We cannot wait,” Lee said, emphasizing why the port matters. “The ships are here.”';
    const rows = run(text).rows;
    expect(rows).toContain('direct | Lee | Lee | said | The ships are here.');
    expect(rows).toContain('indirect | Lee | Lee | emphasizing | why the port matters');
    spansHold(text);
  });
});

describe('verbs of judgement measured one by one', () => {
  it.each([
    ['The mayor credited the dock workers for the quick repairs.', 'The mayor | credited | the dock workers for the quick repairs'],
    ['Okafor heralded the deal as a turning point for the port.', 'Okafor | heralded | the deal as a turning point for the port'],
    ['The council has resisted calls to raise the levy.', 'The council | has resisted | calls to raise the levy'],
  ])('%s', (text, row) => {
    expect(reported(text)).toEqual([row]);
    spansHold(text);
  });
});

describe('headline labels before a colon', () => {
  const headline = (h: string): string[] => reported(`${h}\n\nThe mayor spoke on Monday in Reno about the port.`);
  it.each([
    ['Ann McAdams: Port Anger Appeals to Our Worst Instincts.', 'Ann McAdams | : | Port Anger Appeals to Our Worst Instincts'],
    ['Harbor Chief Ann Lee: Levy Will Not Pass This Year.', 'Harbor Chief Ann Lee | : | Levy Will Not Pass This Year'],
    ['Lee to Port Workers: The strike will end soon.', 'Lee | : | The strike will end soon'],
    ['Former Mayor Ruiz at Harbor Hearing: Levy scandal disqualifies her.', 'Former Mayor Ruiz at Harbor Hearing | : | Levy scandal disqualifies her'],
    ['Report: Lee to speak at harbor convention.', 'Report | : | Lee to speak at harbor convention'],
  ])('%s', (h, row) => {
    expect(headline(h)).toContain(row);
    spansHold(`${h}\n\nThe mayor spoke on Monday in Reno about the port.`);
  });

  it('still leaves a news label alone', () => {
    expect(headline('Morning Briefing: Port Reopens After Strike.').some((r) => r.startsWith('Morning Briefing'))).toBe(false);
  });
});

describe('a gerund cue after a preposition', () => {
  it.each([
    ['The senator has climbed in the polls by saying that the port deal is rigged.', 'The senator | saying | the port deal is rigged'],
    ['Okafor won the hall over by denouncing the old harbor board.', 'Okafor | denouncing | the old harbor board'],
    ['After arguing that the levy was illegal, the union filed suit.', 'the union | arguing | the levy was illegal'],
    ['The mayor left the room before insisting he had done nothing wrong.', 'The mayor | insisting | he had done nothing wrong'],
  ])('%s', (text, row) => {
    expect(reported(text)).toContain(row);
    spansHold(text);
  });

  it('does not read a gerund as a cue without a subject to hold it', () => {
    expect(reported('By saying nothing at all.')).toEqual([]);
  });
});

describe('the hearer of "ask"', () => {
  it.each([
    ['The harbor union has asked the board of the port authority to delay the vote.', 'The harbor union | has asked | the board of the port authority to delay the vote'],
    ['The host then asked Okafor which ports he could win.', 'The host | then asked | which ports he could win'],
  ])('%s', (text, row) => {
    expect(reported(text)).toEqual([row]);
    spansHold(text);
  });
});

describe('progressive and gerund chains of verbs with a hearer', () => {
  it.each([
    ['The council is asking the mayor to repudiate the levy.', 'The council | is asking | the mayor to repudiate the levy'],
    ['Ron Lee kept asking her why the port had closed.', 'Ron Lee | kept asking | why the port had closed'],
    ['The mayor started saying that the levy was dead.', 'The mayor | started saying | the levy was dead'],
    ['The unions have been urging members to reject the offer.', 'The unions | have been urging | members to reject the offer'],
  ])('%s', (text, row) => {
    expect(reported(text)).toEqual([row]);
    spansHold(text);
  });
});

describe('a subject with an aside of any shape before a verb of saying', () => {
  it.each([
    ['Senator Ann Lee of Ohio, the No. 2 Democrat in the Senate, said the chamber will vote on Monday.', 'Senator Ann Lee of Ohio, the No. 2 Democrat in the Senate | said | the chamber will vote on Monday'],
    ['Ruiz, the author of "Harbor Days," about the history of the port, said the days of the ferry are gone.', 'Ruiz, the author of "Harbor Days," about the history of the port | said | the days of the ferry are gone'],
    ['Pastor Tim Lee of Grace Church in Marion, said he had made 150 calls.', 'Pastor Tim Lee of Grace Church in Marion | said | he had made 150 calls'],
  ])('%s', (text, row) => {
    expect(reported(text)).toEqual([row]);
    spansHold(text);
  });

  it('keeps an inverted source after the clause for "Y, said X"', () => {
    expect(reported('The plan failed, said Lee.')).toEqual(['Lee | said | The plan failed']);
  });
});

describe('a closing attribution opened by a group noun ends the statement before it', () => {
  it('reads ", officials said." after a stance of intention', () => {
    const text = 'In 2019, the board voted to close the port, officials said.';
    expect(reported(text)).toContain('officials | said | In 2019, the board voted to close the port');
    spansHold(text);
  });
});

describe('"deny" takes a clause or a noun phrase', () => {
  it.each([
    ['The campaign has denied it happened.', 'The campaign | has denied | it happened'],
    ['The port authority denies any wrongdoing.', 'The port authority | denies | any wrongdoing'],
  ])('%s', (text, row) => {
    expect(reported(text)).toEqual([row]);
    spansHold(text);
  });
});

describe('more verbs of saying that take a bare clause or a noun phrase', () => {
  it.each([
    ['The inspector concluded it was too late to save the pier.', 'The inspector | concluded | it was too late to save the pier'],
    ['Okafor has emphasized her ties to the dock workers.', 'Okafor | has emphasized | her ties to the dock workers'],
    ['The bishop laments a culture of waste in the city.', 'The bishop | laments | a culture of waste in the city'],
  ])('%s', (text, row) => {
    expect(reported(text)).toEqual([row]);
    spansHold(text);
  });
});

describe('more forms of verbs of saying with a noun-phrase object', () => {
  it.each([
    ['The governor could declare a state of emergency at the port.', 'The governor | could declare | a state of emergency at the port'],
    ['The union is promising a quick end to the strike.', 'The union | is promising | a quick end to the strike'],
  ])('%s', (text, row) => {
    expect(reported(text)).toEqual([row]);
    spansHold(text);
  });
});

describe('a phrase opened by a preposition is not the subject', () => {
  it('takes the subject after a fronted phrase holding a participle', () => {
    const text = 'In a statement announcing the pick, the harbor union called Okafor a champion of the docks.';
    const sources = run(text).quotes.filter((q) => q.cue?.text === 'announcing').map((q) => q.source?.text);
    expect(sources).toEqual(['the harbor union']);
    spansHold(text);
  });

  it('takes the name before "on" in a headline label', () => {
    expect(reported('Okafor on Port Levy: The Numbers Are Frightening.\n\nThe mayor spoke on Monday.')).toContain('Okafor | : | The Numbers Are Frightening');
  });

  it('reads "insults" after an adjective as a noun', () => {
    expect(reported('The two rivals spent months lobbing pointed insults at one another.')).toEqual([]);
  });
});

describe('a participle opening the sentence', () => {
  it.each([
    ['Conceding that the deal was dead, the mayor warned of layoffs at the port.', 'the mayor | Conceding | the deal was dead'],
    ['In addition to stating that the levy was illegal, Okafor has vowed to repeal it.', 'Okafor | stating | the levy was illegal'],
    ['In rejecting the union’s offer, the board cited the port’s debts.', 'the board | rejecting | the union’s offer'],
  ])('%s', (text, row) => {
    expect(reported(text)).toContain(row);
    spansHold(text);
  });
});

describe('verbs of judgement measured in a second round', () => {
  it.each([
    ['The report details the failures of the harbor board.', 'The report | details | the failures of the harbor board'],
    ['Okafor paints the levy as a tax on the poor.', 'Okafor | paints | the levy as a tax on the poor'],
    ['The mayor has seriously contemplated a run for governor.', 'The mayor | has seriously contemplated | a run for governor'],
  ])('%s', (text, row) => {
    expect(reported(text)).toEqual([row]);
    spansHold(text);
  });
});

describe('an infinitive of purpose reports the clause subject', () => {
  it.each([
    ['Okafor visited the radio studio to discuss the levy.', 'Okafor | to discuss | the levy'],
    ['Ruiz became the first member of the council to endorse Lee.', 'Ruiz | to endorse | Lee'],
  ])('%s', (text, row) => {
    expect(reported(text)).toContain(row);
    spansHold(text);
  });

  it('leaves an infinitive taken by its verb, adjective or noun to those readers', () => {
    expect(reported('The mayor is able to defend the levy.').some((r) => r.includes('to defend'))).toBe(false);
    expect(reported('Lee has the right to oppose the plan.').some((r) => r.includes('to oppose'))).toBe(false);
  });
});

describe('an infinitive of purpose with a verb of saying', () => {
  it.each([
    ['Lee took the stage to declare that the port was safe.', 'Lee | to declare | the port was safe'],
    ['The mayor went on television to explain why the levy failed.', 'The mayor | to explain | why the levy failed'],
  ])('%s', (text, row) => {
    expect(reported(text)).toEqual([row]);
    spansHold(text);
  });
});

describe('"likely to" and "tend to" chains join the cue', () => {
  it.each([
    ['Older voters were slightly more likely to say the levy was fair.', 'Older voters | were slightly more likely to say | the levy was fair'],
    ['Dock workers tend to favor a shorter shift.', 'Dock workers | tend to favor | a shorter shift'],
  ])('%s', (text, row) => {
    expect(reported(text)).toEqual([row]);
    spansHold(text);
  });
});

describe('a second statement inside the first one ends it', () => {
  it('ends at "as" with a subject and its own cue', () => {
    const text = 'Okafor is highlighting his win in Lagos as he urges voters to unite behind him.';
    expect(reported(text)).toEqual(['Okafor | is highlighting | his win in Lagos', 'he | urges | voters to unite behind him']);
    spansHold(text);
  });

  it('ends at "but" with a quantified plural subject and its own cue', () => {
    const text = 'The board said the port had full disclosure, but multiple reports reveal that is untrue.';
    expect(reported(text)).toContain('The board | said | the port had full disclosure');
    spansHold(text);
  });

  it('ends at a participle after a comma and a manner adverb', () => {
    const text = 'The mayor has raised questions about the port accounts, falsely suggesting that funds were stolen.';
    expect(reported(text)).toContain('The mayor | has raised questions about | the port accounts');
    spansHold(text);
  });
});

describe('an inverted attribution inside the statement', () => {
  it.each([
    ['The contrast with the mayor, said Lee and others, would be clear to voters.', ['Lee and others | said | The contrast with the mayor', 'Lee and others | said | would be clear to voters']],
    ['Any careful reading of the report, said Ann Ruiz, an expert on ports, would find the flaws.', ['Ann Ruiz, an expert on ports | said | Any careful reading of the report', 'Ann Ruiz, an expert on ports | said | would find the flaws']],
  ])('%s', (text, rows) => {
    expect(reported(text)).toEqual(rows);
    spansHold(text);
  });
});

describe('the clause subject for a participle after the main clause', () => {
  it.each([
    ['Speaking at a town hall in Salem, Okafor went after Ruiz, calling him “a total stiff.”', 'Okafor | calling | him “a total stiff.”'],
    ['However, he held his fire on Lee, calling him a good neighbor.', 'he | calling | him a good neighbor'],
    ['Ruiz flipped his choice on the spot – saying he was rooting for the Broncos.', 'Ruiz | saying | he was rooting for the Broncos'],
  ])('%s', (text, row) => {
    expect(reported(text)).toContain(row);
    spansHold(text);
  });
});

describe('texts that speak for their makers', () => {
  it.each([
    ['The ad says “nothing will change until we elect new leaders.”', 'The ad', 'nothing will change until we elect new leaders.'],
    ['The memo argues that the port cannot afford the levy.', 'The memo', 'the port cannot afford the levy'],
  ])('%s', (text, source, content) => {
    expect(run(text).quotes.some((q) => q.source?.text === source && q.text === content)).toBe(true);
    spansHold(text);
  });
});

describe('phrasal stances, third round', () => {
  it.each([
    ['The appeals court struck down the harbor levy.', 'The appeals court | struck down | the harbor levy'],
    ['Okafor has routinely ticked off the dock workers.', 'Okafor | has routinely ticked off | the dock workers'],
    ['The mayor even acquiesced to the union demands.', 'The mayor | even acquiesced to | the union demands'],
  ])('%s', (text, row) => {
    expect(reported(text)).toEqual([row]);
    spansHold(text);
  });
});

describe('a noun of stance after a possessive', () => {
  it.each([
    ['Okafor stepped up his attacks on the harbor board.', 'his | attacks on | the harbor board'],
    ['Ruiz’s criticism of the levy was sharp.', 'Ruiz | criticism of | the levy'],
  ])('%s', (text, row) => {
    expect(reported(text)).toContain(row);
    spansHold(text);
  });

  it('needs a possessive before the noun', () => {
    expect(reported('The attacks on the harbor board continued.')).toEqual([]);
  });
});

describe('a fronted participle phrase closed by a relative clause', () => {
  it('takes the subject after the relative clause', () => {
    const text = 'After thanking the crowd, which chanted his name, Okafor praised the dock workers.';
    expect(reported(text)).toContain('Okafor | thanking | the crowd');
    spansHold(text);
  });
});

describe('a title-case headline closing with its source and verb', () => {
  it('reads "Statement, Source Says."', () => {
    const text = 'Port Deal Could Save Hundreds Of Jobs, Mayor Ann Lee Says.\n\nThe mayor spoke on Monday.';
    expect(reported(text)).toContain('Mayor Ann Lee | Says | Port Deal Could Save Hundreds Of Jobs');
    spansHold(text);
  });
});

describe('a stance subject with an aside of any shape', () => {
  it('reads "The poll, released on Wednesday night by the institute, showed …"', () => {
    const text = 'The poll, released on Wednesday night by the Harbor Institute, showed Okafor leading Ruiz.';
    expect(reported(text)).toEqual(['The poll, released on Wednesday night by the Harbor Institute | showed | Okafor leading Ruiz']);
    spansHold(text);
  });
});

describe('"there" between a source and its verb', () => {
  it('reads "Polls there show …"', () => {
    const text = 'Polls there show Okafor is trailing Ruiz.';
    expect(reported(text)).toEqual(['Polls | show | Okafor is trailing Ruiz']);
    spansHold(text);
  });
});

describe('the clause subject of a joined verb or participle', () => {
  it('reads "The 40-year-old", "The region’s economy" and "The elderly residents" whole', () => {
    const r = run('The 40-year-old attended the gala and thanked her coach for the support. The region’s economy slowed after warning that exports would fall. The elderly residents signed the petition and insisted that the rent was unfair.');
    expect(r.quotes.map((q) => q.source?.text)).toEqual(['The 40-year-old', 'The region’s economy', 'The elderly residents']);
  });

  it('is the subject, not the clause, before a verb joined by "and" after a verb in -ed', () => {
    const r = run('The mayor visited the site and insisted that the rent was fair. Clinton won the state and said the race was over.');
    expect(r.quotes.map((q) => q.source?.text)).toEqual(['The mayor', 'Clinton']);
  });
});

describe('a county or city after where someone is from stays in the source', () => {
  it('reads "Name, 32, from Town, County, said" whole, and a name set off by commas still as the name', () => {
    const r = run('Mr Okafor, 32, from Wembley, London, said he was questioned for hours. Ann Lee, 45, of Leeds, West Yorkshire, said the bus was late. The mayor of Leeds, Tom Fenn, said the bus was on time.');
    expect(r.quotes.map((q) => q.source?.text)).toEqual(['Mr Okafor, 32, from Wembley, London,', 'Ann Lee, 45, of Leeds, West Yorkshire,', 'The mayor of Leeds, Tom Fenn']);
    expect(r.speakers.map((s) => s.name)).toEqual(['Okafor', 'Ann Lee', 'Tom Fenn']);
  });

  it('after a title that ends in a place too ("MP for Henley-on-Thames, Oxfordshire,")', () => {
    const r = run('Mr Okafor, MP for Henley-on-Thames, Oxfordshire, said the count was wrong.');
    expect(r.quotes.map((q) => q.source?.text)).toEqual(['Mr Okafor, MP for Henley-on-Thames, Oxfordshire,']);
  });
});

describe('a title noun inside a capitalised run stays in the clause subject', () => {
  it('reads "Tory peer Lord Penrose" whole before a second, joined verb', () => {
    const r = run('Tory peer Lord Penrose said he agreed with the plan, and said the vote should go ahead.');
    expect(r.quotes.map((q) => q.source?.text)).toEqual(['Tory peer Lord Penrose', 'Tory peer Lord Penrose']);
    expect(r.speakers.map((s) => [s.name, s.title])).toEqual([['Penrose', 'Tory peer']]);
  });
});

describe('an infinitive after a verb of beginning or trying is its complement, not a trailing adjunct', () => {
  it('reads no statement before "X began to …" or "X tried to …"', () => {
    const r = run('Despite the early goal, the visitors began to dominate the midfield. After the vote, the mayor tried to calm the crowd. The plan is dead, Ruiz said in a radio interview.');
    expect(r.quotes.map((q) => [q.source?.text, q.text])).toEqual([['Ruiz', 'The plan is dead']]);
  });
});

describe('"reports" right before a quote is a verb', () => {
  it('reads "The Daily Ledger reports: “…”" and "Harbor Radio reports, “…”", not "The reports:" or "News reports:"', () => {
    const r = run('The Daily Ledger reports: “Only 24 percent of donors gave small sums.” Harbor Radio reports, “The ferry is late.” The reports: “Few donors were young.” News reports: “Few donors were old.”');
    expect(r.quotes.filter((q) => q.kind === 'direct').map((q) => [q.source?.text, q.cue?.text])).toEqual([
      ['The Daily Ledger', 'reports'],
      ['Harbor Radio', 'reports'],
    ]);
  });
});

describe('a quote after a fronted adjunct and its comma is direct', () => {
  it('reads "As for costs, “…,” Lee said." as a direct quote of the marked words, and a subject before the quote as before', () => {
    const r = run('As for costs, “the plan is cheap,” Ruiz said. Privately, “we lost,” she said. The plan, “is cheap,” Ruiz said.');
    expect(r.quotes.filter((q) => q.kind === 'direct').map((q) => q.text)).toEqual(['the plan is cheap', 'we lost']);
    expect(r.quotes.some((q) => q.kind === 'indirect' && q.text.startsWith('The plan'))).toBe(true);
  });
});
