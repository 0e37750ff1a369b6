import { describe, expect, it } from 'vitest';
import { namesFromBylineBox, parseBylineLine, splitNames } from '../../src/article/byline.js';
import { headlineFromDocTitle } from '../../src/article/html/metadata.js';
import { normalizeDate } from '../../src/article/dates.js';
import { detectLanguage, normalizeLanguage } from '../../src/article/language.js';

describe('normalizeDate', () => {
  it.each([
    ['2024-03-08', '2024-03-08'],
    ['2024-03-08T09:30:00Z', '2024-03-08T09:30:00Z'],
    ['2024-03-08T09:30:00.000+0100', '2024-03-08T09:30:00+01:00'],
    ['2024-03-08 09:30', '2024-03-08T09:30:00'],
    ['March 8, 2024', '2024-03-08'],
    ['Fri 8 March 2024 14:05 GMT', '2024-03-08T14:05:00Z'],
    ['Mar. 8, 2024 2:05 p.m.', '2024-03-08T14:05:00'],
    ['8 mars 2024', null],
    ['25/12/2023', '2023-12-25'],
    ['03/04/2023', null],
    ['1709890200', '2024-03-08T09:30:00Z'],
    ['yesterday', null],
    ['2024-13-40', null],
  ])('%s -> %s', (raw, iso) => {
    expect(normalizeDate(raw)).toBe(iso);
  });
});

describe('bylines', () => {
  it.each([
    ['By Rosa Diaz', ['Rosa Diaz']],
    ['By Rosa Diaz and Ken Ito', ['Rosa Diaz', 'Ken Ito']],
    ['BY ROSA DIAZ, KEN ITO AND AMY WU', ['ROSA DIAZ', 'KEN ITO', 'AMY WU']],
    ['By Rosa Diaz | Updated March 8, 2024', ['Rosa Diaz']],
    ['By the way, the port reopened.', null],
    ['The port reopened on Monday.', null],
  ])('%s', (line, names) => {
    expect(parseBylineLine(line)).toEqual(names);
  });
  it('keeps name particles', () => {
    expect(splitNames('Anna van der Berg and Luis de la Cruz')).toEqual(['Anna van der Berg', 'Luis de la Cruz']);
  });
});

describe('language', () => {
  it('normalises declared tags', () => {
    expect(normalizeLanguage('en-US')).toBe('en');
    expect(normalizeLanguage('pt_BR')).toBe('pt');
    expect(normalizeLanguage('deu')).toBe('de');
    expect(normalizeLanguage('')).toBeNull();
  });
  it('detects languages of plain text', () => {
    expect(detectLanguage('The government announced a new package of measures on Tuesday to support small businesses hit by the crisis.')).toBe('en');
    expect(detectLanguage('Die Regierung kündigte am Dienstag ein neues Maßnahmenpaket an, um kleine Unternehmen in der Krise zu unterstützen.')).toBe('de');
    expect(detectLanguage('政府周二宣布了一系列新措施，以支持受危机影响的小企业，并承诺在年底前提供更多资金。')).toBe('zh');
    expect(detectLanguage('Short')).toBeNull();
  });
});

describe('byline boxes and page titles', () => {
  it.each([
    ['By Nathan Willis March 7, 2018', ['Nathan Willis']],
    ['Par Jean Dupont', ['Jean Dupont']],
    ['CAIRO', ['CAIRO']],
    ['Email jane.doe@example.org // Twitter @janedoe', []],
    ['Sunday', []],
    ['Follow Author', []],
  ])('byline box %s', (text, names) => {
    expect(namesFromBylineBox(text)).toEqual(names);
  });
  it.each([
    ['Freight rates climb again | Harbour Times', null, 'Freight rates climb again'],
    ['Harbour Times - Freight rates climb again', 'Freight rates climb again', 'Freight rates climb again'],
    ['Harbour Times » Business', null, 'Harbour Times » Business'],
    ['Freight rates climb again', null, 'Freight rates climb again'],
    // The page's first h1 is the site's logo, the title's last part: the headline is the part before it.
    ['Freight rates climb for a third month · HT', 'HT', 'Freight rates climb for a third month'],
  ])('headline from <title> %s', (title, h1, want) => {
    expect(headlineFromDocTitle(title, h1)).toBe(want);
  });
});

describe('a nickname inside a byline name', () => {
  it('keeps a nickname in brackets or quotes between the names', () => {
    expect(namesFromBylineBox('By Richard (R.J.) Eskow')).toEqual(['Richard (R.J.) Eskow']);
    expect(parseBylineLine('By Robert "Bob" Smith and Ann Lee')).toEqual(['Robert "Bob" Smith', 'Ann Lee']);
  });
  it('still refuses brackets at either end and lower-case asides', () => {
    expect(splitNames('(AP) Jane Doe')).toEqual([]);
    expect(splitNames('Jane (updated) Doe')).toEqual([]);
  });
});
