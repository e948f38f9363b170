import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DocumentError } from './document-error';
import { htmlText, looksBinary, readDocument } from './read-document';
import { declaredZipSize } from './zip-limits';

const PLAN = '2020年全县卫生工作要点：孕产妇死亡率控制在十万分之十以下，產前篩查率達到80%。';
const bytes = (s: string, enc: string) => new Uint8Array(iconv.encode(s, enc));

/** A stored (uncompressed) zip of the given files; enough for mammoth to open a .docx. */
function storedZip(files: Record<string, string>, claimSize?: number): Uint8Array {
  const table = new Int32Array(256).map((_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c;
  });
  const crc32 = (b: Uint8Array) => {
    let c = -1;
    for (const x of b) c = table[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ -1) >>> 0;
  };
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(claimSize ?? data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

const DOCX_FILES = {
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  '_rels/.rels':
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>2020年全县卫生工作要点</w:t></w:r></w:p><w:p><w:r><w:t>家庭医生签约率达到40%以上。</w:t></w:r></w:p></w:body></w:document>`,
};

describe('readDocument: plain text encodings', () => {
  it.each([
    ['UTF-8', bytes(PLAN, 'utf8')],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(PLAN, 'utf8')])],
    ['GB18030', bytes(PLAN, 'gb18030')],
    ['GBK', bytes(PLAN.replace('產前篩查率達到', '产前筛查率达到'), 'gbk')],
  ])('%s', async (_, b) => {
    const r = await readDocument(b, 'plan.txt');
    expect(r.format).toBe('txt');
    expect(r.text.replace('产前筛查率达到', '產前篩查率達到')).toBe(PLAN);
  });

  it('Big5', async () => {
    const trad =
      '二〇二〇年全縣衛生工作要點:產前篩查率達到百分之八十以上,孕產婦死亡率控制在十萬分之十以下。';
    const r = await readDocument(bytes(trad, 'big5'), 'plan.txt');
    expect(r.text).toBe(trad);
    expect(r.encoding).toBe('Big5');
  });
});

describe('readDocument: other formats', () => {
  it('reads the text of a .docx', async () => {
    const r = await readDocument(storedZip(DOCX_FILES), 'plan.docx');
    expect(r.format).toBe('docx');
    expect(r.text).toContain('家庭医生签约率达到40%以上');
  });

  it('refuses a zip that declares a huge unpacked size before inflating it', async () => {
    const bomb = storedZip(DOCX_FILES, 0x7fffffff);
    expect(declaredZipSize(bomb).uncompressed).toBeGreaterThan(1e9);
    await expect(readDocument(bomb, 'bomb.docx')).rejects.toMatchObject({ reason: 'too-large' });
  });

  it('reads visible HTML text without scripts and styles', async () => {
    const html =
      '<html><head><title>要点</title><style>p{color:red}</style></head><body><script>var x="达到99%";</script><p>覆盖率达到&nbsp;90%</p><div>第二段</div></body></html>';
    const r = await readDocument(new TextEncoder().encode(html), 'plan.html');
    expect(r.text).toContain('覆盖率达到\u00a090%');
    expect(r.text).toContain('第二段');
    expect(r.text).not.toContain('99%');
    expect(r.text).not.toContain('color');
    expect(htmlText('<p>a</p><p>b</p>')).toBe('a\n\nb');
  });

  it('explains unreadable and unsupported files', async () => {
    await expect(
      readDocument(new TextEncoder().encode('not a pdf'), 'x.pdf'),
    ).rejects.toBeInstanceOf(DocumentError);
    await expect(
      readDocument(new TextEncoder().encode('not a zip'), 'x.docx'),
    ).rejects.toMatchObject({ reason: 'unreadable' });
    await expect(readDocument(new Uint8Array([1, 2]), 'x.xlsx')).rejects.toMatchObject({
      reason: 'unsupported',
    });
    await expect(readDocument(new Uint8Array([1, 2]), 'x.doc')).rejects.toMatchObject({
      reason: 'unsupported',
    });
    await expect(readDocument(new TextEncoder().encode('  \n'), 'x.txt')).rejects.toMatchObject({
      reason: 'empty',
    });
    await expect(
      readDocument(new Uint8Array(10), 'big.txt', {
        maxBytes: 5,
        maxUnzippedBytes: 1,
        maxTextChars: 1,
        timeoutMs: 1000,
      }),
    ).rejects.toMatchObject({ reason: 'too-large' });
  });

  it('refuses binary data named .txt, with or without NUL bytes', async () => {
    const noise = Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919 + (i >> 3)) % 256);
    await expect(readDocument(noise, 'x.txt')).rejects.toMatchObject({ reason: 'unreadable' });
    const controls = Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    await expect(readDocument(controls, 'x.txt')).rejects.toMatchObject({ reason: 'unreadable' });
  });

  it('takes text with the odd stray control character as text', () => {
    expect(looksBinary('第一段\n\t第二段\f第三段\r\n')).toBe(false);
    expect(looksBinary(`${'目标'.repeat(50)}\u0007`)).toBe(false);
    expect(looksBinary('目标\u0000')).toBe(true);
  });
});
