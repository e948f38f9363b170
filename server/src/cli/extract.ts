// pnpm -s extract [--format jsonl|json|table] [--text] FILE...
// Prints the targets found in each file; offsets are code points into the decoded text.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { extractTargets } from '@targetboard/shared/extraction/extract-targets';
import { readDocument } from '../documents/read-document';
import { extractionData } from '../documents/extraction-options';
import { targetRecord } from '@targetboard/shared/extraction/target-record';

type Format = 'jsonl' | 'json' | 'table';

async function main(argv: string[]): Promise<number> {
  let format: Format = 'jsonl';
  let printText = false;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--format') {
      const f = argv[++i];
      if (f !== 'jsonl' && f !== 'json' && f !== 'table') {
        process.stderr.write(`extract: --format must be jsonl, json or table\n`);
        return 2;
      }
      format = f;
    } else if (a === '--text') printText = true;
    else if (a === '--help' || a === '-h') {
      process.stdout.write('usage: pnpm -s extract [--format jsonl|json|table] [--text] FILE...\n');
      return 0;
    } else files.push(a);
  }
  if (files.length === 0) {
    process.stderr.write('usage: pnpm -s extract [--format jsonl|json|table] [--text] FILE...\n');
    return 2;
  }
  let failed = false;
  const all: Record<string, unknown>[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = (await readDocument(new Uint8Array(await readFile(file)), basename(file))).text;
    } catch (e) {
      const reason = (e as Error).message.split('\n')[0]!.replace(`${basename(file)}: `, '');
      process.stderr.write(`extract: ${file}: ${reason}\n`);
      failed = true;
      continue;
    }
    if (printText) {
      process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
      continue;
    }
    const doc = basename(file);
    const records = extractTargets(text, extractionData()).targets.map((t) => targetRecord(doc, t));
    if (format === 'jsonl') for (const r of records) process.stdout.write(`${JSON.stringify(r)}\n`);
    else if (format === 'json') all.push(...records);
    else process.stdout.write(table(doc, records));
  }
  if (format === 'json' && !printText) process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
  return failed ? 1 : 0;
}

function table(doc: string, rows: Record<string, unknown>[]): string {
  const lines = [`# ${doc} — ${rows.length} targets`];
  for (const r of rows) {
    const value =
      r.value === null ? '∅' : r.valueMax !== null ? `${r.value}-${r.valueMax}` : `${r.value}`;
    lines.push(
      [
        String(r.start).padStart(6),
        `${r.comparator} ${value}${r.unit}`.padEnd(16),
        `${r.year ?? ''}`,
        `${r.region ?? ''}`,
        `${r.indicator}`,
        r.scope ? `[${r.scope}]` : '',
      ]
        .join('  ')
        .trimEnd(),
    );
  }
  return `${lines.join('\n')}\n`;
}

process.exitCode = await main(process.argv.slice(2));
