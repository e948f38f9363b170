// CJK Radicals Supplement (U+2E80–U+2EFF) as the unified ideograph each stands for: Unicode
// 15.0 EquivalentUnifiedIdeograph.txt, BMP targets only (so a replacement keeps the length). NFKC
// folds the Kangxi radicals (U+2F00–U+2FD5) but not these, and PDF fonts use both (⺠ for 民,
// ⻓ for 长: a font whose one glyph serves both code points maps it back to the lower one).
const PAIRS =
  '⺁厂⺂乛⺃乚⺄乙⺅亻⺆冂⺈刀⺉刂⺊卜⺋㔾⺌小⺍小⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺖忄⺗心' +
  '⺘扌⺙攵⺛旡⺜日⺝月⺞歺⺟母⺠民⺡氵⺢氺⺣灬⺤爫⺥爫⺦丬⺧牛⺨犭⺩王⺫目⺬示⺭礻' +
  '⺯糹⺰纟⺱罓⺲罒⺳㓁⺴冗⺶羊⺹耂⺺肀⺻聿⺼肉⺾艹⺿艹⻀艹⻁虎⻂衤⻃覀⻄西⻅见⻆角' +
  '⻈讠⻉贝⻋车⻌辶⻍辶⻎辶⻏邑⻐钅⻑長⻒镸⻓长⻔门⻖阝⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食' +
  '⻟飠⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟';

/** The unified ideograph a CJK Radicals Supplement character stands for (`⺠` → `民`). */
export const RADICAL_FORMS: ReadonlyMap<string, string> = new Map(
  Array.from({ length: PAIRS.length / 2 }, (_, i) => [PAIRS[2 * i]!, PAIRS[2 * i + 1]!]),
);

// Variant ideographs (異體字) that copy sites with a faulty script converter write for common
// characters, and that opencc leaves alone (辳村 for 农村, 整郃 for 整合, 縂 for 总, 槼模 for 规模, 主躰
// for 主体, 毉療 for 医疗, 機搆 for 机构, 廻複 for 回复, 衹 for 只): each folds to its simplified
// standard form, one BMP character for one, so lengths hold. None of them is the standard form of a
// word a health plan writes.
const VARIANT_PAIRS = '辳农郃合縂总槼规躰体毉医搆构廻回衹只';

/** The standard character a converter's variant form stands for (`辳` → `农`). */
export const VARIANT_FORMS: ReadonlyMap<string, string> = new Map(
  Array.from({ length: VARIANT_PAIRS.length / 2 }, (_, i) => [
    VARIANT_PAIRS[2 * i]!,
    VARIANT_PAIRS[2 * i + 1]!,
  ]),
);
