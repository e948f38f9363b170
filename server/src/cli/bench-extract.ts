// pnpm bench:extract — throughput of the whole extraction pipeline (gazetteer and catalogue
// loaded, as the server and the CLIs run it) over the five gold plans,
// its linearity (10× the text), and Microsoft Recognizers-Text's Chinese number-with-unit
// models on the same plans fed sentence by sentence.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printBenchFigures } from '@targetboard/db/testing/bench-figures';
import { extractTargets } from '@targetboard/shared/extraction/extract-targets';
import { contentEnd } from '@targetboard/shared/extraction/header';
import { extractionData } from '../documents/extraction-options';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
// The shared folder sits beside the checkout (../shared), or beside a worktree's parent.
const docsDir =
  ['../shared/gold/docs', '../../shared/gold/docs']
    .map((p) => resolve(repoRoot, p))
    .find((p) => existsSync(p)) ?? resolve(repoRoot, '../shared/gold/docs');
const docs = readdirSync(docsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(docsDir, f), 'utf8'));
// Each plan without its page trailer (download links), which would otherwise end the repeated
// text's content after the first copy and make the run look faster than it is.
const corpus = docs.map((d) => d.slice(0, contentEnd(d))).join('\n');
const MB5 = 5 * 1024 * 1024;
const big = corpus.repeat(Math.ceil(MB5 / corpus.length));

function time(fn: () => number): { ms: number; n: number } {
  const t0 = performance.now();
  const n = fn();
  return { ms: performance.now() - t0, n };
}
const data = extractionData(); // built once, as the server keeps it
const run = (text: string) => () => extractTargets(text, data).targets.length;

extractTargets(corpus, data); // warm-up: dictionaries, JIT
const fiveRuns = [0, 1, 2].map(() => time(run(big))).sort((a, b) => a.ms - b.ms);
const five = fiveRuns[1]!;
const ten = time(run(big.repeat(10)));
const chars = big.length;
const fmt = (n: number) => Math.round(n).toLocaleString('en');

// One pass over the five plans as the server reads them (a call per page, trailers included),
// warm, the median of three. Timed before Recognizers-Text is loaded: loading it and building its
// models make V8 throw away the optimised code of about 300 of our functions ("code
// dependencies"), and a pass right after it ran 3–8× slower than the same pass before it (the
// server never loads that library).
const onePass = () => docs.reduce((n, d) => n + extractTargets(d, data).targets.length, 0);
const ours = [0, 1, 2].map(() => time(onePass)).sort((a, b) => a.ms - b.ms)[1]!;

// Recognizers-Text: models built once and reused; fed one sentence at a time, since its
// currency model grows worse than linearly with input length.
const require = createRequire(import.meta.url);
const U = require('@microsoft/recognizers-text-number-with-unit');
const recognizer = new U.NumberWithUnitRecognizer('zh-cn', U.NumberWithUnitOptions.None, true);
const models = [
  recognizer.getCurrencyModel('zh-cn', false),
  recognizer.getDimensionModel('zh-cn', false),
];
const N = require('@microsoft/recognizers-text-number');
const percent = new N.NumberRecognizer('zh-cn', N.NumberOptions.None, true).getPercentageModel(
  'zh-cn',
  false,
);
models.push(percent);
const sentences = corpus.split(/(?<=[。；;！？!?\n])/).filter((s) => s.trim());
for (const m of models) for (const s of sentences.slice(0, 50)) m.parse(s);
const rec = time(() => {
  let hits = 0;
  for (const m of models) for (const s of sentences) hits += m.parse(s).length;
  return hits;
});

const oursRate = chars / (five.ms / 1000);
const recRate = corpus.length / (rec.ms / 1000);
console.log(`corpus: 5 plans, ${fmt(corpus.length)} chars; repeated to ${fmt(chars)} chars\n`);
console.log('| pipeline | input | time (ms) | chars/s | targets/s | found |');
console.log('| --- | --- | ---: | ---: | ---: | ---: |');
console.log(
  `| extractTargets | ${fmt(chars)} chars (≥ 5 MB) | ${five.ms.toFixed(0)} | ${fmt(oursRate)} | ${fmt(five.n / (five.ms / 1000))} | ${five.n} targets |`,
);
console.log(
  `| extractTargets | ${fmt(chars * 10)} chars (10×) | ${ten.ms.toFixed(0)} | ${fmt((chars * 10) / (ten.ms / 1000))} | ${fmt(ten.n / (ten.ms / 1000))} | ${ten.n} targets |`,
);
console.log(
  `| extractTargets | 5 plans once | ${ours.ms.toFixed(1)} | ${fmt(corpus.length / (ours.ms / 1000))} | ${fmt(ours.n / (ours.ms / 1000))} | ${ours.n} targets |`,
);
console.log(
  `| Recognizers-Text zh-cn currency+dimension+percentage, per sentence | 5 plans once (${sentences.length} sentences) | ${rec.ms.toFixed(0)} | ${fmt(recRate)} | — | ${rec.n} numbers (no targets) |`,
);
const ratio = ten.ms / five.ms;
console.log(
  `\n10× text took ${ratio.toFixed(2)}× the time (linear if ≤ 12×): ${ratio <= 12 ? 'ok' : 'NOT LINEAR'}`,
);
console.log(
  `extractTargets is ${fmt(oursRate / recRate)}× the throughput of Recognizers-Text per sentence`,
);
console.log(`goal ≥ 5,000,000 chars/s: ${oursRate >= 5e6 ? 'met' : 'missed'}`);
printBenchFigures({
  bench: 'extract',
  figures: { chars_per_s: oursRate, linearity: ratio, vs_recognizers: oursRate / recRate },
});
