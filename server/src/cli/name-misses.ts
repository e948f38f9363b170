// The name errors of one scored set, for `pnpm eval:extract --names`: every prediction the scorer
// (shared/eval/score.mjs) matches to a gold target whose name fails its containment test. The
// matching mirrors the scorer's: same document, overlapping spans, equal values after unit
// conversion, pairs taken greedily by overlap; ambiguous gold targets are not scored.

/** A gold or predicted JSONL record, as far as matching reads it. */
export interface ScoredRecord {
  doc: string;
  start?: number;
  end?: number;
  quote?: string;
  value?: number | null;
  unit?: string | null;
  indicator?: string | null;
  ambiguous?: boolean;
}

export interface NameMiss {
  doc: string;
  gold: string;
  predicted: string;
  quote: string;
}

const RATE_UNITS: Record<string, number> = {
  '%': 1e-2,
  '‰': 1e-3,
  '‱': 1e-4,
  '1/万': 1e-4,
  '/万': 1e-4,
  '1/10万': 1e-5,
  '/10万': 1e-5,
  '1/十万': 1e-5,
  '1/100万': 1e-6,
  '/100万': 1e-6,
  '1/百万': 1e-6,
};
const MONEY_UNITS: Record<string, number> = { 元: 1, 万元: 1e4, 亿元: 1e8, 千元: 1e3 };
const COUNT_SCALES: Record<string, number> = { 万: 1e4, 亿: 1e8, 千: 1e3 };

/** A unit's dimension and its factor to that dimension's base, as the scorer reads it. */
function canonUnit(raw: string | null | undefined): [string, number] {
  const u = String(raw ?? '')
    .replace(/\s+/g, '')
    .replace(/／/g, '/')
    .replace(/％/g, '%');
  if (u === '') return ['none', 1];
  if (u in RATE_UNITS) return ['rate', RATE_UNITS[u]!];
  if (u in MONEY_UNITS) return ['money', MONEY_UNITS[u]!];
  if (u === '倍') return ['times', 1];
  if (/^(个|個)?百分(点|點)$/.test(u)) return ['points', 1];
  const scale = u.length > 1 ? COUNT_SCALES[u[0]!] : undefined;
  return ['count', scale ?? 1];
}

function sameValue(a: ScoredRecord, b: ScoredRecord): boolean {
  const av = a.value ?? null;
  const bv = b.value ?? null;
  if (av === null && bv === null) return true;
  if (typeof av !== 'number' || typeof bv !== 'number') return false;
  const [da, fa] = canonUnit(a.unit);
  const [db, fb] = canonUnit(b.unit);
  if (da !== db) return false;
  const x = av * fa;
  const y = bv * fb;
  return Math.abs(x - y) <= 5e-4 * Math.max(Math.abs(x), Math.abs(y)) + 1e-12;
}

const clean = (s: string | null | undefined) => String(s ?? '').replace(/[\s\p{P}]/gu, '');

/** The scorer's name test: after dropping spaces and punctuation, one name contains the other. */
export function nameMatch(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = clean(a);
  const y = clean(b);
  return x !== '' && y !== '' && (x.includes(y) || y.includes(x));
}

/** [start, end) in code points; a record without `end` spans its quote. */
function span(r: ScoredRecord): [number, number] | null {
  if (typeof r.start !== 'number') return null;
  const end = typeof r.end === 'number' ? r.end : r.start + (r.quote ? [...r.quote].length : 1);
  return [r.start, Math.max(end, r.start + 1)];
}

/** Matched gold–prediction pairs whose names fail `nameMatch`, in gold order per document. */
export function nameMisses(gold: ScoredRecord[], predicted: ScoredRecord[]): NameMiss[] {
  const misses: NameMiss[] = [];
  for (const doc of new Set(gold.map((g) => g.doc))) {
    const g = gold.filter((x) => x.doc === doc);
    const p = predicted.filter((x) => x.doc === doc);
    const pairs: [number, number, number][] = [];
    g.forEach((gx, j) => {
      const gs = span(gx);
      p.forEach((px, i) => {
        const ps = span(px);
        if (!gs || !ps) return;
        const overlap = Math.min(gs[1], ps[1]) - Math.max(gs[0], ps[0]);
        if (overlap > 0 && sameValue(gx, px)) pairs.push([overlap, i, j]);
      });
    });
    pairs.sort((a, b) => b[0] - a[0]);
    const usedP = new Set<number>();
    const goldOf = new Map<number, number>();
    for (const [, i, j] of pairs) {
      if (usedP.has(i) || goldOf.has(j)) continue;
      usedP.add(i);
      goldOf.set(j, i);
    }
    g.forEach((gx, j) => {
      const i = goldOf.get(j);
      if (i === undefined || gx.ambiguous) return;
      const px = p[i]!;
      if (nameMatch(px.indicator, gx.indicator)) return;
      misses.push({
        doc,
        gold: gx.indicator ?? '',
        predicted: px.indicator ?? '',
        quote: gx.quote ?? '',
      });
    });
  }
  return misses;
}
