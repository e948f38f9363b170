// A page with no plan title whose first line is a sentence of the plan (…适时出台甲市、乙市、丙市等
// 3市…办法) may name places only as items of a list: the places a measure is for, among others,
// none of them the page's own. Its headline then gives no place.

const PLACE = String.raw`[\u4e00-\u9fff]{1,6}?(?:省|市|区|县|旗|州|盟)`;
const AFTER = new RegExp(String.raw`^[、和及与]${PLACE}`);
const BEFORE = new RegExp(String.raw`${PLACE}、$`);

/** Whether `place`, as `line` writes it first, is an item of a list of places (甲市、乙市). */
export function isListedPlace(line: string, place: string): boolean {
  const at = line.indexOf(place);
  if (at < 0) return false;
  const end = at + place.length;
  return line[end] === '、' ? AFTER.test(line.slice(end)) : BEFORE.test(line.slice(0, at));
}
