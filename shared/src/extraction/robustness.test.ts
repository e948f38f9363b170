import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// A made-up plan in the shape of real ones: header, traditional script with pinyin, lists,
// blanks, tables, full-width forms and an astral character.
const PLAN = [
  '2021年全市卫生健康工作要点',
  '一、主要目标',
  '1、到2021年底，全市家庭醫(yī)生簽約服務覆蓋率達(dá)到45%以上,重点人群覆盖率达75%以上。',
  '2、孕产妇死亡率低于10/10万，婴儿死亡率低于5‰；新建2-3个胸痛中心。',
  '3、门诊和住院次均费用增长率控制在8%以内，个人卫生支出占比降至28%左右。',
  '4、出生政策符合率城区达到%,郊区达到%以上，体检率不低于省要求。',
  '5、招收住院医师不少于300人，为5000户家庭提供服务，二○二一年完成𠀀项工作。',
  '孕产妇死亡率(1/10万) | 12.1 | 10',
].join('\n');

function checkOffsets(text: string): void {
  const cps = [...text];
  const { targets } = extractTargets(text);
  for (const t of targets) {
    expect(t.start).toBeGreaterThanOrEqual(0);
    expect(t.end).toBeGreaterThan(t.start);
    expect(t.end).toBeLessThanOrEqual(cps.length);
    expect(cps.slice(t.start, t.end).join('')).toBe(t.quote);
    expect(t.confidence).toBeGreaterThanOrEqual(0);
    expect(t.confidence).toBeLessThanOrEqual(1);
  }
}

describe('robustness', () => {
  it('finds the made-up plan targets and quotes them exactly', () => {
    expect(extractTargets(PLAN).targets.length).toBeGreaterThanOrEqual(12);
    checkOffsets(PLAN);
  });

  it('keeps offsets pointing at the quote on mutated plan text', () => {
    const piece = fc.constantFrom(
      '，',
      '。',
      '、',
      '(',
      ')',
      '(wèi)',
      '%',
      '‰',
      '以上',
      '达到',
      '0',
      '7',
      '二○',
      '𠀀',
      '\n',
      '|',
      ' ',
      '萬',
      '衛',
      'x',
    );
    const edit = fc.record({
      at: fc.nat(),
      del: fc.nat({ max: 6 }),
      ins: fc.array(piece, { maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 8 }), (edits) => {
        let s = PLAN;
        for (const e of edits) {
          const at = e.at % (s.length + 1);
          s = s.slice(0, at) + e.ins.join('') + s.slice(at + e.del);
        }
        // Cutting inside a surrogate pair leaves a lone half; the quote must still match.
        checkOffsets(s);
      }),
      { numRuns: 300 },
    );
    // 300 extractions of a whole plan: 2–3 s alone, past vitest's 5 s default on a loaded machine.
  }, 30_000);

  // Speed is measured by `pnpm bench:extract`, not asserted here: a loaded CI machine must not fail it.
  it('gets through 5 MB of random CJK, digits and punctuation without throwing', () => {
    const alphabet =
      '的一是在人有了中国达到以上以下以内左右不低于控制在率比例元万个所家%‰/—-~、，。；：()（）“”《》〔〕0123456789十百千两二○〇\n|(wèi)衛生';
    const chars = [...alphabet];
    let seed = 42;
    const parts: string[] = [];
    let n = 0;
    while (n < 5_000_000) {
      let chunk = '';
      for (let i = 0; i < 1000; i++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        chunk += chars[seed % chars.length];
      }
      parts.push(chunk);
      n += chunk.length;
    }
    const text = parts.join('');
    const r = extractTargets(text);
    expect(r.targets.length).toBeGreaterThan(0);
    const t = r.targets[r.targets.length - 1]!;
    expect([...text.slice(0, t.end + 10)].slice(t.start, t.end).join('')).toBe(t.quote);
    // The generator's product passes 2^53 and loses its low bits: it draws 17 of the characters in
    // a cycle of 10,466 and never the line break, so this is one 5 MB line. Figures a line holds
    // read to its end made it quadratic (54 s alone at load 5, 18 s of CPU); since session 28 about
    // 6 s of CPU alone, ~5× a plan's time a character. The limit is for a hang, not a speed bound.
  }, 300_000);
  // Quadratic work hides in long sentences: a regex backtracking over a clause, a scan per
  // number. Four times the text must cost well under sixteen times the work; the bound is
  // loose (10×) so a busy machine cannot fail it, a quadratic pass still does. The work is this
  // process's CPU time, not the clock (other test files share the cores), and the sizes are
  // measured in turn, best of five each, so a busy spell weighs on both alike.
  it.each([
    ['one sentence without punctuation', (i: number) => `卫生健康服务覆盖率达到${i % 100}`],
    ['digits and percent signs only', (i: number) => `${i}%${i % 7}.${i % 10}‰`],
    ['comparators back to back', () => '以上以下不低于控制在左右达到'],
    ['a table row that never ends', (i: number) => `| ${i} | ${i % 97}% `],
    ['Chinese numerals no counting word follows', () => '二十三百四千五万两〇'],
  ])(
    'stays linear on %s',
    (_name, piece) => {
      const text = (n: number) => Array.from({ length: n }, (_, i) => piece(i)).join('');
      const cpuMs = () => {
        const u = process.cpuUsage();
        return (u.user + u.system) / 1000;
      };
      // CPU time per call, repeating fast calls for at least 30 ms so the timer's grain cannot
      // decide.
      const round = (t: string) => {
        let calls = 0;
        const started = cpuMs();
        do {
          extractTargets(t);
          calls++;
        } while (cpuMs() - started < 30);
        return (cpuMs() - started) / calls;
      };
      const small = text(2_000);
      const large = text(8_000);
      round(small); // warm the JIT
      let bestSmall = Infinity;
      let bestLarge = Infinity;
      for (let i = 0; i < 5; i++) {
        bestSmall = Math.min(bestSmall, round(small));
        bestLarge = Math.min(bestLarge, round(large));
      }
      expect(bestLarge / bestSmall).toBeLessThan(10);
      // The ratio is the assertion; on a loaded machine the rounds alone can pass 5 s.
    },
    60_000,
  );
});
