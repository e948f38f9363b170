import type { Gazetteer } from '../regions/gazetteer';
import type { IndicatorMatcher } from './catalogue-names';
import type { Comparator, Direction, TargetKind } from '../targets/vocabulary';

/** catalogue: named by a catalogue indicator the clause mentions; heuristic: the phrase before the number. */
export type IndicatorSource = 'catalogue' | 'heuristic';

/** One quantitative target, with code-point offsets `[start, end)` into the ORIGINAL text. */
export interface Target {
  indicator: string;
  scope: string | null;
  region: string | null;
  /** GB/T 2260 code of `region` when a gazetteer was given and resolves it to one unit. */
  regionCode: string | null;
  year: number | null;
  comparator: Comparator;
  value: number | null;
  valueMax: number | null;
  unit: string;
  kind: TargetKind;
  direction: Direction;
  confidence: number;
  /** Whether the name is a catalogue indicator mentioned in the clause or a phrase read from it. */
  indicatorSource: IndicatorSource;
  start: number;
  end: number;
  quote: string;
  /** Index into `document.parts` of the part the target sits in. */
  part: number;
}

/** One document of a compilation (第一篇…), or the whole text when it is a single plan. */
export interface DocumentPart {
  title: string | null;
  region: string | null;
  regionCode: string | null;
  year: number | null;
  /** Code-point offsets of the part in the original text. */
  start: number;
  end: number;
}

/** What the header says about the document as a whole (the first part's fields). */
export interface DocumentInfo {
  title: string | null;
  region: string | null;
  regionCode: string | null;
  year: number | null;
  parts: DocumentPart[];
}

/** Something a reader should check: a target without a number, or given only by reference. */
export interface ExtractionWarning {
  code: 'missing-value' | 'reference-value';
  message: string;
  start: number;
  end: number;
}

/** The result of `extractTargets`. */
export interface ExtractionResult {
  document: DocumentInfo;
  targets: Target[];
  warnings: ExtractionWarning[];
}

/** Tuning knobs; the defaults suit annual work plans. */
export interface ExtractOptions {
  /** Year to use when neither the header nor the text names one. */
  defaultYear?: number | null;
  /** Region to use when neither the header nor the text names one. */
  defaultRegion?: string | null;
  /** Targets below this confidence are left out (default 0). */
  minConfidence?: number;
  /** Place names and short forms (GB/T 2260), built once with `buildGazetteer`. */
  gazetteer?: Gazetteer;
  /** Indicator names and synonyms to name targets by, built once with `buildIndicatorMatcher`. */
  catalogue?: IndicatorMatcher;
}
