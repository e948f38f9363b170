import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readImportFile, simpleCsvGrid } from './import-file';

const viaCsvParse = (text: string) =>
  (
    parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as { record: string[]; info: { lines: number } }[]
  ).map((r) => ({ line: r.info.lines, cells: r.record }));

const rowsOf = (grid: NonNullable<ReturnType<typeof simpleCsvGrid>>) =>
  Array.from({ length: grid.size }, (_, i) => ({ line: grid.line(i), cells: grid.cells(i) }));

describe('simpleCsvGrid, the fast path for plain CSV', () => {
  it('reads what csv-parse reads whenever it takes a file', () => {
    const text = fc
      .array(fc.constantFrom('a', '1', ',', ' ', '\n', '\r\n', '\r', '"', '\uFEFF', '区'), {
        maxLength: 40,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const grid = simpleCsvGrid(t);
        if (grid) expect(rowsOf(grid)).toEqual(viaCsvParse(t));
      }),
      { numRuns: 2_000 },
    );
  });

  it('takes LF and CRLF files, leaves quotes and mixed line ends to csv-parse', () => {
    expect(simpleCsvGrid('a,b\n1,2\n')).not.toBeNull();
    expect(simpleCsvGrid('\uFEFFa,b\r\n1,2\r\n\r\n3,4')).not.toBeNull();
    expect(simpleCsvGrid('a,b\n"1,5",2\n')).toBeNull();
    expect(simpleCsvGrid('a,b\r\n1,2\n3,4\r\n')).toBeNull();
    expect(simpleCsvGrid('a,b\n1,2\r\n')).toBeNull();
    expect(simpleCsvGrid('a,b\r1,2')).toBeNull();
  });
});

describe('readImportFile', () => {
  const read = async (text: string) => {
    const table = await readImportFile(new TextEncoder().encode(text), 'x.csv');
    return Array.from({ length: table.size }, (_, i) => [table.line(i), table.cells(i)]);
  };

  it('gives the same rows and line numbers on the fast path as through csv-parse', async () => {
    const body =
      '\uFEFF地区代码,指标,季度,数值\r\n110101,参合率,2026Q1,95\r\n\r\n ,, \r\n110102,参合率,2026Q1,96\r\n';
    const quoted = body.replace('110102,参合率', '"110102",参合率');
    expect(await read(body)).toEqual([
      [2, ['110101', '参合率', '2026Q1', '95']],
      [5, ['110102', '参合率', '2026Q1', '96']],
    ]);
    expect(await read(quoted)).toEqual(await read(body));
  });
});
