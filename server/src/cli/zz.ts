import { extractTargets } from '@targetboard/shared/extraction/extract-targets';
import { extractionData } from '../documents/extraction-options';
const data = extractionData();
for (const s of process.argv.slice(2)) for (const t of extractTargets(s, data).targets) console.log(s, '→', t.indicator, t.comparator, t.value, t.unit, t.year, t.region);
