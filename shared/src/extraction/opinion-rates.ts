// What people know of or think of something is written 群众对包虫病防治知识的知晓率, 居民对家庭医生服务的
// 满意度: a bureau titles the measure by its topic (包虫病防治知识知晓率, 家庭医生服务满意度), and the
// people asked are its scope. The name read from the clause keeps the 对 and loses the people; this
// puts the topic first and takes the people from right before 对. (旳 is a scan's 的.)

const WHO = '群众|居民|公众|市民|村民|患者|病人|学生|家长|职工|员工|老年人|妇女|孕产妇|服务对象';
const OPINION = new RegExp(
  `^(${WHO})?对([\\u4e00-\\u9fff、()（）]{2,24}?)[的旳]?((?:知晓|满意|认知|认可|支持|知信)(?:率|度))$`,
);
const PEOPLE = new RegExp(`(${WHO})对[^对,，。;；]*$`);

/** `(群众)对X的知晓率` → name `X知晓率`, scope the people before 对 (in the name or `sentenceBefore`). */
export function opinionRate(
  name: string,
  sentenceBefore: string,
): { name: string; scope: string | null } | null {
  const m = OPINION.exec(name);
  if (!m) return null;
  return { name: `${m[2]}${m[3]}`, scope: m[1] ?? PEOPLE.exec(sentenceBefore)?.[1] ?? null };
}
