import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set DG (family planning and maternal-child
// health of counties, cities and provinces), each tested in wording of its own.
const targets = (text: string) => extractTargets(text).targets;

describe('a sex ratio written as a ratio', () => {
  it('reads girls-first 100:N as N boys per 100 girls', () => {
    const [t] = targets('某市人口规划\n到2012年,全市出生婴儿性别比下降到100:115以下。');
    expect([t?.value, t?.unit, t?.comparator]).toEqual([115, '男/100女', '<=']);
  });

  // (a guard: boys first was read before this round)
  it('reads boys-first N:100 the same way', () => {
    const [t] = targets('某市人口规划\n到2012年,全市出生人口性别比控制在109:100以内。');
    expect([t?.value, t?.unit]).toEqual([109, '男/100女']);
  });

  it('titles the babies born by the yearbooks’ name', () => {
    const [t] = targets('某县人口工作要点\n2013年,当年出生婴儿性别比控制在110以内。');
    expect(t?.indicator).toBe('出生人口性别比');
  });
});

describe('a floor kept in 在确保…的基础上', () => {
  it('is an aim of its own, not the level a change starts from', () => {
    const ts = targets(
      '某市计生规划\n2012年,各县区应在确保节育措施落实率不低于92%的基础上,开展优质服务。',
    );
    expect(ts.map((t) => [t.indicator, t.value, t.comparator])).toEqual([
      ['节育措施落实率', 92, '>='],
    ]);
  });

  it('still reads a plain baseline as none', () => {
    const ts = targets('某市规划\n在现有88%的基础上,2012年筛查率提高到93%。');
    expect(ts.map((t) => t.value)).toEqual([93]);
  });
});

describe('figures the sentence sums up as reached with 实现了', () => {
  it('are results, not aims', () => {
    const ts = targets(
      '某省人口工作\n单独两孩政策实施后,全省出生率11.2‰,人口自然增长率5.4‰,实现了人口平稳增长。今年人口自然增长率控制在7‰以内。',
    );
    expect(ts.map((t) => t.value)).toEqual([7]);
  });
});

describe('births foretold with 将有', () => {
  it('are no target, while the bound on the population is', () => {
    const ts = targets(
      '某市人口计生工作\n预测今年全市将有5万名新生儿出生,年底全市户籍人口控制在420万人左右。',
    );
    expect(ts.map((t) => t.value)).toEqual([4200000]);
  });
});

describe('a notice issuing a plan whose place is blanked', () => {
  it('binds the blanked level’s whole', () => {
    const [t] = targets(
      '单位目标责任书\n根据关于印发××县2020年度人口目标管理责任书的通知要求,签订本责任书。1、政策生育率达98%以上。',
    );
    expect(t?.region).toBe('全县');
  });
});

describe('a spinner’s family-planning words', () => {
  it('are turned back into the plan’s', () => {
    const [t] = targets('某单位责任书\n2020年,加强管理,流淌人口方案生育登记率达95%。');
    expect(t?.indicator).toBe('流动人口计划生育登记率');
  });
});

describe('a share of places listed with their levels in brackets', () => {
  it('is titled after what they do, then the places', () => {
    const [t] = targets('某省规划\n到2012年,75%以上的县(市、区)建立健全孕产妇急救网络。');
    expect(t?.indicator).toBe('建立健全孕产妇急救网络的县(市、区)比例');
  });

  it('also when what they do is reaching a standard', () => {
    const [t] = targets('某省规划\n到2012年,60%的县(市、区)达到妇幼保健规范化标准。');
    expect(t?.indicator).toBe('达到妇幼保健规范化标准的县(市、区)比例');
  });
});
