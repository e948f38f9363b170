import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, spreadsheetRow } from './formula';

const FORMULA_CHARS = ['=', '+', '-', '@', '\t', '\r'];
const isPlainNegativeNumber = (s: string) => /^-[\d.]+$/.test(s) && Number.isFinite(Number(s));

describe('neutraliseFormula', () => {
  it('defuses text that only starts like a negative number', () => {
    expect(neutraliseFormula('-1+HYPERLINK("http://x","y")')).toBe(
      '\'-1+HYPERLINK("http://x","y")',
    );
    expect(neutraliseFormula("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(neutraliseFormula('-1e3')).toBe("'-1e3");
    expect(neutraliseFormula('-')).toBe("'-");
  });

  it('defuses each formula start, tab and carriage return included', () => {
    for (const c of FORMULA_CHARS) expect(neutraliseFormula(`${c}SUM(A1)`)).toBe(`'${c}SUM(A1)`);
    expect(neutraliseFormula('+86 28 1234')).toBe("'+86 28 1234");
  });

  it('leaves plain negative numbers and ordinary text alone', () => {
    for (const s of ['-12.5', '-3', '-0.', '-.5', '成都市', '12', 'a=b', ' =x', '']) {
      expect(neutraliseFormula(s)).toBe(s);
    }
  });

  it('never returns text a spreadsheet would run, and changes nothing else', () => {
    const text = fc.oneof(
      fc.string(),
      fc.tuple(fc.constantFrom(...FORMULA_CHARS), fc.string()).map(([a, b]) => a + b),
      fc.tuple(fc.integer(), fc.string()).map(([n, b]) => `-${Math.abs(n)}${b}`),
    );
    fc.assert(
      fc.property(text, (s) => {
        const out = neutraliseFormula(s);
        // Either untouched or one apostrophe in front: the visible text is kept.
        expect(out === s || out === `'${s}`).toBe(true);
        if (FORMULA_CHARS.includes(out.charAt(0))) expect(isPlainNegativeNumber(out)).toBe(true);
        // Touched only when it had to be.
        if (out !== s) expect(FORMULA_CHARS.includes(s.charAt(0))).toBe(true);
        expect(neutraliseFormula(out)).toBe(out);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('spreadsheetRow', () => {
  it('neutralises text cells and keeps numbers and empties as they are', () => {
    expect(spreadsheetRow(['=1+1', -3, null, '-3', '@x'])).toEqual([
      "'=1+1",
      -3,
      null,
      '-3',
      "'@x",
    ]);
  });
});
