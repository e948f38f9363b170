import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { unbrokenName } from './broken-names';

// Names round hnames3 (issue 14 point 6, across every set), in wording of our own: a name is one a
// bureau would title a chart with, so no other figure's statement, opening preposition, table bar,
// doubled counter or trailing conjunction stays in it.
const HEADER = '2023年全县卫生健康工作要点\n';
const names = (body: string) => extractTargets(HEADER + body).targets.map((t) => t.indicator);

describe('a figure stated inside a name', () => {
  it('leaves the quantity that picked the units out of a count', () => {
    expect(names('全县组织12个乡镇献血总量达到5万毫升。')).toEqual(['乡镇献血总量']);
  });

  it("leaves another aim's statement run into the name", () => {
    expect(unbrokenName('门诊人次占比为60%以上、住院人次占比')).toBe('住院人次占比');
    expect(unbrokenName('人均预期寿命达80岁左右、婴儿死亡率')).toBe('婴儿死亡率');
  });

  it('keeps the list item before a figure that is the next item’s, with the measure word', () => {
    expect(names('到2025年,80%的城市学校和60%的农村学校建立心理辅导室。')).toEqual([
      '建立心理辅导室的城市学校比例',
      '建立心理辅导室的农村学校比例',
    ]);
  });

  it('keeps ages, periods, densities, ordinals and ranges of a title', () => {
    for (const n of [
      '每10万人口精神科医师数',
      '30-50万人口县数',
      '前3项指标提高幅度',
      '6个月内婴儿纯母乳喂养率',
      '65岁以上老年人健康管理率',
    ])
      expect(unbrokenName(n)).toBe(n);
  });

  it('does not cut a name down to a bare measure word', () => {
    expect(unbrokenName('总体近视率每年降0.5%以上比例')).toBe('总体近视率每年降0.5%以上比例');
  });
});

describe('a from-to whose name is only its baseline', () => {
  it('takes the words before 从 (quotes, whole and modal words dropped)', () => {
    expect(names('今年,我县门诊慢病报销“最高限额”将从原来的2000元提高至3000元。')).toEqual([
      '门诊慢病报销最高限额',
    ]);
  });

  it('keeps the counter a count was titled with', () => {
    expect(names('今年,全县预防接种门诊“冷链设备”将从原来的60台增加至90台。')).toEqual([
      '预防接种门诊冷链设备台数',
    ]);
  });
});

describe('a name opening with a preposition', () => {
  it('drops 对 and the light verb before the service given to people', () => {
    expect(names('2024年,对低保家庭白内障患者实施免费复明手术300例。')).toEqual([
      '低保家庭白内障患者免费复明手术例数',
    ]);
  });

  it('drops the 由 before the payer', () => {
    expect(names('2024年,由县级财政投入500万元。')).toEqual(['县级财政投入']);
  });

  it('drops the 在 before a kind of place, but not 在 of a state', () => {
    expect(unbrokenName('在公共场所新增配置除颤仪数')).toBe('公共场所新增配置除颤仪数');
    expect(unbrokenName('在校学生近视率')).toBe('在校学生近视率');
    expect(unbrokenName('对口支援县级医院数')).toBe('对口支援县级医院数');
  });
});

describe('a counted noun that ends in its count', () => {
  it('takes no second 数', () => {
    expect(names('2023年将增加约200张住院病床、50个手术室服务节数及8个胃镜服务节数。')).toEqual([
      '住院病床数',
      '手术室服务节数',
      '胃镜服务节数',
    ]);
  });
});

describe('the ends of a name', () => {
  it('drops a trailing 并 with the trend before it', () => {
    expect(names('到2025年,适龄儿童龋齿筛查率逐年提高并于2025年达到70%以上。')).toEqual([
      '适龄儿童龋齿筛查率',
    ]);
  });

  it('drops a table bar or slash before the name', () => {
    expect(unbrokenName('|传染病报告及时率')).toBe('传染病报告及时率');
    expect(unbrokenName('/食品抽检批次')).toBe('食品抽检批次');
  });
});

describe('an item whose heading is the measure', () => {
  const H = '2023年全县爱国卫生工作要点\n';
  const read = (body: string) => extractTargets(H + body).targets.map((t) => t.indicator);

  it("names the item's figures whose own words name nothing, a change as its change", () => {
    expect(
      read(
        '(二)农村卫生厕所普及率。2025年底,平原地区达到90%以上;山区(含库区、林区。下同)每年提高3%以上。',
      ),
    ).toEqual(['农村卫生厕所普及率', '农村卫生厕所普及率年提高幅度']);
  });

  it('leaves a figure that names its own measure alone', () => {
    expect(read('(三)病媒生物防制水平。到2025年,城区达到C级标准的街道比例达到80%。')).toEqual([
      '城区达到C级标准的街道比例',
    ]);
  });
});

describe('the copula and counter after a named count', () => {
  it('are dropped', () => {
    expect(names('2025年,高校和中小学心理咨询服务人次分别为600人次和200人次。')).toEqual([
      '高校和中小学心理咨询服务人次',
      '高校和中小学心理咨询服务人次',
    ]);
  });

  it('leave a sittings count with one 场次', () => {
    expect(names('2025年,全县健康教育讲座场数为120场。')).toEqual(['健康教育讲座场次']);
  });
});

describe('a name that only points back at a measure', () => {
  it('takes the measure the text before stated with its figure', () => {
    expect(
      names('目前,全县65岁以上老年人健康管理率为62%。到2025年,要将这一指标提高到75%。'),
    ).toEqual(['65岁以上老年人健康管理率']);
  });
});

describe('a demonstrative place opening a name', () => {
  it('is the region, not the title', () => {
    expect(names('今年该区新建社区健身驿站20个。')).toEqual(['新建社区健身驿站数']);
  });
});

describe('a bound left opening a name by a misplaced stop', () => {
  it('gives the name the measure of the figure before the stop', () => {
    expect(
      names(
        '到2025年,另外新生儿死亡率控制在4‰。以内,比2020年下降20%;孕产妇死亡率控制在10/10万以内。',
      ),
    ).toEqual(['新生儿死亡率', '新生儿死亡率下降幅度', '孕产妇死亡率']);
  });
});

describe('a percentage named by the units it counts', () => {
  it('takes 比例 after units picked out by what they do', () => {
    expect(names('到2025年,开设营养指导门诊的二级以上医院达到60%。')).toEqual([
      '开设营养指导门诊的二级以上医院比例',
    ]);
  });
});

describe('people alone after a measure', () => {
  it('are a scope of the measure just set, 群众 as much as 居民', () => {
    expect(names('到2025年,学生控烟知识知晓率达95%,群众达85%以上。')).toEqual([
      '学生控烟知识知晓率',
      '学生控烟知识知晓率',
    ]);
  });
});
