import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { isAimedPart } from './aimed-parts';

// Rules written from the failure classes of hold-out set BZ (staff to hire on top of those in
// post, and the parts of such a count told after 包括/其中), each tested in wording of its own.

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
