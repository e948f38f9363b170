import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
const load = async (root: string) => ({
  ex: (await import(`${root}/shared/src/extraction/extract-targets.ts`)).extractTargets,
  ce: (await import(`${root}/shared/src/extraction/header.ts`)).contentEnd,
  data: (await import(`${root}/server/src/documents/extraction-options.ts`)).extractionData(),
});
const base = await load('/work/wt/base0');
const main = await load('/work/main');
const dir = '/work/shared/gold/docs';
const docs = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
const corpus = docs.map((d) => d.slice(0, main.ce(d))).join('\n');
const big = corpus.repeat(Math.ceil((5 * 1024 * 1024) / corpus.length));
base.ex(corpus, base.data); main.ex(corpus, main.data);
const run = (m: typeof base) => { const t0 = process.cpuUsage(); const n = m.ex(big, m.data).targets.length; const u = process.cpuUsage(t0); return { ms: (u.user + u.system) / 1000, n }; };
const rb: number[] = [], rm: number[] = [];
for (let i = 0; i < 6; i++) { const b = run(base); const m = run(main); rb.push(b.ms); rm.push(m.ms); console.log(`run ${i}: base ${b.ms.toFixed(0)} ms (${b.n}) main ${m.ms.toFixed(0)} ms (${m.n})`); }
const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
console.log(`chars ${big.length}; median base ${med(rb).toFixed(0)} ms = ${(big.length / med(rb) / 1000).toFixed(2)} M chars/s; main ${med(rm).toFixed(0)} ms = ${(big.length / med(rm) / 1000).toFixed(2)} M chars/s; ratio main/base time ${(med(rm) / med(rb)).toFixed(3)}`);
