// Variant characters that pages write inside place names and that opencc's traditional →
// simplified dictionaries (the t2cn preset the extractor's normalise.ts runs) leave alone:
// 臺, 陝, 寧 and 崑 are converted there, but these are separate code points that Unihan lists
// as variants and that no opencc table maps. Only the gazetteer folds them, while it matches
// names, so a surname 甯 or the rare 陜 (xiá) elsewhere in a text is never rewritten.
// variant-forms.test.ts holds opencc to leaving each of them alone: when a release of it learns
// one, the entry here can go.
const VARIANTS: readonly (readonly [string, string])[] = [
  // 陜西省 (U+965C, printed for 陝 U+965D), the commonest misprint of a province's name.
  ['陜', '陕'],
  // 甯夏, 南甯, 甯波: the old variant of 寧.
  ['甯', '宁'],
  // 峩眉山市, 峩边彝族自治县.
  ['峩', '峨'],
  // 淸远市, 淸河县.
  ['淸', '清'],
];

/** Code unit → the unit a place name is matched under (itself for all but the variants above). */
export const PLACE_FOLD: Uint16Array = (() => {
  const fold = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) fold[c] = c;
  for (const [variant, standard] of VARIANTS) fold[variant.charCodeAt(0)] = standard.charCodeAt(0);
  return fold;
})();

/** The variant characters the gazetteer folds, each with the character it stands for. */
export const PLACE_VARIANTS = VARIANTS;
