// 今年的主要任务是:\n(一)完成查螺200万平方米,灭螺50万平方米;查病3万人次…\n(二)…: a lead line that
// announces the tasks to follow makes every figure in the numbered items under it a quota, whether
// its item repeats a verb of doing (完成, 新建) or lists the work and its size alone (灭螺50万平方米,
// 耕牛查病300头次). Read only for a figure the verb gates would drop, over its own line and the
// numbered item lines above it (at most four lines, 400 characters) up to the lead.

// The lead: a line closing on the tasks or aims it introduces (主要任务是:, 工作任务如下:, 目标任务:).
const TASK_LEAD = /(?:任务|目标)(?:是|为|如下|有)?\s*[:：]\s*$/;
// A numbered item line: (一), （2）, 3、, 4. (not a top heading 一、, which opens a section of its own).
const ITEM_LINE = /^\s*(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}\s*[、.．])/;
const REACH = 400;
const LINES = 4;

/** Whether the figure at `at` stands in a numbered item under a lead line of tasks (主要任务是:). */
export function underTaskLead(t: string, at: number): boolean {
  const from = Math.max(0, at - REACH);
  const window = t.slice(from, at);
  if (!window.includes('任务') && !window.includes('目标')) return false;
  let end = window.lastIndexOf('\n');
  if (end < 0) return false;
  // The figure's own line must be an item.
  if (!ITEM_LINE.test(window.slice(end + 1))) return false;
  for (let n = 0; n < LINES && end > 0; n++) {
    const start = window.lastIndexOf('\n', end - 1);
    if (start < 0 && from > 0) return false;
    const line = window.slice(start + 1, end);
    if (TASK_LEAD.test(line)) return true;
    if (!ITEM_LINE.test(line)) return false;
    end = start;
  }
  return false;
}
