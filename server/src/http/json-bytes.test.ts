import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonBytes } from './json-bytes';

function same(value: unknown): void {
  expect(jsonBytes(value).toString('latin1')).toBe(
    Buffer.from(JSON.stringify(value) ?? '').toString('latin1'),
  );
}

// Values JSON.stringify writes or leaves out: plain data, undefined, functions, dates.
const leaf = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constant(undefined),
  fc.constant(() => 1),
  fc.date({ noInvalidDate: true }),
  fc.string({ unit: 'binary' }),
);
const longList = fc.array(fc.oneof(leaf, fc.dictionary(fc.string(), leaf)), {
  minLength: 0,
  maxLength: 60,
});

describe('jsonBytes', () => {
  it('gives the bytes of JSON.stringify for a record of lists, long and short', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: 'binary' }), fc.oneof(leaf, longList)), same),
      { numRuns: 300 },
    );
  });

  it('gives them for a list at the top and for values that are no record', () => {
    fc.assert(fc.property(fc.oneof(longList, leaf), same), { numRuns: 300 });
  });

  it('writes a reply larger than one chunk whole, in order, names beside numbers', () => {
    const reply = {
      名称: '指标看板',
      regions: Array.from({ length: 400 }, (_, i) => ({
        id: i,
        name: `省${i}县`,
        values: Array.from({ length: 40 }, (__, k) => (k % 7 === 0 ? null : i * 0.37 + k)),
      })),
      1: 'an integer key, which JSON.stringify writes first',
      gone: undefined,
    };
    const bytes = jsonBytes(reply);
    expect(bytes.length).toBeGreaterThan(64 * 1024);
    same(reply);
    expect(JSON.parse(bytes.toString('utf8'))).toEqual(JSON.parse(JSON.stringify(reply)));
  });
});
