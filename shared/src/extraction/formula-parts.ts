// An assessment sheet defines each rate by its formula, and a flattened sheet may lose the times
// sign (人数/常住居民数×100% → 人数/常住居民数100%) or spell out the terms (分母为抽取的30份档案):
// the formula's 100% and a term's figure define the measure, they are not aims.

// A quotient of two counts right before the figure: the `…数/…数` of a formula.
const QUOTIENT_BEFORE = /数\s*\/\s*[^,，;；。/]{1,30}数\s*$/;

// A term that follows the figure with a sign (=100%—符合政策生育率, =1-…): the figure is a
// formula's operand, the right side of a definition, not the level the measure is to reach.
const SIGN_THEN_TERM = /^\s*[—\-－–+＋×÷]\s*[\u4e00-\u9fff]/;

/**
 * Whether a figure is part of a rate's formula: `before` is its clause up to it, `after` the text
 * right after it.
 */
export function isFormulaPart(
  before: string,
  value: number | null,
  unit: string,
  after = '',
): boolean {
  if (before.includes('/') && value === 100 && unit === '%' && QUOTIENT_BEFORE.test(before))
    return true;
  if (/[=＝]\s*$/.test(before) && SIGN_THEN_TERM.test(after)) return true;
  // A clause that names a term of the formula (分母为…, 分子是…).
  return before.includes('分母') || before.includes('分子');
}
