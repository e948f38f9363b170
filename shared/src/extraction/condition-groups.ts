// A rate whose name opens with people or units picked out by a condition (接触放射线的工作人员,
// 纳入治理范围的用人单位, 有劳动关系的劳动者) measures the same thing for them as for anyone: the
// condition picks the population, so it is the target's scope and the measure is the name
// (`个人剂量监测率`, scope `接触放射线工作人员`). A group named without a condition (新生儿, 适龄儿童)
// stays in the name, as plans title those charts (names round 11, `names-11.test.ts`).

// The words that open a condition on people or units.
const CONDITION = '(?:从事|接触|存在|纳入|患有|具有|实行|有(?!效|关|序|力)|除)';
// What the condition is on: the people or units the rate counts.
const HEAD =
  '(?:人群|人员|妇女|夫妇|儿童|学生|劳动者|工人|负责人|职工|患者|医疗机构|医院|学校|单位|企业)';
const CONDITIONED_GROUP = new RegExp(
  `^(${CONDITION}[\\u4e00-\\u9fff、和及与]{1,16}${HEAD})(?=[\\u4e00-\\u9fff])`,
);
// The measure left must stand alone: four characters or more, a rate's head, and not only an act.
const MEASURE = /^[\u4e00-\u9fff][\u4e00-\u9fff、和及与]{2,}(?:率|比例|占比|比重)$/;
const ONLY_ACT = /^(?:管理|服务|健康|保健|系统|规范|随访|体检|筛查|干预|治疗|覆盖|知晓)+率$/;

/** `接触放射线工作人员个人剂量监测率` → name `个人剂量监测率`, scope `接触放射线工作人员`; else null. */
export function conditionedGroup(name: string): { name: string; scope: string } | null {
  const m = CONDITIONED_GROUP.exec(name);
  if (!m) return null;
  const measure = name.slice(m[1]!.length);
  if (!MEASURE.test(measure) || ONLY_ACT.test(measure)) return null;
  return { name: measure, scope: m[1]! };
}
