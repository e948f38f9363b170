import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set ED (district, 街道 and township news
// items on free check-ups and screening drives, and a city's list of the year's 实事), each
// tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => [t.value, t.unit]);

describe('a count of people a programme helps (救助)', () => {
  it('is a count to reach, as 资助 is', () => {
    expect(values('今年计划救助困难家庭患儿300人。')).toContainEqual([300, '人']);
  });
});
