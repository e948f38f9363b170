import { Parser } from 'htmlparser2';
import { decodeText } from './decode-text';
import { DocumentError } from './document-error';
import { pdfText } from './pdf-lines';
import { checkZipLimits, ZIP_LIMITS } from './zip-limits';

/** The text of an uploaded plan, with the format it was read as. */
export interface DocumentText {
  text: string;
  format: 'txt' | 'docx' | 'pdf' | 'html';
  encoding?: string;
}

/** Limits that stop hostile or broken files: sizes in bytes or characters, time in ms. */
export interface ReadLimits {
  maxBytes: number;
  maxUnzippedBytes: number;
  maxTextChars: number;
  timeoutMs: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxUnzippedBytes: 200 * 1024 * 1024,
  maxTextChars: 20_000_000,
  timeoutMs: 30_000,
};

/**
 * Turns a file's bytes into plain text by its extension (.txt in any common Chinese encoding,
 * .docx, .pdf, .html); throws a `DocumentError` saying why when it cannot. No I/O.
 */
export async function readDocument(
  bytes: Uint8Array,
  filename: string,
  limits: ReadLimits = DEFAULT_LIMITS,
): Promise<DocumentText> {
  if (bytes.length > limits.maxBytes) {
    throw new DocumentError(
      'too-large',
      `${filename} is ${bytes.length} bytes; the limit is ${limits.maxBytes}`,
    );
  }
  const ext = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase() ?? '';
  let result: DocumentText;
  if (ext === 'txt' || ext === 'text' || ext === 'md' || ext === 'csv') {
    const { text, encoding } = decodeText(bytes);
    result = { text, format: 'txt', encoding };
  } else if (ext === 'docx') {
    result = {
      text: await withTimeout(readDocx(bytes, limits), limits.timeoutMs, filename),
      format: 'docx',
    };
  } else if (ext === 'pdf') {
    result = { text: await withTimeout(readPdf(bytes), limits.timeoutMs, filename), format: 'pdf' };
  } else if (ext === 'html' || ext === 'htm') {
    const { text: markup } = decodeText(bytes);
    result = { text: htmlText(markup), format: 'html' };
  } else if (ext === 'doc') {
    throw new DocumentError(
      'unsupported',
      `${filename}: old Word .doc files are not supported; save it as .docx`,
    );
  } else {
    throw new DocumentError(
      'unsupported',
      `${filename}: unsupported file type${ext ? ` .${ext}` : ''}`,
    );
  }
  if (result.text.length > limits.maxTextChars) {
    throw new DocumentError(
      'too-large',
      `${filename} holds more than ${limits.maxTextChars} characters of text`,
    );
  }
  if (result.text.trim() === '') throw new DocumentError('empty', `${filename} holds no text`);
  if (looksBinary(result.text))
    throw new DocumentError('unreadable', `${filename} is not text: it looks like binary data`);
  return result;
}

/**
 * A decoded "text" that is binary data: any NUL (no plan has one, and PostgreSQL text cannot
 * store it), or more than 5 % control characters and undecodable bytes (U+FFFD).
 */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0xfffd) odd++;
  }
  return odd > text.length * 0.05;
}

async function readDocx(bytes: Uint8Array, limits: ReadLimits): Promise<string> {
  await checkZipLimits(bytes, { ...ZIP_LIMITS, maxUnzippedBytes: limits.maxUnzippedBytes });
  const mammoth = (await import('mammoth')).default;
  try {
    const { value } = await mammoth.extractRawText({
      buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    });
    return value;
  } catch (e) {
    throw new DocumentError('unreadable', `not a readable .docx: ${(e as Error).message}`);
  }
}

async function readPdf(bytes: Uint8Array): Promise<string> {
  const { extractTextItems, getDocumentProxy } = await import('unpdf');
  try {
    // pdf.js may detach the buffer it is given, so it gets a copy.
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const { items } = await extractTextItems(pdf);
    return pdfText(items);
  } catch (e) {
    throw new DocumentError('unreadable', `not a readable .pdf: ${(e as Error).message}`);
  }
}

const DROP = new Set(['script', 'style', 'noscript', 'template']);
const BLOCK =
  /^(?:p|div|br|li|tr|h[1-6]|section|article|table|ul|ol|header|footer|title|dd|dt|blockquote|pre)$/;

/** The visible text of an HTML page, one line per block element, scripts and styles dropped. */
export function htmlText(markup: string): string {
  const out: string[] = [];
  let dropping = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (DROP.has(name)) dropping++;
        else if (BLOCK.test(name)) out.push('\n');
      },
      ontext(text) {
        if (dropping === 0) out.push(text);
      },
      onclosetag(name) {
        if (DROP.has(name)) dropping = Math.max(0, dropping - 1);
        else if (BLOCK.test(name)) out.push('\n');
      },
    },
    { decodeEntities: true },
  );
  parser.write(markup);
  parser.end();
  return out
    .join('')
    .replace(/[ \t\r\f\v]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function withTimeout<T>(work: Promise<T>, ms: number, filename: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new DocumentError('timeout', `${filename} took longer than ${ms} ms to read`)),
      ms,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
