import { describe, it, expect } from 'vitest';
import { toLines } from '../../../src/lib/convert/lines.ts';

const NBSP = '\u00a0';

describe('toLines', () => {
  it('numbers lines from 1', () => {
    expect(toLines('a\nb').map((line) => line.number)).toEqual([1, 2]);
  });

  it('splits on LF, CRLF and lone CR alike', () => {
    expect(toLines('a\r\nb\rc\nd').map((line) => line.text)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('composes combining accents (NFC)', () => {
    const [line] = toLines('Vie\u0323\u0302t Nam');
    expect(line!.text).toBe('Việt Nam');
    expect(line!.text).toHaveLength(8);
  });

  it('folds spaces, tabs and no-break spaces to one space and trims the line', () => {
    expect(toLines(`  Một${NBSP}${NBSP} hai\tba  `)[0]!.text).toBe('Một hai ba');
  });

  it('marks a line that begins with white space as indented', () => {
    expect(toLines(`${NBSP}Ảnh\n Ảnh\nẢnh`).map((line) => line.indented)).toEqual([true, true, false]);
  });

  it('does not mark a blank line as indented', () => {
    expect(toLines(`${NBSP} \t`)[0]).toEqual({ number: 1, text: '', indented: false });
  });
});
