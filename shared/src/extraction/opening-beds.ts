// A story on a building under way may say when it is to open (预计年底投入使用) and what it is built
// with (设置床位110张): the beds are what the project is to deliver, so a count to reach, though the
// sentence only forecasts and 设置 alone describes. Its size (6500平方米, 5层) is the building's, reached
// once it stands, and stays out: only beds, the count a plan of services is measured by.
const OPENS_LATER = /预计[^。,，;；]{0,8}(?:投入使用|投用|启用|建成|竣工|开业|开诊|运营)/;
// 设置床位, 开放床位110张, 床位110张: the beds written right before their number.
// 病床 is the same count in other words (设置病床500张, 编制病床).
const BEDS_BEFORE = /(?:床位|病床)(?:数)?\s*$/;

// 新院区…设置床位156张, 项目按照三级医院标准建设,设置床位500张: beds a new building or a project
// under construction is given (设置, 设计, 规划 right before 床位) are what the works are to deliver,
// as much as when the sentence says when it opens: its subject is the new site or the project. Not
// when the sentence tells the works done (已建成, 已投入使用) or beds that stand (现有, 实有, 开放).
const GIVEN_BEDS = /(?:设置|设计|规划)(?:床位|病床)(?:数)?\s*(?:约|近)?\s*$/;
const BUILT_NEW = /新院区|新院|新址|新建|迁建|搬迁|项目|工程|建成后|开工|动工/;
const WORKS_DONE =
  /已[^,，。;；]{0,8}?(?:建成|竣工|完工|落成|投入使用|投用|启用|开业|运行)|现有|实有|开放床位/;

/** Whether a count of beds (`before` its number) sits in a sentence that expects its building to open. */
export function isOpeningBeds(sentence: string, before: string): boolean {
  if (!before.includes('床位') && !before.includes('病床')) return false;
  if (sentence.includes('预计') && BEDS_BEFORE.test(before) && OPENS_LATER.test(sentence))
    return true;
  return GIVEN_BEDS.test(before) && BUILT_NEW.test(sentence) && !WORKS_DONE.test(sentence);
}
