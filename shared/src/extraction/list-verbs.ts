import type { Target } from './types';

// 建设省级健康机关100个,健康社区55个,健康村庄380个: one verb leads a list of counts, and only the
// first item's name would carry it (建设省级健康机关数 beside 省级健康社区数). A chart titles the items
// alike, so the first drops the verb its mates do without. Only verbs of plain activity: 新建, 新增
// and 建成 say new or done and stay, as does a lone count's verb (建设县级医院数).
const ACTIVITY_VERB = /^(?:建设|创建|打造|培育)(?=[\u4e00-\u9fff]{3})/;
// The next item follows within a short run of the same sentence.
const NEXT_GAP = 24;

/** Drops the lead verb from the first of a list of counts whose later items are named without it. */
export function listVerbs(
  t: string,
  targets: Target[],
  at: readonly { start: number; end: number }[],
): void {
  for (let i = 0; i + 1 < targets.length; i++) {
    const first = targets[i]!;
    const next = targets[i + 1]!;
    if (first.kind !== 'count' || next.kind !== 'count' || first.unit !== next.unit) continue;
    const verb = ACTIVITY_VERB.exec(first.indicator);
    if (!verb) continue;
    const gapStart = at[i]!.end;
    const gapEnd = at[i + 1]!.start;
    if (gapEnd - gapStart > NEXT_GAP || /[。;；\n]/.test(t.slice(gapStart, gapEnd))) continue;
    const rest = first.indicator.slice(verb[0].length);
    if (next.indicator.startsWith(verb[0]) || !next.indicator.startsWith(rest.slice(0, 2)))
      continue;
    first.indicator = rest;
  }
}
