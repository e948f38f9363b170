import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

describe('csv', () => {
  it('quotes only when needed and defuses formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('-12.5')).toBe('-12.5');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
  });
  it('writes a BOM and CRLF', () => {
    expect(toCsv([['季度', 1]])).toBe('\uFEFF季度,1\r\n');
  });
});

describe('csv formula neutralisation', () => {
  it('defuses values that only start like a negative number', () => {
    expect(csvField('-1+HYPERLINK("http://x","y")')).toBe('"\'-1+HYPERLINK(""http://x"",""y"")"');
    expect(csvField("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(csvField('\r=1+1')).toBe('"\'\r=1+1"');
  });
});
