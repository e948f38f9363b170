// 调整城乡居民医保财政补助标准,由2018年的490元提高至520元: a clause that opens with its starting
// level (由…/从… then the verb of reaching) names nothing of its own; the measure is the subject of
// the clause before it, which the naming then reads. 从业人员, 由于 and 从此 open words, not a from-to.
// The starting level may be a share in tenths (由目前的八成提高至九成).
const FROM_OPENING =
  /^\s*[由从](?![业事于此而])(?=[^,，;；。]*(?:\d|[一二三四五六七八九]成))[^,，;；。]*$/;

/** The name text without a from-to that opens its clause (`由原来的220元/人·年提高至` → ''). */
export function withoutOpeningFrom(named: string): string {
  return FROM_OPENING.test(named) ? '' : named;
}

// 250元/人·年, 120元/人/年: a sum's rate per head and year belongs to its unit; what follows it is
// the clause's next word, not the slash.
const PER_HEAD_RATE = /^\s*\/\s*(?:人|户|年|月)(?:\s*[·•.．/]\s*(?:年|月))?/;

/** The text after an amount without the per-head rate its unit carries (`/人·年`). */
export function withoutPerHeadRate(after: string): string {
  return after.replace(PER_HEAD_RATE, '');
}
