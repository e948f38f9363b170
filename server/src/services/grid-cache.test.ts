import type { DbHandle } from '@targetboard/db/create-db';
import { createTestDb } from '@targetboard/db/testing/create-test-db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GridCache } from './grid-cache';

describe('GridCache', () => {
  let t: DbHandle;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.close());

  const write = () =>
    t.db
      .insertInto('regions')
      .values({ code: `X${Math.random().toString().slice(2, 8)}`, name: '新区', level: 3 })
      .execute();

  it('computes once per key until something a dashboard reads is written', async () => {
    const cache = new GridCache<number>();
    let computed = 0;
    const compute = async () => ++computed;
    expect(await cache.get(t.db, 'a', compute)).toBe(1);
    expect(await cache.get(t.db, 'a', compute)).toBe(1);
    expect(await cache.get(t.db, 'b', compute)).toBe(2);
    await write();
    expect(await cache.get(t.db, 'a', compute)).toBe(3);
    // The older revision's entries are gone, not merely shadowed.
    expect(cache.size).toBe(1);
  });

  it('shares one computation between concurrent asks and keeps no failure', async () => {
    const cache = new GridCache<string>();
    let calls = 0;
    let release!: (v: string) => void;
    const slow = () => {
      calls++;
      return new Promise<string>((resolve) => (release = resolve));
    };
    const both = Promise.all([cache.get(t.db, 'k', slow), cache.get(t.db, 'k', slow)]);
    await new Promise((r) => setTimeout(r, 50));
    release('grid');
    expect(await both).toEqual(['grid', 'grid']);
    expect(calls).toBe(1);

    await expect(
      cache.get(t.db, 'bad', () => Promise.reject(new Error('db down'))),
    ).rejects.toThrow('db down');
    expect(await cache.get(t.db, 'bad', async () => 'recovered')).toBe('recovered');
  });

  it('keeps at most its size, dropping the least recently used', async () => {
    const cache = new GridCache<string>(2);
    await cache.get(t.db, 'a', async () => 'a1');
    await cache.get(t.db, 'b', async () => 'b1');
    await cache.get(t.db, 'a', async () => 'a2'); // a is now the most recent
    await cache.get(t.db, 'c', async () => 'c1'); // b goes
    expect(cache.size).toBe(2);
    expect(await cache.get(t.db, 'a', async () => 'a3')).toBe('a1');
    expect(await cache.get(t.db, 'b', async () => 'b2')).toBe('b2');
  });
});
