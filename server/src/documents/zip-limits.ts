import { createInflateRaw } from 'node:zlib';
import { DocumentError } from './document-error';

/** What an uploaded zip (.docx, .xlsx) may unpack to, checked before any parser sees it. */
export interface ZipLimits {
  /** Sum of the entries' unpacked sizes, in bytes. */
  maxUnzippedBytes: number;
  /** Unpacked size over packed size, once the archive unpacks to more than 1 MiB. */
  maxRatio: number;
  maxEntries: number;
}

// Real .docx and .xlsx files unpack to 3–20 times their size and hold a few dozen entries
// (a few hundred with images); a zip bomb unpacks to a thousand times or more.
export const ZIP_LIMITS: ZipLimits = {
  maxUnzippedBytes: 200 * 1024 * 1024,
  maxRatio: 100,
  maxEntries: 2000,
};

const RATIO_FLOOR = 1024 * 1024;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localHeader: number;
}

/**
 * Refuses a zip bomb before a parser inflates it: first by what the central directory
 * declares (entries, unpacked size, ratio), then by inflating each entry into nothing and
 * counting, since a hand-made zip can declare small sizes and still unpack to gigabytes.
 * Throws `DocumentError` 'too-large' past a limit, 'unreadable' for a broken or non-zip file.
 */
export async function checkZipLimits(
  bytes: Uint8Array,
  limits: ZipLimits = ZIP_LIMITS,
): Promise<{ entries: number; unzippedBytes: number }> {
  const entries = zipEntries(bytes);
  if (entries.length > limits.maxEntries) {
    throw new DocumentError(
      'too-large',
      `the archive holds ${entries.length} files; the limit is ${limits.maxEntries}`,
    );
  }
  const declared = entries.reduce((sum, e) => sum + e.declaredSize, 0);
  refuseSize(declared, bytes.length, limits);
  // Inflating stops just past whichever limit comes first, so a bomb costs little to refuse.
  const most = Math.min(
    limits.maxUnzippedBytes,
    Math.max(RATIO_FLOOR, bytes.length * limits.maxRatio),
  );
  let unzipped = 0;
  for (const entry of entries) {
    unzipped += await unpackedSize(bytes, entry, most - unzipped);
    refuseSize(unzipped, bytes.length, limits);
  }
  return { entries: entries.length, unzippedBytes: unzipped };
}

function refuseSize(unzipped: number, packed: number, limits: ZipLimits): void {
  if (unzipped > limits.maxUnzippedBytes) {
    throw new DocumentError(
      'too-large',
      `the archive unpacks to more than ${limits.maxUnzippedBytes} bytes`,
    );
  }
  if (unzipped > RATIO_FLOOR && unzipped > packed * limits.maxRatio) {
    throw new DocumentError(
      'too-large',
      `the archive unpacks to more than ${limits.maxRatio} times its size`,
    );
  }
}

/** The sizes a zip's central directory declares, without inflating anything. */
export function declaredZipSize(bytes: Uint8Array): { entries: number; uncompressed: number } {
  const entries = zipEntries(bytes);
  return { entries: entries.length, uncompressed: entries.reduce((s, e) => s + e.declaredSize, 0) };
}

function zipEntries(bytes: Uint8Array): ZipEntry[] {
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
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) {
      throw new DocumentError('unreadable', 'corrupt zip central directory');
    }
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      // 0xffffffff means a zip64 size: treat it as too large rather than parse zip64.
      declaredSize: size === 0xffffffff ? Number.MAX_SAFE_INTEGER / 2 : size,
      localHeader: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** An entry's real unpacked size, inflated in chunks that are dropped at once; stops past `budget`. */
async function unpackedSize(bytes: Uint8Array, entry: ZipEntry, budget: number): Promise<number> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeader;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) {
    throw new DocumentError('unreadable', `corrupt zip entry ${entry.name}`);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data.length;
  if (entry.method !== 8) {
    throw new DocumentError('unreadable', `zip entry ${entry.name} uses an unknown compression`);
  }
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let size = 0;
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > budget) {
        inflate.destroy();
        resolve(size);
      }
    });
    inflate.on('end', () => resolve(size));
    inflate.on('error', () =>
      reject(new DocumentError('unreadable', `corrupt zip entry ${entry.name}`)),
    );
    inflate.end(data);
  });
}
