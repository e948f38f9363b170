import { readFile } from 'node:fs/promises';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { extractTargets } from '@targetboard/shared/extraction/extract-targets';
import { normalise } from '@targetboard/shared/extraction/normalise';
import type { Target } from '@targetboard/shared/extraction/types';
import { extractionData } from './extraction-options';
import { readDocument } from './read-document';

// The plan in fixtures/ (see its README): a .docx, the PDF LibreOffice made of it in two
// justified columns, and a Chromium print of an excerpt whose font maps glyphs to radicals.
const fixture = async (name: string) =>
  new Uint8Array(await readFile(new URL(`./fixtures/${name}`, import.meta.url)));

async function read(name: string) {
  const { text, format } = await readDocument(await fixture(name), name);
  return { text, format, targets: extractTargets(text, extractionData()).targets };
}

/**
 * What a reviewer sees of a target. Quotes are the file's own text, so they may differ in
 * whitespace and in the radical code points a PDF font gave (compared as the extractor reads them).
 */
const fields = (t: Target) => ({
  indicator: t.indicator,
  scope: t.scope,
  comparator: t.comparator,
  value: t.value,
  valueMax: t.valueMax,
  unit: t.unit,
  year: t.year,
  region: t.region,
  regionCode: t.regionCode,
  quote: normalise(t.quote).text.replace(/\s+/g, ''),
});

// The plan's 24 targets as written (comparator, value, unit), in order: 4 main targets, 19 in
// the tasks (%, ‰, /10万, 元, 岁, counts with 所/家/名/人, a range), 3 in the indicator table.
const PLAN_TARGETS = [
  ['>=', 82, '岁'],
  ['<=', 10, '1/10万'],
  ['<=', 3, '‰'],
  ['>=', 40, '%'],
  ['>=', 65, '%'],
  ['>=', 12, '所'],
  ['>=', 2, '家'],
  ['~', 45, '%'],
  ['>=', 85, '%'],
  ['>=', 99, '元'],
  ['>=', 65, '%'],
  ['>=', 90, '%'],
  ['>=', 95, '%'],
  ['<=', 30, '1/10万'],
  ['>=', 95, '%'],
  ['~', 70, '%'],
  ['>=', 700, '元'],
  ['>=', 40, '名'],
  ['>=', 3.5, '人'],
  ['<=', 7, '%'],
  ['<=', 28, '%'],
  ['<=', 12, '‰'],
  ['>=', 95, '%'],
  ['>=', 70, '%'],
];

describe('a PDF of a plan gives the targets of its .docx', () => {
  it('reads the .docx as written: 24 targets of 安吉县 for 2026', async () => {
    const docx = await read('plan.docx');
    expect(docx.format).toBe('docx');
    expect(docx.targets.map((t) => [t.comparator, t.value, t.unit])).toEqual(PLAN_TARGETS);
    expect(docx.targets.find((t) => t.unit === '家')?.valueMax).toBe(3);
    for (const t of docx.targets) {
      expect(t).toMatchObject({ year: 2026, region: '安吉县', regionCode: '330523' });
    }
  });

  it('reads the LibreOffice PDF to the same targets, though its lines break inside them', async () => {
    const [docx, pdf] = await Promise.all([read('plan.docx'), read('plan.pdf')]);
    expect(pdf.format).toBe('pdf');
    expect(pdf.targets.map(fields)).toEqual(docx.targets.map(fields));
    for (const t of pdf.targets) {
      expect([...pdf.text].slice(t.start, t.end).join('')).toBe(t.quote);
    }
    // The fixture does exercise the repair: pdf.js's own lines split several targets' sentences
    // (a name, `达到9|5%`, `3.|5人`, `30/|10万`), and no target's quote keeps a line break.
    const raw = await rawPdfText(await fixture('plan.pdf'));
    const split = docx.targets.filter((t) => {
      const quote = t.quote.replace(/\s+/g, '');
      return (
        !raw.replace(/[^\S\n]+/g, '').includes(quote) && raw.replace(/\s+/g, '').includes(quote)
      );
    });
    expect(split.length).toBeGreaterThanOrEqual(5);
    expect(pdf.targets.filter((t) => t.quote.includes('\n'))).toEqual([]);
  });

  it('keeps titles, headings, paragraphs and table rows on lines of their own', async () => {
    const { text } = await read('plan.pdf');
    const lines = text.split('\n');
    expect(lines.slice(0, 2)).toEqual(['安吉县卫生健康局', '安吉县2026年卫生健康工作要点']);
    expect(text).not.toMatch(/—\s*\d+\s*—/); // the page numbers in the footer
    expect(lines).toContain('一、2025年工作回顾');
    expect(lines).toContain('四、主要指标');
    expect(lines).toContain('表1 2026年卫生健康主要指标');
    expect(lines).toContain('出生缺陷发生率（‰）\t12.5\t≤12');
    expect(lines.find((l) => l.startsWith('（四）'))).toBe(
      '（四）加强卫生人才队伍建设。全年招聘医学类本科毕业生40名，每千人口执业（助理）医师数达到3.5人。',
    );
    // The review of 2025 stays a review: none of its achieved figures is a target.
    expect(text).toContain('婴儿死亡率为2.1‰');
  });

  it('reads a Chromium print whose text comes out as Kangxi radicals like its HTML', async () => {
    const raw = await rawPdfText(await fixture('plan-excerpt-chromium.pdf'));
    expect(raw).toMatch(/[\u2f00-\u2fd5]/); // ⽣ for 生
    expect(raw).toContain('⺠'); // U+2EA0 for 民, which NFKC leaves alone
    const [html, pdf, docx] = await Promise.all([
      read('plan-excerpt.html'),
      read('plan-excerpt-chromium.pdf'),
      read('plan.docx'),
    ]);
    expect(pdf.targets).toHaveLength(12);
    expect(pdf.targets.map(fields)).toEqual(html.targets.map(fields));
    // The excerpt's targets are the plan's own.
    const plan = new Set(docx.targets.map((t) => JSON.stringify(fields(t))));
    for (const t of html.targets) expect(plan.has(JSON.stringify(fields(t)))).toBe(true);
    expect(pdf.targets.map((t) => t.indicator)).toContain('城乡居民医保人均财政补助标准');
  });
});

/** The text as pdf.js lines it, without this reader's repairs. */
async function rawPdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
  return text;
}
