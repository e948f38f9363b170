import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS, unit } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set AT (a spam copy's site trailer and blanked
// place names, a town sharing a city's stem, a school year, set phrases with a count, present
// tallies in news, a count of model sites), each tested in wording of its own.

const gazetteer = buildGazetteer([
  ...SAMPLE_UNITS,
  unit('420500', '宜昌市', 2, '420000'),
  unit('420600', '襄阳市', 2, '420000'),
]);
const withPlaces = (text: string) => extractTargets(text, { gazetteer });

describe('a scraped page’s site notices', () => {
  const body =
    '某某网讯 近日,本地印发妇幼健康方案,提出孕产妇系统管理率达到92%以上,儿童健康管理率达到90%以上。\n';
  const trailer =
    '本网站所载文章均来自网络,如有侵权请与我们联系删除。\n湖北宜昌市哪家医院看近视好 湖北宜昌近视手术价格\n';

  it('ends the page at a rights notice: the links after it name no place of the page', () => {
    expect(withPlaces(body + trailer).document.region).not.toBe('宜昌市');
  });

  it('ends the page at a copyright or licence line too', () => {
    const copyright = 'Copyright © 2020 某某文库 版权所有\n襄阳市医院排名 襄阳市儿童医院\n';
    expect(withPlaces(body + copyright).document.region).not.toBe('襄阳市');
    const licence = '鄂ICP备12345678号-1\n襄阳市医院排名 襄阳市儿童医院\n';
    expect(withPlaces(body + licence).document.region).not.toBe('襄阳市');
  });

  it('reads no figure of the other stories after the notice', () => {
    const other = '本站部分内容转载自互联网。\n另一则:某市提出健康素养水平达到30%。\n';
    expect(extractTargets(body + other).targets.map((t) => t.value)).toEqual([92, 90]);
  });

  it('keeps a news lead 本网讯 at the top and a notice above the first paragraph', () => {
    const lead =
      '本网讯 宜昌市卫健委日前印发方案,提出孕产妇系统管理率达到92%以上,儿童健康管理率达90%。\n';
    expect(withPlaces(lead).targets).toHaveLength(2);
    const top = '本站文档由用户上传,如有侵权请删除\n' + lead;
    expect(withPlaces(top).targets).toHaveLength(2);
  });
});

describe('a copied plan whose place name was blanked', () => {
  it('binds its level’s whole (《. 市…纲要》 → 全市)', () => {
    const page =
      '据. 日报报道,《. 市妇女发展纲要(2021-2030年)》印发,提出孕产妇死亡率控制在10/10万以下。';
    expect(withPlaces(page).targets.map((t) => t.region)).toEqual(['全市']);
  });

  it('gives no whole to a plan that keeps its city’s name', () => {
    const page = '《宜昌市妇女发展纲要(2021-2030年)》印发,提出孕产妇死亡率控制在10/10万以下。';
    expect(withPlaces(page).targets.map((t) => t.region)).not.toContain('全市');
  });
});

describe('a town that shares a city’s stem', () => {
  it('is the town when the title writes the stem with 镇, 乡 or 街道', () => {
    for (const suffix of ['镇', '乡', '街道']) {
      const page = `2023年宜昌${suffix}卫生工作要点\n全${suffix === '街道' ? '街' : suffix}儿童健康管理率达到90%以上。`;
      expect(withPlaces(page).document.region).toBe(`宜昌${suffix}`);
    }
  });

  it('leaves the city its short form when no town word follows', () => {
    expect(withPlaces('2023年宜昌卫生工作要点\n儿童健康管理率达到90%以上。').document.region).toBe(
      '宜昌市',
    );
  });
});

describe('a numbered watchword', () => {
  const counts = (text: string) => extractTargets(text).targets.map((t) => [t.value, t.unit]);

  it('is no count to build, even beside a verb of making', () => {
    expect(counts('2015年,要为建成卫生强区和推进两个文明建设多作贡献。')).toEqual([]);
    expect(counts('2015年,各校要创建四个全面示范课堂,增强四个意识。')).toEqual([]);
    expect(counts('2015年,要建设五个一工程精品项目。')).toEqual([]);
  });

  it('leaves counts of things to build that follow 个', () => {
    expect(counts('2015年,要新建三个社区卫生服务中心。')).toEqual([[3, '个']]);
    expect(counts('2015年,要新建两个一站式服务大厅。')).toEqual([[2, '个']]);
  });
});

describe('present tallies in news', () => {
  const values = (text: string) => extractTargets(text).targets.map((t) => t.value);

  it('leaves counts already created or set up (已创建, 已建立)', () => {
    expect(
      values('全市已创建健康促进学校48所,已建立戒烟门诊12个。到2025年,健康促进学校比例达到60%。'),
    ).toEqual([60]);
  });

  it('leaves the share such a tally is of its whole (…已建成N个,占…的N%)', () => {
    expect(
      values('目前全省已建成胸痛中心40个,占二级以上医院的21.5%。到2025年,胸痛中心覆盖率达到80%。'),
    ).toEqual([80]);
  });

  it('keeps the share of a count the plan is to reach', () => {
    expect(values('到2025年,全省要建成胸痛中心60个,占二级以上医院的30%。')).toEqual([60, 30]);
  });
});

describe('a school year', () => {
  const years = (text: string) => extractTargets(text).targets.map((t) => t.year);

  it('dates a school’s plan by the year it ends in', () => {
    expect(
      years('实验中学卫生工作计划(2018—2019学年度)一、目标:学生视力不良新发率控制在5%以下。'),
    ).toEqual([2019]);
    expect(years('某小学2020-21学年健康教育安排\n健康知识知晓率达到85%以上。')).toEqual([2021]);
  });

  it('reads no school year from a span longer than one year', () => {
    expect(
      years('实验中学卫生工作计划(2018-2020学年)一、目标:学生视力不良新发率控制在5%以下。'),
    ).toEqual([null]);
  });
});

describe('a yearly pace from a baseline', () => {
  const years = (text: string) => extractTargets(text).targets.map((t) => [t.value, t.year]);
  const plan = '某市控烟行动方案(2021-2025年)\n';

  it('is judged at the plan’s year', () => {
    expect(years(plan + '成人吸烟率在2020年基础上每年下降1个百分点。')).toEqual([[1, 2025]]);
  });

  it('leaves a yearly quota without a baseline undated', () => {
    expect(years(plan + '每年新建无烟单位20家。')).toEqual([[20, null]]);
  });
});

describe('units counted that are to become a model', () => {
  const counts = (text: string) =>
    extractTargets(text).targets.map((t) => [t.value, t.unit, t.indicator]);

  it('reads the count after a place and 的, titled by the standing to reach', () => {
    expect(counts('今年,宜昌市的12所学校要创成“健康促进学校”。')).toEqual([
      [12, '所', '健康促进学校创成数'],
    ]);
    expect(counts('年内全区6家卫生院将建成示范中医馆。')).toEqual([[6, '家', '示范中医馆建成数']]);
  });

  it('leaves units that have already become one', () => {
    expect(counts('全区已有6家卫生院建成示范中医馆。')).toEqual([]);
  });
});

describe('the province’s own word on a city’s page', () => {
  const head = '武汉两家医院获评无烟医院\n本报讯 记者昨日获悉,';

  it('binds the province’s whole (我省 → 全省, with its code)', () => {
    const found = withPlaces(head + '今年我省至少60%的医疗机构将建成无烟单位。').targets;
    expect(found.map((t) => [t.value, t.region, t.regionCode])).toEqual([[60, '全省', '420000']]);
  });

  it('keeps the city when the province is only the measure after the aim word', () => {
    const plan = '武汉市2014年新农合补偿方案\n一、目标\n';
    const found = withPlaces(plan + '住院费用实际补偿比应达到我省规定费用的75%以上。').targets;
    expect(found.map((t) => t.region)).toEqual(['武汉市']);
  });
});

describe('a school’s own plan', () => {
  it('binds the school its head names, without the city the name opens with', () => {
    const page = '武汉青山路小学卫生工作计划(2019-2020学年)一、目标:学生近视新发率控制在4%以下。';
    expect(withPlaces(page).targets.map((t) => t.region)).toEqual(['青山路小学']);
  });

  it('leaves a plan about schools in general to the other rules', () => {
    const page = '武汉市学校卫生工作计划\n全市学生近视新发率控制在4%以下。';
    expect(withPlaces(page).targets.map((t) => t.region)).toEqual(['武汉市']);
  });
});

describe('names', () => {
  const names = (text: string) => extractTargets(text).targets.map((t) => t.indicator);

  it('keeps 使用 whole: only a causative 使 opens the aim', () => {
    expect(names('2019年,龋患率控制在20%以下,使用含氟牙膏率达70%以上。')).toEqual([
      '龋患率',
      '使用含氟牙膏率',
    ]);
    expect(names('2019年,使学生含氟牙膏使用率达70%以上。')).toEqual(['学生含氟牙膏使用率']);
  });

  it('writes a spun copy’s 孩子 as 儿童 in the name (the quote stays)', () => {
    const found = extractTargets('2030年,孩子青少年总体近视率下降到50%以下。').targets;
    expect(found.map((t) => [t.indicator, t.quote.includes('孩子')])).toEqual([
      ['儿童青少年总体近视率', true],
    ]);
  });
});
