import { createRoute, z } from '@hono/zod-openapi';
import { IdParamSchema } from '@targetboard/shared/api/fields';
import { listUsers } from '@targetboard/db/repositories/users.repository';
import {
  CreateUserBodySchema,
  UpdateUserBodySchema,
  UserSchema,
} from '@targetboard/shared/api/users.schema';
import { currentUser, requireRole } from '../auth/guards';
import { json, pickErrors } from '../http/responses';
import { createRouter } from '../http/router';
import { createUser, editUser } from '../services/users.service';

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
    const user = await createUser(c.var.db, currentUser(c), c.req.valid('json'));
    return c.json({ user }, 201);
  })
  .openapi(updateUserRoute, async (c) => {
    const { id } = c.req.valid('param');
    const changes = c.req.valid('json');
    const user = await editUser(c.var.db, currentUser(c), { id, changes });
    return c.json({ user }, 200);
  });
