import type { Gazetteer } from '../regions/gazetteer';

// A clause whose subject is a place that sets an aim of its own (`例如上海提出到2030年…59%`,
// `四川省也明确…`): that place's target, not the page's — a national summary cites one province's
// aim beside the country's.

const PROPOSES = /^(?:也|还|则|已|亦)?(?:提出|明确|要求|规定|计划(?!生育))/;

// A proposing verb anywhere: the cheap test run before a clause is cut and searched for places
// (计划生育, common in plans, is a programme's name, not a verb).
export const PROPOSING_VERB = /提出|明确|要求|规定|计划(?!生育)/;

/** The place that opens a proposing clause in `clause` (up to the number), or null. */
export function proposingPlace(
  clause: string,
  gazetteer: Gazetteer,
): { name: string; code: string | null } | null {
  if (!PROPOSING_VERB.test(clause)) return null;
  for (const h of gazetteer.find(clause)) {
    if (h.start > 0 && clause[h.start - 1] === '《') continue;
    if (PROPOSES.test(clause.slice(h.end, h.end + 6)))
      return { name: h.unit.name, code: h.ambiguous ? null : h.unit.code };
  }
  return null;
}
