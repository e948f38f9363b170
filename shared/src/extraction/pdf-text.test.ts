import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { normalise } from './normalise';

const HEADER = '2022年全县卫生健康工作要点\n';
const fields = (text: string) =>
  extractTargets(text).targets.map((t) => [t.indicator, t.value, t.unit, t.comparator, t.year]);

describe('text read out of a PDF', () => {
  it('joins a bound word, a number and its unit that a line break split', () => {
    const pdf = `${HEADER}新生儿死亡率控制在3‰以\n下,儿童低体重率不高于 \n 4%,产后访视率达到90%左\n右,叶酸服用率达到88\n%。`;
    const docx = `${HEADER}新生儿死亡率控制在3‰以下,儿童低体重率不高于4%,产后访视率达到90%左右,叶酸服用率达到88%。`;
    expect(fields(pdf)).toEqual(fields(docx));
    expect(fields(pdf)).toHaveLength(4);
  });

  it('quotes the original text, line break included', () => {
    const pdf = `${HEADER}新生儿死亡率控制在3‰以\n下。`;
    const t = extractTargets(pdf).targets[0]!;
    expect(t.quote).toBe('新生儿死亡率控制在3‰以\n下');
    expect([...pdf].slice(t.start, t.end).join('')).toBe(t.quote);
  });

  it('keeps line breaks between sentences and headings', () => {
    expect(normalise('一、工作目标\n全县达到标准\n2.加强管理').text).toBe(
      '一、工作目标\n全县达到标准\n2.加强管理',
    );
  });

  it('reads Kangxi radicals as the characters they stand for, keeping length', () => {
    const text = '⽼年⼈健康管理率达到⼋⼗%';
    const n = normalise(text).text;
    expect(n).toBe('老年人健康管理率达到八十%');
    expect(n.length).toBe(text.length);
  });
});
