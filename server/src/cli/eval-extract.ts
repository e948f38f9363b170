// pnpm eval:extract [--gold FILE --docs DIR] [--verbose] [--json] [--names]
// Runs the extractor (with the gazetteer and the seeded catalogue) over the seed plans, the
// development set and the hold-out set (server/eval/holdout: real plans kept apart from both),
// and prints shared/eval/score.mjs's score for each set and for all together: F1, strict F1,
// indicator accuracy by containment beside exact names, year and region, by kind. `--names`
// first prints each matched target whose name the scorer refuses, one tab-separated line:
// `NAME set doc gold predicted quote`.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractTargets } from '@targetboard/shared/extraction/extract-targets';
import { targetRecord } from '@targetboard/shared/extraction/target-record';
import { extractionData } from '../documents/extraction-options';
import { nameMisses, type ScoredRecord } from './name-misses';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
// The shared folder sits beside the checkout (../shared), or beside a worktree's parent.
const sharedDir =
  ['../shared', '../../shared']
    .map((p) => resolve(repoRoot, p))
    .find((p) => existsSync(join(p, 'gold/seeds.jsonl'))) ?? resolve(repoRoot, '../shared');
const goldDir = join(sharedDir, 'gold');
const holdoutDir = join(repoRoot, 'server/eval/holdout');
const scorer = join(sharedDir, 'eval/score.mjs');
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? resolve(args[i + 1]!) : null;
};

interface GoldSet {
  name: string;
  gold: string;
  docs: string;
}
const custom = opt('--gold');
// The hold-out sets after the first (server/eval/holdout/<set>/gold.jsonl and docs/), in the
// order they were gathered: each was scored once on first contact before its round.
const HOLDOUT_SETS =
  'b c d e f g h i j k l m n o p q r s t u v w x y z aa ab ac ad ae af ag ah ai aj ak al am an ao ap aq ar as at au av aw ax ay az ba bb bc bd be bh bi bj bf bg bk bl bm bn bo bp br bq bs bt bu bv bw bx by bz ca cb cc cd ce cf cg ch ci cj ck cl cm cn co cp cr cs ct cq cu cv cw cx dc cy db da cz de dg df di dh dk dl dm dn dp dq dr ds dt dw du dv dx dy dz ea ee eb ec ed ef eg ei eh'.split(
    ' ',
  );

const sets: GoldSet[] = custom
  ? [{ name: basename(custom), gold: custom, docs: opt('--docs') ?? join(goldDir, 'docs') }]
  : [
      { name: 'seeds', gold: join(goldDir, 'seeds.jsonl'), docs: join(goldDir, 'docs') },
      { name: 'dev', gold: join(goldDir, 'dev/gold.jsonl'), docs: join(goldDir, 'dev/docs') },
      { name: 'holdout', gold: join(holdoutDir, 'holdout.jsonl'), docs: join(holdoutDir, 'docs') },
      ...HOLDOUT_SETS.map((set) => ({
        name: `holdout-${set}`,
        gold: join(holdoutDir, set, 'gold.jsonl'),
        docs: join(holdoutDir, set, 'docs'),
      })),
    ];

const work = mkdtempSync(join(tmpdir(), 'eval-extract-'));
const data = extractionData();

function predict(set: GoldSet): string[] {
  const lines: string[] = [];
  for (const file of readdirSync(set.docs)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const text = readFileSync(join(set.docs, file), 'utf8');
    for (const t of extractTargets(text, data).targets)
      lines.push(JSON.stringify(targetRecord(file, t)));
  }
  return lines;
}

interface Summary {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  f1: number;
  strict_f1: number;
  indicator_acc: number;
  indicator_exact: number;
  year_acc: number;
  region_acc: number;
}
interface Score {
  total: Summary;
  by_kind: Record<string, Summary>;
}

// shared/eval/score.mjs scores only documents that have gold lines; a document with no target
// (a past year's review, a news item) would hide its false positives, so they are added here.
function addUnscoredFalsePositives(s: Score, gold: string, pred: string[], verbose: boolean) {
  const docsWithGold = new Set(
    readFileSync(gold, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { doc: string }).doc),
  );
  for (const line of pred) {
    const p = JSON.parse(line) as { doc: string; kind: string; quote: string };
    if (docsWithGold.has(p.doc)) continue;
    if (verbose) process.stdout.write(`FP ${p.doc} (no gold target)  ${p.quote}\n`);
    for (const t of [s.total, s.by_kind[p.kind]]) {
      if (!t) continue;
      t.fp += 1;
      // strict F1 counts this prediction as a miss too (its strict numerator is unchanged)
      t.strict_f1 = rescaleStrict(t, t.tp + t.fp - 1);
      t.precision = t.tp / (t.tp + t.fp);
      t.f1 = (2 * t.tp) / (2 * t.tp + t.fp + t.fn);
    }
  }
}

// strict F1 = 2·strict / (predicted + gold); recover the strict count from the old predicted total.
function rescaleStrict(t: Summary, oldPredicted: number): number {
  const goldTotal = t.tp + t.fn;
  const strict = (t.strict_f1 * (oldPredicted + goldTotal)) / 2;
  return (2 * strict) / (t.tp + t.fp + goldTotal);
}

function score(name: string, gold: string, pred: string[], docs: string): Score | null {
  const predFile = join(work, `${name}.pred.jsonl`);
  writeFileSync(predFile, `${pred.join('\n')}\n`);
  const base = [scorer, '--gold', gold, '--pred', predFile, '--docs', docs];
  if (args.includes('--verbose')) {
    process.stdout.write(`\n## ${name}\n`);
    spawnSync('node', [...base, '--verbose'], { stdio: 'inherit' });
  }
  const run = spawnSync('node', [...base, '--json'], { encoding: 'utf8' });
  if (run.status !== 0) {
    process.stderr.write(run.stderr);
    return null;
  }
  const s = JSON.parse(run.stdout) as Score;
  addUnscoredFalsePositives(s, gold, pred, args.includes('--verbose'));
  return s;
}

function printNameMisses(set: GoldSet, pred: string[]) {
  const parse = (l: string) => JSON.parse(l) as ScoredRecord;
  const gold = readFileSync(set.gold, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.trim().startsWith('//'))
    .map(parse);
  for (const m of nameMisses(gold, pred.map(parse)))
    process.stdout.write(
      `${['NAME', set.name, m.doc, m.gold, m.predicted, m.quote.replace(/\s+/g, ' ')].join('\t')}\n`,
    );
}

const results: [string, Score | null][] = [];
const allGold: string[] = [];
const allPred: string[] = [];
const allDocs = join(work, 'docs');
mkdirSync(allDocs);
// The `all` row scores every set's files in one folder, so a file name may stand in one set only.
const ownerOf = new Map<string, string>();
for (const set of sets)
  for (const f of readdirSync(set.docs)) {
    const other = ownerOf.get(f);
    if (other !== undefined) {
      process.stderr.write(
        `eval:extract: ${f} is in both ${other} and ${set.name}; rename one set's files (the all row links them into one folder)\n`,
      );
      process.exit(2);
    }
    ownerOf.set(f, set.name);
  }
for (const set of sets) {
  const pred = predict(set);
  if (args.includes('--names')) printNameMisses(set, pred);
  results.push([set.name, score(set.name, set.gold, pred, set.docs)]);
  allGold.push(...readFileSync(set.gold, 'utf8').split('\n').filter(Boolean));
  allPred.push(...pred);
  for (const f of readdirSync(set.docs)) symlinkSync(join(set.docs, f), join(allDocs, f));
}
if (sets.length > 1) {
  const goldFile = join(work, 'all.gold.jsonl');
  writeFileSync(goldFile, `${allGold.join('\n')}\n`);
  results.push(['all', score('all', goldFile, allPred, allDocs)]);
}

if (args.includes('--json')) {
  process.stdout.write(`${JSON.stringify(Object.fromEntries(results), null, 2)}\n`);
} else {
  const f = (n: number) => n.toFixed(3);
  const row = (label: string, s: Summary) =>
    `| ${label} | ${s.tp}/${s.fp}/${s.fn} | ${f(s.f1)} | ${f(s.strict_f1)} | ${f(s.indicator_acc)} | ${f(s.indicator_exact)} | ${f(s.year_acc)} | ${f(s.region_acc)} |`;
  const out = [
    '| set | TP/FP/FN | F1 | strict | indicator (contains) | indicator (exact) | year | region |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const [name, s] of results) {
    if (!s) continue;
    out.push(row(`**${name}**`, s.total));
    for (const [kind, k] of Object.entries(s.by_kind)) out.push(row(`${name} · ${kind}`, k));
  }
  process.stdout.write(`\n${out.join('\n')}\n`);
}
process.exitCode = results.every(([, s]) => s !== null) ? 0 : 1;
