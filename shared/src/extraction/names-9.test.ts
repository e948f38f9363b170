import { describe, expect, it } from 'vitest';
import { buildIndicatorMatcher, type CatalogueEntry } from './catalogue-names';
import { extractTargets } from './extract-targets';

// Names that titled a chart badly on unseen plans (issue 14, naming round 9), in wording of our own.
const HEADER = '2026年全县卫生健康工作要点\n';
const names = (body: string) => extractTargets(HEADER + body).targets.map((t) => t.indicator);

/** Names and their source, read with a catalogue of the given words. */
function catalogued(entries: CatalogueEntry[], body: string): [string, string][] {
  const catalogue = buildIndicatorMatcher(entries);
  return extractTargets(HEADER + body, { catalogue }).targets.map((t) => [
    t.indicator,
    t.indicatorSource,
  ]);
}
const rate = (name: string, ...synonyms: string[]): CatalogueEntry => ({
  name,
  synonyms,
  unit: '%',
  direction: 'up',
});

describe('a qualifier before a catalogue word that says which measure it is', () => {
  it('keeps the base of a density, whatever it counts per', () => {
    const beds: CatalogueEntry = { name: '床位数', synonyms: [], unit: '张', direction: 'up' };
    expect(catalogued([beds], '到2026年,每万名老年人康复床位数不少于15张。')).toEqual([
      ['每万名老年人康复床位数', 'catalogue'],
    ]);
    expect(catalogued([beds], '到2026年,每5万人急诊床位数达到8张。')).toEqual([
      ['每5万人急诊床位数', 'catalogue'],
    ]);
  });

  it('keeps an age or period of life with the people it is of', () => {
    const breastfed = rate('纯母乳喂养率');
    expect(catalogued([breastfed], '到2026年,3个月纯母乳喂养率达到60%。')).toEqual([
      ['3个月纯母乳喂养率', 'catalogue'],
    ]);
    const managed = rate('儿童健康管理率');
    expect(catalogued([managed], '到2026年,7岁以下儿童健康管理率达到92%。')).toEqual([
      ['7岁以下儿童健康管理率', 'catalogue'],
    ]);
  });

  it('leaves out an age in years that names no people, and an age range', () => {
    const smokers = rate('吸烟率');
    expect(catalogued([smokers], '到2026年,18岁以上吸烟率下降到22%。')).toEqual([
      ['吸烟率', 'catalogue'],
    ]);
    const managed = rate('儿童健康管理率');
    expect(catalogued([managed], '到2026年,0—3岁儿童健康管理率达到92%。')).toEqual([
      ['儿童健康管理率', 'catalogue'],
    ]);
  });

  it('keeps the cause a death rate is counted for', () => {
    const deaths: CatalogueEntry = {
      name: '新生儿死亡率',
      synonyms: [],
      unit: '‰',
      direction: 'down',
    };
    expect(catalogued([deaths], '到2026年,早产导致的新生儿死亡率降至2‰以下。')).toEqual([
      ['早产导致的新生儿死亡率', 'catalogue'],
    ]);
  });

  it('still drops a year before a catalogue word', () => {
    const managed = rate('儿童健康管理率');
    expect(catalogued([managed], '2026年儿童健康管理率达到92%。')).toEqual([
      ['儿童健康管理率', 'catalogue'],
    ]);
  });
});

describe('a number of doses or times opening a name', () => {
  it('is part of the name, not a list number glued on', () => {
    expect(names('到2026年,3剂乙肝疫苗接种率达到95%。')).toEqual(['3剂乙肝疫苗接种率']);
    expect(names('到2026年,孕期8次以上产前检查率达到85%。')).toEqual(['孕期8次以上产前检查率']);
    expect(names('4次以上随访率达到80%。')).toEqual(['4次以上随访率']);
  });
});

describe('a lead the first item of a 分别 list opens with', () => {
  it('is every later item’s when it is a cause', () => {
    expect(names('到2026年,意外伤害导致的儿童死亡率、青少年死亡率分别降至2‰、1‰。')).toEqual([
      '意外伤害导致的儿童死亡率',
      '意外伤害导致的青少年死亡率',
    ]);
  });

  it('gives its people of an age to a later item that names none', () => {
    expect(names('到2026年,3岁以下儿童低体重率和消瘦率分别控制在4%和2%以下。')).toEqual([
      '3岁以下儿童低体重率',
      '3岁以下儿童消瘦率',
    ]);
  });

  it('leaves a later item with people of its own alone', () => {
    expect(names('到2026年,7岁以下儿童贫血率和孕妇贫血率分别控制在10%和12%以下。')).toEqual([
      '7岁以下儿童贫血率',
      '孕妇贫血率',
    ]);
  });
});

describe('the 年 of a people word before a rate', () => {
  it('is no yearly 年 folded away', () => {
    expect(names('到2026年,青少年死亡率降至1‰以下。')).toEqual(['青少年死亡率']);
    expect(names('到2026年,老年患病率控制在30%以下。')).toEqual(['老年患病率']);
    expect(names('到2026年,肺结核年发病率降至40/10万以下。')).toEqual(['肺结核发病率']);
  });
});

describe('the residents a measure is of', () => {
  it('stay in the title of their own state and conduct', () => {
    expect(names('到2026年,群众满意度调查满意率达到92%。')).toEqual(['群众满意度调查满意率']);
    expect(names('到2026年,居民感染性腹泻发病率下降到1%。')).toEqual(['居民感染性腹泻发病率']);
    expect(names('到2026年,城乡居民体质合格率达到93%。')).toEqual(['城乡居民体质合格率']);
    expect(names('到2026年,居民慢性病自我管理知晓率达到70%。')).toEqual([
      '居民慢性病自我管理知晓率',
    ]);
    expect(names('到2026年,居民家庭医生签约率达到45%。')).toEqual(['居民家庭医生签约率']);
    expect(names('到2026年,居民正确洗手率达到85%。')).toEqual(['居民正确洗手率']);
  });

  it('still go before a figure per head of them', () => {
    expect(names('到2026年,居民人均体育场地面积达到2.8平方米。')).toEqual(['人均体育场地面积']);
  });
});

describe('a coverage written as an act around the figure', () => {
  it('names the act, the units it covers and 覆盖率', () => {
    expect(names('到2026年,全县每个乡镇的污水处理覆盖达到80%以上的行政村。')).toEqual([
      '污水处理行政村覆盖率',
    ]);
    expect(names('到2026年,各县的垃圾清运覆盖达到90%以上的村、社区。')).toEqual([
      '垃圾清运村、社区覆盖率',
    ]);
  });

  it('is a coverage when 全覆盖 follows the figure', () => {
    expect(names('到2026年,全县乡镇饮用水水质监测100%全覆盖。')).toEqual([
      '乡镇饮用水水质监测覆盖率',
    ]);
  });

  it('leaves a share with no act of covering to its units', () => {
    expect(names('到2026年,80%以上的行政村建成卫生室。')).toEqual(['行政村建成卫生室比例']);
  });
});

describe('the target group opening a rate', () => {
  it('is its scope, not its name', () => {
    const t = extractTargets(HEADER + '到2026年,目标人群孕前优生检查覆盖率达到90%。').targets;
    expect(t.map((x) => [x.indicator, x.scope])).toEqual([['孕前优生检查覆盖率', '目标人群']]);
  });
});

describe('a catalogue word after people or an area and a qualifier of its own', () => {
  const aware = rate('健康知识知晓率');
  const shots = rate('疫苗接种率');

  it('keeps the qualifier, not the people', () => {
    expect(catalogued([aware], '到2026年,城镇老年人群口腔健康知识知晓率达到75%。')).toEqual([
      ['口腔健康知识知晓率', 'catalogue'],
    ]);
    expect(catalogued([shots], '到2026年,在校学生水痘疫苗接种率达到90%。')).toEqual([
      ['水痘疫苗接种率', 'catalogue'],
    ]);
  });

  it('leaves an insurance scheme of the people whole', () => {
    const grant: CatalogueEntry = {
      name: '财政补助标准',
      synonyms: [],
      unit: '元',
      direction: 'up',
    };
    expect(catalogued([grant], '到2026年,大病保险和城镇居民医保财政补助标准提高到700元。')).toEqual(
      [['财政补助标准', 'catalogue']],
    );
  });
});

describe('a cohort born since a year', () => {
  it('is no part of the title, as the year alone is not', () => {
    expect(names('2019年以后出生的儿童电子档案建档率达到98%。')).toEqual(['儿童电子档案建档率']);
    expect(names('2020年后出生儿童疫苗接种信息完整率达到95%。')).toEqual([
      '儿童疫苗接种信息完整率',
    ]);
  });
});

describe('a list of groups and a list of their measures', () => {
  it('pair in order, after the baselines listed first', () => {
    expect(
      names('到2026年,冠心病、慢阻肺患者随访、康复管理率分别从50%、40%提高到70%、60%。'),
    ).toEqual(['冠心病患者随访管理率', '慢阻肺患者康复管理率']);
  });
});

describe('the sick a catalogue rate is of', () => {
  it('say which rate it is', () => {
    const born = rate('出生率');
    expect(catalogued([born], '到2026年,先天性心脏病患儿出生率下降到1‰以下。')).toEqual([
      ['先天性心脏病患儿出生率', 'catalogue'],
    ]);
  });
});
