import type { Mention } from './mentions';

/**
 * The mentions a global `pattern` finds in `text`: each a bare number (group 1) whose unit the
 * words around it give, not a sign after it (性别比控制在112以下, 畸残比为0). `span` picks the
 * mention's start and end out of the match: the number alone, or the number with the words that
 * belong to it (112男/100女, 1:1.6).
 */
export function patternMentions(
  text: string,
  pattern: RegExp,
  unit: string,
  kind: Mention['kind'],
  span: (m: RegExpExecArray) => readonly [start: number, end: number],
): Mention[] {
  const out: Mention[] = [];
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null) {
    const [start, end] = span(m);
    out.push({ start, end, value: Number(m[1]), valueMax: null, unit, kind, source: 'arabic' });
  }
  return out;
}

/** The number (group 1) alone, where the match ends with it. */
export const numberAtEnd = (m: RegExpExecArray) => {
  const end = m.index + m[0].length;
  return [end - m[1]!.length, end] as const;
};
