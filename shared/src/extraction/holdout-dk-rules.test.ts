import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';
import { normalise } from './normalise';

// Rules written from the failure classes of hold-out set DK (elderly care, rehabilitation and
// assistive devices: a 民生实事 progress table, copied news in traditional and variant script, a
// county-level city's item that names neither itself nor its year), each tested in wording of its
// own.
const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => t.value);
const g = buildGazetteer(SAMPLE_UNITS);
const placed = (text: string) => extractTargets(text, { gazetteer: g });

describe('variant characters a faulty converter writes (radical-forms.ts, normalise.ts)', () => {
  it('folds them to the standard form, keeping the length', () => {
    const src = '今年將完成辳村幸福院整郃,縂槼模擴大,主躰工程與毉療機搆同步。';
    const { text } = normalise(src);
    expect(text).toContain('农村幸福院整合');
    expect(text).toContain('总规模');
    expect(text).toContain('主体工程');
    expect(text).toContain('医疗机构');
    expect(text.length).toBe(src.length);
  });

  it('names a count with the folded words', () => {
    const [t] = targets('某县养老工作要点\n今年将新建12家辳村幸福院。');
    expect(t?.indicator).toBe('新建农村幸福院数');
  });
});

describe('a headline tagged with its province (document-region.ts titlePlace)', () => {
  it('binds the place written after the tag', () => {
    const page = placed('湖北:武汉市将建15个社区康复站\n\n今年武汉将新建15个社区康复站。');
    expect(page.document.region).toBe('武汉市');
  });

  it('binds the province when no place of it follows the tag', () => {
    const page = placed('湖北:全省将建15个社区康复站\n\n今年全省将新建15个社区康复站。');
    expect(page.document.region).toBe('湖北省');
  });
});

describe('a national day named in quotes (whole-ranks.ts)', () => {
  it('is the occasion, not the page’s whole', () => {
    const page = placed(
      '(记者 王明)为迎接第十个“全国爱眼日”,市卫健委举行义诊活动。今年全市将为3000名学生免费筛查视力。',
    );
    expect(page.document.region).not.toBe('全国');
  });
});

describe('people a body is to hand things to (将向…, context-rules.ts)', () => {
  it('counts the recipients and the things handed out', () => {
    expect(values('今年区残联将向800名困难老人发放各类助行器900台。')).toEqual([800, 900]);
  });

  it('leaves the places the recipients live in out (asides.ts)', () => {
    expect(values('今年区残联将向9个街道的600名困难老人发放助行器。')).toEqual([600]);
  });

  it('keeps the later figure out of the recipients’ name and 各类 out of the things’', () => {
    const ts = targets('今年区残联将向800名困难老人发放各类助行器900台。');
    expect(ts).toHaveLength(2);
    for (const t of ts) expect(t.indicator).not.toMatch(/\d|各类/);
  });
});

describe('the page’s place before an aim word (count-naming.ts)', () => {
  it('is no name: the name follows the aim word', () => {
    const page = placed('武汉市卫生工作\n武汉争取2016年新增康复床位500张以上。');
    expect(page.targets[0]?.indicator).toBe('新增康复床位数');
  });
});

describe('a part of a count the clause names nothing for (其中…, count-naming.ts)', () => {
  it('takes the name of the count before it', () => {
    const ts = targets('某县规划\n三年内将完成120个村卫生室的改造,其中今年将完成40个。');
    expect(ts.map((t) => [t.value, t.indicator])).toEqual([
      [120, '村卫生室改造数'],
      [40, '村卫生室改造数'],
    ]);
  });
});

describe('a progress table flattened a cell to a line (progress-shares.ts)', () => {
  const table = [
    '某县2024年为民办实事项目推进表',
    '序号 |',
    '建设任务 |',
    '牵头单位 |',
    '推进情况(6月30日) |',
    '3 |',
    '卫健局 |',
    '新建村级康复站不少于6个,培训康复员120人。 |',
    '甲镇、乙镇康复站已建成,新增康复站3个;丙镇康复站正在施工,培训康复员超80人。 |',
  ].join('\n');

  it('reads the task cell’s aims and not the progress cell’s figures', () => {
    expect(values(table)).toEqual([6, 120]);
  });

  it('keeps a cell without words of work done', () => {
    const plain = table.replace(
      '甲镇、乙镇康复站已建成,新增康复站3个;丙镇康复站正在施工,培训康复员超80人。',
      '新增康复站3个。',
    );
    expect(values(plain)).toContain(3);
  });
});

describe('an elderly population foretold (forecasts.ts)', () => {
  it('is no target when written 老龄人口', () => {
    expect(values('到2020年,全县65岁以上老龄人口将达到9万,每千名老人养老床位达到35张。')).toEqual([
      35,
    ]);
  });
});

describe('units a place has now (held-counts.ts)', () => {
  it('are no target, spaced figures too', () => {
    expect(values('全区有 25 家卫生服务站接受预约,市民可就近咨询。')).toEqual([]);
    expect(values('全区有25家卫生服务站接受预约。')).toEqual([]);
  });

  it('keeps units a plan will have or build', () => {
    expect(values('到2025年,全区要有25家卫生服务站开展康复服务。')).toEqual([25]);
    expect(values('今年全区新建25家卫生服务站。')).toEqual([25]);
  });
});

describe('units counted after what they add (deed-first.ts)', () => {
  it('titles them by the deed first, keeping 增加', () => {
    const [t] = targets('某省规划\n到2025年,支持200家乡镇卫生院增加康复床位。');
    expect(t?.indicator).toBe('增加康复床位的乡镇卫生院数');
  });
});
