import type { Direction } from '../targets/vocabulary';

// Indicators where lower is better: deaths, disease (its reported rate too, 年报病率, a
// surveillance report's short form of 年报告发病率; and the conditions plans screen children and
// adults for: myopia, obesity, caries, anaemia), costs, out-of-pocket shares, births under
// population control, errors (误差率, 差错率). Matched anywhere in the indicator name.
const DOWN =
  /未[\u4e00-\u9fff]{1,6}率|漏诊率|误诊率|失访率|失败率|死亡率|病死率|发病率|报病率|患病率|感染率|流行率|发生率|致残率|复发率|漏报率|差错率|误差率|偏差率|错误率|不合格率|超标率|剖宫产率|输液率|抗菌药物使用率|低体重|增长率|增幅|涨幅|药占比|耗占比|个人.{0,8}(?:支出|支付|负担)|自付|自费|出生率|自然增长|住院日|等待时间|候诊时间|就医时间|就诊时间|空置|消耗|卫生材料|事故|投诉|违法|欺诈|传播|吸烟率|近视率|视力不良率|肥胖率|超重率|龋患率|龋齿率|贫血率|耐药率|再入院率|并发症|不良事件|死亡人数|发病人数/;
// A rise that is good even though it names a growth (增长率 of a coverage is rare in plans).
const UP_GROWTH = /(?:经费|投入|收入|财政|补助|筹资).{0,6}(?:增长|增幅)/;

// 违法案件查处率, 投诉办结率, 不良事件报告率: a rate of dealing with what is bad rises as the work is
// done, whatever it deals with (not one of leaving it undone: 未…率, 漏报率 stay down).
const DEALT_WITH =
  /(?:查处|处置|处理|整改|纠正|结案|办结|受理|报告|上报|处罚|取缔|核查|调查处理)率$/;
// 患病率小于1/10万的县区比例, 患病率控制在1/10万以下比例: a share of places or units under a
// ceiling rises as more of them get under it.
const SHARE_UNDER = /(?:小于|低于|以下|以内|不超过|不高于|控制在)[^率]{0,16}?(?:比例|占比|比重)$/;

/** Whether reaching a lower value is the aim for an indicator with this name. */
export function isDownIndicator(name: string): boolean {
  if (!DOWN.test(name) || UP_GROWTH.test(name)) return false;
  if (name.endsWith('率') && DEALT_WITH.test(name) && !/未|漏|(?<!不良)不/.test(name)) return false;
  return !(/(?:比例|占比|比重)$/.test(name) && SHARE_UNDER.test(name));
}

/** The direction for an indicator, given whether its aim verb already points down. */
export function directionOf(name: string, ceiling: boolean): Direction {
  if (ceiling || isDownIndicator(name)) return 'down';
  return 'up';
}
