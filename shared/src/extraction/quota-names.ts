// A quota of people is written with its frame (体检任务300人, 实施接种工程500人, 两万人的筛查计划): the
// task, project, programme or plan word after the deed says how the figure is set, not who is counted, so the title is
// the deed's (体检人数). A later item of the list that names only its topic (…乳腺癌170人 after
// 宫颈癌筛查任务420人) is counted by the same deed (乳腺癌筛查人数).
const DEED = '筛查|检查|体检|救治|接种|随访|培训|治疗|手术';
const FRAMED = new RegExp(`(${DEED})(?:任务|工程|项目|指标|名额|计划)(?=人数$)`);
// 省上为某县下放的免费检查指标, 市里下达给我县的筛查任务: who hands the quota down to whom opens the
// clause; the deed after it is what is counted.
const HANDED_DOWN = new RegExp(
  `^[\\u4e00-\\u9fff]{0,10}?(?:下放|下达|分配|分解)(?:给[\\u4e00-\\u9fff]{0,6}?[省市县区州旗镇乡村])?的?(?=[\\u4e00-\\u9fff]{0,6}?(?:${DEED}))`,
);
const DEED_COUNT = new RegExp(`(${DEED})人数$`);

/**
 * A count of people's name without the frame word after its deed (`体检任务人数` → `体检人数`), and
 * then without the handing down of the quota before it (`省上为某县下放免费检查指标人数` → `免费检查人数`).
 */
export function withoutQuotaFrame(name: string): string {
  const framed = name.replace(FRAMED, '$1');
  return framed === name ? name : framed.replace(HANDED_DOWN, '');
}

/**
 * A later list item's name (`乳腺癌人数`) with the deed of the item before it (`…筛查人数`), when it
 * names a topic and no deed of its own; otherwise `name`.
 */
export function itemDeed(name: string, prevName: string): string {
  const deed = DEED_COUNT.exec(prevName)?.[1];
  if (!deed || !/^[\u4e00-\u9fff]{2,8}人数$/.test(name) || DEED_COUNT.test(name)) return name;
  return name.replace(/人数$/, `${deed}人数`);
}
