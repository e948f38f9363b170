import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set AI (a portal's ticker of headlines, a
// population forecast in a plan's background, a place told where it stands against the nation's
// level, a change with no aim word of its own under a heading of aims), each tested in wording of
// its own.

const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => t.value);

describe("a portal's ticker of headlines", () => {
  const page = (ticker: string) =>
    [
      '健康频道 首页 要闻 图片',
      ticker,
      '某省卫生健康委印发方案,到2026年全省家庭医生签约率达到45%以上。',
    ].join('\n');

  it('gives no target from any of its stories', () => {
    const ticker =
      '热点新闻  -某地暴雨转移群众1200人 -某集团裁员300名员工 -保障房开工仅完成42% 专家解读 -某药企召回5批次';
    expect(values(page(ticker))).toEqual([45]);
  });

  it('is a line of dash-opened items only: a sentence with dashes keeps its aims', () => {
    const line = '主要指标 -孕产妇死亡率降至10/10万以下,-婴儿死亡率降至5‰以下,-产前筛查率达到85%';
    expect(values(page(line))).toContain(85);
  });
});

describe("a forecast of a plan's population", () => {
  it('is how many people there will be, no aim', () => {
    const found = targets(
      '预计到2027年,全区65岁以上老年人口将超过30万人。到2027年,全区老年人健康管理率达到75%以上。',
    );
    expect(found.map((t) => t.value)).toEqual([75]);
  });

  it('leaves a forecast of the people a programme reaches an aim', () => {
    expect(values('预计到2026年,项目覆盖人口数达到50万人。')).toEqual([500000]);
  });
});

describe('a place told where it stands against a higher level', () => {
  it('sets no reference target when the clause has no word of aiming', () => {
    const found = targets(
      '本县小学生龋患率高于全省平均水平\n\n到2025年,全县12岁儿童龋患率控制在25%以内。',
    );
    expect(found.map((t) => t.value)).toEqual([25]);
  });

  it('keeps the reference when the place says it aims (要, 力争)', () => {
    const found = targets('本县小学生龋患率要低于全省平均水平。');
    expect(found.map((t) => [t.value, t.comparator])).toEqual([[null, '<']]);
  });
});

describe('a change under a numbered heading of aims', () => {
  const plan = (heading: string) =>
    [
      '三、防治工作',
      `4、${heading}`,
      '(1)到2012年,病区学生防治知识知晓率达到80%以上。',
      '(2)2012年全县新发病例数比2007年减少40%。',
      '四、主要措施',
    ].join('\n');

  it('is an aim, though its sentence has no aim word of its own', () => {
    expect(values(plan('包虫病防治目标'))).toEqual([80, 40]);
  });

  it('is not one under a heading of anything else', () => {
    expect(values(plan('包虫病防治工作'))).toEqual([80]);
  });
});

describe('a sentence a line break cut mid-clause', () => {
  const page = (first: string) =>
    `《某省慢病防治规划》提出:\n\n${first}\n\n人数年均增长率由现在的6%下降到3%以内。`;

  it('takes its year from the line it goes on from', () => {
    const [found] = targets(page('——到2028年,高血压患者'));
    expect([found?.value, found?.year]).toEqual([3, 2028]);
  });

  it('does not take a year from a line that is no sentence (a title)', () => {
    const [found] = targets(page('2028年慢病防治工作'));
    expect([found?.value, found?.year]).toEqual([3, null]);
  });
});

describe('a later clause that says only its verb again', () => {
  it('counts what the clause before counted with that verb', () => {
    const found = targets('到2024年培训社区健康指导员300人,到2025年培训500人。');
    expect(found.map((t) => [t.indicator, t.value])).toEqual([
      ['社区健康指导员培训人数', 300],
      ['社区健康指导员培训人数', 500],
    ]);
  });

  it('keeps its own name when the verb differs', () => {
    const found = targets('到2024年培训社区健康指导员300人,到2025年招收500人。');
    expect(found.map((t) => t.indicator)[1]).not.toBe('社区健康指导员培训人数');
  });
});
