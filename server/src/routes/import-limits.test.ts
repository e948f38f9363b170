import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '@targetboard/db/testing/create-test-db';
import type { ErrorEnvelope } from '@targetboard/shared/api/errors';
import type { ImportReply } from '@targetboard/shared/api/observations.schema';
import { signInAs } from '../testing/auth';
import { createTestApp } from '../testing/test-app';
import { xlsxBomb } from '../testing/zip-bomb';

describe(`XLSX import refuses zip bombs before parsing, on ${testEngine()}`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestApp();
    cookie = (await signInAs(t.app, t.database.db, 'admin')).cookie;
  });
  afterAll(() => t.close());

  const upload = (file: Uint8Array) => {
    const form = new FormData();
    form.append('file', new Blob([file]), 'figures.xlsx');
    return t.app.request('/api/observations/import', {
      method: 'POST',
      headers: { cookie },
      body: form,
    });
  };

  it.each([
    ['declares its size', {}],
    ['declares small sizes', { lie: true }],
  ])('answers 413 to a 300 MiB bomb that %s, with little memory', async (_, options) => {
    const bomb = xlsxBomb(300, options);
    expect(bomb.length).toBeLessThan(400 * 1024);
    const before = process.memoryUsage().rss;
    const res = await upload(bomb);
    const grown = process.memoryUsage().rss - before;
    expect(res.status).toBe(413);
    const error = ((await res.json()) as ErrorEnvelope).error;
    expect(error.code).toBe('payload_too_large');
    expect(error.message).toContain('XLSX 文件解压后过大');
    expect((error.details as ImportReply).rejectedRows[0]?.code).toBe('too_large');
    // Parsing it would take ~650 MB; refusing it takes a few chunks of inflate output.
    expect(grown).toBeLessThan(100 * 1024 * 1024);
  });
});
