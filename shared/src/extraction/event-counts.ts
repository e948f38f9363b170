// Events are counted in 场: a screening day, a lecture, a free clinic. A plan that will hold so
// many (`办理47场…筛检活动`) sets a count to reach; the verb of holding right before the number
// is its verb of doing. Only after such a verb, so a venue (广场, 场所) or a spell of time told
// in 场 elsewhere is never read as one.

const HOLD = /(?:办理|举办|举行|开展|组织|召开)\s*$/;

/** Whether a count in 场 comes right after a verb of holding events (`辦理47場`). */
export function isEventCount(before: string, unit: string): boolean {
  return unit === '场' && HOLD.test(before);
}
