import { describe, expect, it } from 'vitest';
import { buildGazetteer, type GazetteerUnit } from '../regions/gazetteer';
import { SAMPLE_UNITS, unit } from '../regions/gazetteer.fixture';
import { pageRegion } from './page-region';

// Regions round 9 (towns and sub-districts; short forms that are ordinary words), in wording and
// places of our own.
const UNITS: GazetteerUnit[] = [
  ...SAMPLE_UNITS,
  unit('610000', '陕西省', 1, '000000'),
  unit('610900', '安康市', 2, '610000'),
];
const gazetteer = buildGazetteer(UNITS);
const region = (body: string) => pageRegion(null, body, gazetteer)?.name ?? null;

describe('a short form right after a personal pronoun is the ordinary word, no place', () => {
  it('reads no place from a wish to a person', () => {
    expect(gazetteer.find('“愿您安康 我们安心”')).toEqual([]);
    expect(region('“愿您安康 我们安心”我镇开展义诊\n')).toBe('我镇');
  });

  it('still reads the short form in running text', () => {
    expect(gazetteer.find('专家组赴安康调研').map((h) => h.unit.name)).toEqual(['安康市']);
  });
});
