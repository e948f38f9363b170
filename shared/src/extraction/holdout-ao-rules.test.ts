import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';
import { findMentions } from './mentions';
import { normalise } from './normalise';

// Rules written from the failure classes of hold-out set AO (glosses a spam rewriter spaced or left
// toneless, a bound sign in a news story, a five-year plan's end relayed by news, people who will
// receive a treatment and people counted in 万 before who they are, vectors counted in 只, a task
// split over units, a five-year plan's 期间, a part of the ground after a rate, a jurisdiction's 辖区
// beside the page's one place, a city paper's 全省, shares of units covered, a figure named as the
// aim after a findings lead, a reporter on the date line), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;

describe('pinyin glosses a spam rewriter wrote with a space', () => {
  it('deletes a toned gloss with a space before its bracket (接(jiē )种)', () => {
    expect(normalise('儿童接(jiē )种率达到95%').text).toBe('儿童接种率达到95%');
  });

  it('deletes a toneless gloss written the same way (的(de ))', () => {
    expect(normalise('社区的(de )医生').text).toBe('社区的医生');
  });

  it('keeps a unit or a note in brackets with no space (体重(kg), 时长(h))', () => {
    expect(normalise('体重(kg)和时长(h)').text).toBe('体重(kg)和时长(h)');
  });

  it('names a rate without the glosses', () => {
    const found = targets('到2025年,全区家庭医生的(de )签(qiān )约率将达到(dào )70%。');
    expect(found.map((t) => t.indicator)).toEqual(['家庭医生签约率']);
  });
});

describe('a news story relaying a standard', () => {
  const story = (sentence: string) =>
    `本报讯(记者 李明)近日,市爱卫办介绍了复审要求。\n${sentence}\n`;

  it('reads a floor written as a sign (合格率≥95%) as an aim', () => {
    const found = targets(story('学校食堂从业人员健康体检合格率≥95%。'));
    expect(found.map((t) => [t.value, t.comparator])).toEqual([[95, '>=']]);
  });

  it('still drops a level the story tells reached (合格率为95%)', () => {
    expect(targets(story('去年学校食堂从业人员健康体检合格率为95%。'))).toEqual([]);
  });

  it('relays an aim dated by a five-year plan’s end (到“十三五”末)', () => {
    const found = targets(story('到“十三五”末,全市电子健康档案基本覆盖80%的社区。'));
    expect(found.map((t) => [t.value, t.year])).toEqual([[80, 2020]]);
  });
});

describe('people who will receive a treatment', () => {
  it('counts them with 将得到 and names them (救治贫困患者人数)', () => {
    const found = targets('今年,全县1200名贫困患者将得到集中救治。');
    expect(found.map((t) => [t.value, t.unit, t.indicator])).toEqual([
      [1200, '名', '集中救治贫困患者人数'],
    ]);
  });

  it('reads people counted in 万 before who they are (85万农村妇女将享受…)', () => {
    const found = targets('明年全省85万农村妇女将享受免费体检。');
    expect(found.map((t) => [t.value, t.unit, t.kind])).toEqual([[850000, '人', 'count']]);
  });

  it('reads them after 为 (为3.2万老人提供…)', () => {
    const found = targets('今年将为3.2万老人提供上门服务。');
    expect(found.map((t) => [t.value, t.unit])).toEqual([[32000, '人']]);
  });

  it('leaves a number of people a statistic tells (我省有2.6亿高血压患者…)', () => {
    expect(targets('据测算,全国约有2.6亿高血压患者,知晓率不足一半。')).toEqual([]);
  });
});

describe('vectors and animals counted in 只', () => {
  it('reads a density ceiling in 只 (每盏灯诱蚊不超过2只)', () => {
    const found = targets('全区重点场所每盏灯平均诱蚊不超过2只。');
    expect(found.map((t) => [t.value, t.unit, t.comparator, t.kind])).toEqual([
      [2, '只', '<=', 'count'],
    ]);
  });

  it('titles the count without 只 as its measure word (…诱蚊数)', () => {
    const found = targets('全区重点场所每盏灯平均诱蚊不超过2只。');
    expect(found[0]!.indicator).toMatch(/诱蚊数$/);
  });

  it('leaves 只 that means "only" (30只是…)', () => {
    expect(findMentions('病例增加到30只是开始').filter((m) => m.unit === '只')).toEqual([]);
    expect(findMentions('诱蚊不超过30只。').map((m) => m.unit)).toEqual(['只']);
  });
});

describe('a quota of people written with its frame', () => {
  it('titles the quota by its deed, not the task word (体检任务300人 → 老年人体检人数)', () => {
    const found = targets('今年全乡老年人体检任务300人,慢性病患者随访工程200人。');
    expect(found.map((t) => t.indicator)).toEqual(['老年人体检人数', '慢性病患者随访人数']);
  });

  it('gives a later item naming only its topic the deed before it (…肺结核80人)', () => {
    const found = targets('2023年全镇完成肝癌筛查任务120人,肺结核80人。');
    expect(found.map((t) => t.indicator)).toEqual(['肝癌筛查人数', '肺结核筛查人数']);
  });
});

describe('how a task is divided', () => {
  it('reads the number of parts a task is split into as no target (分解到12个社区)', () => {
    const found = targets('2023年全街道完成老年人体检3000人,体检任务分解到12个社区。');
    expect(found.map((t) => t.value)).toEqual([3000]);
  });

  it('reads an area divided into parts as no target (将城区划分为20个网格)', () => {
    expect(targets('今年将城区划分为20个网格,实行网格化管理。')).toEqual([]);
  });

  it('keeps a planned figure written 计划为 (计划为…)', () => {
    const found = targets('今年计划为300名儿童免费实施手术。');
    expect(found.map((t) => t.value)).toEqual([300]);
  });
});

describe('the years of a five-year plan’s period', () => {
  it('gives an aim reached during the period its last year (“十五五”期间)', () => {
    const found = targets('“十五五”期间,全市社区托育点覆盖率将达到60%。');
    expect(found.map((t) => t.year)).toEqual([2030]);
  });
});

describe('a part of the ground after a rate', () => {
  it('carries the rate for the part (郊区乡镇将达到80%)', () => {
    const found = targets('乡镇健身广场覆盖率将达到95%,郊区乡镇将达到80%。');
    expect(found.map((t) => [t.indicator, t.scope])).toEqual([
      ['乡镇健身广场覆盖率', null],
      ['乡镇健身广场覆盖率', '郊区'],
    ]);
  });

  it('leaves a part with units of its own (郊区医院) to its own name', () => {
    const found = targets('乡镇健身广场覆盖率将达到95%,郊区医院将达到80%。');
    expect(found[1]!.indicator).not.toBe('乡镇健身广场覆盖率');
  });
});

describe('where a story applies', () => {
  const gazetteer = buildGazetteer(SAMPLE_UNITS);
  const regions = (text: string) =>
    extractTargets(text, { gazetteer }).targets.map((t) => t.region);

  const page = (other: string) =>
    `这些托育点建在哪里?有的整合社区资源,建在党群服务中心等设施内,有的利用居住小区配套用房,${other}` +
    '还有的向辖区内的幼儿园购买服务共同建设。按照计划,到2025年,武汉市街道托育点的覆盖率将达到90%。\n' +
    '版权所有 © 某网站';

  it('takes the one place a page names over its word 辖区', () => {
    expect(regions(page(''))).toEqual(['武汉市']);
  });

  it('does not pick one of two places the page names by that rule', () => {
    expect(regions(page('北京市'))).not.toEqual(['武汉市']);
  });

  it('reads a city paper’s 全省 as its province (武汉晚报讯 … 全省)', () => {
    const page =
      '武汉晚报讯(记者 王芳)昨日全省妇幼工作会议召开。\n会议提出,全省孕产妇系统管理率2025年要达到92%以上。';
    expect(regions(page)).toEqual(['湖北省']);
  });
});

describe('shares of units covered', () => {
  it('names a share after a bare 覆盖 by the units covered (覆盖县比例)', () => {
    const found = targets('到2025年,基本覆盖60%的县、40%的乡镇和全部试点地区。');
    expect(found.map((t) => [t.value, t.indicator])).toEqual([
      [60, '覆盖县比例'],
      [40, '覆盖乡镇比例'],
    ]);
  });
});

describe('a figure named as the aim right after it', () => {
  it('is that aim after a findings lead earlier in its paragraph (调查显示:…)', () => {
    const text =
      '调查显示,全县托育机构入托率仅为5%左右。全县每千人口托位数距离“十四五”期末3个的目标还有差距。';
    expect(targets(text).map((t) => [t.value, t.year])).toEqual([[3, 2025]]);
  });

  it('needs no verb of doing for a count (托育机构…20家的目标)', () => {
    const text = '全县普惠托育机构距离“十四五”期末20家的目标尚远。';
    expect(targets(text).map((t) => [t.value, t.unit])).toEqual([[20, '家']]);
  });

  it('is that aim in a sentence opened by time gone by (截至去年底…)', () => {
    const text = '截至去年底,全县每千人口托位数为1.6个,距离“十四五”期末3个的目标还有差距。';
    expect(targets(text).map((t) => t.value)).toEqual([3]);
  });
});

describe('a story’s date line', () => {
  it('dates the story when a reporter signs on the same line', () => {
    const page = '某地新闻\n2019-08-02 09:15:20    记者 张华\n今年,全市将新建社区卫生服务站6个。';
    expect(extractTargets(page).document.year).toBe(2019);
  });
});
