import type { Target } from './types';

/** One JSONL record for a target: its file's base name plus every field, `valueMax` also as `value_max`. */
export function targetRecord(doc: string, t: Target): Record<string, unknown> {
  return {
    doc,
    start: t.start,
    end: t.end,
    quote: t.quote,
    indicator: t.indicator,
    region: t.region,
    scope: t.scope,
    comparator: t.comparator,
    value: t.value,
    valueMax: t.valueMax,
    value_max: t.valueMax,
    unit: t.unit,
    year: t.year,
    kind: t.kind,
    direction: t.direction,
    confidence: t.confidence,
  };
}
