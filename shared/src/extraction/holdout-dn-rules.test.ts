import { describe, expect, it } from 'vitest';
import { buildGazetteer, type GazetteerUnit } from '../regions/gazetteer';
import { SAMPLE_UNITS, unit } from '../regions/gazetteer.fixture';
import { isListCount } from './asides';
import { extractTargets } from './extract-targets';
import { signedUnits } from './signed-units';
import { unspun } from './spun-words';

// Rules written from the failure classes of hold-out set DN (a township's family-planning book
// through a synonym spinner, old wire items on provincial schemes, a township's sanitation push),
// each tested in wording of its own.
const targets = (text: string) => extractTargets(text).targets;
const UNITS: GazetteerUnit[] = [
  ...SAMPLE_UNITS,
  unit('330000', '浙江省', 1, '000000'),
  unit('330200', '宁波市', 2, '330000'),
];
const gazetteer = buildGazetteer(UNITS);

describe('a list of sites before a floor (asides.ts isListCount)', () => {
  it('reads 在甲、乙、丙至少设立N个 as the floor of the work, not a sum of the list', () => {
    expect(
      isListCount('各区要在区疾控中心、区人民医院、区妇幼保健院至少设立', 3, '个戒烟咨询点。'),
    ).toBe(false);
    const found = targets('各区要在区疾控中心、区人民医院、区妇幼保健院至少设立3个戒烟咨询点。');
    expect(found.map((t) => [t.value, t.unit])).toEqual([[3, '个']]);
  });

  it('still reads a list its number sums up (guard)', () => {
    expect(isListCount('重点抓好预防、治疗和康复', 3, '项工作')).toBe(true);
  });
});

describe('a sex ratio aimed at with a stray % (mentions.ts sexRatioPercents)', () => {
  it('is boys per 100 girls', () => {
    const [t] = targets('今年全市出生人口性别比控制在112%以内。');
    expect([t?.value, t?.unit]).toEqual([112, '男/100女']);
  });

  it('leaves a share that is no sex ratio (guard)', () => {
    const [t] = targets('今年全市住院分娩率控制在100%以内。');
    expect(t?.unit ?? '%').toBe('%');
  });
});

describe('facilities brought up to standard (context-rules.ts COUNT_VERB 完善)', () => {
  it('counts 完善 + the facility + its number', () => {
    const found = targets('今年全镇计划完善无害化卫生户厕500座。');
    expect(found.map((t) => [t.value, t.unit])).toEqual([[500, '座']]);
  });

  it('leaves 完善 with a second verb or with 了', () => {
    expect(targets('今年全区完善和推广5家社区医院的签约经验。')).toEqual([]);
    expect(targets('去年全镇完善了无害化卫生户厕500座。')).toEqual([]);
  });
});

describe("a township's book signed with its villages (signed-units.ts)", () => {
  it('binds the township that signs', () => {
    expect(signedUnits('镇党委、政府与各村委会签订2024年度卫生健康工作目标责任书。')).toBe('全镇');
    expect(signedUnits('乡镇党委、政府与各村委会签订本年度爱国卫生工作目标责任书。')).toBe('乡镇');
    const [t] = targets(
      '2024年卫生健康工作目标责任书\n镇党委、政府与各村委会签订2024年度卫生健康工作目标责任书。一、村卫生室规范化建设率达到95%以上。',
    );
    expect(t?.region).toBe('全镇');
  });

  it('keeps the units below for a county book (guard)', () => {
    expect(signedUnits('市政府与各县区签订卫生工作目标责任书')).toBe('各县区');
  });
});

describe("the spinner's family-planning words (spun-words.ts)", () => {
  it('turns them back in a name', () => {
    expect(unspun('诞生人口统计精确率')).toBe('出生人口统计准确率');
    expect(unspun('长效避孕措施刚好率')).toBe('长效避孕措施及时率');
    expect(unspun('支配生育服务满意率')).toBe('计划生育服务满意率');
  });

  it("leaves the plan's own words (guard)", () => {
    expect(unspun('出生人口性别比')).toBe('出生人口性别比');
    expect(unspun('检验结果精确率')).toBe('检验结果精确率');
  });
});

describe('a scheme launched in a city and spread over the whole (project-site.ts)', () => {
  it('keeps the page’s province when the sentence goes on to 全省', () => {
    const found = extractTargets(
      '新华社杭州3月2日电 浙江省“儿童口腔健康项目”近日在宁波市启动,项目将在全省选取的60个乡镇开展。',
      { gazetteer },
    ).targets;
    expect(found.map((t) => [t.value, t.region])).toEqual([[60, '浙江省']]);
  });

  it('gives the city a scheme run only there (guard)', () => {
    const found = extractTargets(
      '新华社杭州3月2日电 浙江省“儿童口腔健康项目”近日在宁波市开展,将完成龋齿筛查2万人。',
      { gazetteer },
    ).targets;
    expect(found.map((t) => t.region)).toEqual(['宁波市']);
  });
});

describe("a wire lead's aims told again under a year (lead-years.ts)", () => {
  const body = '\n根据安排,2024年-2025年,浙江省将在全省选取60个乡镇开展儿童龋齿筛查和窝沟封闭。\n';
  it('takes the body’s year', () => {
    const found = targets(
      '新华社杭州2023年11月2日电 浙江省“儿童口腔健康项目”近日启动,项目将在全省选取60个乡镇开展。' +
        body,
    );
    expect(found.map((t) => [t.value, t.year])).toEqual([
      [60, 2025],
      [60, 2025],
    ]);
  });

  it('keeps a lead that names its own time (guard)', () => {
    const found = targets(
      '新华社杭州2023年11月2日电 浙江省口腔健康项目近日启动,力争在3年内选取60个乡镇开展。' + body,
    );
    expect(found[0]?.year).not.toBe(2025);
  });
});

describe('class hours allotted to a stage of schooling (units.ts 课时, figure-gates.ts)', () => {
  it('reads N课时 after a stage as a floor, and 1个课时 in 课时', () => {
    const found = targets('今年起心理健康课将列入中小学课程,小学阶段每学年8课时,初中阶段10课时。');
    expect(found.map((t) => [t.value, t.unit])).toEqual([
      [8, '课时'],
      [10, '课时'],
    ]);
    const [one] = targets('各高校每学期要至少安排2个课时的控烟讲座。');
    expect([one?.value, one?.unit]).toEqual([2, '课时']);
  });

  it('leaves hours with no stage before them (guard)', () => {
    expect(targets('该课程共有36课时。')).toEqual([]);
  });
});
