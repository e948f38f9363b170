import { rateName } from './indicator';
import type { Previous } from './mention-names';

// 人均筹资标准为:甲区、乙县不低于500元,其他区县不低于550元: a measure told once before a colon,
// then the places it is set for, each with its own figure. The places are the figure's scope, not
// its name: the name is the measure before the colon, or for a later item the name just set.

const PLACE = String.raw`[\u4e00-\u9fff]{1,6}?(?:省|市|区|县|旗|州|盟)`;
// Two places or more (甲区、乙县), or the rest of them (其他区县, 其余各县).
const PLACES_ONLY = new RegExp(
  String.raw`^(?:${PLACE}(?:[、和及与]${PLACE})+|(?:其他|其余|其它)各?(?:县市区|区县|县区|县市|市县|地区|县|区|市))$`,
);

const INSURED =
  /(?<=[\u4e00-\u9fff]{2})(?:参合农民|参保人员|参保居民|参保职工)(?=[\u4e00-\u9fff]{2})/;

/**
 * The last `c` of `t` at `from` to `at` (both included), or -1: `t.lastIndexOf(c, at)` when that is
 * at least `from`, without reading a long line back to its start when there is none.
 */
function lastWithin(t: string, c: string, from: number, at: number): number {
  const i = t.slice(from, at + 1).lastIndexOf(c);
  return i < 0 ? -1 : from + i;
}

/**
 * The name and scope of a figure whose clause names only places (`name`): the measure before the
 * colon that opens the clause at `cStart` (from the sentence's start `sStart`), or the name of the
 * target just read in the sentence (`samePrev`); null when the name is no list of places.
 */
export function placeListName(
  t: string,
  name: string,
  sStart: number,
  cStart: number,
  samePrev: Previous | null,
  regions: readonly string[],
): { name: string; scope: string } | null {
  if (!name.includes('、') && !/^其[他余它]/.test(name)) return null; // cheap gate
  if (!PLACES_ONLY.test(name)) return null;
  const at = Math.max(lastWithin(t, ':', sStart, cStart), lastWithin(t, '：', sStart, cStart));
  if (at >= sStart && at >= cStart - 2) {
    // The measure is read after the last year the sentence names (2013年度…标准为:), and the
    // insured it is for (参合农民, 参保居民) stay out of it, as they open no name (leadGroup).
    const lead = t.slice(sStart, at).replace(/(?:为|是)\s*$/, '');
    const since = lead.replace(/^[\s\S]*(?:19|20)\d{2}年度?/, '');
    const measure = rateName(since, regions).name.replace(INSURED, '');
    if (measure.length >= 2) return { name: measure, scope: name };
  }
  if (samePrev) return { name: samePrev.target.indicator, scope: name };
  return null;
}

// 大气总悬浮微粒年日平均值:北方城市≤0.35毫克/立方米,南方城市≤0.25毫克/立方米: a kind of area
// after a measure's colon (and the next kind after it) is where each figure applies.
const AREA_KIND =
  /^(?:[东南西北中]部|[东南西北]方|城市|农村|城镇|乡村|城区|郊区|山区|牧区|平原|沿海|内陆|边境)(?:城市|地区|农村|乡村|县)?$/;

/** The measure and the kind of area of a figure whose clause names only an area (`named`, `scope`). */
export function colonAreaName(
  t: string,
  named: string,
  scope: string | null,
  sStart: number,
  cStart: number,
  samePrev: Previous | null,
  regions: readonly string[],
): { name: string; scope: string } | null {
  const area = named + (scope ?? '');
  if (area.length > 6 || !AREA_KIND.test(area)) return null;
  const at = Math.max(lastWithin(t, ':', sStart, cStart), lastWithin(t, '：', sStart, cStart));
  if (at >= sStart && at >= cStart - 2) {
    // (A bracketed gloss after the measure, 年日平均值(TSP):, is no part of it.)
    const lead = t
      .slice(sStart, at)
      .replace(/[(（][^()（）]*[)）]\s*$/, '')
      .replace(/(?:为|是)\s*$/, '');
    const measure = rateName(lead.replace(/^[\s\S]*(?:19|20)\d{2}年度?/, ''), regions).name;
    return measure.length >= 2 ? { name: measure, scope: area } : null;
  }
  return samePrev && samePrev.target.scope && AREA_KIND.test(samePrev.target.scope)
    ? { name: samePrev.target.indicator, scope: area }
    : null;
}

// 首次征收金额属农村户口的不得低于1.5万元,城镇户口的不得低于2万元: a class of people (or units) the
// figure applies to, told before 的 and the bound (属…的, …的), is the figure's scope; the measure is
// before 属, or for a later class the name just set.
const CLASS_BEFORE_BOUND =
  /(?:属于?)?((?:(?!属)[\u4e00-\u9fff]){2,6})的\s*(?:不得|应|须|要)?(?:不低于|不少于|不高于|不超过|低于|高于|少于|多于|超过)\s*$/;

/** The measure and class of a figure whose words before its bound end in `…的` (`clauseBefore`). */
export function classItemName(
  name: string,
  clauseBefore: string,
  samePrev: Previous | null,
): { name: string; scope: string } | null {
  if (!clauseBefore.includes('的')) return null; // cheap gate
  const c = CLASS_BEFORE_BOUND.exec(clauseBefore);
  if (!c) return null;
  const cls = c[1]!;
  const owned = name.lastIndexOf(`属${cls}`);
  if (owned >= 2 && name.endsWith(cls)) return { name: name.slice(0, owned), scope: cls };
  if (name !== cls || !samePrev) return null;
  const prevName = samePrev.target.indicator;
  return samePrev.target.scope && prevName.length >= 3 ? { name: prevName, scope: cls } : null;
}
