import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '@targetboard/db/testing/create-test-db';
import { createTestApp } from './testing/test-app';

const run = promisify(execFile);
const serverDir = fileURLToPath(new URL('..', import.meta.url));

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; message: string; location: { pointer?: string }[] }[];
}

// Redocly CLI, an independent linter, on the description the server actually serves.
describe(`OpenAPI lint on ${testEngine()}`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let dir: string;
  beforeAll(async () => {
    t = await createTestApp();
    dir = await mkdtemp(join(tmpdir(), 'tb-openapi-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await t.close();
  });

  it('finds no error and no warning with server/redocly.yaml', async () => {
    const file = join(dir, 'openapi.json');
    await writeFile(file, await (await t.app.request('/api/openapi.json')).text());
    const { stdout } = await run(
      join(serverDir, 'node_modules/.bin/redocly'),
      ['lint', '--config', join(serverDir, 'redocly.yaml'), '--format=json', file],
      {
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(stdout) as LintReport;
    const problems = report.problems.map(
      (p) => `${p.ruleId} at ${p.location[0]?.pointer ?? '?'}: ${p.message}`,
    );
    expect(problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 60_000);
});
