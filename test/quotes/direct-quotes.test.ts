import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('direct quotes: grouping and reported speech around them', () => {
  it('groups a quote-only paragraph with the attributed quote of the paragraph before (one cue, one speaker)', () => {
    const text = [
      '“We will rebuild the bridge by spring,” Mayor Lena Ortiz said on Monday.',
      '“The money is already set aside. Crews start work next week.”',
    ].join('\n\n');
    const r = run(text);
    expect(r.rows).toEqual([
      'direct | Lena Ortiz | Mayor Lena Ortiz | said | We will rebuild the bridge by spring',
      'direct | Lena Ortiz | Mayor Lena Ortiz | said | The money is already set aside. Crews start work next week.',
    ]);
    expect(r.quotes[1]!.cue!.start).toBe(r.quotes[0]!.cue!.start);
  });

  it('does not hand a cue on to a quote-only paragraph after reported speech', () => {
    const text = ['The governor said the budget would pass.', '“It has to pass.”'].join('\n\n');
    const rows = run(text).rows;
    expect(rows[1]).toBe('direct | governor | - | - | It has to pass.');
  });

  it('makes reported content that is nothing but quoted words a direct quote with the report’s cue', () => {
    const r = run('The coach says “the league has gone soft” because “nobody wants to lose a star.” He said little else.');
    expect(r.rows.slice(0, 2)).toEqual([
      'direct | coach | The coach | says | the league has gone soft',
      'direct | coach | The coach | says | nobody wants to lose a star.',
    ]);
    expect(r.rows.some((row) => row.startsWith('indirect | coach | The coach | says'))).toBe(false);
  });

  it('keeps a partial quote inside reported content that has other words', () => {
    const rows = run('The senator said the plan was “a gift to landlords” and would fail.').rows;
    expect(rows).toContain('indirect | senator | The senator | said | the plan was “a gift to landlords” and would fail');
    expect(rows).toContain('partial | senator | - | - | a gift to landlords');
  });

  it('ends reported content before the attribution of a direct quote that follows in the sentence', () => {
    const r = run('Pressed on critics who claim the port is losing money, Harbor Director Sam Kerr said, “Our books are open to anyone.”');
    expect(r.rows).toContain('direct | Sam Kerr | Harbor Director Sam Kerr | said | Our books are open to anyone.');
    for (const q of r.quotes) {
      if (q.kind === 'indirect') expect(q.text).not.toContain('Kerr');
    }
  });

  it('keeps every span a slice of the text', () => {
    const text = ['“First part,” she said, “second part.”', '“A paragraph more.”', 'Critics who claim it fails, Dr. Ames said, “are wrong.”'].join('\n\n');
    for (const q of run(text).quotes) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
      if (q.source) expect(text.slice(q.source.start, q.source.end)).toBe(q.source.text);
    }
  });
});

describe('transcripts quoted whole', () => {
  it('reads a speaker label after the opening mark of each quoted turn', () => {
    const text = ['The partial transcript follows:', '"HOST: Will the senator attend the hearing?', '"BROWN: She will be there, and she will answer every question."'].join('\n\n');
    expect(run(text).rows).toEqual([
      'direct | HOST | HOST | : | Will the senator attend the hearing?',
      'direct | BROWN | BROWN | : | She will be there, and she will answer every question.',
    ]);
  });
});

describe('attributions after a quote', () => {
  it.each([
    ['Mayor Ruth Abel kept the old rules of the council: “Nobody raised a voice at the table,” Abel said.', 'direct | Ruth Abel | Abel | said | Nobody raised a voice at the table'],
    ["Judge Omar Diallo ran a strict court; ''Rulings came on time,'' Diallo said.", 'direct | Omar Diallo | Diallo | said | Rulings came on time'],
    ['“The team earned every point,” said the 58-year-old.', 'direct | 58-year-old | the 58-year-old | said | The team earned every point'],
    ['"The deal protects nurses," Rep. Ann Lowe (D-Ore.) said Tuesday.', 'direct | Ann Lowe | Rep. Ann Lowe (D-Ore.) | said | The deal protects nurses'],
  ])('%s', (text, row) => {
    expect(run(text).rows).toContain(row);
  });
});

describe('colon lead-in in a paragraph of its own', () => {
  it('attributes the quote opening the next paragraph to the lead-in', () => {
    const text = ['The mayor answered critics at the hearing.', 'Mayor Ines Caro added:', '“We have cut waiting times in half. The numbers are public.”'].join('\n\n');
    expect(run(text).rows).toContain('direct | Ines Caro | Mayor Ines Caro | added | We have cut waiting times in half. The numbers are public.');
  });

  it('needs the colon: a paragraph ending in a period hands on no cue', () => {
    const text = ['Mayor Ines Caro spoke last.', '“We have cut waiting times in half.”'].join('\n\n');
    const row = run(text).rows.find((r) => r.startsWith('direct'));
    expect(row).toBe('direct | - | - | - | We have cut waiting times in half.');
  });
});

describe('"as X put it" lead-ins', () => {
  it.each([
    ['As the harbor master put it, “The tide waits for no budget.”', 'direct | harbor master | the harbor master | put it | The tide waits for no budget.'],
    ['As Vera Moss put it: “Nobody reads the fine print.”', 'direct | Vera Moss | Vera Moss | put it | Nobody reads the fine print.'],
  ])('%s', (text, row) => {
    expect(run(text).rows).toContain(row);
  });

  it('is not a cue without "as" before the speaker', () => {
    expect(run('She put it down, “just in case.”').rows.every((r) => !r.includes('put it'))).toBe(true);
  });
});

describe('dash signatures', () => {
  it('reads a run of quotes each signed with a horizontal bar and a name', () => {
    const text = '“The park is our only green space.” ― Ada Ruiz “Keep the library open late.”― Tom Berg “Fix the buses first.” ― Lina Cho';
    expect(run(text).rows).toEqual([
      'direct | Ada Ruiz | Ada Ruiz | ― | The park is our only green space.',
      'direct | Tom Berg | Tom Berg | ― | Keep the library open late.',
      'direct | Lina Cho | Lina Cho | ― | Fix the buses first.',
    ]);
  });
});

describe('interrupted quotes with a bridge after the attribution', () => {
  it('groups a quote resumed after ", but" or a participle aside under the first attribution', () => {
    const a = run('“I like the plan,” Okafor said, but “the levy is too high.”');
    expect(a.quotes.map((q) => [q.kind, q.cue?.text, q.text])).toEqual([
      ['direct', 'said', 'I like the plan'],
      ['direct', 'said', 'the levy is too high.'],
    ]);
    expect(a.quotes[0]!.cue!.start).toBe(a.quotes[1]!.cue!.start);
    const b = run('“Every time you say that,” Lee said, referring to the levy, “you hand them an argument.”');
    const direct = b.quotes.filter((q) => q.kind === 'direct');
    expect(direct.map((q) => [q.text, q.cue?.start])).toEqual([
      ['Every time you say that', direct[0]!.cue!.start],
      ['you hand them an argument.', direct[0]!.cue!.start],
    ]);
    // The aside is a statement of its own by the same speaker.
    expect(b.rows).toContain('indirect | Lee | Lee | referring to | the levy');
  });
});

describe('direct quotes: more attribution shapes', () => {
  it('reads a name with a party tag and a comma before "said,"', () => {
    expect(run('Gov. Ann Lee (R-Ohio), said, “We are ready for the vote.”').rows).toEqual(['direct | Ann Lee | Gov. Ann Lee (R-Ohio) | said | We are ready for the vote.']);
  });

  it('reads a loose verb after "and" with the clause subject, and a loose verb followed by a new clause', () => {
    expect(run('Okafor leaned in and boomed: “Let’s win this in May.”').rows).toEqual(['direct | Okafor | Okafor | boomed | Let’s win this in May.']);
    expect(run('“Sit down,” Okafor barked and the hall went quiet.').rows).toEqual(['direct | Okafor | Okafor | barked | Sit down']);
  });
});

describe('direct quotes: sentence-initial inverted attribution', () => {
  it('reads "Said X, who …, “…”" however long the apposition', () => {
    expect(run('Said Dana Ruiz, who grew up two streets from the harbour, “We were all so proud of it.”').rows).toEqual([
      'direct | Dana Ruiz | Dana Ruiz, who grew up two streets from the harbour | Said | We were all so proud of it.',
    ]);
  });
});
