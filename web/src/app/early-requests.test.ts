import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_TIME_ZONE } from '@targetboard/shared/time/bureau-time';
import { dashboardQuery } from '../features/dashboard/api/get-dashboard';
import { readView } from '../features/dashboard/view-state';
import { api } from '../lib/api-client';
import { formatterArguments } from '../lib/bureau-time';
import { type EarlyBodies, earlyFirst, takeEarlyRequests } from './early-requests';

const html = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
const inline = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

/** Runs index.html's inline script at `url` and answers the paths it asked for. */
function askedAt(url: string): string[] {
  const { pathname, search } = new URL(url, 'http://localhost');
  const asked: string[] = [];
  const fetch = (path: string) => {
    asked.push(path);
    return Promise.resolve(new Response('{}'));
  };
  const window = {} as Record<string, unknown>;
  // The page's own script, run as the browser runs it.
  new Function('window', 'location', 'fetch', 'setTimeout', inline)(
    window,
    { pathname, search },
    fetch,
    () => {}, // the chunk preloads and the formatter: apart, below
  );
  expect(Object.keys(window.targetboardEarly as object)).toEqual(asked);
  return asked;
}

/** What the app itself asks for at `url`: the typed client's paths. */
function appAsksAt(url: string): string[] {
  const { pathname, searchParams } = new URL(url, 'http://localhost');
  const me = api.api.auth.me.$path();
  if (!pathname.startsWith('/dashboard')) return [me];
  const view = readView(searchParams);
  return [me, api.api.dashboard.$path({ query: dashboardQuery(view) })];
}

describe("index.html's early requests", () => {
  it('ask for exactly the paths the typed client asks for, so the app can use the answers', () => {
    expect(inline).toContain('targetboardEarly');
    for (const url of [
      '/dashboard',
      '/dashboard?region=510000',
      '/dashboard?region=510000&year=2026&quarter=2&category=妇幼健康&only=red&sort=worst',
      '/dashboard?category=a+b%26c&year=2026.0&quarter=02',
      '/dashboard?year=1800&quarter=5&region=',
      '/dashboard?year=1948&quarter=0',
      '/dashboard?year=2101&quarter=4',
      '/dashboard?quarter=3&year=2025&region=110000',
      '/dashboard/map?region=330000&indicator=12',
      '/documents',
      '/',
    ])
      expect(askedAt(url), url).toEqual(appAsksAt(url));
  });
});

/**
 * The date formatters index.html's inline script makes, with the saved language `saved`;
 * `idle` says whether the browser has requestIdleCallback.
 */
function startedWith(
  saved: string | null | Error,
  idle = true,
): { made: unknown[][]; classes: string[] } {
  const made: unknown[][] = [];
  const classes: string[] = [];
  const timers: (() => void)[] = [];
  const idles: (() => void)[] = [];
  class DateTimeFormat {
    constructor(...args: unknown[]) {
      made.push(args);
    }
    format() {
      return '';
    }
  }
  const localStorage = {
    getItem: (key: string) => {
      if (saved instanceof Error) throw saved;
      return key === 'targetboard.lang' ? saved : null;
    },
  };
  new Function(
    'window',
    'location',
    'fetch',
    'setTimeout',
    'Intl',
    'localStorage',
    'document',
    inline,
  )(
    idle ? { requestIdleCallback: (run: () => void) => idles.push(run) } : {},
    { pathname: '/dashboard', search: '' },
    () => Promise.resolve(new Response('{}')),
    (run: () => void) => timers.push(run),
    { DateTimeFormat },
    localStorage,
    { documentElement: { classList: { add: (c: string) => classes.push(c) } } },
  );
  expect(made).toEqual([]); // not while the page is still being parsed
  // The script's one timer sends the dashboard's preloads; the formatter waits behind them.
  expect(timers).toHaveLength(1);
  timers[0]!();
  expect(made).toEqual([]);
  for (const run of [...timers.slice(1), ...idles]) run();
  expect(idles).toHaveLength(idle ? 1 : 0);
  return { made, classes };
}

describe("index.html's early date formatter", () => {
  it('makes the formatter the app makes for the default zone, in the saved language', () => {
    const zh = [formatterArguments('zh', DEFAULT_TIME_ZONE)];
    expect(startedWith(null).made).toEqual(zh);
    expect(startedWith('zh').made).toEqual(zh);
    expect(startedWith('en').made).toEqual([formatterArguments('en', DEFAULT_TIME_ZONE)]);
    expect(startedWith(new Error('storage refused')).made).toEqual(zh);
    expect(startedWith(null, false).made).toEqual(zh); // a browser without idle callbacks
  });
});

describe("index.html's early bodies", () => {
  it('are the parsed bodies of the good answers, by path; a refusal is left to the app', async () => {
    const window = {} as Record<string, unknown>;
    const fetch = (path: string) =>
      Promise.resolve(
        path === '/api/auth/me'
          ? Response.json({ user: { id: 1 } })
          : Response.json({ error: { code: 'unauthenticated' } }, { status: 401 }),
      );
    new Function('window', 'location', 'fetch', 'setTimeout', inline)(
      window,
      { pathname: '/dashboard', search: '' },
      fetch,
      () => {},
    );
    const early = window.targetboardEarly as Record<string, Promise<Response>>;
    const bodies = window.targetboardEarlyBodies as EarlyBodies;
    expect(Object.keys(bodies.parsing)).toEqual(Object.keys(early));
    expect(await bodies.parsing['/api/auth/me']).toEqual({ user: { id: 1 } });
    expect(await bodies.parsing['/api/dashboard']).toBeUndefined();
    expect(bodies.ready).toEqual({ '/api/auth/me': { user: { id: 1 } } });
    // The refusal is left unread, for the app's reader.
    expect(await (await early['/api/dashboard']!).json()).toEqual({
      error: { code: 'unauthenticated' },
    });
  });
});

describe('takeEarlyRequests and earlyFirst', () => {
  afterEach(() => {
    delete (globalThis as { window?: unknown }).window;
  });

  it('hand out the early answers once, then ask the server', async () => {
    const answer = Promise.resolve(new Response('"early"'));
    (globalThis as { window?: unknown }).window = { targetboardEarly: { '/api/x': answer } };
    const early = takeEarlyRequests();
    expect(early['/api/x']).toBe(answer);
    expect(takeEarlyRequests()).toEqual({});

    let asked = 0;
    const ask = () => {
      asked++;
      return Promise.resolve(new Response('"asked"'));
    };
    const read = async (res: Promise<Response>) => (await res).json() as Promise<string>;
    const queryFn = earlyFirst(early['/api/x'], ask, read);
    expect(await queryFn()).toBe('early');
    expect(asked).toBe(0);
    expect(await queryFn()).toBe('asked');
    expect(asked).toBe(1);
    // Without an early answer it asks from the first call.
    expect(await earlyFirst(undefined, ask, read)()).toBe('asked');
  });

  it("take a good body from the script's parse, a refusal from the answer, once", async () => {
    let asked = 0;
    const ask = () => {
      asked++;
      return Promise.resolve(new Response('"asked"'));
    };
    const read = async (res: Promise<Response>) => `read ${await (await res).text()}`;
    const fromBody = (body: unknown) => `body ${String(body)}`;
    const answer = Promise.resolve(new Response('"early"'));
    const good = earlyFirst(answer, ask, read, { parsing: Promise.resolve('parsed'), fromBody });
    expect(await good()).toBe('body parsed');
    expect(await good()).toBe('read "asked"'); // a refetch asks the server
    expect(asked).toBe(1);
    const refused = earlyFirst(answer, ask, read, {
      parsing: Promise.resolve(undefined),
      fromBody,
    });
    expect(await refused()).toBe('read "early"');
    expect(asked).toBe(1);
  });
});
