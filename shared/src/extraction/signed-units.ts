// 市政府与各县区签订以下目标责任书: a responsibility book that one level signs with the units below it
// binds each unit that signs; a page that names no place of its own keeps their word (各县区, 各乡镇).
const SIGNED_WITH =
  /与(各(?:[省市县区镇乡]|街道|[(（][市县区、]{1,5}[)）]){1,4})(?:分别)?(?:签订|签署)[^。；;]{0,12}?责任(?:书|状)/;

/** `各县区` when the page is a responsibility book signed with each of those units; else null. */
export function signedUnits(head: string): string | null {
  if (!head.includes('责任')) return null;
  return SIGNED_WITH.exec(head)?.[1] ?? villagesSigner(head);
}

// 乡镇党委、政府与各村委会签订…目标责任书: a township's book signed with its villages. Villages are no
// level of the gazetteer's, so the page binds the township that signs, under its own word (乡镇, or
// 全镇/全乡 for a 镇/乡 government).
const VILLAGES_SIGNER =
  /(乡镇|[镇乡])(?:党委)?[、和]?(?:人民)?政府与各(?:行政)?村(?:委会|民委员会)?(?:分别)?(?:签订|签署)[^。；;]{0,24}?责任(?:书|状)/;

function villagesSigner(head: string): string | null {
  if (!head.includes('与各')) return null;
  const signer = VILLAGES_SIGNER.exec(head)?.[1];
  return signer === undefined ? null : signer === '乡镇' ? '乡镇' : `全${signer}`;
}
