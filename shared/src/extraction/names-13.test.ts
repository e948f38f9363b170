import { describe, expect, it } from 'vitest';
import { buildIndicatorMatcher } from './catalogue-names';
import { extractTargets } from './extract-targets';
import { recipientCount, recipientName } from './recipient-names';

// Names on first contact (issue 14, naming round 13), in wording of our own.
const HEADER = '2027年全县卫生健康工作要点\n';
const names = (body: string) => extractTargets(HEADER + body).targets.map((t) => t.indicator);

describe('a count of people a service is given to', () => {
  it('is titled by who receives it, then the service', () => {
    expect(names('年内为3000名留守儿童提供心理疏导服务。')).toEqual(['留守儿童心理疏导服务人数']);
    expect(names('至少对其中800名脑卒中患者进行康复训练。')).toEqual(['脑卒中患者康复训练人数']);
  });

  it('keeps free of charge and counts cases or households in their own word', () => {
    expect(names('免费为1.5万名新婚夫妇提供优生咨询。')).toEqual(['新婚夫妇免费优生咨询人数']);
    expect(names('为1200例唇腭裂患儿免费实施矫治手术。')).toEqual(['唇腭裂患儿免费矫治手术例数']);
    expect(names('为5000户以上低保家庭办理家庭财产保险。')).toEqual(['低保家庭家庭财产保险户数']);
  });

  it('takes the people after the condition that picks them', () => {
    expect(recipientCount('为全市', '60岁以上的独居老人开展上门巡诊', '名')).toBe(
      '独居老人上门巡诊人数',
    );
  });

  it('leaves counts that are not given to anyone', () => {
    expect(recipientCount('培训', '乡村医生', '名')).toBeNull();
    expect(recipientCount('为', '家医院提供设备', '家')).toBeNull();
  });
});

describe('a share of recipients', () => {
  it('drops the preposition and the light verb around them', () => {
    expect(names('为高危孕妇提供必要转诊服务的比例达到95%。')).toEqual(['高危孕妇转诊服务比例']);
    expect(recipientName('对出院患者提供随访服务比例')).toBe('出院患者随访服务比例');
  });
});

describe('a name opening with a light verb', () => {
  it('drops it', () => {
    expect(names('全县提供上门护理服务的床位不少于300张。')).toEqual(['上门护理服务床位数']);
    expect(names('开展儿童口腔筛查覆盖率达到60%以上。')).toEqual(['儿童口腔筛查覆盖率']);
  });

  it('keeps it where it picks the units counted, and in a word of its own', () => {
    expect(names('60%以上的社区开展家庭医生签约。')).toEqual(['开展家庭医生签约的社区比例']);
    expect(recipientName('进行性肌营养不良筛查率')).toBe('进行性肌营养不良筛查率');
  });
});

describe('a plan word before a verb of making', () => {
  it('leaves the verb in the name', () => {
    expect(names('全县计划新建12个社区健康驿站。')).toEqual(['新建社区健康驿站数']);
    expect(names('全县拟在年内新增300张护理床位。')).toEqual(['新增护理床位数']);
  });

  it('is no plan word in a name of its own', () => {
    expect(names('计划免疫接种率保持在95%以上。')).toEqual(['计划免疫接种率']);
  });
});

describe('a rate named by the check, screening, death or onset it counts', () => {
  it('takes 率', () => {
    expect(names('新婚夫妇婚前医学检查达到85%以上。')).toEqual(['新婚夫妇婚前医学检查率']);
    expect(names('孕产妇死亡控制在12/10万以下。')).toEqual(['孕产妇死亡率']);
  });
});

describe('a subject in the clause before, with a trend after its measure word', () => {
  it('is named up to the measure word', () => {
    expect(names('高血压患者血压控制率明显改善,达到65%以上。')).toEqual(['高血压患者血压控制率']);
    expect(names('出生人口性别比趋于正常,控制在110以下。')).toEqual(['出生人口性别比']);
  });
});

describe('a word of obligation inside a share of units', () => {
  it('is dropped before the deed', () => {
    expect(names('不低于70%的普通门诊号源要开放网上预约。')).toEqual([
      '普通门诊号源开放网上预约比例',
    ]);
  });

  it('leaves words of their own', () => {
    expect(names('主要农作物病虫害统防统治覆盖率达到45%以上。')).toEqual([
      '主要农作物病虫害统防统治覆盖率',
    ]);
  });
});

describe('words that only look like trimmable ones', () => {
  it('keeps a ceiling of refunds as written', () => {
    expect(names('住院补偿封顶线提高到12万元。')).toEqual(['住院补偿封顶线']);
    expect(names('门诊报销达到40%以上。')).toEqual(['门诊费用报销比例']);
  });

  it('keeps 基本 that qualifies skills or knowledge', () => {
    expect(names('基本技能素养水平达到28%以上。')).toEqual(['基本技能素养水平']);
  });
});

describe('a yearly mean before a catalogue rate', () => {
  it('keeps 年均 and the population it is averaged over', () => {
    const catalogue = buildIndicatorMatcher([
      { name: '人口死亡率', synonyms: ['死亡率'], unit: '‰', direction: 'down' },
    ]);
    const named = extractTargets(`${HEADER}流动人口年均死亡率控制在5‰左右。`, { catalogue });
    expect(named.targets.map((t) => [t.indicator, t.indicatorSource])).toEqual([
      ['流动人口年均死亡率', 'catalogue'],
    ]);
  });
});
