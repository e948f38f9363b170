// 9家医院将建成无烟医院示范基地: the units counted are to become what the plan names, and a bureau
// titles the count by that standing and the verb (无烟医院示范基地建成数), not by the units' kind
// with the whole clause run on (医院将建成…数).
const BECOME = /^[\u4e00-\u9fff\s]{0,12}?[将要](建成|创成)([\u4e00-\u9fff]{2,16})数$/;

/** A count of units to become something titled `…建成数`/`…创成数`, or the name unchanged. */
export function becomeCountName(name: string): string {
  return name.replace(BECOME, (_, verb: string, what: string) => `${what}${verb}数`);
}
