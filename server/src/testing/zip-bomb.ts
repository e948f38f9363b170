import { constants, crc32, deflateRawSync } from 'node:zlib';

interface Part {
  name: string;
  /** Raw deflate data. */
  data: Uint8Array;
  size: number;
  crc: number;
}

/** Text deflated as is (a small part of the workbook). */
function deflated(name: string, text: string): Part {
  const bytes = Buffer.from(text);
  return { name, data: deflateRawSync(bytes), size: bytes.length, crc: crc32(bytes) };
}

/**
 * `head`, then `times` MiB of spaces, then `tail`, as one raw deflate stream built from a
 * flushed MiB segment repeated: a few hundred kilobytes that inflate to `times` MiB.
 */
function padded(name: string, head: string, times: number, tail: string): Part {
  const unit = Buffer.alloc(1024 * 1024, 0x20);
  const flush = { finishFlush: constants.Z_SYNC_FLUSH };
  const segment = deflateRawSync(unit, flush);
  const chunks = [deflateRawSync(Buffer.from(head), flush)];
  let crc = crc32(Buffer.from(head));
  for (let i = 0; i < times; i++) {
    chunks.push(segment);
    crc = crc32(unit, crc);
  }
  chunks.push(deflateRawSync(Buffer.from(tail)));
  crc = crc32(Buffer.from(tail), crc);
  const size = head.length + times * unit.length + tail.length;
  return { name, data: Buffer.concat(chunks), size, crc };
}

/** A zip of deflated parts; `declare` may state other unpacked sizes than the real ones. */
function zip(parts: Part[], declare: (p: Part) => number = (p) => p.size): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.crc, 14);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(declare(p), 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(p.crc, 16);
    central.writeUInt32LE(p.data.length, 20);
    central.writeUInt32LE(declare(p), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(p.data));
    centrals.push(central, name);
    offset += local.length + name.length + p.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const NS = 'http://schemas.openxmlformats.org';

/**
 * A well-formed one-sheet .xlsx whose sheet XML carries `mib` MiB of whitespace: a zip bomb
 * Excel would open. With `lie`, the zip declares every part as 100 bytes unpacked.
 */
export function xlsxBomb(mib: number, options: { lie?: boolean } = {}): Uint8Array {
  const parts = [
    deflated(
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${NS}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    deflated(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${NS}/package/2006/relationships"><Relationship Id="rId1" Type="${NS}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    deflated(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}/spreadsheetml/2006/main" xmlns:r="${NS}/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    deflated(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${NS}/package/2006/relationships"><Relationship Id="rId1" Type="${NS}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    padded(
      'xl/worksheets/sheet1.xml',
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>region_code</t></is></c></row>`,
      mib,
      '</sheetData></worksheet>',
    ),
  ];
  return zip(parts, options.lie ? () => 100 : undefined);
}
