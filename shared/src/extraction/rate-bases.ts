// A rate per 10万 (or per 100万, per 万, per mille) may write the population it is counted over
// after its base: 15/10万活产数以下, 55/10万人口以下, 1/万人以内. The bound word then stands after
// that noun, not right after the number, and still bounds it; the noun itself is part of the
// figure (its quote runs through it).
const PER_BASE_UNIT = /^(?:1\/10万|1\/100万|1\/万|‰)$/;
const BASE_NOUN =
  /^(?:活产数|活产儿|活产|出生数|人口|人)(?=\s*(?:及以上|或以上|以上|及以下|或以下|以下|以内|之内|左右)|\s*(?:[,，。；;、)）\n]|$))/;

/** Length of a population noun written after a per-base rate (`活产数` in `15/10万活产数以下`), or 0. */
export function rateBaseLength(unit: string, after: string): number {
  if (!PER_BASE_UNIT.test(unit)) return 0;
  return BASE_NOUN.exec(after)?.[0].length ?? 0;
}
