// A rate whose name opens with a list of kinds of units (公办学校、区级医疗卫生机构和公办养老机构
// 食堂阳光厨房建成率) is counted in those units: the list is its scope, and the rate is titled by
// what it measures. One kind of unit alone (二级以上医院床位使用率) stays the name's part, as plans
// title such rates with it.

// Words that end a kind of unit: facilities, bodies, outlets.
const UNIT_END =
  '(?:机构|医院|卫生院|卫生室|服务站|中心|学校|幼儿园|单位|厨房|企业|商超|超市|市场|门店)';
const UNIT = String.raw`[\u4e00-\u9fff]{1,12}?${UNIT_END}`;
// A light verb between the units and what they do (…和村卫生室开展中医阁建设比例) goes with them, and so
// does a verb of becoming (…护理院和基层医疗机构成为老年友善医疗机构: the share is titled by what
// they become, 老年友善医疗机构比例), and 建成 when what they are built into is a kind of unit too
// (…建成老年友善医疗机构; not …建成中医馆, a room they build).
const UNIT_LIST = new RegExp(
  String.raw`^((?:${UNIT}[、和及与])+${UNIT})(?:开展|设置|建设|实施|推行|(?:创建|建设|评)?成为|被评为|建成(?=[\u4e00-\u9fff“”"]{2,12}${UNIT_END}(?:率|比例)$))?(?=[\u4e00-\u9fff“”"]{3,}(?:率|比例)$)`,
);

/** The rate's own name and the list of units it is counted in, or null when no list opens it. */
export function unitListScope(name: string): { name: string; scope: string } | null {
  const m = UNIT_LIST.exec(name);
  if (!m) return null;
  // …中医医院设置老年医学科的比例: a 的 before the measure word makes the verb's phrase the clause
  // that picks the units (设置老年医学科的比例), so the verb stays with it.
  const rest = name.slice(m[0].length);
  const verb = m[0].slice(m[1]!.length);
  const keepVerb = verb !== '' && /的(?:比例|比重|占比)$/.test(rest);
  return { name: keepVerb ? verb + rest : rest, scope: m[1]! };
}

// 中医适宜技术社区卫生服务中心、乡镇卫生院覆盖率: kinds of units listed between what covers them and
// 覆盖率 are the rate's scope; the rate is the coverage of what covers them (中医适宜技术覆盖率).
// (The kinds are named whole: a word of the covering act may end in 中心 or 服务 as well.)
const FACILITY = String.raw`(?:社区卫生服务中心|社区卫生服务站|乡镇卫生院|村卫生室|基层医疗卫生机构|医疗卫生机构|医疗机构|综合医院|中医医院|中医院|妇幼保健院|养老机构|学校|幼儿园)`;
const COVERED_LIST = new RegExp(
  String.raw`^([^、,，;；。]{2,24}?)((?:${FACILITY}[、和及与])+${FACILITY})(覆盖率)$`,
);

/** A coverage rate with the units it covers listed inside its name, parted: name and scope. */
export function coveredListScope(name: string): { name: string; scope: string } | null {
  if (!name.endsWith('覆盖率')) return null;
  const m = COVERED_LIST.exec(name);
  return m ? { name: m[1]! + m[3]!, scope: m[2]! } : null;
}
