import { autonomousWhole } from './autonomous-wholes';
import type { Gazetteer } from '../regions/gazetteer';
import {
  asWritten,
  issuerPlace,
  leadPlace,
  NATION,
  planNamePlace,
  resolvedWritten,
  soleNamedPlace,
  soleUnitOfWord,
  titlePlace,
  titleStemPlace,
  type Place,
} from './document-region';
import {
  datelinePlace,
  paperPlace,
  sourcePlace,
  withoutCredit,
  withoutDatelines,
} from './mastheads';
import { findIssuer, regionOf } from './region-words';
import {
  countyTown,
  headlineTown,
  implementerTown,
  leadTown,
  officeTown,
  openingTown,
  ownOffice,
  soleTown,
  titleTown,
  townGovernment,
} from './towns';
import { homonymTown } from './homonym-towns';
import { wholeNamedPlace } from './named-wholes';
import { isHeadlineFurniture } from './headline-furniture';
import { antecedentPlace } from './antecedent-places';
import {
  headlineStemPlace,
  namedStemPlace,
  subjectStemPlace,
  twoCharacterCountyPlace,
} from './county-stems';
import { headlineProvince } from './province-short-names';
import { schoolPlace } from './school-places';
import { fittedPlace } from './fitted-places';
import { cityZonePlace } from './city-zones';
import { judgesByCriteria, postsNationalStandard } from './standard-pages';
import { placeOverDefaultNation } from './default-nation';
import { levelBodiesPlace, levelGovernmentPlace } from './level-bodies';
import { isListedPlace } from './listed-places';
import { blankedPlanPlace, blankedTitlePlace } from './blanked-places';
import {
  centralIssuerPlace,
  countySitePlace,
  sarPlace,
  taiwanCountyPlace,
  taiwanWholePlace,
} from './unnamed-places';

// The page's own region: the one a plan's 全市/我县/本镇 and its unplaced targets resolve to. It is
// read by one ordered list of sources (REGION_SOURCES), the first that answers wins. The order is
// from what names the page most surely to what only hints at it: what the title or issuer names,
// then the opening, then the page's own word (全市, 我县, 辖区) filled in by the one place its
// masthead, dateline, source line or town names, then places a page makes plain without a unit the
// gazetteer finds, and last the word itself. A new rule is one entry, put where its page kind
// needs it, with a comment saying why there; `page-region.test.ts` holds pairs of sources that
// both answer to the order written here.

const UNREAD = Symbol('unread');

/**
 * What the region sources read, computed once per page part: eager where it is cheap (the head,
 * the title's level), on first use where it scans the page (the page's own word, the headline).
 */
export class PageContext {
  /** The body's first 3000 characters: the opening the sources look at. */
  readonly head: string;
  /** The title without the plan year it opens with (`2024年某某县…` → `某某县…`); '' without a title. */
  readonly titleText: string;
  /** The level of the title's `全X` (`全市…计划` → 市), if it writes one. */
  readonly titleLevel: string | undefined;
  #word: string | null | typeof UNREAD = UNREAD;
  #headline: string | typeof UNREAD = UNREAD;
  #selfLevel: string | undefined | typeof UNREAD = UNREAD;

  constructor(
    readonly title: string | null,
    readonly body: string,
    readonly gazetteer: Gazetteer | undefined,
  ) {
    this.head = body.slice(0, 3000);
    this.titleText = (title ?? '').replace(/^\s*(?:(?:19|20)\d{2}\s*年?度?)/, '');
    this.titleLevel = /全(国|省|市|区|县|镇|乡)/.exec(this.titleText)?.[1];
  }

  /** The page's own word for its region read without the gazetteer (`region-words.ts`), or null. */
  get word(): string | null {
    if (this.#word === UNREAD) this.#word = regionOf(this.title, this.body);
    return this.#word;
  }

  /**
   * The page's first line that is no trail of the site's sections, without datelines or the
   * outlet an opening credit names (据某某网): the headline of a news page whose title the title
   * finder skipped.
   */
  get headline(): string {
    if (this.#headline === UNREAD)
      this.#headline = withoutDatelines(
        withoutCitedRule(withoutCredit(firstTextLine(this.head))).slice(0, 60),
      );
    return this.#headline;
  }

  /** The plan's own level: the title's `全X`, else the head's first `我X`/`本X` (我区 → 区). */
  get selfLevel(): string | undefined {
    if (this.#selfLevel === UNREAD)
      this.#selfLevel =
        this.titleLevel ?? /[我本](省|市|区|县)(?![级属委直内外域份])/.exec(this.head)?.[1];
    return this.#selfLevel;
  }
}

/** One way of reading the page's region; null when it has nothing to say of this page. */
export interface RegionSource {
  /** A short name, for tests and the README. */
  name: string;
  read: (page: PageContext) => Place | null;
}

// Most sources resolve names to units: without a gazetteer they say nothing.
const withGazetteer =
  (read: (page: PageContext, gazetteer: Gazetteer) => Place | null) =>
  (page: PageContext): Place | null =>
    page.gazetteer ? read(page, page.gazetteer) : null;

// A place the gazetteer resolved, under the name the page writes (a 2018 plan's 兴仁县 for today's
// 兴仁市), and a name several units share (巴州) given the one unit the page's other places fit.
const written = (read: (page: PageContext, gazetteer: Gazetteer) => Place | null) =>
  withGazetteer((page, gazetteer) => {
    const place = asWritten(read(page, gazetteer), page.head);
    return place && resolvedWritten(place, page.head, gazetteer);
  });

// A town (镇/乡) is below GB/T 2260's county level: it has a name and no code.
const town = (name: string | null): Place | null => (name ? { name, code: null } : null);
const TOWN_WORD = /^[全我本][镇乡]$/;

/** The sources of a page's region, in the order they are asked; the first that answers wins. */
export const REGION_SOURCES: readonly RegionSource[] = [
  {
    // A town's office writing its own target book (某县某某镇某某办事处2012年度…目标任务书, 我办): that
    // office. First: the town written after the title's place (titleTown) and the title's county
    // are both above the office.
    name: 'ownOffice',
    read: (page) => town(ownOffice(page.head)),
  },
  {
    // A town's or township's plan (浙江某某镇…规划): the town written right after the title's place.
    // Before the title's place, which would give the province or county the town lies in. A
    // city's short name written with 镇/乡/街道 (某川镇) is that town, not the city (homonym-towns.ts).
    name: 'titleTown',
    // A news page with no plan title and no word of its own whose headline opens with a town or
    // sub-district, alone or after its county (某某镇街道社区卫生服务中心…, 昨天,某区某某街道的居民…):
    // that town (towns.ts). A page of 我乡/全镇 is left to the town sources below.
    read: withGazetteer((page, g) =>
      page.title
        ? town(titleTown(page.title, g) ?? homonymTown(page.title, g))
        : page.titleText || page.word !== null
          ? null
          : town(headlineTown(page.headline, g)),
    ),
  },
  {
    // A performance form whose implementing body is a town's health centre (实施单位 某县某某镇卫生院):
    // that town. Before the title's place, the county the form is filed under (towns.ts).
    name: 'implementerTown',
    read: (page) => town(implementerTown(page.head)),
  },
  {
    // A page with no plan title whose headline is a sub-district's or town's office under its
    // county (某区人民政府某某街道办事处, the masthead of the office's own site): that sub-district.
    // Before the title, which reads the headline's county.
    name: 'officeHeadline',
    read: withGazetteer((page, g) => (page.titleText ? null : town(officeTown(page.headline, g)))),
  },
  {
    // A school's own plan (某某小学…): the school, not the city its name opens with; before the
    // title's place, which would give that city (school-places.ts).
    name: 'school',
    read: withGazetteer((page, g) => town(schoolPlace(page.title ?? firstTextLine(page.head), g))),
  },
  {
    // A Taiwan page (its bodies, its capital's dateline) whose own word is 全国 or the Executive
    // Yuan's 本院: Taiwan's whole, not the nation's. Before the title, whose 全国 (全国医师公会…)
    // would give the nation; a title naming a place of the gazetteer keeps it.
    name: 'taiwanWhole',
    read: (page) => {
      const named = page.gazetteer
        ? titlePlace(page.titleText || page.headline, page.gazetteer)
        : null;
      return named && named.code !== NATION.code ? null : taiwanWholePlace(page.head, page.word);
    },
  },
  {
    // A county's scheme titled with the higher body's measures it carries out (某省…措施实施方案)
    // whose opening fits it to a place inside that body's (结合某某县…实际,特制定本方案): the
    // county. Before the title, which names only whose measures they are (fitted-places.ts).
    name: 'fittedPlace',
    read: written((page, g) => (page.titleText ? fittedPlace(page.titleText, page.head, g) : null)),
  },
  {
    // A news page with no plan title whose headline names a city's zone (某某高新区…) and whose own
    // word is 全区: the zone, as written, with no code (city-zones.ts). Before the title, which
    // would read the city out of the zone's name.
    name: 'cityZone',
    read: withGazetteer((page, g) =>
      page.titleText ? null : cityZonePlace(page.headline, page.word, g),
    ),
  },
  {
    // Any page whose title names a place or a national plan (健康中国…); a news page with no plan
    // title by its headline. The title says whose plan it is, above all the body names.
    name: 'title',
    // A page with no plan title that sets out a standard of the nation on a line of its own
    // (我国…标准) is the nation's, whichever body posts it or heads the page (standard-pages.ts).
    read: written((page, g) => {
      const titled = titlePlace(page.titleText, g);
      if (titled || page.titleText) return titled;
      return postsNationalStandard(page.head) ? NATION : headlinePlace(page.headline, g);
    }),
  },
  {
    // An official document whose issuing body stands on a line of its own (某某市卫生健康委员会), at
    // the title's 全X level when it writes one. Before the opening, which may cite other places.
    name: 'issuer',
    read: written((page, g) => {
      const issuer = findIssuer(page.head, page.titleLevel);
      return issuer ? issuerPlace(issuer, g) : null;
    }),
  },
  {
    // A 健康X行动 title naming its county by stem (健康某某行动 on a page of 我区 → 某某区): a stem is
    // no gazetteer word, so it needs the plan's own level to pick the one county of that level.
    name: 'titleStem',
    read: written((page, g) =>
      page.selfLevel ? titleStemPlace(page.titleText || page.headline, page.selfLevel, g) : null,
    ),
  },
  {
    // A news page with no plan title and no word above a town's whose opening keeps naming one
    // town and writes it once after its county (某某县某某镇中心卫生院…): that town (towns.ts). Before
    // the lead, which would read the county.
    name: 'leadTown',
    read: withGazetteer((page, g) =>
      !page.titleText && (page.word === null || TOWN_WORD.test(page.word))
        ? town(leadTown(page.head, g))
        : null,
    ),
  },
  {
    // A page whose title names no place: the place its opening names most at its own level, or
    // 全国 for a national body's notice (leadPlace keeps its own order; see document-region.ts).
    name: 'lead',
    read: written((page, g) => leadPlace(page.head, g, page.selfLevel)),
  },
  {
    // A table of a five-year plan's aims (宝应县“十四五”…指标) naming no other place: the plan's
    // name may stand only at the page's end, so after the opening.
    name: 'planName',
    read: written((page, g) => planNamePlace(page.head, g)),
  },
  {
    // A page of 我省/全省 whose headline opens with its province's one-character short name
    // (闽年内开展…): that province (province-short-names.ts). First of the sources that need the
    // page's own word: the headline is the page's, a paper or dateline only its publisher's.
    name: 'headlineProvince',
    read: withGazetteer((page, g) =>
      page.word ? headlineProvince(firstTextLine(page.head), page.word, g) : null,
    ),
  },
  {
    // From here the page names no place the gazetteer finds in its title, issuer or opening; its
    // own word (page.word) says at which level to look. 辖区 names no level: the one place the
    // page names at all fills it.
    name: 'soleNamed',
    read: withGazetteer((page, g) =>
      /^本?辖区$/.test(page.word ?? '') ? soleNamedPlace(page.head, g) : null,
    ),
  },
  {
    // A news page of 全省/全市 naming only the paper that prints it (某某日报讯): the paper's
    // province or city. Before the dateline: the masthead is the publisher's own place. Or the one
    // unit written right before the page's whole (保定全市区…: named-wholes.ts).
    name: 'paper',
    read: withGazetteer((page, g) =>
      page.word
        ? (paperPlace(page.head, page.word, g) ?? wholeNamedPlace(page.head, page.word, g))
        : null,
    ),
  },
  {
    // A local story of 全市/我县 filed from its own city (某某网某某6月14日讯): the dateline's unit.
    name: 'dateline',
    read: withGazetteer((page, g) => (page.word ? datelinePlace(page.head, page.word, g) : null)),
  },
  {
    // A story of 全市/全县 that names its place once and then says 该市/该县: the last place of that
    // level written before the first 该X (antecedent-places.ts). After the dateline, whose city
    // the outlet itself states; a 该X is read from the story's wording.
    name: 'antecedent',
    read: withGazetteer((page, g) => (page.word ? antecedentPlace(page.head, page.word, g) : null)),
  },
  {
    // A county page of 全县/我县 naming its county only in forms the gazetteer leaves out of running
    // text (county-stems.ts): a two-character name (某县) in a place slot, then its bare stem
    // opening the headline, then the stem of its outlet (某某新闻网) or of 结合某某实际, then (on a
    // page of 全市 too, a county-level city's) a stem twice the subject of 将/把. After the
    // places the gazetteer finds: these forms are read only when nothing surer names the page.
    name: 'countyStem',
    read: withGazetteer(
      (page, g) =>
        twoCharacterCountyPlace(page.head, page.word, g) ??
        headlineStemPlace(firstTextLine(page.head), page.word, g) ??
        namedStemPlace(page.head, page.word, g) ??
        subjectStemPlace(page.head, page.word, g),
    ),
  },
  {
    // A page of 全市/我县 whose one place, at the level of that word, is written only where no
    // source above reads it: in the title of a document it cites (《关于印发某某市…方案》) or once
    // in passing. After the county stems, which read a county the gazetteer's running text misses.
    name: 'soleOfWord',
    read: withGazetteer((page, g) => (page.word ? soleUnitOfWord(page.body, page.word, g) : null)),
  },
  {
    // A page of 全区 that names its own bodies 自治区… and places of one autonomous region only (a
    // meeting in its capital): that region (autonomous-wholes.ts). After soleOfWord, which reads a
    // district the page names.
    name: 'autonomousWhole',
    read: withGazetteer((page, g) => (page.word ? autonomousWhole(page.body, page.word, g) : null)),
  },
  {
    // A page with no word of its own at all: the one unit its source lines name (来源:某某日报).
    name: 'source',
    read: withGazetteer((page, g) => (page.word === null ? sourcePlace(page.body, g) : null)),
  },
  {
    // A page of 全乡/我镇 whose head names one township's government (某某乡人民政府(甲方)): the
    // body that issues or signs it. Before openingTown: the issuer is surer than a count of names.
    name: 'townGovernment',
    read: withGazetteer((page) =>
      page.word !== null && TOWN_WORD.test(page.word) ? town(townGovernment(page.head)) : null,
    ),
  },
  {
    // A town's page (no word, or 全镇/我镇) whose opening keeps naming the town. Below the places
    // above: a town is named only when no unit the gazetteer knows is the page's.
    name: 'openingTown',
    read: withGazetteer((page) =>
      page.word === null || TOWN_WORD.test(page.word) ? town(openingTown(page.head)) : null,
    ),
  },
  {
    // A page of 全镇/我镇 that writes one town only after its county (来自: 某某县某某镇), as a
    // byline does. After openingTown: the town the opening is about is surer than a byline's.
    name: 'countyTown',
    read: withGazetteer((page, g) =>
      page.word !== null && TOWN_WORD.test(page.word) ? town(countyTown(page.head, g)) : null,
    ),
  },
  {
    // The last three are for pages with no word of their own that name no unit the gazetteer
    // finds (unnamed-places.ts). A county news site's bare 县人民医院 (某某网消息): its county.
    name: 'countySite',
    read: withGazetteer((page, g) => (page.word === null ? countySitePlace(page.head, g) : null)),
  },
  {
    // A Taiwan page about one of its counties or cities (雲林縣…): that county, which the mainland
    // gazetteer lacks. Before sar, which would give only Taiwan as a whole.
    name: 'taiwanCounty',
    // A Taiwan county's page that says 全县 (全縣13鄉鎮市) is that county too.
    read: (page) =>
      page.word === null || /^全[县市]$/.test(page.word)
        ? taiwanCountyPlace(page.head, page.word)
        : null,
  },
  {
    // Hong Kong or Macao, outside the mainland gazetteer, by their names, wholes and bodies.
    name: 'sar',
    read: (page) => (page.word === null ? sarPlace(page.head) : null),
  },
  {
    // The nation, for a page naming a central issuing body (国务院办公厅) and no place; last of the
    // three, since a county site or a Hong Kong page may well mention the State Council.
    name: 'centralIssuer',
    read: (page) => (page.word === null ? centralIssuerPlace(page.head) : null),
  },
  {
    // A copied plan whose title opens with its place blanked (XX镇…方案): the blanked level's 全X,
    // whatever the page calls itself (本镇). Late, as blankedPlan: every source that could still
    // name the place comes first; before ownWord, whose 本镇/我镇 the title's level makes plain.
    name: 'blankedTitle',
    read: (page) => blankedTitlePlace(page.title ?? firstTextLine(page.head)),
  },
  {
    // A copied plan whose place name was blanked (《. 市…纲要》): the blanked unit's 全X, after every
    // source that could still name the place (blanked-places.ts).
    name: 'blankedPlan',
    read: (page) => (page.word === null ? blankedPlanPlace(page.head) : null),
  },
  {
    // A bureau's plan with no word of its own that names its own hospitals by level alone (市立医院,
    // 市中医院): that level's whole (level-bodies.ts). After every source that names a place; a
    // county site's bare 县人民医院 is read by countySite above.
    name: 'levelBodies',
    read: (page) => (page.word === null ? levelBodiesPlace(page.head) : null),
  },
  {
    // A page with no word of its own whose acting body is its level's bare government (市政府拟办理…):
    // that level's whole (level-bodies.ts). After every source that names a place.
    name: 'levelGovernment',
    read: (page) => (page.word === null ? levelGovernmentPlace(page.head) : null),
  },
  {
    // A five-year plan's page that is the nation's only by default (no 全X, 我X or word of the
    // nation written) and names one place: that place (default-nation.ts). Before ownWord, whose
    // 全国 here is a guess; after every source that reads a place from the page's own word.
    name: 'overDefaultNation',
    read: withGazetteer((page, g) => placeOverDefaultNation(page.title, page.head, page.word, g)),
  },
  {
    // A page of 我镇/本镇, or one with no word of its own, that names no unit the gazetteer finds
    // and one town or sub-district only (长征镇会同…, 在某某街道…组织下): that town (towns.ts). After
    // every source that reads a place; before ownWord, whose 我镇 it names.
    name: 'soleTown',
    read: (page) =>
      (page.word === null && !judgesByCriteria(page.head)) ||
      (page.word !== null && TOWN_WORD.test(page.word))
        ? town(soleTown(page.head))
        : null,
  },
  {
    // Last, and the only source without a gazetteer: the page's own word as written (全市, 我县,
    // 本院), 全国 with its code.
    name: 'ownWord',
    read: (page) =>
      page.word === null
        ? null
        : { name: page.word, code: page.word === NATION.name ? NATION.code : null },
  },
  {
    // After every other source: a page naming no place and no whole of its own that sets out
    // criteria and judges by them (满足上述三项指标,判定为达标) is a standard's, the nation's
    // (standard-pages.ts).
    name: 'judgedCriteria',
    read: (page) => (page.word === null && judgesByCriteria(page.head) ? NATION : null),
  },
];

/** The place a headline names, unless it names it only as an item of a list (listed-places.ts). */
function headlinePlace(headline: string, g: Gazetteer): Place | null {
  const place = titlePlace(headline, g);
  return place && headline.includes('、') && isListedPlace(headline, place.name) ? null : place;
}

/** The region of a page part with title `title` (null if none) and text `body`, or null. */
export function pageRegion(
  title: string | null,
  body: string,
  gazetteer: Gazetteer | undefined,
): Place | null {
  const page = new PageContext(title, body, gazetteer);
  for (const source of REGION_SOURCES) {
    const place = source.read(page);
    if (place) return place;
  }
  return null;
}

// A trail of the site's sections: 当前位置: 首页 > 健康中国 > 要闻, 首页 > 快讯, 首页 / 范文 / 计划 (a
// template site's, whose last step repeats the page's title). A trail may open with the site's own
// name instead (某某网 > 即时新闻 > 地方): three short steps or more joined by > or » and nothing
// else on the line are sections, whatever the first step names (a site called 中国…网 is no
// national plan, a site's 地方 channel no place). Steps joined by / only count after 首页: a date
// (2022/01/18) is written so too.
const BREADCRUMB = /^\s*(?:(?:当前|您的|您现在的|所在)位置\s*[:：]|首页\s*[>»/])/;
const SECTION_TRAIL = /^\s*[^>»\n]{1,12}?(?:\s*[>»]\s*[^>»\s][^>»\n]{0,11}?){2,}\s*[>»]?\s*$/;

/** Whether `line` is the site's trail of sections (首页 > 要闻, 首页 / 范文 / …), no text of the page. */
export function isSiteTrail(line: string): boolean {
  return BREADCRUMB.test(line) || SECTION_TRAIL.test(line);
}

/** The page's first line that is not the site's trail of sections. */
// 按照湖南省统计局…《…》要求,现将某市卫生健康局承办的…公示如下: a page that opens with the rule it
// follows (按照/根据…要求,) names the rule's makers first; the page's own place comes after.
const CITED_RULE = /^\s*(?:按照|根据|依据|遵照)[^,，。;；]{2,80}?(?:要求|规定|精神|部署|安排)[,，]/;

function withoutCitedRule(line: string): string {
  return line.replace(CITED_RULE, '');
}

function firstTextLine(head: string): string {
  for (const line of head.trimStart().split('\n', 8))
    if (line.trim() && !isSiteTrail(line) && !isHeadlineFurniture(line)) return line;
  return '';
}
