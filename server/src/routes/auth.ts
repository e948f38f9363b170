import { createRoute, z } from '@hono/zod-openapi';
import { deleteSession } from '@targetboard/db/repositories/sessions.repository';
import {
  ChangePasswordBodySchema,
  LoginBodySchema,
  UserSchema,
} from '@targetboard/shared/api/users.schema';
import { clientAddress } from '../auth/client-address';
import { currentUser, requireUser } from '../auth/guards';
import { clearSessionCookie, setSessionCookie } from '../auth/session';
import { pickErrors } from '../http/responses';
import { createRouter } from '../http/router';
import { changeOwnPassword, login } from '../services/auth.service';

const UserResponse = {
  content: { 'application/json': { schema: z.object({ user: UserSchema }) } },
};

const loginRoute = createRoute({
  method: 'post',
  operationId: 'login',
  path: '/auth/login',
  tags: ['auth'],
  summary: 'Sign in; sets an HttpOnly session cookie',
  security: [],
  request: {
    body: { content: { 'application/json': { schema: LoginBodySchema } }, required: true },
  },
  responses: {
    200: { description: 'Signed in', ...UserResponse },
    ...pickErrors(400, 401, 422, 429),
  },
});

const logoutRoute = createRoute({
  method: 'post',
  operationId: 'logout',
  path: '/auth/logout',
  tags: ['auth'],
  summary: 'Sign out; ends the session on the server',
  security: [],
  responses: { 204: { description: 'Signed out' } },
});

const meRoute = createRoute({
  method: 'get',
  operationId: 'getCurrentUser',
  path: '/auth/me',
  tags: ['auth'],
  summary: 'The signed-in user',
  middleware: [requireUser] as const,
  responses: { 200: { description: 'The user', ...UserResponse }, ...pickErrors(401) },
});

const passwordRoute = createRoute({
  method: 'post',
  operationId: 'changePassword',
  path: '/auth/password',
  tags: ['auth'],
  summary:
    'Change your own password; ends your other sessions. Accounts marked mustChangePassword may do nothing else first',
  middleware: [requireUser] as const,
  request: {
    body: { content: { 'application/json': { schema: ChangePasswordBodySchema } }, required: true },
  },
  responses: {
    200: { description: 'Changed; a new session cookie is set', ...UserResponse },
    ...pickErrors(400, 401, 409, 422, 429),
  },
});

export const authRoutes = createRouter()
  .openapi(loginRoute, async (c) => {
    const body = c.req.valid('json');
    const session = await login(c.var.db, {
      username: body.username,
      password: body.password,
      ip: clientAddress(c, c.var.trustProxy),
      userAgent: c.req.header('user-agent') ?? null,
    });
    // Rotate: a successful sign-in ends the session the browser had; a failed one leaves it.
    if (c.var.sessionTokenHash) await deleteSession(c.var.db, c.var.sessionTokenHash);
    setSessionCookie(c, session.token, session.expiresAt);
    c.var.logger.info('signed in', { requestId: c.var.requestId, user: session.user.username });
    return c.json({ user: session.user }, 200);
  })
  .openapi(logoutRoute, async (c) => {
    if (c.var.sessionTokenHash) await deleteSession(c.var.db, c.var.sessionTokenHash);
    clearSessionCookie(c);
    return c.body(null, 204);
  })
  .openapi(meRoute, (c) => c.json({ user: c.var.user! }, 200))
  .openapi(passwordRoute, async (c) => {
    const body = c.req.valid('json');
    const session = await changeOwnPassword(c.var.db, currentUser(c), {
      ...body,
      ip: clientAddress(c, c.var.trustProxy),
      userAgent: c.req.header('user-agent') ?? null,
    });
    setSessionCookie(c, session.token, session.expiresAt);
    c.var.logger.info('password changed', {
      requestId: c.var.requestId,
      user: session.user.username,
    });
    return c.json({ user: session.user }, 200);
  });
