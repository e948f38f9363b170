import { describe, expect, it } from 'vitest';
import { xlsxBomb } from '../testing/zip-bomb';
import { checkZipLimits, declaredZipSize, ZIP_LIMITS } from './zip-limits';

describe('checkZipLimits', () => {
  it('passes a small archive and counts what it unpacks to', async () => {
    const small = xlsxBomb(1);
    const checked = await checkZipLimits(small, { ...ZIP_LIMITS, maxRatio: 5000 });
    expect(checked.entries).toBe(5);
    expect(checked.unzippedBytes).toBeGreaterThan(1024 * 1024);
    expect(checked.unzippedBytes).toBe(declaredZipSize(small).uncompressed);
  });

  it('refuses by the declared size before inflating', async () => {
    const bomb = xlsxBomb(300);
    expect(bomb.length).toBeLessThan(400 * 1024);
    expect(declaredZipSize(bomb).uncompressed).toBeGreaterThan(300 * 1024 * 1024);
    await expect(checkZipLimits(bomb)).rejects.toMatchObject({ reason: 'too-large' });
  });

  it('refuses a bomb that declares small sizes, by inflating and counting', async () => {
    const liar = xlsxBomb(300, { lie: true });
    expect(declaredZipSize(liar).uncompressed).toBe(500);
    await expect(checkZipLimits(liar)).rejects.toMatchObject({ reason: 'too-large' });
    const lenient = { ...ZIP_LIMITS, maxRatio: 1e6 };
    await expect(checkZipLimits(liar, lenient)).rejects.toThrow(/more than 209715200 bytes/);
  });

  it('refuses an unpacked ratio past the limit even under the size limit', async () => {
    const dense = xlsxBomb(20); // ~20 KB unpacking to 20 MiB: about a thousand times
    await expect(checkZipLimits(dense)).rejects.toThrow(/times its size/);
    await expect(checkZipLimits(dense, { ...ZIP_LIMITS, maxRatio: 5000 })).resolves.toBeTruthy();
  });

  it('refuses too many entries', async () => {
    await expect(checkZipLimits(xlsxBomb(1), { ...ZIP_LIMITS, maxEntries: 4 })).rejects.toThrow(
      /holds 5 files/,
    );
  });

  it('calls a broken archive unreadable', async () => {
    const broken = xlsxBomb(2, { lie: true });
    broken.fill(0xff, 600, 900); // inside the deflated parts
    await expect(checkZipLimits(broken)).rejects.toMatchObject({ reason: 'unreadable' });
  });
});
