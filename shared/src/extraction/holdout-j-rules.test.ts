import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { isReportKind, sentenceAims } from './report-kind';
import { reviewSpans } from './review';
import { isInsideBaseline } from './change';
import { findTableRows } from './table';
import { isNamedLifeSpan } from './growth-aims';
import { sentenceEnd, sentenceStart } from './clauses';
import { houseForm, tidyName } from './indicator';
import { findMentions } from './mentions';

// Rules written from the failure classes of hold-out set J, each tested in wording of its own.

describe('a work report to those above (工作汇报)', () => {
  it('is a page of a reporting kind, unless its opening names a plan too', () => {
    const report = '某街道2021年妇幼和计生工作汇报\n一、基本情况';
    expect(isReportKind(report, report.length)).toBe(true);
    const both = '2021年工作汇报及2022年工作计划';
    expect(isReportKind(both, both.length)).toBe(false);
  });

  it('keeps none of the figures it reports', () => {
    const r = extractTargets(
      '某街道2021年妇幼和计生工作汇报\n全街道落实计生目标管理责任制,孕产妇系统管理率为93.5%,' +
        '政策符合率连续五年保持在95%以上。今年以来投入资金12万元,新建母婴室6个。',
    );
    expect(r.targets).toHaveLength(0);
  });

  it('reads a way of managing by aims as no aim', () => {
    const aims = (s: string) => sentenceAims(s, 0, s.length);
    expect(aims('全面落实目标管理责任制,接种率为97%')).toBe(false);
    expect(aims('签订目标责任书,完成率为100%')).toBe(false);
    expect(aims('目标是接种率达到97%')).toBe(true);
  });
});

describe('a heading of where things stand (…现状)', () => {
  it('opens a review up to the next heading of its kind', () => {
    const text =
      '一、工作现状\n全县治愈率保持在88%以上。\n二、工作目标\n到2025年治愈率达到92%以上。';
    const spans = reviewSpans(text, text.length);
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0]![0], spans[0]![1])).toContain('88%');
    expect(text.slice(spans[0]![0], spans[0]![1])).not.toContain('92%');
    const r = extractTargets(text);
    expect(r.targets.map((t) => t.value)).toEqual([92]);
  });
});

describe('a figure inside 在…基础上', () => {
  it('is the level a change starts from, not a target', () => {
    expect(isInsideBaseline('在上一轮的', '较高水平基础上继续提高')).toBe(true);
    expect(isInsideBaseline('在原有', '的基础之上')).toBe(true);
    expect(isInsideBaseline('在现有基础上提高', '')).toBe(false);
    expect(isInsideBaseline('接种率', '以上')).toBe(false);
  });

  it('leaves the new levels the targets', () => {
    const r = extractTargets(
      '2023年,全市新生儿死亡率、婴儿死亡率分别降至3‰和4‰,在上一轮5‰和6‰的较高水平基础上再次下调。',
    );
    expect(r.targets.map((t) => t.value)).toEqual([3, 4]);
  });
});

describe('a table cell with a note in brackets', () => {
  it('is still a number cell, so its row is read', () => {
    const text = [
      '序号 |',
      '指标名称 |',
      '单位 |',
      '2023年 |',
      '2026年 |',
      '2028年 |',
      '1 |',
      '孕产妇系统管理率 |',
      '% |',
      '91.4(2022年) |',
      '≥93 |',
      '≥95 |',
      '2 |',
      '儿童健康管理率 |',
      '% |',
      '88(全省) |',
      '≥90 |',
      '≥92 |',
    ].join('\n');
    const rows = findTableRows(text, text.length);
    expect(rows.map((r) => r.values.map((v) => [v.value, v.year]))).toEqual([
      [
        [93, 2026],
        [95, 2028],
      ],
      [
        [90, 2026],
        [92, 2028],
      ],
    ]);
  });
});

describe('a life span right after its name', () => {
  it('is an implied 达到 in a list of aims', () => {
    expect(isNamedLifeSpan('全县人均预期寿命')).toBe(true);
    expect(isNamedLifeSpan('居民健康寿命 ')).toBe(true);
    expect(isNamedLifeSpan('全县老年人')).toBe(false);
    const r = extractTargets(
      '到2030年,全县人均预期寿命81.5岁,婴儿死亡率控制在3‰以下,65岁以上老年人健康管理率达到75%。',
    );
    expect(r.targets.map((t) => [t.value, t.unit, t.comparator])).toEqual([
      [81.5, '岁', '>='],
      [3, '‰', '<='],
      [75, '%', '>='],
    ]);
  });

  it('keeps a past year’s figure out', () => {
    const r = extractTargets('2024年全县卫生工作要点。2019年全县人均预期寿命77.6岁。');
    expect(r.targets).toHaveLength(0);
  });
});

describe('an ASCII full stop ending a Chinese sentence (PDF text)', () => {
  it('parts the sentences, so a name starts after it', () => {
    const s = '全镇儿童健康管理率提高到 92%以上.城、镇 居民签约率均达到 60%以上.';
    expect(sentenceStart(s, s.indexOf('60%'))).toBe(s.indexOf('城'));
    expect(sentenceEnd(s, s.indexOf('92%'))).toBe(s.indexOf('.城'));
  });

  it('leaves a decimal point, a list number and a web address inside the sentence', () => {
    const s = '1.接种率达到95.5%,详见www.example.cn';
    expect(sentenceStart(s, s.indexOf('95.5'))).toBe(0);
    expect(sentenceEnd(s, s.indexOf('95.5'))).toBe(s.length);
  });
});

describe('one-character items of a 分别 list (城、乡…)', () => {
  it('qualify the phrase after them, which names both targets', () => {
    const r = extractTargets('到2027年,城、乡 孕产妇系统管理率分别提高到 93%和89%以上。');
    expect(r.targets.map((t) => [t.indicator, t.scope, t.value])).toEqual([
      ['孕产妇系统管理率', '城市', 93],
      ['孕产妇系统管理率', '农村', 89],
    ]);
  });

  it('leave lists of longer items to the shared-head rule', () => {
    const r = extractTargets('到2027年,高血压、糖尿病患者规范管理率分别达到70%和65%。');
    expect(r.targets.map((t) => t.indicator)).toEqual([
      '高血压患者规范管理率',
      '糖尿病患者规范管理率',
    ]);
  });
});

describe('names a bureau would title a chart with', () => {
  it('title a density per 每千人口 or 每万人口', () => {
    expect(houseForm('千人均医疗机构床位数')).toBe('每千人口医疗机构床位数');
    expect(houseForm('千人执业医师数')).toBe('每千人口执业医师数');
    expect(houseForm('每万人全科医生数')).toBe('每万人口全科医生数');
    expect(houseForm('每千人口护士数')).toBe('每千人口护士数');
    expect(houseForm('万人次门诊量')).toBe('万人次门诊量');
  });

  it('count the people a programme aims at without 项目目标人群', () => {
    expect(houseForm('老年人免费体检项目目标人群人数')).toBe('老年人免费体检人数');
  });

  it('keep 的 after 达到 and count nurses without a doubled counter', () => {
    expect(tidyName('学生达到体质健康标准优良等级的人数比例')).toBe(
      '学生达到体质健康标准优良等级的人数比例',
    );
    const r = extractTargets('到2026年,全县千人均注册护士力争达到3.6人。');
    expect(r.targets[0]?.indicator).toBe('每千人口注册护士数');
  });
});

describe('a staffing ratio aimed at (1:N)', () => {
  it('is read as the multiple the second term is of the first', () => {
    const r = extractTargets('到2026年,全县公立医院床护比不低于1：0.8,医护比达到1:1.25。');
    expect(r.targets.map((t) => [t.indicator, t.value, t.unit, t.comparator])).toEqual([
      ['公立医院床护比', 0.8, '倍', '>='],
      ['医护比', 1.25, '倍', '>='],
    ]);
  });

  it('leaves times, scores and ratios told without an aim alone', () => {
    const ratiosIn = (s: string) => findMentions(s).filter((m) => m.unit === '倍');
    expect(ratiosIn('会议于上午11:30在县卫健局召开')).toHaveLength(0);
    expect(ratiosIn('决赛最终比分1:2')).toHaveLength(0);
    expect(ratiosIn('目前全县医护比为1:0.9')).toHaveLength(0);
  });
});

describe('a share opening its clause (50%以上县级医院达到…)', () => {
  it('is named for the units and what they reach, not for the target before it', () => {
    const r = extractTargets(
      '到2026年,每千人口床位数达到6.5张,60%以上乡镇卫生院达到服务能力推荐标准。',
    );
    expect(r.targets.map((t) => [t.indicator, t.value])).toEqual([
      ['每千人口床位数', 6.5],
      ['乡镇卫生院达到服务能力推荐标准比例', 60],
    ]);
  });

  it('leaves a clause of a group and an aim word to the target before it', () => {
    const r = extractTargets('到2026年,签约服务覆盖率达到45%,重点人群达到85%以上。');
    expect(r.targets.map((t) => t.indicator)).toEqual(['签约服务覆盖率', '签约服务覆盖率']);
  });
});

describe('a number after a digit and a comma', () => {
  it('stands on its own unless it is a group of three digits', () => {
    const values = (s: string) => findMentions(s).map((m) => m.value);
    expect(values('床护比不低于1:0.8,60%以上卫生院达标')).toEqual([0.8, 60]);
    expect(values('全年培训1,500人')).toEqual([1500]);
  });
});

describe('from the open misses of set H', () => {
  it('reads a life span aimed at as the level of other places (达到全省…岁的平均水平)', () => {
    const r = extractTargets('到2028年,全县人均预期寿命力争达到全国、全省79.1岁的平均水平。');
    expect(r.targets.map((t) => [t.value, t.unit, t.comparator, t.year])).toEqual([
      [79.1, '岁', '>=', 2028],
    ]);
    expect(extractTargets('到2028年,全省80岁的老人达到3万人。').targets.map((t) => t.unit)).toEqual(
      ['人'],
    );
  });

  it('counts what is named (命名…所) as what is built', () => {
    const r = extractTargets('2025年,全区命名30所无烟示范学校。');
    expect(r.targets.map((t) => [t.indicator, t.value, t.unit])).toEqual([
      ['无烟示范学校数', 30, '所'],
    ]);
  });

  it('keeps 达到…的 that says which units a count counts', () => {
    const r = extractTargets('到2026年,全县达到二级甲等水平的医院增加到5家。');
    expect(r.targets[0]?.indicator).toBe('达到二级甲等水平的医院数');
  });
});

describe('a from-to whose aimed level carries its own year (从2020年的…降到2030年的≤…)', () => {
  it('reads the first number as the baseline and the second as the target of its year', () => {
    const r = extractTargets('到2035年,全市5岁以下儿童死亡率从2022年的4.8‰降到2035年的≤3.5‰。');
    expect(r.targets.map((t) => [t.indicator, t.value, t.comparator, t.year])).toEqual([
      ['5岁以下儿童死亡率', 3.5, '<=', 2035],
    ]);
  });

  it('names the target without the verb of reaching before a bound sign', () => {
    const r = extractTargets('全市新生儿死亡率降到≤2.5‰。');
    expect(r.targets[0]?.indicator).toBe('新生儿死亡率');
  });

  it('leaves a share of a base named as one (床位数达到老年人口的6‰)', () => {
    const r = extractTargets('到2035年,全市护理型床位数达到老年人口的5‰。');
    expect(r.targets[0]?.indicator).toBe('护理型床位占老年人口比例');
  });
});

describe('a change told in points of a per-mille or per-100,000 rate', () => {
  it('is a change target in the rate’s unit', () => {
    const r = extractTargets(
      '到2027年,全市新生儿死亡率比2024年下降0.4个千分点,孕产妇死亡率在现有基础上降低2个十万分点。',
    );
    expect(r.targets.map((t) => [t.indicator, t.value, t.unit, t.comparator])).toEqual([
      ['新生儿死亡率下降幅度', 0.4, '‰', '>='],
      ['孕产妇死亡率下降幅度', 2, '1/10万', '>='],
    ]);
  });

  it('leaves the level the next clause sets named for the indicator, not the change', () => {
    const r = extractTargets('到2027年,全市新生儿死亡率比上年下降0.3个千分点,控制在2.8‰以内。');
    expect(r.targets.map((t) => [t.indicator, t.value])).toEqual([
      ['新生儿死亡率下降幅度', 0.3],
      ['新生儿死亡率', 2.8],
    ]);
  });
});
