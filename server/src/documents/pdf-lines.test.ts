import { describe, expect, it } from 'vitest';
import { pdfText, type PdfTextItem } from './pdf-lines';

const SIZE = 12;
const LEADING = 18;

/** A column of lines as a layout engine sets them: `indent` in characters, width in characters. */
function column(lines: [text: string, indent?: number][], left = 50, top = 700): PdfTextItem[] {
  return lines.map(([str, indent = 0], i) => ({
    str,
    x: left + indent * SIZE,
    y: top - i * LEADING,
    width: [...str].length * SIZE,
    fontSize: SIZE,
  }));
}

describe('pdfText', () => {
  it('joins the lines of a wrapped paragraph and keeps the next paragraph apart', () => {
    const page = column([
      ['全县孕产妇死亡率控', 2],
      ['制在10/10万以下，婴儿'],
      ['死亡率控制在3‰以下。'],
      ['家庭医生签约率达到', 2],
      ['45%左右。'],
    ]);
    expect(pdfText([page])).toBe(
      '全县孕产妇死亡率控制在10/10万以下，婴儿死亡率控制在3‰以下。\n家庭医生签约率达到45%左右。',
    );
  });

  it('keeps a heading on its own line even after a full line', () => {
    const page = column([
      ['各项工作取得新成效，', 2],
      ['健康指标保持前列。'],
      ['二、主要目标'],
      ['（一）基层服务'],
      ['到2026年底，全县', 2],
    ]);
    expect(pdfText([page]).split('\n')).toEqual([
      '各项工作取得新成效，健康指标保持前列。',
      '二、主要目标',
      '（一）基层服务',
      '到2026年底，全县',
    ]);
  });

  it('runs a sentence on into the next column and the next page', () => {
    const left = column([['参保率稳定在9', 2], ['5%以上，报销比']]);
    const right = column([['例保持在70%左'], ['右。']], 250);
    const next = column([['（二）人才'], ['招聘医学毕业生', 2], ['40名。']]);
    expect(pdfText([[...left, ...right], next])).toBe(
      '参保率稳定在95%以上，报销比例保持在70%左右。\n（二）人才\n招聘医学毕业生40名。',
    );
  });

  it('drops a page number above or below the text, in any of its common forms', () => {
    for (const number of ['— 1 —', '- 1 -', '第 1 页 共 2 页', '1 / 2', '1']) {
      const page = [
        ...column([['全年招聘医学类本科毕业', 2], ['生40名，每千人口执业']]),
        { str: number, x: 100, y: 60, width: 40, fontSize: 10 },
      ];
      const next = column([['（助理）医师数达到3.5人。']]);
      expect(pdfText([page, next])).toBe(
        '全年招聘医学类本科毕业生40名，每千人口执业（助理）医师数达到3.5人。',
      );
    }
    // A number inside the text is text.
    expect(
      pdfText([column([['甲乙丙丁戊己庚辛壬癸'], ['12'], ['甲乙丙丁戊己庚辛壬癸']])]),
    ).toContain('12');
  });

  it('separates table cells by tabs and never joins table rows', () => {
    const row = (y: number, cells: string[]): PdfTextItem[] =>
      cells.map((str, i) => ({
        str,
        x: 50 + i * 160,
        y,
        width: [...str].length * SIZE,
        fontSize: SIZE,
      }));
    const items = [
      ...row(700, ['指标', '2025年', '2026年目标']),
      ...row(680, ['出生缺陷发生率（‰）', '12.5', '≤12']),
    ];
    expect(pdfText([items])).toBe('指标\t2025年\t2026年目标\n出生缺陷发生率（‰）\t12.5\t≤12');
  });

  it('drops layout spaces beside Chinese text and before %, keeping one between ASCII words', () => {
    const items: PdfTextItem[] = [
      { str: '表 1', x: 50, y: 700, width: 30, fontSize: SIZE },
      { str: '2026 年 COVID 19 防控率 95 %, see p. 3', x: 84, y: 700, width: 150, fontSize: SIZE },
    ];
    expect(pdfText([items])).toBe('表1 2026年COVID 19防控率95%, see p. 3');
  });

  it('keeps the breaks of short lines in a narrow column, and skips empty items', () => {
    const page = column([['甲'], [''], ['乙']]);
    expect(pdfText([page])).toBe('甲\n乙');
    expect(pdfText([])).toBe('');
  });
});
