// 市政府与各县区签订以下目标责任书: a responsibility book that one level signs with the units below it
// binds each unit that signs; a page that names no place of its own keeps their word (各县区, 各乡镇).
const SIGNED_WITH =
  /与(各(?:[省市县区镇乡]|街道|[(（][市县区、]{1,5}[)）]){1,4})(?:分别)?(?:签订|签署)[^。；;]{0,12}?责任(?:书|状)/;

/** `各县区` when the page is a responsibility book signed with each of those units; else null. */
export function signedUnits(head: string): string | null {
  if (!head.includes('责任')) return null;
  return SIGNED_WITH.exec(head)?.[1] ?? null;
}
