import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set AY (a list of years sharing one 到, a
// year named the year of the work, counts told without an aim word, …), each tested in wording
// of its own.

const targets = (text: string) => extractTargets(text).targets;

// A dated story that speaks of 今年 is read for the year it was published in (2024 here), so the
// years its body names before that are baselines unless something marks them as aims.
const story = (body: string) =>
  `来源: 本站 时间:2024-03-10 09:12:00\n\n条例将于今年7月提请审议。${body}`;

describe('years of an aim on a story dated later', () => {
  it('gives every year of a list after 到 its own value, not only the first and last', () => {
    const page = story(
      '据介绍,到2019年、2021年和2028年,县城公共场所禁烟覆盖率分别达到40%、60%和90%。',
    );
    expect(targets(page).map((t) => [t.value, t.year])).toEqual([
      [40, 2019],
      [60, 2021],
      [90, 2028],
    ]);
  });

  it('dates the tasks after a year called the year of the work with that year', () => {
    const page = story(
      '市卫健委介绍,2021年是行动的起步之年,主要任务是:推进立法;无烟学校覆盖率达到90%。',
    );
    expect(targets(page).map((t) => [t.value, t.year])).toEqual([[90, 2021]]);
  });
});
