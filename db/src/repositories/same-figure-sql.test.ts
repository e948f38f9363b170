import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Figure } from '@targetboard/shared/api/observations.schema';
import { sameFigure } from '@targetboard/shared/figures/same-figure';
import type { DbHandle } from '../create-db';
import { arrayLiteral, textArrayLiteral } from '../sql-literals';
import { createTestDb, testEngine } from '../testing/create-test-db';
import { SAME_FIGURE } from './observations-staged.repository';

// Figures as a validated save or import may hold them: finite numbers (denormals aside, which
// no figure is), small integers often so that equal values meet, notes that are blank,
// whitespace-padded or any text PostgreSQL stores.
const number = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -3, max: 3 }),
  fc
    .double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 })
    .filter((x) => x === 0 || Math.abs(x) > 1e-300),
);
const note = fc.oneof(
  fc.constant(null),
  fc.constantFrom('', ' ', '说明', '说明 ', 'a"b\\c', 'NULL', '{x,y}'),
  fc.string({ unit: 'grapheme' }).filter((s) => !s.includes('\u0000')),
);
const figure: fc.Arbitrary<Figure> = fc.record({
  value: number,
  numerator: number,
  denominator: number,
  note,
});
const FIELDS = ['value', 'numerator', 'denominator', 'note'] as const;
/** Two figures sharing a random subset of fields, so equal and unequal pairs both occur. */
const pair = fc
  .tuple(figure, figure, fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }))
  .map(([a, other, keep]) => {
    const b = { ...a };
    FIELDS.forEach((f, i) => {
      if (!keep[i]) (b as Record<string, unknown>)[f] = other[f];
    });
    return [a, b] as const;
  });

describe(`SQL SAME_FIGURE agrees with shared sameFigure on ${testEngine()}`, () => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb();
  });
  afterAll(() => h.close());

  /** SAME_FIGURE for each pair, stored figure `o` = a, staged `s` = b, in one query. */
  const sqlSame = async (pairs: readonly (readonly [Figure, Figure])[]) => {
    const column = (side: 0 | 1, f: 'value' | 'numerator' | 'denominator') =>
      arrayLiteral(pairs.map((p) => p[side][f]));
    const notes = (side: 0 | 1) => textArrayLiteral(pairs.map((p) => p[side].note));
    const { rows } = await sql<{ i: string | number; same: boolean }>`
      SELECT i, ${SAME_FIGURE} AS same
      FROM unnest(${column(0, 'value')}::float8[], ${column(0, 'numerator')}::float8[],
                  ${column(0, 'denominator')}::float8[], ${notes(0)}::text[])
             WITH ORDINALITY AS o(value, numerator, denominator, note, i)
      JOIN unnest(${column(1, 'value')}::float8[], ${column(1, 'numerator')}::float8[],
                  ${column(1, 'denominator')}::float8[], ${notes(1)}::text[])
             WITH ORDINALITY AS s(value, numerator, denominator, note, i) USING (i)
      ORDER BY i`.execute(h.db);
    return rows.map((r) => r.same);
  };

  it('for the edges written out', async () => {
    const f = (value: number | null, note: string | null = null): Figure => ({
      value,
      numerator: null,
      denominator: null,
      note,
    });
    const pairs = [
      [f(1), f(1)],
      [f(null), f(null)],
      [f(0), f(null)],
      [f(0), f(-0)],
      [f(0.1 + 0.2), f(0.3)],
      [f(1, ''), f(1)],
      [f(1, ' '), f(1)],
      [f(1, 'a'), f(1, 'a')],
      [f(1, 'a'), f(1, 'A')],
    ] as const;
    expect(await sqlSame(pairs)).toEqual(pairs.map(([a, b]) => sameFigure(a, b)));
  });

  it('for any figures', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(pair, { minLength: 1, maxLength: 40 }), async (pairs) => {
        expect(await sqlSame(pairs)).toEqual(pairs.map(([a, b]) => sameFigure(a, b)));
      }),
      { numRuns: 60 },
    );
  });
});
