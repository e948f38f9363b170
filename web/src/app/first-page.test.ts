import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getMeQueryOptions } from '../features/auth/api/session';
import { getDashboardQueryOptions } from '../features/dashboard/api/get-dashboard';
import type { EarlyBodies } from './early-requests';
import { startFirstPage } from './first-page';

// The route's code is only asked for here; what it draws is not this test's.
vi.mock('../features/dashboard/components/dashboard-route', () => ({}));

const someone = { id: 7, username: 'leader', role: 'viewer' };
const reply = { region: { id: '510000' }, cells: { target: [] } };

function startAt(
  url: string,
  early: Record<string, Promise<Response>>,
  bodies: EarlyBodies,
): { client: QueryClient; asked: string[] } {
  const asked: string[] = [];
  vi.stubGlobal('window', { targetboardEarly: early, targetboardEarlyBodies: bodies });
  vi.stubGlobal('fetch', (input: RequestInfo | URL) => {
    asked.push(String(input));
    return Promise.resolve(new Response('{"user":null}', { status: 200 }));
  });
  const client = new QueryClient();
  const { pathname, search } = new URL(url, 'http://localhost');
  startFirstPage(client, { pathname, search } as Location);
  return { client, asked };
}

describe('startFirstPage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('puts bodies the inline script parsed into the cache at once, asking nothing', () => {
    const grid = '/api/dashboard?region=510000';
    const { client, asked } = startAt(
      '/dashboard?region=510000',
      {
        '/api/auth/me': new Promise(() => {}),
        [grid]: new Promise(() => {}),
      },
      { ready: { '/api/auth/me': { user: someone }, [grid]: reply }, parsing: {} },
    );
    expect(client.getQueryData(getMeQueryOptions().queryKey)).toEqual(someone);
    const key = getDashboardQueryOptions({ region: '510000' }).queryKey;
    expect(client.getQueryData(key)).toEqual(reply);
    expect(asked).toEqual([]);
  });

  it("waits for the script's parse when it is still on the way, asking nothing", async () => {
    let parsed = (_: unknown) => {};
    const parsing = new Promise((resolve) => (parsed = resolve));
    const { client, asked } = startAt(
      '/documents',
      { '/api/auth/me': Promise.resolve(new Response('unread')) },
      { ready: {}, parsing: { '/api/auth/me': parsing } },
    );
    const key = getMeQueryOptions().queryKey;
    expect(client.getQueryData(key)).toBeUndefined();
    parsed({ user: someone });
    await vi.waitFor(() => expect(client.getQueryData(key)).toEqual(someone));
    expect(asked).toEqual([]);
  });

  it('reads a refused early answer itself: signed out, the user is null', async () => {
    const { client, asked } = startAt(
      '/documents',
      {
        '/api/auth/me': Promise.resolve(
          Response.json({ error: { code: 'unauthenticated', message: 'no' } }, { status: 401 }),
        ),
      },
      { ready: {}, parsing: { '/api/auth/me': Promise.resolve(undefined) } },
    );
    const key = getMeQueryOptions().queryKey;
    await vi.waitFor(() => expect(client.getQueryState(key)?.status).toBe('success'));
    expect(client.getQueryData(key)).toBeNull();
    expect(asked).toEqual([]);
  });

  it('takes the bodies once: a later start asks the server', async () => {
    startAt('/documents', {}, { ready: { '/api/auth/me': { user: someone } }, parsing: {} });
    const client = new QueryClient();
    const asked: string[] = [];
    vi.stubGlobal('fetch', (input: RequestInfo | URL) => {
      asked.push(String(input));
      return Promise.resolve(Response.json({ user: null }));
    });
    startFirstPage(client, { pathname: '/documents', search: '' } as Location);
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    expect(client.getQueryData(getMeQueryOptions().queryKey)).not.toEqual(someone);
  });
});
