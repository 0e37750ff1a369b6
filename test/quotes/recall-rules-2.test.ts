import { describe, expect, it } from 'vitest';
import { run, spansHold } from './helpers.js';

describe('a speech participle after a comma reports its object', () => {
  it.each([
    ['The governor spoke for an hour, urging voters to stay home.', 'indirect | governor | The governor | urging | voters to stay home'],
    ['The ministry issued a brief statement, announcing a review of the port contracts.', 'indirect | ministry | The ministry | announcing | a review of the port contracts'],
    ['Okafor took the stage in Lagos, declaring the strike over.', 'indirect | Okafor | Okafor | declaring | the strike over'],
  ])('%s', (text, row) => {
    expect(run(text).rows).toEqual([row]);
    spansHold(text);
  });

  it('reads the participle after a stance with its own object', () => {
    expect(run('The bishop endorsed Maria Lopez, urging his parishioners to back her.').rows).toEqual([
      'indirect | bishop | The bishop | endorsed | Maria Lopez',
      'indirect | bishop | The bishop | urging | his parishioners to back her',
    ]);
  });

  it('does not read a bare hearer as what was said', () => {
    expect(run('The coach left the pitch early, telling reporters.').rows).toEqual([]);
  });

  it('does not read a preposition after the participle as an object', () => {
    expect(run('The mayor left the hall, announcing in a hurry.').rows).toEqual([]);
  });
});

describe('a title-case headline with a cue verb', () => {
  it.each([
    ['Harbor Union Chief Endorses Maria Lopez For Mayor.', 'indirect | Maria Lopez For Mayor | Harbor Union Chief | Endorses | Maria Lopez For Mayor'],
    ['Governor Okafor Just Announced His Pick For The Port Board.', 'indirect | Okafor | Governor Okafor | Just Announced | His Pick For The Port Board'],
    ['Senator Reyes To Release Tax Returns After Months Of Pressure.', 'indirect | Reyes | Senator Reyes | To Release | Tax Returns After Months Of Pressure'],
    ['Farm Lobby Calls For New Grain Tariffs.', 'indirect | Farm Lobby | Farm Lobby | Calls For | New Grain Tariffs'],
  ])('%s', (text, row) => {
    const rows = run(text).rows;
    expect(rows.map((r) => r.split(' | ').slice(2).join(' | '))).toEqual([row.split(' | ').slice(2).join(' | ')]);
    spansHold(text);
  });

  it('ends the content at a colon', () => {
    expect(run('Mayor Lopez Endorses Reyes: The Port Needs A Fighter.').rows.map((r) => r.split(' | ').slice(2).join(' | '))).toContain('Mayor Lopez | Endorses | Reyes');
  });

  it('reads no verb in a headline that is a noun phrase or a question', () => {
    expect(run('The Quiet Support Behind The Harbor Plan.').rows).toEqual([]);
    expect(run('Why Farmers Should Worry About The New Levy.').rows).toEqual([]);
    expect(run('Harbor Support Grows Among Older Voters.').rows).toEqual([]);
  });

  it('leaves a sentence-case line to the ordinary reader', () => {
    expect(run('The mayor endorses the plan for the harbor.').rows).toEqual(['indirect | mayor | The mayor | endorses | the plan for the harbor']);
  });
});

describe('"according to" variants', () => {
  it('reads "That\'s according to X." with the demonstrative as content', () => {
    expect(run('That’s according to two officials briefed on the talks.').rows.map((r) => r.split(' | ').slice(2).join(' | '))).toEqual(['two officials briefed on the talks | according to | That']);
    expect(run('This is according to the port authority.').rows.map((r) => r.split(' | ').slice(2).join(' | '))).toEqual(['the port authority | according to | This']);
  });

  it('reads a statement that opens with a quote mark after "According to X,"', () => {
    const text = 'According to the club’s old website, “Gold Sponsor” was the top level of giving.';
    const indirect = run(text).rows.filter((r) => r.startsWith('indirect'));
    expect(indirect.map((r) => r.split(' | ').slice(2).join(' | '))).toEqual(['the club’s old website | According to | “Gold Sponsor” was the top level of giving']);
    spansHold(text);
  });

  it('does not take "That is" as content when more words stand before the cue', () => {
    expect(run('That is the plan according to the mayor.').rows.filter((r) => r.endsWith('| That'))).toEqual([]);
  });
});

describe('"reports" as a verb of saying', () => {
  it.each([
    ['The harbor will close for a month, the Coastal Herald reports.', 'the Coastal Herald | reports | The harbor will close for a month'],
    ['The Valley Ledger reports that the council will vote on Monday.', 'The Valley Ledger | reports | the council will vote on Monday'],
    ['The mayor will resign, Reuters reports Tuesday.', 'Reuters | reports | The mayor will resign'],
  ])('%s', (text, row) => {
    expect(run(text).rows.map((r) => r.split(' | ').slice(2).join(' | '))).toEqual([row]);
    spansHold(text);
  });

  it('leaves "reports" as a noun alone', () => {
    expect(run('The reports that the mayor would resign were false.').rows).toEqual([]);
    expect(run('Police reports that night showed nothing unusual.').rows).toEqual([]);
    expect(run('She reads the reports.').rows).toEqual([]);
  });
});

describe('an inverted source is a noun phrase, not a clause', () => {
  it('does not read "said he hadn\'t …" as "said" and its source', () => {
    const rows = run('Dana Pike (D-Maine), another first-term member, said he hadn’t decided yet.').rows;
    expect(rows.some((r) => r.split(' | ')[2]?.startsWith('he hadn'))).toBe(false);
  });

  it('still reads "…, said the senator." and a source with a relative clause', () => {
    expect(run('The pier is unsafe, said the harbor master.').rows).toEqual(['indirect | harbor master | the harbor master | said | The pier is unsafe']);
    expect(run('The pier is unsafe, said Ana Ruiz, who chairs the board.').rows.map((r) => r.split(' | ').slice(2).join(' | '))).toEqual(['Ana Ruiz, who chairs the board | said | The pier is unsafe']);
  });
});

describe('an apposition opened by "another" or "each" stays in the source', () => {
  it('reads the name, its party tag and the apposition as the source', () => {
    const text = 'Sen. Dana Pike (D-Maine), another first-term member, said she would vote against the bill.';
    expect(run(text).rows.map((r) => r.split(' | ').slice(2).join(' | '))).toEqual(['Sen. Dana Pike (D-Maine), another first-term member, | said | she would vote against the bill']);
    spansHold(text);
  });
});
