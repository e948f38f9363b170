import { describe, expect, it } from 'vitest';
import { buildIndicatorMatcher } from './catalogue-names';
import { extractTargets } from './extract-targets';
import { joinSchoolLevels } from './group-lists';

// Names that titled a chart badly on unseen plans (issue 14, naming round 8), in wording of our own.
const HEADER = '2026年全县卫生健康工作要点\n';
const targets = (body: string) => extractTargets(HEADER + body).targets;
const names = (body: string) => targets(body).map((t) => t.indicator);

describe('a rate whose name opens with a verb of aiming', () => {
  it('keeps 完成 in 完成率 after 实现', () => {
    expect(names('年底前实现任务完成率100%。')).toEqual(['任务完成率']);
    expect(names('今年,全县实现完成率100%。')).toEqual(['完成率']);
  });

  it('keeps 实现 in 实现率', () => {
    expect(names('全县以村为主实现率90%以上。')).toEqual(['以村为主实现率']);
  });
});

describe('groups of people listed before one indicator', () => {
  it('reads 中、小学生 as one group, the topic before it as part of the name', () => {
    const t = targets(
      '到2026年,全县地方性氟中毒病区中、小学生和家庭主妇防治知识知晓率分别达到80%和75%以上。',
    );
    expect(t.map((x) => [x.indicator, x.scope, x.value])).toEqual([
      ['地方性氟中毒防治知识知晓率', '中小学生', 80],
      ['地方性氟中毒防治知识知晓率', '家庭主妇', 75],
    ]);
  });

  it('joins school levels written apart, and no other list', () => {
    expect(joinSchoolLevels('大、中、小学校')).toBe('大中小学校');
    expect(joinSchoolLevels('城、乡居民')).toBe('城、乡居民');
  });
});

describe('units counted by what they do', () => {
  it('are titled by the deed, then the units, not by the noun cut to two characters', () => {
    expect(names('今年新增120家乡镇卫生院提供康复服务。')).toEqual([
      '新增提供康复服务的乡镇卫生院数',
    ]);
  });

  it('end at a quotation closed after the number', () => {
    expect(names('省里将“新增120家乡镇卫生院提供康复服务”列入年度民生实事。')).toEqual([
      '新增提供康复服务的乡镇卫生院数',
    ]);
  });

  it('keep the deed and the head word when the units are who it is done for', () => {
    expect(names('今年为3000对新婚夫妇提供免费健康检查。')).toEqual(['免费健康检查夫妇数']);
  });
});

describe('densities', () => {
  it('give their base to every later item of a list of counts', () => {
    expect(names('到2026年,每千常住人口执业(助理)医师3.1人、注册护士3.5人、药师0.5人。')).toEqual([
      '每千常住人口执业(助理)医师数',
      '每千常住人口注册护士数',
      '每千常住人口药师数',
    ]);
  });

  it('keep the base with its qualifier before a catalogue word', () => {
    const catalogue = buildIndicatorMatcher([
      { name: '床位数', synonyms: [], unit: '张', direction: 'up' },
    ]);
    const t = extractTargets(HEADER + '到2026年,每千人口妇幼专科医院床位数达到0.6张。', {
      catalogue,
    }).targets;
    expect(t.map((x) => [x.indicator, x.indicatorSource])).toEqual([
      ['每千人口妇幼专科医院床位数', 'catalogue'],
    ]);
  });

  it('are titled 每千常住人口 when the base is written first', () => {
    expect(names('到2026年,全县常住人口千人床位数达到6张。')).toEqual(['每千常住人口床位数']);
  });
});

describe('children born to the group just named', () => {
  it('take the mothers of the target before them', () => {
    expect(names('艾滋病感染孕产妇随访率达95%以上,所生婴儿随访率达92%以上。')).toEqual([
      '艾滋病感染孕产妇随访率',
      '艾滋病感染孕产妇所生婴儿随访率',
    ]);
  });

  it('are left as written when no mothers were named', () => {
    expect(names('新生儿访视率达95%以上,所生婴儿随访率达92%以上。')).toEqual([
      '新生儿访视率',
      '所生婴儿随访率',
    ]);
  });
});

describe('spaces inside a name', () => {
  it('read a single space after a word of two characters as spacing, not a cell', () => {
    expect(names('到 2026年,居民 心理健康素养水平达到30%。')).toEqual(['居民心理健康素养水平']);
  });

  it('still start a name after a cell label', () => {
    expect(names('慢病管理 高血压患者随访率80%')).toEqual(['高血压患者随访率']);
  });
});

describe('a name a line break cut', () => {
  it('goes on from the end of the line before, when that line is running text', () => {
    expect(names('今年,避孕措施落实率100%,办理生\n育服务证率100%。')).toEqual([
      '避孕措施落实率',
      '办理生育服务证率',
    ]);
    expect(names('到2026年,新发职业性尘肺\n病病例年均增长率控制在5%以内。')).toEqual([
      '新发职业性尘肺病病例年均增长率',
    ]);
  });

  it('does not go on from a title, a byline or into a numbered item', () => {
    expect(names('一、工作目标\n孕产妇系统管理率达到90%。')).toEqual(['孕产妇系统管理率']);
    expect(names('二、强化妇幼保健,提升服务能力\n孕产妇系统管理率达到90%。')).toEqual([
      '孕产妇系统管理率',
    ]);
    expect(names('来源:某县卫生健康局\n孕产妇系统管理率达到90%。')).toEqual(['孕产妇系统管理率']);
    expect(names('今年,做好妇幼健康管理,早孕建册\n2、产前检查率达到90%。')).toEqual(['产前检查率']);
  });
});
