// A story on a building under way may say when it is to open (预计年底投入使用) and what it is built
// with (设置床位110张): the beds are what the project is to deliver, so a count to reach, though the
// sentence only forecasts and 设置 alone describes. Its size (6500平方米, 5层) is the building's, reached
// once it stands, and stays out: only beds, the count a plan of services is measured by.
const OPENS_LATER = /预计[^。,，;；]{0,8}(?:投入使用|投用|启用|建成|竣工|开业|开诊|运营)/;
// 设置床位, 开放床位110张, 床位110张: the beds written right before their number.
const BEDS_BEFORE = /床位(?:数)?\s*$/;

/** Whether a count of beds (`before` its number) sits in a sentence that expects its building to open. */
export function isOpeningBeds(sentence: string, before: string): boolean {
  return sentence.includes('预计') && BEDS_BEFORE.test(before) && OPENS_LATER.test(sentence);
}
