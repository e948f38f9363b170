import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS, unit } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set CK (a blog's digest of a city's aims with
// its source's line breaks kept, ratios written with the ratio sign, a reform's results told without
// a date), each tested in wording of its own.

const values = (text: string) =>
  extractTargets(text).targets.map((t) => `${t.indicator}:${t.comparator}${t.value}${t.unit}`);
const quotes = (text: string) => extractTargets(text).targets.map((t) => t.quote);

describe('a staffing ratio written with the ratio sign ∶ (mentions.ts)', () => {
  it('reads 1∶N as N 倍, as it reads 1:N', () => {
    expect(values('到2030年,全县医护比不低于1∶1.3。')).toEqual(['医护比:>=1.3倍']);
  });
});

describe('a line break after a clause that counts (name-edges.ts)', () => {
  it('opens no name with the clause before the break when it holds its own figure', () => {
    const text = '到2025年,每个乡镇至少建成1所标准化卫生院\n医护比达到1:1.1。';
    expect(values(text)).toContain('医护比:>=1.1倍');
  });
});

describe('a line break between a verb and its count (cut-lines.ts)', () => {
  it('lets a count opening its line take the verb the line before ends with', () => {
    const text = '到2026年,全市力争新建\n3个省级区域医疗中心\n项目';
    expect(values(text)).toEqual(['省级区域医疗中心数:>=3个']);
  });
});

describe('a list of counts whose nouns quote a coined word (count-lists.ts)', () => {
  it('quotes a later item from its own number', () => {
    const text = '到2025年,培育6个“领航”学科、8个“领航”团队。';
    expect(quotes(text)).toContain('8个');
  });
});

describe('a count each unit of a share is to hold (held-counts.ts)', () => {
  it('reads the share, not the count after it', () => {
    const text = '到2025年,80%以上的乡镇配备1名专职公共卫生医师。';
    expect(values(text).map((v) => v.split(':')[1])).toEqual(['>=80%']);
  });
});

describe('a share of units that are to meet a standard (mention-references.ts)', () => {
  it('sets no value-less target on the standard', () => {
    const text = '到2025年,70%村卫生室达到国家服务能力标准。';
    const found = extractTargets(text).targets;
    expect(found.map((t) => t.value)).toEqual([70]);
  });
});

describe('a page of results measured against the time before (report-kind.ts)', () => {
  const page =
    '某市深入推进医保支付方式改革,全市86家医院全部纳入按病种付费,药品采购价整体下降12.5%。' +
    '通过调整服务价格等措施,确保了改革医院的收支平衡率达到95%以上。' +
    '患者次均住院费用同比下降4%,医务人员收入较改革前增长8%—15%,基层就诊率达到68.2%。';

  // (确保了 tells a guarantee given: report-kind.ts's aim words leave it out, or the page would look ahead.)
  it('reads no target on a page that looks ahead nowhere', () => {
    expect(values(page)).toEqual([]);
  });
});

describe('a first line that names places only in a list (listed-places.ts)', () => {
  const gazetteer = buildGazetteer([
    ...SAMPLE_UNITS,
    unit('421100', '黄冈市', 2, '420000'),
    unit('421181', '麻城市', 3, '421100'),
    unit('421182', '武穴市', 3, '421100'),
  ]);

  it('takes none of the listed places as the page’s own', () => {
    const text =
      '推进医保支付方式改革,在麻城市、武穴市等2市开展按病种付费试点。\n' +
      '到2026年,全市基层就诊率达到65%以上。';
    const [target] = extractTargets(text, { gazetteer }).targets;
    expect(target?.region).toBe('全市');
  });
});

describe('a page whose only word for its area is 市内 (unnamed-region.ts)', () => {
  it('reads it as the whole city', () => {
    const text = '完善参保人市内转诊办法。到2026年,县域内就诊率达到90%以上。';
    const [target] = extractTargets(text).targets;
    expect(target?.region).toBe('全市');
  });
});

describe('a level to hold written 巩固在 (comparators.ts)', () => {
  it('is a bound word, no part of the name', () => {
    expect(values('到2026年,全县住院分娩率巩固在99%以上。')).toEqual(['住院分娩率:>=99%']);
  });
});

describe('a count of units named by an area word (indicator.ts)', () => {
  it('keeps the area word as the kind of unit counted', () => {
    expect(values('到2026年,全省示范乡村达到40个。')).toEqual(['示范乡村数:>=40个']);
  });
});

describe('a 等 that sums deeds up as measures (indicator.ts)', () => {
  it('leaves the summing words out of the share’s name', () => {
    const [target] = extractTargets('到2027年,在60%的县区开展按病种付费等具体举措。').targets;
    expect(target?.indicator).toBe('开展按病种付费的县区比例');
  });
});
