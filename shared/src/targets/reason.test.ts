import { describe, expect, it } from 'vitest';
import { REASON_CODES, reasonText, type ReasonParams } from './reason';

const params: ReasonParams = {
  year: 2026,
  asOf: '2026Q2',
  rule: '≥95%',
  basis: 'latest',
  quarter: '2026Q2',
  actual: 93.5,
  bound: 95,
  projected: 94,
  margin: 1.9,
};

describe('reasonText in both languages', () => {
  it.each(REASON_CODES)('words %s in English without Chinese, with the same figures', (code) => {
    const en = reasonText({ code, params }, '%', 'en');
    const zh = reasonText({ code, params }, '%');
    expect(en).not.toMatch(/\p{Script=Han}/u);
    expect(zh).toMatch(/\p{Script=Han}/u);
    // Every figure the Chinese sentence gives, the English one gives too.
    const figures = (text: string) => text.match(/\d+(\.\d+)?%/g) ?? [];
    expect(figures(en).sort()).toEqual(figures(zh).sort());
  });
});
