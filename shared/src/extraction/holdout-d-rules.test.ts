import { describe, expect, it } from 'vitest';
import { contentEnd } from './header';
import { buildGazetteer } from '../regions/gazetteer';
import { buildIndicatorMatcher } from './catalogue-names';
import { SAMPLE_UNITS } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set D, each tested in wording of its own.
const targets = (text: string) => extractTargets(text).targets;

describe('a milestone year between the name and its verb', () => {
  it('names the target by what comes before the year', () => {
    const [t] = targets('某市妇女发展规划\n全市宫颈癌筛查率到2024年要提高到60%。');
    expect(t?.indicator).toBe('宫颈癌筛查率');
    expect(t?.year).toBe(2024);
  });

  it('splits a place word after the year off as scope', () => {
    const [t] = targets('某市儿童规划\n全市儿童体检率到2023年乡村要达到85%。');
    expect(t?.indicator).toBe('儿童体检率');
    expect(t?.scope).toBe('乡村');
  });
});

describe('a clause that goes on with the indicator before it', () => {
  it('carries the name across a semicolon to a later milestone', () => {
    const ts = targets('某省规划\n全省低出生体重发生率到2023年要降至4%;到2026年要降至3.5%。');
    expect(ts.map((t) => [t.indicator, t.value, t.year])).toEqual([
      ['低出生体重发生率', 4, 2023],
      ['低出生体重发生率', 3.5, 2026],
    ]);
  });

  it('carries the name and takes the scope the clause names', () => {
    const ts = targets(
      '某省规划\n全省产前筛查率到2023年城镇要达到88%,乡村要达到80%;到2026年城镇要达到92%。',
    );
    expect(ts.map((t) => [t.indicator, t.scope, t.value])).toEqual([
      ['产前筛查率', '城镇', 88],
      ['产前筛查率', '乡村', 80],
      ['产前筛查率', '城镇', 92],
    ]);
  });

  it('does not carry a name into a sentence that says something else first', () => {
    const ts = targets(
      '某省规划\n全省产前筛查率到2023年要达到88%。开展宣传周活动,到2026年要达到95%。',
    );
    expect(ts.find((t) => t.value === 95)?.indicator ?? '').not.toBe('产前筛查率');
  });

  it('does not name a target by a bare unit left from a lost number', () => {
    const ts = targets('某省规划\n全省婚检率到2023年要达到90%;%,城镇要达到97%。');
    expect(ts.map((t) => t.indicator)).toEqual(['婚检率', '婚检率']);
  });
});

describe('a fall measured against a base year', () => {
  it('reads 以2015年为基础下降1/3 as a fall of a third, not a past figure', () => {
    const [t] = targets(
      '某省规划(2016-2025年)\n到2025年全省新生儿破伤风发病率以2015年为基础下降1/3。',
    );
    expect(t?.value).toBeCloseTo(33.33, 1);
    expect(t?.indicator).toBe('新生儿破伤风发病率下降幅度');
  });

  it('keeps the 以下 inside the name when a base year follows', () => {
    const [t] = targets('某省规划\n到2025年全省3岁以下儿童贫血患病率以2015年为基数降低1/4。');
    expect(t?.indicator).toBe('3岁以下儿童贫血患病率下降幅度');
  });
});

describe('a year that lost its 年', () => {
  it('reads 到2027-, as the year of the targets after it', () => {
    const [t] = targets('某部门规划新闻\n规划提出,到2027-,儿童心理健康服务覆盖率达到60%以上。');
    expect(t?.year).toBe(2027);
  });

  it('does not read the first year of a range as one', () => {
    const [t] = targets(
      '某部门规划新闻\n规划提出,到2027-2029年,儿童心理健康服务覆盖率达到60%以上。',
    );
    expect(t?.year).toBe(2029);
  });
});

describe('text that is not the plan', () => {
  it('sets no target from an English translation of the page', () => {
    const text =
      '某县通知\n目标是随访率达到90%。\nThe goal is a follow-up rate of 90% and coverage of 95%.';
    expect(targets(text).map((t) => t.value)).toEqual([90]);
  });

  it('treats a 现实基础 section as a review', () => {
    const text = [
      '某县卫生事业发展规划',
      '一、发展环境和现实基础',
      '2020年,全县住院分娩率达99.5%,儿童系统管理率达92%。',
      '二、发展目标',
      '儿童系统管理率达到95%以上。',
    ].join('\n');
    expect(targets(text).map((t) => t.value)).toEqual([95]);
  });

  it('reads past a download button above the text', () => {
    const text =
      '付费下载\n下载本文档\n某镇公共卫生工作方案:全镇老年人健康管理率达到70%以上,高血压患者规范管理率达到65%以上。\n相关推荐\n另一篇文章达到99%';
    expect(contentEnd(text)).toBe(text.indexOf('相关推荐'));
    expect(targets(text).map((t) => t.value)).toEqual([70, 65]);
  });
});

describe('names a bureau would title a chart with', () => {
  it('keeps no doubled counter after 数量', () => {
    const [t] = targets('某省规划\n全省心理治疗师数量增加到800名。');
    expect(t?.indicator).toBe('心理治疗师数量');
  });

  it('keeps the 的 that joins a clause to its noun', () => {
    const [t] = targets('某县工作要点\n开通心理热线的乡镇比例达到80%。');
    expect(t?.indicator).toBe('开通心理热线的乡镇比例');
  });

  it('keeps 的 after 占 in a share', () => {
    const [t] = targets('某县工作要点\n药品费用占医疗总费用的比重降至30%以下。');
    expect(t?.indicator).toBe('药品费用占医疗总费用的比重');
  });

  it('drops the 的 of a plain compound', () => {
    const [t] = targets('某县工作要点\n孕产妇的住院分娩率达到99%以上。');
    expect(t?.indicator).toBe('孕产妇住院分娩率');
  });

  it("keeps 居民 before residents' own health measures", () => {
    const [t] = targets('某县工作要点\n全县居民健康档案动态使用率达到60%。');
    expect(t?.indicator).toBe('居民健康档案动态使用率');
  });

  it('reads 各省份 as a lead, not as part of the name', () => {
    const [t] = targets('某部门通知\n各省份孕产妇产前检查率达到96%以上。');
    expect(t?.indicator).toBe('孕产妇产前检查率');
  });

  it('drops a headline bracket and its 印发 from the name', () => {
    const [t] = targets('《某市儿童发展纲要(2021-2030年)》印发 儿童肥胖率要控制在8%以下\n正文。');
    expect(t?.indicator).toBe('儿童肥胖率');
  });
});

describe('the region of a notice', () => {
  it('is the country for a notice addressed to the provinces', () => {
    const r = extractTargets(
      '各省、自治区、直辖市卫生健康委:\n到2026年,艾滋病检测覆盖率达到90%以上。',
      { gazetteer: buildGazetteer(SAMPLE_UNITS) },
    );
    expect(r.document.region).toBe('全国');
  });
});

describe('a catalogue word at the end of a share', () => {
  it('keeps whose share it is (the part before 占)', () => {
    const catalogue = buildIndicatorMatcher([
      { name: '用药比例', synonyms: [], unit: '%', direction: 'up' },
    ]);
    const [t] = extractTargets('某县工作要点\n基本药物占医院用药比例达到40%。', {
      catalogue,
    }).targets;
    expect(t?.indicator).toBe('基本药物占医院用药比例');
  });
});

describe('a sex ratio', () => {
  it('reads a bare number of boys per 100 girls after an aim word', () => {
    const [t] = targets('某县人口工作要点\n全县出生人口性别比控制在110以内。');
    expect([t?.value, t?.unit, t?.comparator, t?.indicator]).toEqual([
      110,
      '男/100女',
      '<=',
      '出生人口性别比',
    ]);
  });

  it('reads the ratio written with its unit', () => {
    const [t] = targets('某县人口工作要点\n出生人口性别比降至109.5男/100女以下。');
    expect([t?.value, t?.unit]).toEqual([109.5, '男/100女']);
  });

  it('leaves a ratio stated as a figure alone', () => {
    expect(targets('某县人口工作总结\n全县出生人口性别比为108.6。')).toEqual([]);
  });
});

describe('a distributive 各 after a count', () => {
  it('keeps 各N个 that goes on with the count before it', () => {
    const ts = targets('某省健康促进工作方案\n每年创建30个健康乡镇,健康食堂、健康餐厅各50个。');
    expect(ts.map((t) => t.value)).toEqual([30, 50]);
  });

  it('leaves 各N个 alone when no count target comes before it', () => {
    const ts = targets('某县概况\n全县有综合医院、中医院各2个。');
    expect(ts).toEqual([]);
  });
});
