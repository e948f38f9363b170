import { createRoute, z } from '@hono/zod-openapi';
import { IdParamSchema } from '@targetboard/shared/api/fields';
import { appendChanges } from '@targetboard/db/repositories/change-log.repository';
import { deleteUserSessions } from '@targetboard/db/repositories/sessions.repository';
import {
  findUserById,
  insertUser,
  listUsers,
  updateUser,
} from '@targetboard/db/repositories/users.repository';
import {
  CreateUserBodySchema,
  UpdateUserBodySchema,
  UserSchema,
} from '@targetboard/shared/api/users.schema';
import { currentUser, requireRole } from '../auth/guards';
import { assertAcceptablePassword } from '../auth/password-policy';
import { hashPassword } from '../auth/passwords';
import { AppError } from '../http/errors';
import { isForeignKeyViolation, isUniqueViolation } from '../http/pg-errors';
import { json, pickErrors } from '../http/responses';
import { createRouter } from '../http/router';
import { assertAnAdminRemains } from '../services/last-admin.service';

/** 422 naming the field when a user's region does not exist (the foreign key refused it). */
const unknownRegion = (regionId: number | null | undefined) =>
  new AppError(422, 'validation_failed', `no region with id ${regionId}`, {
    issues: [{ path: 'json.regionId', message: 'unknown region' }],
  });

const IdParam = z.object({ id: IdParamSchema });

const listRoute = createRoute({
  method: 'get',
  operationId: 'listUsers',
  path: '/users',
  tags: ['users'],
  summary: 'All users (admin)',
  middleware: [requireRole('admin')] as const,
  responses: {
    200: { description: 'Users', ...json(z.object({ users: z.array(UserSchema) })) },
    ...pickErrors(401, 403),
  },
});

const createUserRoute = createRoute({
  method: 'post',
  operationId: 'createUser',
  path: '/users',
  tags: ['users'],
  summary: 'Create a user (admin)',
  middleware: [requireRole('admin')] as const,
  request: { body: { ...json(CreateUserBodySchema), required: true } },
  responses: {
    201: { description: 'Created', ...json(z.object({ user: UserSchema })) },
    ...pickErrors(400, 401, 403, 409, 422),
  },
});

const updateUserRoute = createRoute({
  method: 'patch',
  operationId: 'updateUser',
  path: '/users/{id}',
  tags: ['users'],
  summary: 'Change role, region, name, password or disable (admin)',
  middleware: [requireRole('admin')] as const,
  request: { params: IdParam, body: { ...json(UpdateUserBodySchema), required: true } },
  responses: {
    200: { description: 'Updated', ...json(z.object({ user: UserSchema })) },
    ...pickErrors(400, 401, 403, 404, 409, 422),
  },
});

export const userRoutes = createRouter()
  .openapi(listRoute, async (c) => c.json({ users: await listUsers(c.var.db) }, 200))
  .openapi(createUserRoute, async (c) => {
    const body = c.req.valid('json');
    const admin = currentUser(c);
    assertAcceptablePassword(body.password, body);
    const passwordHash = await hashPassword(body.password);
    try {
      const user = await c.var.db.transaction().execute(async (trx) => {
        const created = await insertUser(trx, { ...body, passwordHash });
        await appendChanges(trx, [
          {
            entity: 'user',
            key: String(created.id),
            oldValue: null,
            newValue: {
              username: created.username,
              role: created.role,
              regionId: created.regionId,
            },
            user: admin.username,
            channel: 'api',
          },
        ]);
        return created;
      });
      return c.json({ user }, 201);
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppError(409, 'conflict', `username ${body.username} is taken`);
      if (isForeignKeyViolation(error)) throw unknownRegion(body.regionId);
      throw error;
    }
  })
  .openapi(updateUserRoute, async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const admin = currentUser(c);
    const before = await findUserById(c.var.db, id);
    if (!before) throw new AppError(404, 'not_found', `no user ${id}`);
    if (body.password) assertAcceptablePassword(body.password, before);
    const passwordHash = body.password ? await hashPassword(body.password) : undefined;
    try {
      const user = await c.var.db.transaction().execute(async (trx) => {
        await assertAnAdminRemains(trx, before, body);
        const updated = await updateUser(trx, id, body.version, { ...body, passwordHash });
        if (!updated) {
          const current = await findUserById(trx, id);
          throw new AppError(
            409,
            'conflict',
            'this user was changed by someone else; reload and try again',
            { current },
          );
        }
        // A new password, a disabled account or a changed role or scope ends every open session.
        if (
          passwordHash ||
          body.disabled ||
          body.role !== undefined ||
          body.regionId !== undefined
        ) {
          await deleteUserSessions(trx, id);
        }
        const { version: _a, ...oldView } = before;
        const { version: _b, ...newView } = updated;
        await appendChanges(trx, [
          {
            entity: 'user',
            key: String(id),
            oldValue: oldView,
            newValue: { ...newView, ...(passwordHash && { password: 'changed' }) },
            user: admin.username,
            channel: 'api',
          },
        ]);
        return updated;
      });
      return c.json({ user }, 200);
    } catch (error) {
      if (isForeignKeyViolation(error)) throw unknownRegion(body.regionId);
      throw error;
    }
  });
