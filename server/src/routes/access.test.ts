import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '@targetboard/db/testing/create-test-db';
import { ROLES, type Role } from '@targetboard/shared/api/users.schema';
import { signInAs } from '../testing/auth';
import { createTestApp } from '../testing/test-app';

/**
 * The access policy of every mutating route: `public` routes need no session; otherwise the
 * roles listed may pass the role check (admins always may). A route added to the app without
 * an entry here fails this suite, so no write route is born unprotected.
 */
const POLICY: Record<string, { public: true } | { roles: Role[] }> = {
  'POST /api/auth/login': { public: true },
  'POST /api/auth/logout': { public: true },
  'POST /api/auth/password': { roles: [...ROLES] },
  'POST /api/users': { roles: ['admin'] },
  'PATCH /api/users/:id': { roles: ['admin'] },
  'POST /api/documents': { roles: ['approver'] },
  'PATCH /api/targets/:id': { roles: ['approver'] },
  'POST /api/documents/:id/targets': { roles: ['approver'] },
  'POST /api/documents/:id/targets/confirm': { roles: ['approver'] },
  'POST /api/indicators': { roles: ['approver'] },
  'PATCH /api/indicators/:id': { roles: [] },
  'POST /api/indicators/:id/merge': { roles: [] },
  'POST /api/regions': { roles: ['admin', 'reporter', 'approver'] },
  'PUT /api/observations': { roles: ['admin', 'reporter'] },
  'PUT /api/observations/grid': { roles: ['admin', 'reporter'] },
  'POST /api/observations/import': { roles: ['admin', 'reporter'] },
  'POST /api/submissions/:regionId/:quarter/submit': { roles: ['admin', 'reporter'] },
  'POST /api/submissions/:regionId/:quarter/approve': { roles: ['admin', 'approver'] },
  'POST /api/submissions/:regionId/:quarter/return': { roles: ['admin', 'approver'] },
  'POST /api/submissions/:regionId/:quarter/reopen': { roles: ['admin', 'approver'] },
  'POST /api/submissions/:regionId/:quarter/remind': { roles: ['admin', 'approver'] },
  'PUT /api/reporting-deadlines/:level': { roles: ['admin'] },
  'POST /api/notifications/:id/read': { roles: [...ROLES] },
  'POST /api/notifications/read-all': { roles: [...ROLES] },
  'PUT /api/notification-settings': { roles: [...ROLES] },
  'POST /api/webhooks': { roles: ['approver'] },
  'DELETE /api/webhooks/:id': { roles: ['approver'] },
};

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

describe(`every mutating route checks role on ${testEngine()}`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  const cookies = new Map<Role, string>();
  beforeAll(async () => {
    t = await createTestApp();
    for (const role of ROLES)
      cookies.set(role, (await signInAs(t.app, t.database.db, role)).cookie);
  });
  afterAll(() => t.close());

  const routes = () => {
    const seen = new Set<string>();
    for (const r of t.app.routes) {
      if (MUTATING.has(r.method) && r.path.startsWith('/api/')) seen.add(`${r.method} ${r.path}`);
    }
    return [...seen].sort();
  };

  it('has a policy for every mutating route of the app', () => {
    const missing = routes().filter((key) => !(key in POLICY));
    expect(missing, 'add these routes to POLICY in access.test.ts').toEqual([]);
    expect(routes().length).toBeGreaterThanOrEqual(Object.keys(POLICY).length);
  });

  const send = (key: string, cookie?: string) => {
    const [method, path] = key.split(' ') as [string, string];
    return t.app.request(path.replace(/:[^/]+/g, '999999'), {
      method,
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: '{}',
    });
  };

  it('answers 401 to anonymous requests on every non-public route', async () => {
    for (const key of routes()) {
      const policy = POLICY[key];
      if (!policy || 'public' in policy) continue;
      expect((await send(key)).status, key).toBe(401);
    }
  });

  it('answers 403 to every role the policy leaves out, and lets the others past the check', async () => {
    for (const key of routes()) {
      const policy = POLICY[key];
      if (!policy || 'public' in policy) continue;
      for (const role of ROLES) {
        const status = (await send(key, cookies.get(role))).status;
        if (role === 'admin' || policy.roles.includes(role))
          expect([401, 403], `${role} ${key}`).not.toContain(status);
        else expect(status, `${role} ${key}`).toBe(403);
      }
    }
  });
});
