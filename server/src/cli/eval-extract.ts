// pnpm eval:extract [--gold FILE] [--docs DIR] [--verbose]
// Runs the extractor over the gold documents and prints the score from shared/eval/score.mjs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractTargets } from '@targetboard/shared/extraction/extract-targets';
import { targetRecord } from '@targetboard/shared/extraction/target-record';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const sharedDir = resolve(repoRoot, '../shared');
const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? resolve(args[i + 1]!) : fallback;
};
const gold = opt('--gold', join(sharedDir, 'gold/seeds.jsonl'));
const docs = opt('--docs', join(sharedDir, 'gold/docs'));
const scorer = join(sharedDir, 'eval/score.mjs');

const lines: string[] = [];
for (const file of readdirSync(docs)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const text = readFileSync(join(docs, file), 'utf8');
  for (const t of extractTargets(text).targets) lines.push(JSON.stringify(targetRecord(file, t)));
}
const pred = join(mkdtempSync(join(tmpdir(), 'eval-extract-')), 'pred.jsonl');
writeFileSync(pred, `${lines.join('\n')}\n`);
const extra = args.includes('--verbose')
  ? ['--verbose']
  : args.includes('--json')
    ? ['--json']
    : [];
const run = spawnSync('node', [scorer, '--gold', gold, '--pred', pred, '--docs', docs, ...extra], {
  stdio: 'inherit',
});
process.exitCode = run.status ?? 1;
