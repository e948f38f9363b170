import { DocumentError } from './document-error';

/**
 * Sums the uncompressed sizes a zip's central directory declares, so that a zip bomb is refused
 * before anything is inflated. Throws when the archive is not a zip at all.
 */
export function declaredZipSize(bytes: Uint8Array): { entries: number; uncompressed: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 65,557 bytes.
  const stop = Math.max(0, bytes.length - 65557);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new DocumentError('unreadable', 'not a zip archive (no central directory)');
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  let uncompressed = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) {
      throw new DocumentError('unreadable', 'corrupt zip central directory');
    }
    const size = view.getUint32(at + 24, true);
    // 0xffffffff means a zip64 size: treat it as too large rather than parse zip64.
    uncompressed += size === 0xffffffff ? Number.MAX_SAFE_INTEGER / 2 : size;
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return { entries, uncompressed };
}
