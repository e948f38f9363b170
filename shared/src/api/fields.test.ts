import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Quarter } from '../quarters/quarter';
import {
  IdParamSchema,
  IdSchema,
  MAX_INT,
  QuarterSchema,
  textSchema,
  VersionSchema,
} from './fields';

describe('request field schemas', () => {
  it('ids run from 1 to 2³¹−1, in bodies and in query strings', () => {
    expect(IdSchema.safeParse(1).success).toBe(true);
    expect(IdSchema.safeParse(MAX_INT).success).toBe(true);
    for (const bad of [0, -1, MAX_INT + 1, 2 ** 53 - 1, 1.5])
      expect(IdSchema.safeParse(bad).success, String(bad)).toBe(false);
    expect(IdParamSchema.parse('42')).toBe(42);
    for (const bad of ['0', '2147483648', 'abc', ''])
      expect(IdParamSchema.safeParse(bad).success, bad).toBe(false);
  });

  it('versions may be 0 but no larger than an integer column', () => {
    expect(VersionSchema.safeParse(0).success).toBe(true);
    expect(VersionSchema.safeParse(MAX_INT + 1).success).toBe(false);
  });

  it('text refuses NUL anywhere and keeps the other checks chained after it', () => {
    expect(textSchema().safeParse('第一段\n\t第二段').success).toBe(true);
    expect(textSchema().safeParse('a\u0000b').success).toBe(false);
    expect(textSchema().trim().max(3).parse('  abc  ')).toBe('abc');
  });

  it('quarters are YYYYQn within the supported years 1900–2200', () => {
    expect(QuarterSchema.parse('2026Q1')).toBe('2026Q1');
    for (const ok of ['1900Q1', '2200Q4'])
      expect(QuarterSchema.safeParse(ok).success, ok).toBe(true);
    for (const bad of ['0000Q1', '1899Q4', '2201Q1', '2026Q5', '2026q1', ' 2026Q1'])
      expect(QuarterSchema.safeParse(bad).success, bad).toBe(false);
  });

  it('parses a quarter into the branded Quarter, so no caller needs a cast', () => {
    expectTypeOf(QuarterSchema.parse('2026Q1')).toEqualTypeOf<Quarter>();
    // @ts-expect-error -- a plain string is not a Quarter until parsed
    const unparsed: Quarter = '2026Q1';
    expect(unparsed).toBe('2026Q1');
  });
});
