import type { Gazetteer } from '../regions/gazetteer';
import {
  citedPlanPlace,
  higherWhole,
  manyProvinces,
  nationalClause,
  selfRegion,
  type Place,
} from './document-region';
import { withoutHonours } from './honour-names';
import { projectSite } from './project-site';
import { higherOwnWord } from './higher-own-words';
import { subCountyWhole } from './sub-county-wholes';
import { breakdownPlace } from './breakdown-places';

// A target's region: the page part's (page-region.ts) unless the words before its number bind it
// elsewhere. Read by one ordered list of sources, the first that answers wins: the number's own
// clause naming the nation first (it overrides any place), then a cited plan's aim, the site a
// scheme is run at, a higher whole of the clause, and last the sentence's own 全X/我X against the
// part's region, which answers with the part's region itself when nothing moves it.

/** What the target's region sources read about one number. */
export interface TargetContext {
  /** The number's own clause up to it, honours (创建全国文明城市) read as no whole. */
  clause: string;
  /** The sentence up to the number (from its period's start). */
  lead: string;
  /** The page part's region, or null. */
  part: Place | null;
  gazetteer: Gazetteer | undefined;
}

/** One way a sentence moves its target's region; null when it does not. */
export interface TargetRegionSource {
  name: string;
  read: (target: TargetContext) => Place | null;
}

/** The sources of a target's region, in the order they are asked; the first that answers wins. */
export const TARGET_REGION_SOURCES: readonly TargetRegionSource[] = [
  {
    // 到2025年,全国至少1000家…: a clause whose subject is the nation binds it on a local page.
    // First: the clause's own subject outranks what the sentence around it quotes or names.
    name: 'nationalClause',
    read: ({ clause, part }) => nationalClause(clause, part),
  },
  {
    // 该项目涉及14个省,计划…覆盖350万人: a scheme spanning several provinces is the nation's.
    name: 'manyProvinces',
    read: ({ lead, part }) => manyProvinces(lead, part),
  },
  {
    // 《…纲要》提出,…到2030年…: an aim told as a cited plan's binds that plan's region, unless the
    // page carries the plan out (then its own aims follow, read below).
    name: 'citedPlan',
    read: ({ lead, gazetteer }) => citedPlanPlace(lead, gazetteer),
  },
  {
    // 此次项目在某某市开展,将完成…: the unit below the page's place where the work is done.
    name: 'projectSite',
    read: ({ lead, part, gazetteer }) => projectSite(lead, part, gazetteer),
  },
  {
    // …,其中某某市年末人口计划为…: a clause that breaks the page's figure down to a place inside
    // the page's own (breakdown-places.ts). Beside projectSite, the other unit below the page's.
    name: 'breakdownPlace',
    read: ({ clause, part, gazetteer }) => breakdownPlace(clause, part, gazetteer),
  },
  {
    // 对全省20万名妇女… on a city's page: the clause's whole above the part's level, as a unit.
    name: 'higherWhole',
    read: ({ clause, part, gazetteer }) => higherWhole(clause, part, gazetteer),
  },
  {
    // 我省 written before the aim word on a city's page: the clause's own province, as a unit
    // (higher-own-words.ts). After higherWhole, whose 全省 is the surer word.
    name: 'higherOwnWord',
    read: ({ clause, part, gazetteer }) => higherOwnWord(clause, part, gazetteer),
  },
  {
    // 确保全街…/完成本乡(镇)… on a page that found no place, or only the nation by default: the
    // sentence's own unit below the county (sub-county-wholes.ts). Before selfRegion, which keeps
    // the nation a part without a place fell back to.
    name: 'subCountyWhole',
    read: ({ lead, part }) => subCountyWhole(withoutHonours(lead), part),
  },
  {
    // Last: the sentence's own 全县/我市 (the part's region when the level agrees, the word when
    // the part is only a bare 全X), else the part's region itself.
    name: 'selfRegion',
    read: ({ lead, part }) => selfRegion(withoutHonours(lead), part),
  },
];

/** The region of the target whose number `target` describes, or null when nothing gives one. */
export function targetRegion(target: TargetContext): Place | null {
  for (const source of TARGET_REGION_SOURCES) {
    const place = source.read(target);
    if (place) return place;
  }
  return null;
}

/**
 * The region of the number at `at` of `t`, whose clause opens at `cStart`; `lead` is the sentence
 * up to it and `part` the page part it is in.
 */
export function mentionPlace(
  t: string,
  cStart: number,
  at: number,
  lead: string,
  part: { region: string | null; regionCode: string | null },
  gazetteer: Gazetteer | undefined,
): Place | null {
  const partPlace = part.region ? { name: part.region, code: part.regionCode } : null;
  // Only the number's own clause (对全省20万名…) moves it up a level: a place named in a later
  // clause of the sentence (其中,兰州市承担…) binds its own figure.
  // An honour's 全国 (巩固全国卫生城市成果) is read as no whole of the sentence's.
  const clause = withoutHonours(t.slice(cStart, at));
  return targetRegion({ clause, lead, part: partPlace, gazetteer });
}
