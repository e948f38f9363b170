import chardet from 'chardet';
import iconv from 'iconv-lite';
import { DocumentError } from './document-error';

const CANDIDATES = ['UTF-8', 'GB18030', 'Big5', 'UTF-16LE', 'UTF-16BE'] as const;

/**
 * Decodes plain-text bytes whose encoding is unknown: a BOM decides first, then valid UTF-8,
 * then the detector's best Chinese guess (GB18030 covers GBK and GB2312).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: utf8(bytes.subarray(3))!, encoding: 'UTF-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decode(bytes.subarray(2), 'UTF-16LE'), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decode(bytes.subarray(2), 'UTF-16BE'), encoding: 'UTF-16BE' };
  const asUtf8 = utf8(bytes);
  if (asUtf8 !== null) return { text: asUtf8, encoding: 'UTF-8' };
  const guesses = chardet.analyse(bytes).map((m) => normaliseName(m.name));
  const pick =
    guesses.find((g) => (CANDIDATES as readonly string[]).includes(g)) ?? bestChinese(bytes);
  return { text: decode(bytes, pick), encoding: pick };
}

function utf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decode(bytes: Uint8Array, encoding: string): string {
  if (!iconv.encodingExists(encoding))
    throw new DocumentError('unreadable', `unknown text encoding ${encoding}`);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

function normaliseName(name: string): string {
  const n = name.toUpperCase();
  if (n === 'GB2312' || n === 'GBK' || n === 'GB18030') return 'GB18030';
  if (n === 'BIG5' || n === 'BIG-5') return 'Big5';
  return name;
}

/** Between GB18030 and Big5, the one that decodes with fewer replacement and rare characters. */
function bestChinese(bytes: Uint8Array): string {
  const score = (enc: string) => {
    const s = decode(bytes, enc);
    let bad = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) bad += 10;
      else if (c >= 0x3400 && c < 0x4e00) bad++;
    }
    return bad;
  };
  return score('Big5') < score('GB18030') ? 'Big5' : 'GB18030';
}
