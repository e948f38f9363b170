import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { seedDashboard } from './dashboard-seed';
import { signIn } from './pages';
import { E2E_ADMIN, type RunningServer, startServer } from './server-process';

type Rgb = [number, number, number];

/** The colour covering most of an element on screen: a cell's background, not its glyph. */
async function dominantColour(page: Page, selector: string): Promise<Rgb> {
  const png = PNG.sync.read(await page.locator(selector).first().screenshot());
  const counts = new Map<string, number>();
  for (let i = 0; i < png.data.length; i += 4) {
    const key = `${png.data[i]},${png.data[i + 1]},${png.data[i + 2]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  return best.split(',').map(Number) as Rgb;
}

/** CIE76 ΔE in CIELAB (D65): about 2.3 is just noticeable, 10 is plainly different. */
function deltaE(a: Rgb, b: Rgb): number {
  const lab = ([r, g, bl]: Rgb) => {
    const [R, G, B] = [r, g, bl].map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as Rgb;
    const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
    const x = f((0.4124 * R + 0.3576 * G + 0.1805 * B) / 0.95047);
    const y = f(0.2126 * R + 0.7152 * G + 0.0722 * B);
    const z = f((0.0193 * R + 0.1192 * G + 0.9505 * B) / 1.08883);
    return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
  };
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!, p[2]! - q[2]!);
}

describe('status colours under colour-vision deficiency', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    await seedDashboard(server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('keeps met and missed cells apart by more than a glyph in Chromium’s emulation', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${server.url}/dashboard?region=510100&year=2026&quarter=2`);
    await signIn(page, E2E_ADMIN.username, E2E_ADMIN.password);
    const met = '[data-testid="dashboard-grid"] button[data-status="met"]';
    const missed = '[data-testid="dashboard-grid"] button[data-status="missed"]';
    await page.locator(missed).first().waitFor();
    const cdp = await page.context().newCDPSession(page);

    const seen: Record<string, { met: Rgb; missed: Rgb }> = {};
    for (const type of ['none', 'protanopia', 'deuteranopia', 'tritanopia']) {
      await cdp.send('Emulation.setEmulatedVisionDeficiency', { type: type as 'none' });
      seen[type] = {
        met: await dominantColour(page, met),
        missed: await dominantColour(page, missed),
      };
      if (process.env.A11Y_SCREENSHOTS)
        await page.screenshot({ path: `test-results/dashboard-${type}.png` });
      expect(deltaE(seen[type].met, seen[type].missed), type).toBeGreaterThan(10);
    }
    // The emulation did change the picture, so the comparisons above saw simulated colours.
    expect(deltaE(seen.none!.missed, seen.deuteranopia!.missed)).toBeGreaterThan(2);
    expect(deltaE(seen.none!.met, seen.tritanopia!.met)).toBeGreaterThan(2);
    await page.close();
  });
});
