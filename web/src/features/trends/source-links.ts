import type { TrendReply, TrendTarget } from '@targetboard/shared/api/trends.schema';

/** The document page scrolled to the target's sentence, as the dashboard's details link it. */
export function targetSourceHref(target: TrendTarget): string | null {
  return target.source ? `/documents/${target.source.documentId}?target=${target.targetId}` : null;
}

/** Each region's target per year, keyed `code|year`, for rows that name region and quarter. */
export function targetsByRegionYear(reply: TrendReply): Map<string, TrendTarget> {
  const out = new Map<string, TrendTarget>();
  for (const r of reply.regions) for (const t of r.targets) out.set(`${r.code}|${t.year}`, t);
  return out;
}
