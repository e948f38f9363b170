// Names round 7: a list of shares before the units, each going with one of a list of objects after
// 分别 (`100%、90%、65%的县(市、区)分别建成二甲以上的公立综合医院、中医院和妇幼保健院`): the k-th share is
// of the units that do the deed on the k-th object, titled deed first as one share alone would be
// (`建成二甲以上中医院的县(市、区)比例`). A bound on grade written once before the first object
// (二甲以上) holds for every object. Only when the objects are as many as the shares.

// The deed-first name a list leaves (分别建成…、…和…的县比例) and the units-first one (乡镇分别建成…和…比例).
const DEED_FIRST = /^分别([\u4e00-\u9fff]{2})(.+)的([^的]{1,16}?(?:比例|占比|比重))$/;
const UNITS_FIRST =
  /^([\u4e00-\u9fff()（）、]{1,16}?)分别([\u4e00-\u9fff]{2})([^的]+?)(比例|占比|比重)$/;
// A share of the list and its joining mark (100%、, 90%和), read back from the number.
const VALUE_BEFORE = /\d+(?:\.\d+)?\s*[%‰](?:以上|以下|左右)?\s*[、和及与]\s*$/;
const VALUES_AFTER = /^(?:\s*[、和及与]\s*\d+(?:\.\d+)?\s*[%‰](?:以上|以下|左右)?)+/;
// A bound on grade before the first object, which the later ones share (二甲以上, 三级以上); a grade
// alone (甲级卫生院) is the first object's own.
const SHARED_GRADE = /^[\u4e00-\u9fff]{1,4}?(?:以上|以下)(?=[\u4e00-\u9fff]{2})/;

/** The k-th object's share name, or null when the name or the lists do not pair. */
export function respectiveObjectName(name: string, before: string, tail: string): string | null {
  const d = DEED_FIRST.exec(name);
  const u = d ? null : UNITS_FIRST.exec(name);
  if (!d && !u) return null;
  const [verb, list, units, measure] = d
    ? [
        d[1]!,
        d[2]!,
        d[3]!.replace(/(?:比例|占比|比重)$/, ''),
        /(?:比例|占比|比重)$/.exec(d[3]!)![0],
      ]
    : [u![2]!, u![3]!, u![1]!, u![4]!];
  // (An object with a bracket, 县(市、区), would split at its own 、: left alone.)
  if (/[(（]/.test(list)) return null;
  const objects = list.split(/、|和|及/).filter(Boolean);
  if (objects.length < 2) return null;
  let k = 0;
  let rest = before;
  for (let v = VALUE_BEFORE.exec(rest); v; v = VALUE_BEFORE.exec(rest)) {
    k += 1;
    rest = rest.slice(0, v.index);
  }
  const later = VALUES_AFTER.exec(tail)?.[0].match(/\d+(?:\.\d+)?\s*[%‰]/g)?.length ?? 0;
  if (k + 1 + later !== objects.length) return null;
  const grade = SHARED_GRADE.exec(objects[0]!)?.[0] ?? '';
  const object =
    k > 0 && grade && !objects[k]!.startsWith(grade) ? grade + objects[k]! : objects[k]!;
  return `${verb}${object}的${units}${measure}`;
}
