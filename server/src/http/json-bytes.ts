/** Arrays shorter than this are written whole: splitting gains nothing on a few elements. */
const SPLIT_MIN_LENGTH = 8;
/** Text gathered before it is encoded: small enough to stay one flat string in V8. */
const CHUNK_CHARS = 16 * 1024;

/**
 * The UTF-8 bytes of `JSON.stringify(value)` (empty where that gives undefined), the same
 * bytes, made in pieces: the value's arrays (it, or its top-level properties) element by
 * element. One `JSON.stringify` of a 150 kB trend reply, whose numbers sit beside Chinese
 * names, comes back as a string of many parts that the encoder must join and widen first;
 * encoding that cost as much as the stringify. Written in chunks of about 16 k characters,
 * the reply's bytes took about 0.6 of the time.
 */
export function jsonBytes(value: unknown): Buffer<ArrayBuffer> {
  const out = new ChunkWriter();
  if (splittable(value)) writeArray(out, value);
  else if (isPlainRecord(value)) writeObject(out, value);
  else return Buffer.from(JSON.stringify(value) ?? '');
  return out.bytes();
}

class ChunkWriter {
  private readonly parts: Buffer<ArrayBuffer>[] = [];
  private chunk = '';

  write(text: string): void {
    this.chunk += text;
    if (this.chunk.length >= CHUNK_CHARS) this.flush();
  }

  bytes(): Buffer<ArrayBuffer> {
    this.flush();
    return this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts);
  }

  private flush(): void {
    if (this.chunk.length === 0) return;
    this.parts.push(Buffer.from(this.chunk));
    this.chunk = '';
  }
}

function hasToJson(value: object): boolean {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

function splittable(value: unknown): value is readonly unknown[] {
  return Array.isArray(value) && value.length >= SPLIT_MIN_LENGTH && !hasToJson(value);
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !hasToJson(value);
}

function writeArray(out: ChunkWriter, list: readonly unknown[]): void {
  out.write('[');
  for (let i = 0; i < list.length; i++) {
    if (i > 0) out.write(',');
    // As JSON.stringify writes an element it cannot represent (undefined, a function).
    out.write(JSON.stringify(list[i]) ?? 'null');
  }
  out.write(']');
}

function writeObject(out: ChunkWriter, record: Record<string, unknown>): void {
  // Object.keys lists the keys JSON.stringify writes, in its order (integer keys first).
  let first = true;
  for (const key of Object.keys(record)) {
    const item = record[key];
    const text = splittable(item) ? null : JSON.stringify(item);
    // JSON.stringify leaves out a property it cannot represent.
    if (text === undefined) continue;
    out.write(first ? '{' : ',');
    first = false;
    out.write(JSON.stringify(key) + ':');
    if (text === null) writeArray(out, item as readonly unknown[]);
    else out.write(text);
  }
  out.write(first ? '{}' : '}');
}

/** A value whose JSON is at least this long is encoded on its own, not joined to its neighbours. */
const PIECE_MIN_CHARS = 1024;
/** How deep `columnsJsonBytes` goes into records before writing a value whole. */
const COLUMN_DEPTH = 3;

/**
 * The UTF-8 bytes of `JSON.stringify(value)` for a reply sent in columns (records of long
 * arrays, as the dashboard's): each long value is encoded on its own. Written whole, one
 * Chinese name anywhere makes the whole text two bytes a character, numbers included, and
 * its encoding then cost twice the stringify; apart, the number columns stay one-byte text,
 * which encodes at copying speed, and only the name columns are widened.
 */
export function columnsJsonBytes(value: unknown): Buffer<ArrayBuffer> {
  if (!isPlainRecord(value)) return Buffer.from(JSON.stringify(value) ?? '');
  const out = new PieceWriter();
  writeRecord(out, value, COLUMN_DEPTH);
  return out.bytes();
}

class PieceWriter {
  private readonly pieces: Buffer<ArrayBuffer>[] = [];
  private pending = '';

  write(text: string): void {
    if (text.length < PIECE_MIN_CHARS) {
      this.pending += text;
      return;
    }
    this.flush();
    this.pieces.push(Buffer.from(text));
  }

  bytes(): Buffer<ArrayBuffer> {
    this.flush();
    return this.pieces.length === 1 ? this.pieces[0]! : Buffer.concat(this.pieces);
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.pieces.push(Buffer.from(this.pending));
    this.pending = '';
  }
}

function writeRecord(out: PieceWriter, record: Record<string, unknown>, depth: number): void {
  let first = true;
  for (const key of Object.keys(record)) {
    const item = record[key];
    const nested = depth > 1 && isPlainRecord(item);
    const text = nested ? null : JSON.stringify(item);
    // JSON.stringify leaves out a property it cannot represent.
    if (text === undefined) continue;
    out.write((first ? '{' : ',') + JSON.stringify(key) + ':');
    first = false;
    if (text === null) writeRecord(out, item as Record<string, unknown>, depth - 1);
    else out.write(text);
  }
  out.write(first ? '{}' : '}');
}
