import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { isAimedPart } from './aimed-parts';
import { isReadingTime } from './reading-time';
import { isNumberFirstGap } from './count-lists';

// Rules written from the failure classes of hold-out set BZ (staff to hire on top of those in
// post, the parts of such a count told after 包括/其中, a density per 万居民, a page's reading
// time), each tested in wording of its own.

const values = (text: string) => extractTargets(text).targets.map((t) => t.value);

describe('staff to hire (增聘)', () => {
  it('reads a count of staff to hire as an aim', () => {
    expect(values('2021年,本县拟增聘80名乡村医生。')).toEqual([80]);
  });
  it('reads it in Chinese numerals too', () => {
    expect(values('明年该院将增聘三十名药剂人员。')).toEqual([30]);
  });
});

describe('parts of a count aimed at', () => {
  it('reads the parts told numbers first after 包括', () => {
    expect(values('2022年本市将增聘120名医务人员,包括40名医师和70名护理人员。')).toEqual([
      120, 40, 70,
    ]);
  });
  it('reads a part after 其中', () => {
    expect(values('今年全县将新建36个村卫生室,其中12个位于山区。')).toEqual([36, 12]);
  });
  it('keeps parts of a present total out', () => {
    expect(values('目前全市共有药师900名,其中300名在基层。')).toEqual([]);
  });
  it('needs the word of parts at the clause start and a count before', () => {
    expect(isAimedPart('包括', true)).toBe(true);
    expect(isAimedPart('包括15名医师和', true)).toBe(true);
    expect(isAimedPart('其中', false)).toBe(false);
    expect(isAimedPart('共有', true)).toBe(false);
  });
});

describe('a density per residents', () => {
  it('reads a count per 万居民 as an aim whatever the verb', () => {
    expect(values('到2030年,全省每万居民应有3.5名注册护士。')).toEqual([3.5]);
  });
});

describe("a page's reading time", () => {
  it('drops the minutes a page takes to read', () => {
    expect(
      values('全文共1500字,阅读约需5分钟\n到2025年,院前急救平均反应时间缩短至12分钟。'),
    ).toEqual([12]);
    expect(isReadingTime('读完约', '分钟')).toBe(true);
    expect(isReadingTime('预计阅读时间:', '分钟')).toBe(true);
    expect(isReadingTime('平均等候时间约', '分钟')).toBe(false);
  });
});

describe('a subjectless sentence after a relayed plan in news', () => {
  const story = (body: string) => `本报讯(记者王明)3月5日,记者从全县卫生工作会议获悉:${body}`;
  it('reads its rate as the plan going on', () => {
    expect(values(story('今年,全县将新建6个村卫生室。实现行政村卫生室100%配备合格村医。'))).toEqual(
      [6, 100],
    );
  });
  it('keeps it a report after a sentence of the present', () => {
    expect(values(story('目前全县共有村卫生室80个。实现行政村卫生室100%配备合格村医。'))).toEqual(
      [],
    );
  });
});

describe('a list whose numbers come first', () => {
  it("quotes a later item from its own number, not the item before's noun", () => {
    const quotes = extractTargets(
      '今年全省将新建15个康复站、20个护理站、8个安宁病房。',
    ).targets.map((t) => t.quote);
    expect(quotes.slice(1)).toEqual(['20个', '8个']);
  });
  it('needs a bare noun and a list mark between the figures', () => {
    expect(isNumberFirstGap('康复站、')).toBe(true);
    expect(isNumberFirstGap('康复站,新建')).toBe(false);
  });
});
