import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set BW (medical-insurance pages: a meeting that
// sums a year up and sets the next out, …), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => t.value);

describe('news from a meeting that sums up one year and sets out the next', () => {
  it('relays the work set out, not a report', () => {
    const text =
      '全县医保工作会议召开\n日前,县里召开2019年医疗保障工作总结暨2020年工作部署会议。会议明确,门诊统筹报销比例提升为55%;大病保险起付线下调。';
    expect(values(text)).toEqual([55]);
  });

  it('leaves a summary that sets nothing out a report', () => {
    const text =
      '全县医保工作总结\n日前,县里印发2019年医疗保障工作总结。全年门诊统筹报销比例为55%;住院报销比例达到72%。';
    expect(values(text)).toEqual([]);
  });
});
