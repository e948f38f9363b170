import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS, unit } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';
import { buildIndicatorMatcher } from './catalogue-names';

// Rules written from the failure classes of hold-out set BR (a band of a rate picking places, a
// vague aim made exact in brackets, a paragraph that opens with its aims, …), each tested in
// wording of its own.

const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => t.value);

describe('a paragraph that opens with its aims', () => {
  it('reads the state a later sentence says improves as aimed at', () => {
    const text =
      '工作目标:到2030年,全省疾病防控体系更加完善。居民健康水平明显提高,全省乙肝发病率下降到20/10万以下。';
    expect(values(text)).toEqual([20]);
  });

  it('still reads progress made where the paragraph sets no aim', () => {
    const text = '全省疾病防控体系更加完善。居民健康水平明显提高,全省乙肝发病率下降到20/10万以下。';
    expect(values(text)).toEqual([]);
  });
});

describe('a vague level made exact in brackets', () => {
  const text = '到2030年,全省艾滋病病死率降至3%以下,梅毒发病率保持在较低水平(10/10万以下)。';

  it('names the bracketed figure from the words before the bracket', () => {
    const [, second] = targets(text);
    expect(second?.value).toBe(10);
    expect(second?.indicator).toBe('梅毒发病率');
    expect(second?.quote).toBe('梅毒发病率保持在较低水平(10/10万以下)');
  });

  it('keeps an aside after a figure named from its own words', () => {
    const t = targets('到2030年,常住人口控制在800万左右(户籍人口控制在500万)。');
    expect(t.map((x) => x.value)).toEqual([8000000, 5000000]);
    expect(t[1]?.indicator).toContain('户籍人口');
  });
});

describe('a band of a rate picking out places', () => {
  const text =
    '到2030年,患病率在20/10万至50/10万之间的地区,年递降率不低于3%;患病率低于20/10万的地区,年递降率不低于1%。';

  it('reads neither end of the band as an aim', () => {
    expect(values(text)).toEqual([3, 1]);
  });

  it('makes the picking clause the scope of the aim after it', () => {
    expect(targets(text).map((t) => t.scope)).toEqual([
      '患病率在20/10万至50/10万之间的地区',
      '患病率低于20/10万的地区',
    ]);
  });
});

describe('a bare yearly fall after places picked by a rate', () => {
  it('is a fall of the measure that picks them, of the topic just before', () => {
    const text = '到2030年,全省包虫病死亡率降至1/10万以下。患病率高于2%的县,年递降率不低于5%。';
    expect(targets(text).map((t) => t.indicator)).toEqual(['包虫病死亡率', '包虫病患病率年递降率']);
  });
});

describe("a bare act's rate after a share of patients", () => {
  it('takes the patients the share before it was of', () => {
    const text = '到2030年,耐药肺结核患者规范治疗比例提高到80%,成功治疗率达到75%。';
    expect(targets(text).map((t) => t.indicator)).toEqual([
      '耐药肺结核患者规范治疗比例',
      '耐药肺结核患者成功治疗率',
    ]);
  });
});

describe('a table of figures, one per item its header names', () => {
  it('reads no aim in a row of three figures or more under a header naming no aim', () => {
    const text =
      '全区今年各类疫苗接种情况如下:\n疫苗名称\n麻疹疫苗\n乙脑疫苗\n流脑疫苗\n接种率(%)\n98.5\n97.2\n96.8\n';
    expect(values(text)).toEqual([]);
  });

  it('keeps the last figure of a row under a header naming its aim', () => {
    const text =
      '主要指标如下:\n指标名称\n基线\n中期目标\n远期目标\n孕产妇系统管理率(%)\n85\n90\n95\n';
    expect(values(text)).toEqual([95]);
  });
});

describe('the columns of a `|` table of changes', () => {
  const text =
    '主要指标\n指标 | 基线 | 2022年 | 2027年 | 属性 |\n居民吸烟率(%) | 24.1% | 下降2个百分点 | 下降4个百分点 | 预期性 |\n';

  it('reads no aim in the baseline column', () => {
    expect(values(text)).toEqual([2, 4]);
  });

  it("dates each cell by its column's year", () => {
    expect(targets(text).map((t) => t.year)).toEqual([2022, 2027]);
  });

  it("names a cell by the row's label, without the unit or the cells between", () => {
    for (const t of targets(text)) expect(t.indicator).toBe('吸烟率下降幅度');
  });
});

describe('a paragraph that opens with its horizon', () => {
  it('dates a later sentence of it that names no time of its own', () => {
    const text =
      '某县卫生健康规划(2021—2030年)\n(一)到2025年,全县居民健康素养水平明显提升。全县新建3所乡镇卫生院。\n(二)到2030年,全县新建5所社区卫生服务中心。\n';
    expect(targets(text).map((t) => [t.value, t.year])).toEqual([
      [3, 2025],
      [5, 2030],
    ]);
  });

  it('leaves a yearly aim of such a paragraph without a year', () => {
    const text =
      '某县卫生健康规划(2021—2030年)\n(一)到2025年,全县居民健康素养水平明显提升。每年培训乡村医生200人。\n';
    expect(targets(text).map((t) => t.year)).toEqual([null]);
  });
});

describe('a publicity of tasks done', () => {
  it('reads no aim in a count that goes on from one told done with 已', () => {
    const text =
      '省里下达我区筛查任务数为5000人,我区已完成宫颈癌筛查5120人,乳腺癌筛查4980人,筛查经费纳入财政预算。';
    expect(values(text)).toEqual([5000]);
  });

  it('keeps a count with a verb of making of its own after a done one', () => {
    const text = '全区已建成示范村3个,今年新建示范村5个。';
    expect(values(text)).toEqual([5]);
  });

  it('reads no aim in money added up with 合计', () => {
    expect(values('到2025年,完成筛查2000人,筛查经费合计12.5万元。')).toEqual([2000]);
  });
});

describe('a page that opens with the rule it follows', () => {
  const gazetteer = buildGazetteer([...SAMPLE_UNITS, unit('420102', '江岸区', 3, '420100')]);

  it("takes its place from after the rule's makers", () => {
    const text =
      '按照湖北省统计局《关于公示民生实事完成情况的通知》要求,现将江岸区卫生健康局承办的民生实事完成情况公示如下:\n全区今年免费筛查目标数为800人。';
    expect(extractTargets(text, { gazetteer }).document.region).toBe('江岸区');
  });
});

describe('how many programmes a plan runs', () => {
  it('reads no aim in the count of its own programmes (实施N项计划)', () => {
    expect(values('市卫健委拟通过实施6项行动,全面提升居民健康水平。')).toEqual([]);
  });

  it('keeps a count of things a programme builds', () => {
    expect(values('到2025年,实施6项行动,新建社区卫生服务站12个。')).toEqual([12]);
  });
});

describe('the unit a rate is counted by', () => {
  it('is a scope in a bracket right after the figure', () => {
    const [t] = targets('到2025年,麻疹发病率控制在1/10万以下(以乡为单位)。');
    expect([t?.indicator, t?.scope]).toEqual(['麻疹发病率', '以乡为单位']);
  });

  it("is no part of a catalogue synonym's name that opens with it", () => {
    const catalogue = buildIndicatorMatcher([
      {
        name: '疫苗接种率',
        synonyms: ['以村为单位适龄儿童疫苗接种率'],
        unit: '%',
        direction: 'up',
      },
    ]);
    const [t] = extractTargets('到2025年,以村为单位适龄儿童疫苗接种率达到90%。', {
      catalogue,
    }).targets;
    expect([t?.indicator, t?.scope]).toEqual(['适龄儿童疫苗接种率', '以村为单位']);
  });
});

describe('names of aims handed down', () => {
  it('titles a target count by what is counted, without who handed it down', () => {
    const [t] = targets('今年省里分配给我县新生儿听力免费筛查目标数为1800人。');
    expect(t?.indicator).toBe('新生儿听力免费筛查人数');
  });
});

describe('each body or group a rate holds in (各…)', () => {
  it('is the scope of the rate it opens', () => {
    const [t] = targets('到2025年,各助产机构产科医师培训合格率达到95%以上。');
    expect([t?.indicator, t?.scope]).toEqual(['产科医师培训合格率', '各助产机构']);
  });
});

describe('the make-up of the cases a bulletin reports', () => {
  it('reads no aim in the share some cases take of all those reported', () => {
    const text =
      '上月全市报告发病数居前三位的传染病为:手足口病、流感、梅毒,占报告发病总数的91.2%。';
    expect(values(text)).toEqual([]);
  });

  it('keeps such a share a plan aims at', () => {
    expect(values('力争病原学阳性病例占报告病例总数的50%以上。')).toEqual([50]);
  });
});

describe("a `|` table's column look", () => {
  // A column's header is looked for behind every figure in a `|` line: on a line that never ends
  // the look must stay bounded. Four times the text must cost well under sixteen times the work
  // (CPU time, best of three, loose bound as in robustness.test.ts).
  it('stays linear on figures after bars in one endless line', () => {
    const text = (n: number) =>
      Array.from({ length: n }, (_, i) => `覆盖率达到${i % 97}% | `).join('');
    const cpu = (f: () => void) => {
      const a = process.cpuUsage();
      f();
      const b = process.cpuUsage(a);
      return (b.user + b.system) / 1000;
    };
    const small = text(2_000);
    const large = text(8_000);
    extractTargets(small); // warm the JIT
    let bestSmall = Infinity;
    let bestLarge = Infinity;
    for (let i = 0; i < 3; i++) {
      bestSmall = Math.min(
        bestSmall,
        cpu(() => extractTargets(small)),
      );
      bestLarge = Math.min(
        bestLarge,
        cpu(() => extractTargets(large)),
      );
    }
    expect(bestLarge / bestSmall).toBeLessThan(10);
    // The ratio is the assertion; the limit only catches a hang (18 s alone, over 60 s at load 12).
  }, 180_000);
});
