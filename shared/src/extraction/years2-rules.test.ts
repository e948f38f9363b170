import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { leadAfterSentence, relativeYear } from './relative-years';

// Years written from the year misses left across the spent sets (branch years2), by class; each
// tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;

describe('明年 on a dated page', () => {
  const page =
    '市卫健委推进家庭医生签约\n2014-11-03 09:20\n市卫健委表示,明年年底前全市要有300个社区卫生站接入该平台,到2016年扩大到600个。';

  it('is the year after the page’s date, though a later year is named after it', () => {
    expect(targets(page).map((t) => [t.value, t.year])).toEqual([
      [300, 2015],
      [600, 2016],
    ]);
  });

  it('carries to a later clause of its sentence', () => {
    const text =
      '某区推进健康档案\n2018年5月6日\n区卫生局的目标是明年建成健康小屋20个,并培训400名社区医生。';
    expect(targets(text).map((t) => [t.value, t.year])).toEqual([
      [20, 2019],
      [400, 2019],
    ]);
  });

  it('leaves the year alone on an undated page or after a written year', () => {
    expect(relativeYear('明年要建成', '无日期的一页', 2021)).toBe(2021);
    expect(relativeYear('明年起,到2030年', '2024-01-02 发布', 2030)).toBe(2030);
    expect(relativeYear('明年要建成', '2024-01-02 发布', 2024)).toBe(2025);
  });
});

describe('a date aimed at, with its month', () => {
  it('gives its year to the figures of its sentence', () => {
    const text =
      '通知要求,到2013年9月底,全省二级以上医院全部实行电子病历,不少于70%的乡镇卫生院要接入区域平台。';
    expect(targets(text).map((t) => [t.value, t.year])).toEqual([[70, 2013]]);
  });

  it('is no year when it is the day a state is told of (截至)', () => {
    const text = '截至2013年9月底,全省已有60%的乡镇卫生院接入区域平台,下一步要达到80%。';
    expect(targets(text).every((t) => t.year !== 2013)).toBe(true);
  });
});

describe('years listed just before a 分别 sentence', () => {
  it('pair in order with its values', () => {
    const text =
      '二、推进步骤\n全面推开家庭病床服务,按2026年、2027年、2028年三年安排。各县分别完成不少于50%、30%、20%的乡镇卫生院建设任务。';
    expect(targets(text).map((t) => [t.value, t.year])).toEqual([
      [50, 2026],
      [30, 2027],
      [20, 2028],
    ]);
  });

  it('do not pair when the lists differ in length', () => {
    const text =
      '二、推进步骤\n全面推开家庭病床服务,按2026年、2027年两年安排。各县分别完成不少于50%、30%、20%的乡镇卫生院建设任务。';
    expect(new Set(targets(text).map((t) => t.year)).size).toBe(1);
  });
});

describe('近期 (the near term)', () => {
  it('names no year, so its figure is for none', () => {
    const text = '2022年全市卫生工作要点\n全市计划在近期将注册社区护士增加到800名。';
    expect(targets(text).map((t) => [t.value, t.year])).toEqual([[800, null]]);
  });

  it('gives way to a year written after it', () => {
    expect(relativeYear('近期启动,到2025年', '', 2025)).toBe(2025);
  });
});

describe('近期 told of the past', () => {
  it('keeps the page’s year (近期, lately)', () => {
    expect(relativeYear('近期,市里召开会议,要求', '', 2022)).toBe(2022);
    expect(relativeYear('计划在近期', '', 2022)).toBeNull();
    expect(relativeYear('近期内', '', 2022)).toBeNull();
  });
});

describe('a deadline date as the only year of a page', () => {
  it('dates the page, so later figures take it', () => {
    const text =
      '关于开展慢病管理提升行动的通知\n一、工作目标\n2027年6月底前完成全部创建任务。高血压患者规范管理率达到70%以上。';
    expect(targets(text).map((t) => [t.value, t.year])).toEqual([[70, 2027]]);
  });

  it('is read though its 月 was lost', () => {
    const text =
      '关于开展慢病管理提升行动的通知\n一、工作目标\n2027年6底前完成全部创建任务。高血压患者规范管理率达到70%以上。';
    expect(targets(text).map((t) => [t.value, t.year])).toEqual([[70, 2027]]);
  });

  it('gives its year to its own sentence, with its 月 lost, beside a plan of another year', () => {
    const text = '2026年卫生健康工作要点\n2027年6底前,全区高血压患者规范管理率达到70%以上。';
    expect(targets(text).map((t) => [t.value, t.year])).toEqual([[70, 2027]]);
  });
});

describe('a sentence with no time of its own after a 今年 sentence', () => {
  const page =
    '记者获悉,该省提出到2030年要把结核病发病率降到30/10万以下。\n按照方案,今年底全省要建成5个区域诊疗中心。全省肺结核患者成功治疗率达到90%以上。';

  it('goes on with the 今年 of the sentence before it in its paragraph', () => {
    const years = targets(page).map((t) => [t.value, t.year]);
    expect(years).toContainEqual([90, null]);
  });

  it('not across a paragraph, nor when it writes a year', () => {
    expect(leadAfterSentence('今年底建成5个。\n成功率达到', 9, '成功率达到')).toBe('成功率达到');
    expect(leadAfterSentence('今年底建成5个。到2030年达到', 8, '到2030年达到')).toBe(
      '到2030年达到',
    );
    expect(leadAfterSentence('前文。今年底建成5个。成功率达到', 11, '成功率达到')).toBe(
      '今年底建成5个。成功率达到',
    );
  });
});
