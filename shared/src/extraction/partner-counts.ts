// 与周边3个城市签订合作协议, 同5家医院签署协议: the count is of the partners an agreement is signed
// with, so the name says the agreement and then who signs it (签订合作协议的周边城市数), as a reader
// asks how many partners there will be; the words the count's own clause puts after 与 (周边, 省内)
// qualify the partners.

const PARTNER_LEAD = /[与同跟]([\u4e00-\u9fff]{0,4})\s*$/;
const SIGNED = /^([\u4e00-\u9fff]{1,6}?)(签订|签署)《?([^,，。；;《》\s]{2,20})/;

/**
 * The name of a count of partners to sign an agreement with (`签订合作协议的周边城市数`), from the few
 * characters before the number (`lead`) and the counted noun's words after it, or null.
 */
export function partnerCountName(lead: string, tail: string): string | null {
  if (!tail.includes('签')) return null;
  const partners = PARTNER_LEAD.exec(lead);
  const signed = partners ? SIGNED.exec(tail) : null;
  return partners && signed ? `${signed[2]!}${signed[3]!}的${partners[1]!}${signed[1]!}数` : null;
}
