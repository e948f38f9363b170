import { describe, expect, it } from 'vitest';
import { buildGazetteer, type GazetteerUnit } from '../regions/gazetteer';
import { SAMPLE_UNITS, unit } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set AR (a list head's milestone year lost
// when its items open with a heading or the head is a heading line, a town named only in a byline
// after its county, one file's title twice taken for a locality, a flattened indicator row named by
// all its cells, a table's note on how a measure is counted, areas listed before a rate or a
// quota), each tested in wording and places of our own.

const UNITS: GazetteerUnit[] = [
  ...SAMPLE_UNITS,
  unit('510000', '四川省', 1, '000000'),
  unit('511300', '南充市', 2, '510000'),
  unit('511321', '南部县', 3, '511300'),
];
const gazetteer = buildGazetteer(UNITS);
const targets = (text: string) => extractTargets(text).targets;
const years = (text: string) => targets(text).map((t) => [t.value, t.year]);

describe('a list head naming a milestone inside the plan’s span', () => {
  const plan =
    '某市居民膳食改善规划(2018—2035年)\n' +
    '规划提出,到2035年,居民肥胖率上升势头得到遏制。\n' +
    '到2022年,膳食指导网络基本建立。届时达到下列目标:\n\n' +
    '  ——改善儿童营养。6岁以下儿童低体重率控制在4%以下;学龄儿童维生素A缺乏率下降至8%以下。\n\n' +
    '  ——乳母营养知识知晓率达到75%以上。\n';

  it('dates the items below it, also those whose line opens with a heading of its own', () => {
    expect(years(plan)).toEqual([
      [4, 2022],
      [8, 2022],
      [75, 2022],
    ]);
  });

  it('dates them when the head is itself a numbered heading line', () => {
    const headed =
      '某县全民营养行动方案(2019—2030年)\n' +
      '(二)阶段目标。到2021年,营养监测覆盖全部乡镇。主要指标如下:\n\n' +
      '孕产妇贫血率控制在13%以下;中小学生超重率增幅控制在1%以内。\n';
    expect(years(headed).map(([, y]) => y)).toEqual([2021, 2021]);
  });

  it('leaves items under a head that is before the plan’s span to the plan’s year', () => {
    const old =
      '某县全民营养行动方案(2019—2030年)\n' +
      '到2016年,营养监测试点启动。当时的目标如下:\n\n' +
      '孕产妇贫血率控制在13%以下。\n';
    expect(years(old)).toEqual([[13, 2030]]);
  });
});

describe('a town a byline names after its county', () => {
  const notice =
    '首页 政策文件\n关于做好2018年卫生计生工作的意见\n' +
    '2018-3-2| 发布者: 南部县人民政府| 来自: 南部县双佛镇\n' +
    '各村、镇直各部门:\n二、工作目标\n全镇孕产妇系统管理率达92%以上,免费孕前检查覆盖率达80%。\n';

  it('is the region of a page that calls itself 全镇', () => {
    const found = extractTargets(notice, { gazetteer });
    expect(found.document.region).toBe('双佛镇');
    expect(found.targets.map((t) => t.region)).toEqual(['双佛镇', '双佛镇']);
  });

  it('is no one town when the byline lists two', () => {
    const two = notice.replace('来自: 南部县双佛镇', '来自: 南部县双佛镇、南部县升钟镇');
    expect(['双佛镇', '升钟镇']).not.toContain(extractTargets(two, { gazetteer }).document.region);
  });
});

describe('the page’s own file named twice by a document site', () => {
  it('is one document, so its first characters are no locality', () => {
    const page =
      '《控烟宣传倡议书.docx》由会员分享,更多相关《控烟宣传倡议书.docx(3页)》请搜索。\n' +
      '倡议:到2020年,我市成人吸烟率下降到22%以下。\n';
    const found = extractTargets(page);
    expect(found.document.region).not.toBe('控烟宣');
    expect(found.targets.map((t) => t.region)).not.toContain('控烟宣');
  });
});

describe('a flattened indicator row that opens with its field, number and department', () => {
  const table =
    '三、主要指标\n' +
    '领域 | 序号 | 牵头部门 | 指标 | 2025年 |\n' +
    '慢病防控行动 | 4 | 卫生健康 | 高血压患者基层规范管理率 | >65% |\n' +
    '计算方法:年内按规范管理的人数/登记在册人数×100%,抽查合格率超过90%的按合格计。 | ||\n';

  it('is named by its last labelled cell', () => {
    expect(targets(table).map((t) => [t.indicator, t.value, t.comparator])).toEqual([
      ['高血压患者基层规范管理率', 65, '>'],
    ]);
  });

  it('keeps the note under it, which says how the measure is counted, from giving a target', () => {
    expect(targets(table).map((t) => t.value)).not.toContain(90);
  });
});

describe('areas listed before one rate with 分别', () => {
  it('are the scopes of the values, and the rate after them is the name', () => {
    const found = targets('2019年,城镇和农村地区住院分娩率分别达到99%、96%以上。');
    expect(found.map((t) => [t.indicator, t.scope, t.value])).toEqual([
      ['住院分娩率', '城镇', 99],
      ['住院分娩率', '农村地区', 96],
    ]);
  });
});

describe('a list of quotas by area', () => {
  it('names every item by what the first counts, with its area as the scope', () => {
    const found = targets('2016年全县完成城区免费婚检1200对、农村5400对。');
    expect(found.map((t) => [t.indicator, t.scope, t.value])).toEqual([
      ['免费婚检对数', '城区', 1200],
      ['免费婚检对数', '农村', 5400],
    ]);
  });
});
