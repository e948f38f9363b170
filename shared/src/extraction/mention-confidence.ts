import type { Mention } from './mentions';
import type { Target } from './types';

// The confidence a target is given from how it was read. Moved out of extract-targets.ts unchanged.

export function confidenceOf(
  m: Mention,
  explicit: boolean,
  aimed: boolean,
  name: string,
  source: Target['indicatorSource'],
): number {
  let c = m.kind === 'count' ? 0.7 : 0.85;
  // A phrase read from the clause is less sure than a catalogue indicator it names.
  if (source === 'heuristic') c -= 0.05;
  if (explicit) c += 0.1;
  else if (!aimed) c -= 0.15;
  if (m.source === 'chinese' || m.source === 'fraction') c -= 0.1;
  if (m.value === null) c = 0.4;
  if (!name) c -= 0.2;
  return Math.round(Math.max(0.05, Math.min(0.99, c)) * 100) / 100;
}
