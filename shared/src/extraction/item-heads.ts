// A list item that opens its line with a short heading of its own (`——降低人群贫血率。5岁以下儿童
// 贫血率控制在12%以下`): its figures are still the list's items, so the head above the list
// (`到2020年,…实现以下目标:`) dates them as it dates an item that starts its line.

const YEAR_WORD = /(?:19|20)\d{2}年/;
// The heading's length: a dash or bullet, a few words and their stop; a longer stretch is prose.
const MAX_HEADING = 40;

/**
 * The start of the line holding the sentence that starts at `sentenceStart`, when all that comes
 * before the sentence on that line is a short item heading naming no year; else `sentenceStart`.
 */
export function itemLineStart(text: string, sentenceStart: number): number {
  if (sentenceStart <= 0 || text[sentenceStart - 1] === '\n') return sentenceStart;
  // Looked for within the heading's length only: a text without line breaks costs no more.
  const from = Math.max(0, sentenceStart - MAX_HEADING - 1);
  let lineStart = -1;
  for (let i = sentenceStart - 1; i > from; i--)
    if (text[i] === '\n') {
      lineStart = i + 1;
      break;
    }
  if (lineStart <= 0) return sentenceStart;
  const heading = text.slice(lineStart, sentenceStart);
  return YEAR_WORD.test(heading) ? sentenceStart : lineStart;
}
