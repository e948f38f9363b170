// Named groups of divisions that plans take as their area (苏南卫生现代化指标, 京津冀协同): no
// division of GB/T 2260, so a group is a region by its name alone and carries no code. Only groups
// with fixed, official members are listed (江苏's 苏南/苏中/苏北, the 珠江三角洲's nine cities,
// 京津冀, and 长三角 as its 2019 plan's 三省一市); looser ones (闽南, 粤东) are left out.

/** A group's name as plans write it, its other written forms and its members' GB/T 2260 codes. */
export interface RegionGroup {
  name: string;
  aliases: readonly string[];
  members: readonly string[];
}

export const REGION_GROUPS: readonly RegionGroup[] = [
  { name: '苏南', aliases: [], members: ['320100', '320200', '320400', '320500', '321100'] },
  { name: '苏中', aliases: [], members: ['320600', '321000', '321200'] },
  {
    name: '苏北',
    aliases: [],
    members: ['320300', '320700', '320800', '320900', '321300'],
  },
  {
    name: '珠三角',
    aliases: ['珠江三角洲'],
    members: [
      '440100',
      '440300',
      '440400',
      '440600',
      '440700',
      '441200',
      '441300',
      '441900',
      '442000',
    ],
  },
  { name: '京津冀', aliases: [], members: ['110000', '120000', '130000'] },
  { name: '长三角', aliases: ['长江三角洲'], members: ['310000', '320000', '330000', '340000'] },
];

const WRITTEN = new Map<string, RegionGroup>(
  REGION_GROUPS.flatMap((g) => [g.name, ...g.aliases].map((n) => [n, g] as const)),
);
// Longest first, so 珠江三角洲 is read whole.
const GROUP_NAME = new RegExp(
  [...WRITTEN.keys()].sort((a, b) => b.length - a.length).join('|'),
  'g',
);

/** The groups `text` names, each with where it is written, left to right. */
export function findGroups(text: string): { group: RegionGroup; start: number; end: number }[] {
  const found: { group: RegionGroup; start: number; end: number }[] = [];
  for (const m of text.matchAll(GROUP_NAME))
    found.push({ group: WRITTEN.get(m[0])!, start: m.index, end: m.index + m[0].length });
  return found;
}
