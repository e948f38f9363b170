// The last touches to a name, after the clause and the catalogue have named the target (names
// round 10, `names-10.test.ts`): a spinner's words undone, a percentage's lost head put back, and
// a population word that only repeats what 人均 says dropped.
import { withRateHead } from './rate-heads';
import { recipientName } from './recipient-names';
import { unspun } from './spun-words';

// 中国人口的人均预期寿命: the population whose per-head figure it is says nothing 人均 does not.
const POPULATION_PER_HEAD = /^(?:中国|我国|全国|全省|全市|全县|全区)?人口(?=人均)/;

// 免费为新生儿进行遗传代谢病筛查, 免费两癌筛查: people screened free of charge are titled by who or
// what is screened, then 免费筛查 (新生儿遗传代谢病免费筛查人数), as a bureau's tables write them.
const FREE_SCREENING = /^免费(?:为|给|对)?([\u4e00-\u9fff]{2,12}?)筛查(人数|人次)$/;

/** The finished name; `tail` is the text after the figure, `percent` a % or ‰ figure, not a change. */
export function finishedName(name: string, percent: boolean, tail: string): string {
  let s = recipientName(unspun(name))
    .replace(POPULATION_PER_HEAD, '')
    .replace(
      FREE_SCREENING,
      (_, who: string, per: string) => `${who.replace(/进行|开展/, '')}免费筛查${per}`,
    );
  if (percent) s = withRateHead(s, tail);
  return s;
}
