import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set BE (a from-to in tenths, a present
// count, a future holding in traditional script, achieved figures, a city's zones), each tested
// in wording of its own.

const targets = (text: string) => extractTargets(text).targets;

describe('a from-to told in tenths', () => {
  it('reads the second share as the aim', () => {
    const news = '衞生署署長表示,盼把長者流感疫苗接種率由現時的六成提升至七成。';
    expect(targets(news).map((t) => [t.value, t.unit, t.comparator])).toEqual([[70, '%', '>=']]);
  });

  it('leaves the starting share out of the name', () => {
    const news = '衞生署署長表示,盼把長者流感疫苗接種率由現時的六成提升至七成。';
    expect(targets(news).map((t) => t.indicator)).toEqual(['长者流感疫苗接种率']);
  });

  it('takes the name from the clause before a clause that opens with the starting share', () => {
    const plan = '到2026年,继续提高孕妇产检的覆盖率,由目前的七成提升到八成。';
    expect(targets(plan).map((t) => [t.indicator, t.value])).toEqual([['孕妇产检覆盖率', 80]]);
  });
});
