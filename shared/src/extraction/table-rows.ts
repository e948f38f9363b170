// An indicator table flattened with `|` whose row carries more than a label before its figures
// (`领域 | 序号 | 责任部门 | 指标 | 2025年`): the figure's label is the last cell with words before
// it, not the field, number and department cells the row opens with. Its note rows (`计算方法:…`)
// say how the measure is counted; their numbers are no aims.

const CJK = /[\u4e00-\u9fff]/;
// A cell that is a figure, a bound or both (`>80%`, `≥ 90`, `不低于`): not a label.
const FIGURE_CELL = /^(?:[<>≤≥＜＞]|不低于|不高于|不少于|不超过)?\s*(?:\d+(?:\.\d+)?\s*[%‰]?)?$/;

/**
 * The label of the figure at the end of `before` when its line is a `|` row: the last cell before
 * the figure holding words (the figure's own cell may hold a bound), or null for prose.
 */
export function rowCellLabel(before: string): string | null {
  const line = before.slice(before.lastIndexOf('\n') + 1);
  if (!line.includes('|')) return null;
  const cells = line.split('|').map((c) => c.trim());
  if (!FIGURE_CELL.test(cells.pop() ?? '')) return null;
  for (let i = cells.length - 1; i >= 0; i--) {
    const cell = cells[i]!;
    if (FIGURE_CELL.test(cell)) continue;
    return CJK.test(cell) && i > 0 ? cell : null;
  }
  return null;
}

// 计算方法:, 计算公式:, 指标解释:, 指标定义: a note that defines the measure.
const METHOD_NOTE = /^[\s|]*(?:计算方法|计算公式|指标(?:解释|定义|说明))\s*[:：]/;

/** Whether the figure at the end of `before` stands in a line that defines how a measure is counted. */
export function inMethodNote(before: string): boolean {
  return METHOD_NOTE.test(before.slice(before.lastIndexOf('\n') + 1));
}
