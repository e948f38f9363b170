// Content farms republish plans through a synonym spinner (伪原创): 健康 becomes 身体健康, 食品安全
// 食物平安, 覆盖 笼罩, 目标 方针, 知晓 晓得, 常规 惯例. No bureau titles an indicator in those
// words, so a name read from such a page gets the plan's own words back. Only the name changes
// (the quote stays the page's text), and only pairs no plan writes in earnest are undone.

const SPUN: [RegExp, string][] = [
  // 身体健康素养, 身体健康增进县, 身体健康家庭: the spinner's 身体健康 before what only 健康 heads.
  [
    /身体健康(?=素养|增进|促进|家庭|社区|村|乡镇|县|城市|学校|医院|机关|企业|单位|教育|知识|生活方式)/g,
    '健康',
  ],
  [/健康增进/g, '健康促进'],
  [/食物平安/g, '食品安全'],
  [/流通病学/g, '流行病学'],
  [/探问率/g, '调查率'],
  [/晓得率/g, '知晓率'],
  [/笼罩(?=率|面)/g, '覆盖'],
  [/方针人群/g, '目标人群'],
  [/惯例免疫/g, '常规免疫'],
  [/成份(?=疫苗)/g, '成分'],
  [/危急监测/g, '风险监测'],
  [/卫生健壮/g, '卫生健康'],
  [/(?<=卫生健康)编造/g, '系统'],
  // 农村公共卫生效劳工程达标率, 满意和根本满意率: the spinner's 效劳 (服务), 效劳工程 (服务项目) and 根本满意
  // (基本满意); no plan titles a measure with them.
  [/效劳工程/g, '服务项目'],
  [/效劳/g, '服务'],
  [/根本满意/g, '基本满意'],
  // 5岁以下孩子死亡率, 孩子青少年近视率: no bureau titles a measure of children with 孩子.
  [/孩子/g, '儿童'],
  // 方案生育, 流淌人口, 充龄妇女: the spinner's 方案 (计划) before 生育, 流淌 (流动) and 充龄 (育龄); no
  // plan writes a measure of family planning in them.
  [/方案生育/g, '计划生育'],
  [/流淌人口/g, '流动人口'],
  [/充龄/g, '育龄'],
  // 支配生育 (计划生育), 诞生人口/诞生婴儿 (出生), 统计精确率 (统计准确率) and 刚好率 (及时率): the spinner's
  // words for a family-planning book's measures; no plan titles a measure with them.
  [/支配生育/g, '计划生育'],
  [/诞生(?=人口|婴儿)/g, '出生'],
  [/(?<=统计)精确率/g, '准确率'],
  [/刚好率/g, '及时率'],
];
// 发病率把持在1/100万: the spinner's 把持 (控制) is a bound word, no part of the name.
const SPUN_BOUND = /(?<=[率数量])把持$/;

// 成人吸烟(烟项目可行性研究报告)率: a spun page's advert for a report, put in brackets inside a word
// with a character of the word copied into it; no plan titles a measure with a report's name.
const SPUN_REPORT = /[(（][^()（）]{0,12}(?:可行性研究|研究|分析|调研)报告[)）]/g;

/** The name with a spinner's stand-in words turned back into the plan's. */
export function unspun(text: string): string {
  const name = text.includes('报告') ? text.replace(SPUN_REPORT, '') : text;
  if (
    !/身体健康|健康增进|平安|流通|探问|晓得|笼罩|方针|惯例|成份|危急|健壮|编造|把持|孩子|效劳|根本满意|方案生育|流淌|充龄|支配生育|诞生|精确率|刚好率/.test(
      name,
    )
  )
    return name;
  let s = name;
  for (const [re, word] of SPUN) s = s.replace(re, word);
  return s.replace(SPUN_BOUND, '');
}
