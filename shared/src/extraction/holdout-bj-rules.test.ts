import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the false positives of set BJ (pages that set no aim: bulletins, reviews,
// tallies of a drive), each tested in wording of its own, beside a plan's sentence the rule keeps.

const values = (text: string) => extractTargets(text).targets.map((t) => t.value);

describe('a stated level and its bare growth', () => {
  it('drops both figures of a bulletin pair', () => {
    const bulletin =
      '全年农村常住居民人均消费支出18324元,增长5.3%;城镇居民人均住房面积41.2平方米。';
    expect(values(bulletin)).not.toContain(18324);
    expect(values(bulletin)).not.toContain(5.3);
  });

  it('keeps a growth a plan bounds or averages', () => {
    expect(values('全区居民人均可支配收入达到4万元,年均增长7%以上。')).toContain(7);
  });
});

describe('a volume of care given', () => {
  it('is a tally, not an aim', () => {
    const bulletin = '全年全区医疗卫生机构诊疗412.6万人次,出院9.7万人次。';
    expect(values(bulletin)).toEqual([]);
  });

  it('stays an aim for the year a plan names', () => {
    expect(values('某医院2026年工作计划\n2026年,全院门急诊量为95万人次。')).toContain(950000);
  });

  it('stays an aim where the sentence strives for it', () => {
    expect(values('力争全年完成门急诊诊疗40万人次。')).toContain(400000);
  });
});

describe('a headline that looks back', () => {
  it('makes the page a review, whatever plan its body measures', () => {
    const review =
      '回眸“十二五”\n\n“十二五”规划纲要确定的各项指标顺利完成。全县乡镇卫生院标准化建设达标率达到100%,村卫生室覆盖率提高到98%。';
    expect(values(review)).toEqual([]);
  });

  it('leaves a headline that names a plan to the plan', () => {
    const plan = '2015年工作回顾和2016年工作要点\n\n2016年,全县孕产妇系统管理率达到92%以上。';
    expect(values(plan)).toContain(92);
  });
});

describe('an as-of day inside a sentence', () => {
  it('dates the figures after it', () => {
    const news = '全镇干部连续奋战两周,截至9月3日全镇老人体检人数达到3120人,体检率约75%。';
    expect(values(news)).toEqual([]);
  });

  it('leaves a day that a plan still strives towards', () => {
    const plan = '全县上下要加快进度,截至9月底,老年人健康管理率力争达到75%。';
    expect(values(plan)).toContain(75);
  });
});

describe('a span of years gone by written in digits', () => {
  it('opens a review sentence as 五年来 does', () => {
    const meeting =
      '市卫生工作会议召开。会议指出,3年来,全市村卫生室规范化建设合格率均达到100%,群众就医更加便捷。';
    expect(values(meeting)).toEqual([]);
  });
});

describe('work summed up with 共', () => {
  it('is a tally of the count it sums', () => {
    expect(values('全区卫生健康工作情况\n全区共筛查农村适龄妇女5200人。')).toEqual([]);
  });

  it('is a tally, and so are the rates told after it', () => {
    const summary = '全区卫生健康工作情况\n全区共随访高血压患者8620人,规范管理率达到72%。';
    expect(values(summary)).toEqual([]);
  });

  it('stays a task on a page titled as a plan', () => {
    const plan = '某区2025年卫生健康工作要点\n全年共随访高血压患者9000人,规范管理率达到75%以上。';
    expect(values(plan)).toContain(75);
  });
});

describe('a change against the same period of last year', () => {
  it('is a result when told with a bare verb', () => {
    const news = '全县卫生健康工作情况\n全县高血压患者规范管理率达到68%,同比提高4个百分点。';
    expect(values(news)).not.toContain(4);
  });

  it('leaves a plan’s change against last year to the plan', () => {
    expect(values('2025年,全县住院分娩率比上年提高2个百分点。')).toContain(2);
  });
});
