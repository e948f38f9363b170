// The last touches to a name, after the clause and the catalogue have named the target (names
// round 10, `names-10.test.ts`): a spinner's words undone, a percentage's lost head put back, and
// a population word that only repeats what 人均 says dropped.
import { withRateHead } from './rate-heads';
import { withoutRunOnHeading } from './run-on-headings';
import { recipientName } from './recipient-names';
import { unspun } from './spun-words';
import { becomeCountName } from './become-counts';
import { unbrokenName } from './broken-names';

// 中国人口的人均预期寿命: the population whose per-head figure it is says nothing 人均 does not.
const POPULATION_PER_HEAD = /^(?:中国|我国|全国|全省|全市|全县|全区)?人口(?=人均)/;

// 免费为新生儿进行遗传代谢病筛查, 免费两癌筛查: people screened free of charge are titled by who or
// what is screened, then 免费筛查 (新生儿遗传代谢病免费筛查人数), as a bureau's tables write them.
const FREE_SCREENING = /^免费(?:为|给|对)?([\u4e00-\u9fff]{2,12}?)筛查(人数|人次)$/;

// 号源要开放预约比例, 医师均须注册为…: a word of obligation between the units and their deed says
// how the plan asks for it, not what is measured (names round 13), and so does the future's 将 in
// a share's name (机构将建成无烟单位, round 15; a count's 将建成 is read by become-counts.ts).
// 主要, 重要, 只要 and 即将 are words of their own.
const DEED =
  '(?=开放|达到|实现|建立|建成|设置|配备|开展|提供|纳入|完成|具备|接受|注册|控制|落实|使用)';
const OBLIGED = new RegExp(
  `(?<=[\\u4e00-\\u9fff]{2})(?<![主重只])(?:均须|均需|必须|必需|需要|须|需|应当|应该|应|要)${DEED}`,
);
const FUTURE = new RegExp(`(?<=[\\u4e00-\\u9fff]{2})(?<!即)将${DEED}`);

// 95%以上贫困患者在县域内就医, 65%的患者在基层医疗卫生机构就诊: the share of patients seen where
// the plan wants them is that place's 就诊率, as bureaus title it (县域内就诊率; names round 15).
const SEEN_AT =
  /^(?:[\u4e00-\u9fff]{0,6}(?:患者|病人|居民|群众))?在([\u4e00-\u9fff]{2,14}?)(?:就诊|就医|看病)(?:的)?(?:比例|比重|率)$/;

// 二级医院在全部医院中的占比, 达标单位在所有单位中所占比例: the whole a share is taken of, written
// as 在…中, says only what the share is out of; a chart's title is the units and 占比 (二级医院占比),
// as 其中 and 所占 are dropped. A whole written with 占 (占卫生总费用的比重) is a named base and stays.
const WITHIN_WHOLE =
  /在(?:全部|所有|全体)?[\u4e00-\u9fff]{2,14}?中(?:的|所占|所)?(?=占比$|比例$|比重$)/;

// …过早死亡率(%) | 10.92% | 下降10%: a figure in a `|` row is named by the row's label (without the
// unit its bracket carries) and its own cell's words; the cells between are other columns.
function withoutRowCells(name: string): string {
  const first = name.indexOf('|');
  if (first < 0) return name;
  const label = name
    .slice(0, first)
    .replace(/\s*[(（][^()（）]{1,8}[)）]\s*$/, '')
    .trim();
  return /[\u4e00-\u9fff]/.test(label)
    ? label + name.slice(name.lastIndexOf('|') + 1).trim()
    : name;
}

// X占Y的比例: a whole after 占 (no other 的 in it) closed by 的比例.
const SHARE_OF_WHOLE = /^([^的]*占[^的]{2,})的比例$/;

// 省级分配给我市孕产妇免费产前筛查目标数: who handed the number down (分配给我市, 下达) and the word
// 目标 only say it is an aim; the measure is the count itself (孕产妇免费产前筛查人数).
const HANDED_DOWN = /^[\u4e00-\u9fff]{0,6}?(?:分配|下达|分解)给?(?:我|本|全)?[省市县区镇乡]/;
const AIMED_COUNT = /目标(?:人?数)$/;

function withoutAimMarker(name: string): string {
  if (!AIMED_COUNT.test(name)) return name;
  const s = name.replace(HANDED_DOWN, '').replace(AIMED_COUNT, '');
  return /[\u4e00-\u9fff]{2}$/.test(s)
    ? `${s}${/(?:筛查|检查|培训|接种|治疗|救治|服务)$/.test(s) ? '人数' : '数'}`
    : name;
}

// 发现并治疗肺结核患者800例, 筛查高血压患者5000例: the sick a plan is to find or serve, counted after
// the service verb (two joined by 并 at most). A bureau titles the count by the sick, then the service:
// 肺结核患者发现和治疗数, 高血压患者筛查数 (人数 when the plan counted people).
const CASE_SERVICE = '发现|筛查|治疗|救治|救助|随访|规范管理|管理|诊治|康复';
const SERVED_CASES = new RegExp(
  `^((?:${CASE_SERVICE})(?:并(?:${CASE_SERVICE}))?)([\\u4e00-\\u9fff]{2,14}?(?:病人|患者|病例|感染者))(人数|例数|数)$`,
);

/** `筛查高血压患者数` → `高血压患者筛查数`; null when the name is no service to the sick. */
function servedCasesName(name: string): string | null {
  const m = SERVED_CASES.exec(name);
  if (!m) return null;
  const [, verbs, sick, counter] = m;
  // (The cases found alone are 发现数 however the plan counted them: 新涂阳肺结核病人发现数.)
  const tail = verbs === '发现' || counter !== '人数' ? '数' : '人数';
  return `${sick}${verbs!.replace('并', '和')}${tail}`;
}

const BABIES_SEX_RATIO = /^(?:当年)?出生婴儿性别比$/;

// 儿童尿碘<50μg/L的比例, 患病率低于1/10万的县区比例: a share of the people or units below (or above) a
// bound is titled with the bound in words and 的 before 比例, as the golds write it (`低于50μg/L的比例`);
// a sign in a name reads as its word, and a concentration's unit keeps its small letters.
const BOUNDED_GROUP =
  /([<>≤≥＜＞])\s*(\d+(?:\.\d+)?)\s*([μµ]G\/L|MG\/L)?(?:的)?(?=[^<>≤≥＜＞]{0,12}比例$)/;
const SIGN_WORDS: Record<string, string> = {
  '<': '低于',
  '＜': '低于',
  '>': '高于',
  '＞': '高于',
  '≤': '不高于',
  '≥': '不低于',
};

function withBoundInWords(name: string): string {
  return name.replace(BOUNDED_GROUP, (_, sign: string, figure: string, unit?: string) => {
    const u = unit ? unit.replace('G', 'g') : '';
    return `${SIGN_WORDS[sign] ?? sign}${figure}${u}的`;
  });
}

/** The finished name; `tail` is the text after the figure, `percent` a % or ‰ figure, not a change. */
export function finishedName(name: string, percent: boolean, tail: string): string {
  // (Each rewrite runs only where a word it needs stands; OBLIGED and FUTURE open with a
  // look-behind that a scan would try at every character.)
  let s = recipientName(unspun(withoutRunOnHeading(withoutRowCells(name))));
  if (s.includes('须') || s.includes('需') || s.includes('应') || s.includes('要'))
    s = s.replace(OBLIGED, '');
  if (s.includes('人均')) s = s.replace(POPULATION_PER_HEAD, '');
  if (s.startsWith('免费'))
    s = s.replace(
      FREE_SCREENING,
      (_, who: string, per: string) => `${who.replace(/进行|开展/, '')}免费筛查${per}`,
    );
  if (percent) {
    if (s.includes('将')) s = s.replace(FUTURE, '');
    if (s.includes('在')) s = s.replace(SEEN_AT, '$1就诊率').replace(WITHIN_WHOLE, '');
    s = withRateHead(s, tail);
    // 护理型床位占养老床位的比例: a share of a whole is titled X占Y比例 (the golds' and bureaus'
    // form, 25 to 2), the 的 before 比例 dropped.
    if (s.includes('占')) s = s.replace(SHARE_OF_WHOLE, '$1比例');
    if (/[<>≤≥＜＞]/.test(s)) s = withBoundInWords(s);
  } else {
    s = withoutAimMarker(becomeCountName(s));
    // 发现新涂阳肺结核病人9415例: the cases a plan is to find or serve are titled by the sick, then the
    // service (新涂阳肺结核病人发现数, 高血压患者筛查数), as the golds and the plans' tables write them.
    if (s.includes('患者') || s.includes('病人') || s.includes('病例') || s.includes('感染者'))
      s = servedCasesName(s) ?? s;
  }
  // (当年)出生婴儿性别比: the sex ratio of the babies born is the yearbooks' 出生人口性别比.
  if (s.includes('婴儿性别比')) s = s.replace(BABIES_SEX_RATIO, '出生人口性别比');
  // 甲肿率: the iodine plans clip 甲状腺肿大 to 甲肿 in their tables and criteria; the measure is titled
  // in full (儿童甲状腺肿大率), as a bureau's chart and the golds write it.
  if (s.includes('甲肿'))
    s = s.replace(/甲肿(?=率|大率)/, '甲状腺肿大').replace('肿大大率', '肿大率');
  // 健康素养水平达到25%: a health literacy level is a measure of people, and the golds title it by
  // them every time, 居民 where the plan names none (公民, 市民, 老年人 where it does).
  if (s.includes('健康素养') && UNPEOPLED_LITERACY.test(s)) s = `居民${s}`;
  return unbrokenName(s);
}

// A health literacy level opening a name with no people before it (健康素养, 中医药健康素养水平提高幅度).
const UNPEOPLED_LITERACY = /^(?:中医药|心理)?健康素养(?:水平|$)/;
