import { CUSTOMARY_NAMES } from './customary-names';
import { regionNameStem } from './region-name';
import { PLACE_FOLD, PLACE_VARIANTS } from './variant-forms';

/** One administrative unit as the gazetteer is given it (GB/T 2260 code, official name, level 0–3). */
export interface GazetteerUnit {
  code: string;
  name: string;
  /** 0 the country, 1 province, 2 prefecture, 3 county. */
  level: number;
  parentCode: string | null;
}

/** A place named in a text: `[start, end)` in the searched string, and the unit(s) it names. */
export interface PlaceHit {
  start: number;
  end: number;
  /** The unit named, or the first of several when the name is shared (朝阳区). */
  unit: GazetteerUnit;
  /** Whether more than one unit carries this name, so its code does not resolve. */
  ambiguous: boolean;
  /** Written as a short form (武汉 for 武汉市) rather than the full name. */
  short: boolean;
}

interface Node {
  next: Map<number, Node>;
  units: GazetteerUnit[] | null;
  short: boolean;
}

/** Names and short forms of administrative units, matched in one pass through a character trie. */
export interface Gazetteer {
  /** Every place named in `text[from, to)`, longest name at each position, left to right. */
  find(text: string, from?: number, to?: number): PlaceHit[];
  /** The place named exactly by `name` (full or short form), or null. */
  lookup(name: string): PlaceHit | null;
  byCode(code: string): GazetteerUnit | undefined;
  /** County-level units whose name without its suffix is `stem` (鲅鱼圈 → 鲅鱼圈区); not in `find`. */
  countiesByStem(stem: string): readonly GazetteerUnit[];
  /** County-level units of a two-character full name (雄县), left out of `find` as ordinary words. */
  twoCharacterCounties(name: string): readonly GazetteerUnit[];
  /** Every unit `name` names exactly (both 朝阳区; 巴州 → 巴音郭楞蒙古自治州 and 巴州区). */
  unitsNamed(name: string): readonly GazetteerUnit[];
}

const node = (): Node => ({ next: new Map(), units: null, short: false });

/**
 * Builds the gazetteer once from a list of units. Full names of two characters or fewer (城区,
 * 郊区, 和县) are left out, since they are mostly ordinary words in a plan; short forms are kept
 * for provinces and prefectures only, and only where one unit owns the short form at its highest
 * level (吉林 → 吉林省, not 吉林市).
 */
export function buildGazetteer(units: readonly GazetteerUnit[]): Gazetteer {
  const root = node();
  const codes = new Map<string, GazetteerUnit>();
  const insert = (name: string, unit: GazetteerUnit, short: boolean) => {
    let n = root;
    for (let i = 0; i < name.length; i++) {
      const c = name.charCodeAt(i);
      let m = n.next.get(c);
      if (!m) n.next.set(c, (m = node()));
      n = m;
    }
    // A full name beats a short form that happens to spell the same (海南 is no full name).
    if (n.units && n.short === short) n.units.push(unit);
    else if (!n.units || n.short) [n.units, n.short] = [[unit], short];
  };
  const stems = new Map<string, GazetteerUnit[]>();
  // County stems are too often ordinary words to find in running text (城关, 新华), so they are
  // only looked up where a plan's title puts a place (健康X行动).
  const countyStems = new Map<string, GazetteerUnit[]>();
  // Two-character county names (雄县, 和县) are read only where a page puts its place.
  const shortCounties = new Map<string, GazetteerUnit[]>();
  for (const u of units) {
    codes.set(u.code, u);
    if (u.level === 3 && u.name.length === 2)
      shortCounties.set(u.name, [...(shortCounties.get(u.name) ?? []), u]);
    if (u.level === 0 || u.name.length <= 2) continue;
    insert(u.name, u, false);
    const stem = regionNameStem(u.name);
    // A prefecture too (海南州 for 海南藏族自治州, 凉山州): stem + 州 is no ordinary word either.
    if (u.level === 2) {
      const plain = autonomousPlainName(u.name);
      if (plain) insert(plain, u, true);
    }
    if (u.level > 2) {
      if (stem !== u.name && stem.length >= 2)
        countyStems.set(stem, [...(countyStems.get(stem) ?? []), u]);
      // Plans write an autonomous county by its stem and plain kind (保亭县 for 保亭黎族苗族自治县);
      // unlike the bare stem, stem + 县/旗 is no ordinary word.
      const plain = autonomousPlainName(u.name);
      if (plain) insert(plain, u, true);
      // A county made a city keeps its old name in pages written before (兴仁县 for 兴仁市): stem
      // + 县 finds the city unless a county of that full name exists. So does a county made a
      // district (乐都县 for 乐都区, 2013): news of its 新农合 years names the county.
      if (u.level === 3 && /[市区]$/.test(u.name) && stem.length >= 2) insert(`${stem}县`, u, true);
      continue;
    }
    if (stem !== u.name && stem.length >= 2) stems.set(stem, [...(stems.get(stem) ?? []), u]);
  }
  for (const [stem, owners] of stems) {
    const top = Math.min(...owners.map((u) => u.level));
    const atTop = owners.filter((u) => u.level === top);
    if (atTop.length === 1) insert(stem, atTop[0]!, true);
  }
  // Short names no rule derives (巴州), from data; one used for two units is ambiguous.
  for (const [name, unitCodes] of Object.entries(CUSTOMARY_NAMES))
    for (const code of unitCodes) {
      const u = codes.get(code);
      if (u) insert(name, u, true);
    }

  // The longest name in `text` from `at` (before `to`), whose first unit's node is `first`.
  const longestFrom = (text: string, at: number, to: number, first: Node): PlaceHit | null => {
    let n = first;
    let best: PlaceHit | null = null;
    for (let i = at; ;) {
      if (n.units)
        best = {
          start: at,
          end: i + 1,
          unit: n.units[0]!,
          ambiguous: n.units.length > 1,
          short: n.short,
        };
      if (++i >= to) break;
      // 陜西省 is matched as 陕西省 (variant-forms.ts); offsets stay the text's own.
      const next = n.next.get(PLACE_FOLD[text.charCodeAt(i)]!);
      if (!next) break;
      n = next;
    }
    return best;
  };

  // Most characters of a page open no name: a table by code unit rules them out before the trie
  // is walked, and gives the first node of those that do (a variant's too).
  const opening = new Array<Node | undefined>(65536).fill(undefined);
  for (const [c, n] of root.next) opening[c] = n;
  for (const [variant, standard] of PLACE_VARIANTS)
    opening[variant.charCodeAt(0)] = root.next.get(standard.charCodeAt(0));
  const longestAt = (text: string, at: number, to: number): PlaceHit | null => {
    const first = at < to ? root.next.get(PLACE_FOLD[text.charCodeAt(at)]!) : undefined;
    return first ? longestFrom(text, at, to, first) : null;
  };
  // The last find's text, span and hits: the region rules ask for the places of the same opening
  // several times in a row (a page's lead, its own level, its one place), and a figure's rules
  // those of the same clause; a repeated call returns a copy of the hits found before.
  let lastText: string | null = null;
  let lastFrom = -1;
  let lastTo = -1;
  let lastHits: PlaceHit[] = [];
  return {
    find(text, from = 0, to = text.length) {
      if (text === lastText && from === lastFrom && to === lastTo) return lastHits.slice();
      const hits: PlaceHit[] = [];
      for (let i = from; i < to; i++) {
        const first = opening[text.charCodeAt(i)];
        if (first === undefined) continue;
        const hit = longestFrom(text, i, to, first);
        if (hit) {
          if (!(hit.short && (isCorps(text, hit) || afterPronoun(text, hit)))) hits.push(hit);
          i = hit.end - 1;
        }
      }
      [lastText, lastFrom, lastTo, lastHits] = [text, from, to, hits];
      return hits.slice();
    },
    lookup(name) {
      const hit = longestAt(name, 0, name.length);
      return hit && hit.end === name.length ? hit : null;
    },
    byCode: (code) => codes.get(code),
    countiesByStem: (stem) => countyStems.get(stem) ?? [],
    twoCharacterCounties: (name) => shortCounties.get(name) ?? [],
    unitsNamed(name) {
      let n: Node | undefined = root;
      for (let i = 0; n && i < name.length; i++) n = n.next.get(PLACE_FOLD[name.charCodeAt(i)]!);
      return n?.units ?? [];
    },
  };
}

// 新疆生产建设兵团 (新疆兵团) is a body of provincial rank of its own, which national notices address
// beside the provinces: the 新疆 of its name is no short form of the autonomous region.
const XINJIANG = '650000';
const CORPS = /^\s*(?:生产建设|兵\s*团)/;

function isCorps(text: string, hit: PlaceHit): boolean {
  return hit.unit.code === XINJIANG && CORPS.test(text.slice(hit.end, hit.end + 6));
}

// A short form right after a personal pronoun is the ordinary word it also spells, a predicate of
// that person (`你安康`, `祝您安康`): after a pronoun a place is written 我市/我县, not by its
// short form.
const PRONOUNS = new Set([...'你您我他她咱'].map((c) => c.charCodeAt(0)));

function afterPronoun(text: string, hit: PlaceHit): boolean {
  return hit.start > 0 && PRONOUNS.has(text.charCodeAt(hit.start - 1));
}

/** 保亭黎族苗族自治县 → 保亭县, 鄂伦春自治旗 → 鄂伦春旗, 凉山彝族自治州 → 凉山州; null for any other name. */
export function autonomousPlainName(name: string): string | null {
  const kind = /自治([县旗州])$/.exec(name)?.[1];
  if (!kind) return null;
  const stem = regionNameStem(name);
  return stem !== name && stem.length >= 2 ? stem + kind : null;
}
