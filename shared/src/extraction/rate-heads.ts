// A percentage is a share or a rate: the title of its chart ends in the word that says so (率, 比例,
// 水平 …). A name read from the clause sometimes stops before that word: the plan put a verdict
// after the figure (`抽查99%合格`), wrote the share as `X占Y` and let the figure stand for `的比例`,
// named the units that have something (`有蝇房间不超过3%`) or an error alone (`统计误差`). Such a name gets its head back.

// Words a percentage's name may already end in.
const HEAD = /(?:率|比|比例|占比|比重|水平|幅度|降幅|增幅|度|性|面|进度|指数|份额)$/;
// A verdict right after the figure: the share of what passed (`99%合格` → 合格率).
const VERDICT = /^\s*(?:以上|以下|左右)?\s*(合格|达标)(?![\u4e00-\u9fff]{0,2}率)/;
// An act of cover right after the figure, closing its clause (`建档立卡户100%参保`, `住院费用90%报销`):
// the rate of those covered (参保率, 签约率), or the share of costs paid back (报销比例) (round DH).
const COVERED = /^\s*(?:以上)?\s*(参保|参合|签约|覆盖|接种|报销|补偿)(?=\s*(?:[,，。;；、]|$))/;
// An end reached after the figure (`病区达到100%消除`, `90%控制`): the share of the units brought to
// it, titled …消除比例 (names round 15); `控制在…` is a bound, not an end.
const END_REACHED =
  /^\s*(?:以上|以下|左右)?\s*(消除|控制)(?![在住于为到至])(?![\u4e00-\u9fff]{0,2}(?:率|比例))/;
// `个人卫生支出占卫生总费用`: the share of a base, its 比例 left to the figure.
const SHARE_OF = /[\u4e00-\u9fff]{2}占[\u4e00-\u9fff]{2,}$/;
// `有蝇房间`, `有蚊户`: units that have something are counted as a share of all such units.
const HAVING = /(?:^|[^\u4e00-\u9fff]|区|内)有[\u4e00-\u9fff]{1,2}(?:房间|户|单位|场所|村|家庭)$/;
// `经常参加体育锻炼人数`, `征收金额`: a number or a sum given as a percentage is its share.
const AMOUNT_END = /(?:人数|金额|数量)$/;
// `出生统计误差控制在5%以内`, `报表差错不超过1%`: an error given in per cent is its rate (误差率).
const ERROR_END = /(?:误差|差错|偏差|漏报|错报)$/;
// `管理规范的农贸市场达到40%`, `开办的食堂以及规模以上餐饮单位100%`: units named with what picks
// them out, the figure their share (names round hnames3); a bare kind (`老年人`, `村`) is no title.
const UNITS_END =
  /[\u4e00-\u9fff)）]{3}(?:市场|(?<!为)单位|机构|医院|学校|社区|企业|食堂|门诊|乡镇|行政村|村庄|场所|家庭|农户)$/;
// `村卫生室提供中医药服务提高到70%`, `卫生院中设置中医科`: units (a room, a centre, a hospital)
// and the service or department they provide or set up, with no measure word: the figure is the
// share of those units that do it (…提供中医药服务比例), as a share of units that reach a standard is.
const UNITS_DEED =
  /[\u4e00-\u9fff]{2}(?:室|院|中心|站|机构|学校|社区|单位)中?(?:提供|建成|设置|设立|开设|配备|设有|建有)[\u4e00-\u9fff]{2,16}$/;
// `学校食堂量化分级B级(良好)以上`: a grade reached, as a share of the units that reach it.
const GRADE_REACHED = /[A-Za-z\d]级(?:[(（][^()（）]{1,4}[)）])?以上$/;

/** A percentage's name with the head word it lacks; `tail` is the text after the figure. */
export function withRateHead(name: string, tail: string): string {
  if (name.length < 3 || HEAD.test(name) || !/[\u4e00-\u9fff]$/.test(name)) return name;
  const verdict = VERDICT.exec(tail);
  if (verdict) return `${name}${verdict[1]}率`;
  const covered = COVERED.exec(tail);
  // (住院, 门诊: their costs are what is paid back, 住院费用报销比例, as indicator.ts' house form writes it.)
  if (covered)
    return /^(?:报销|补偿)$/.test(covered[1]!)
      ? `${name}${/(?:住院|门诊)$/.test(name) ? '费用' : ''}${covered[1]}比例`
      : `${name}${covered[1]}率`;
  const end = END_REACHED.exec(tail);
  if (end) return `${name}${end[1]}比例`;
  if (
    SHARE_OF.test(name) ||
    HAVING.test(name) ||
    AMOUNT_END.test(name) ||
    UNITS_END.test(name) ||
    UNITS_DEED.test(name)
  )
    return `${name}比例`;
  if (ERROR_END.test(name)) return `${name}率`;
  if (GRADE_REACHED.test(name))
    return `${name.replace(/[(（][^()（）]{1,4}[)）](?=以上$)/, '')}比例`;
  return name;
}
