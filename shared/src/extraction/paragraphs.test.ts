import { describe, expect, it } from 'vitest';
import { paragraphStart } from './paragraphs';

describe('paragraphStart', () => {
  it('finds the line break before an offset', () => {
    const t = '一、概况\n目前,全县有卫生室12个。床位达到80张';
    expect(paragraphStart(t, t.indexOf('床位'))).toBe(t.indexOf('目前'));
  });

  it('is the offset itself when a paragraph opens there, and 0 on the first line', () => {
    const t = '第一段\n第二段';
    expect(paragraphStart(t, t.indexOf('第二段'))).toBe(t.indexOf('第二段'));
    expect(paragraphStart(t, 2)).toBe(0);
  });

  it('gives up past 400 characters of one line', () => {
    const line = '字'.repeat(400);
    expect(paragraphStart(`上一行\n${line}`, 404)).toBe(4);
    expect(paragraphStart(`上一行\n字${line}`, 405)).toBeNull();
    expect(paragraphStart(`字${line}`, 401)).toBeNull();
  });
});
