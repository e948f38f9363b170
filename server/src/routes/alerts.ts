import { createRoute, z } from '@hono/zod-openapi';
import {
  createWebhook,
  deleteWebhook,
  findNotificationSettings,
  findWebhook,
  listNotifications,
  listWebhooks,
  markAllNotificationsRead,
  markNotificationRead,
  setNotificationSettings,
  type StoredWebhook,
} from '@targetboard/db/repositories/alerts.repository';
import {
  CreateWebhookBodySchema,
  NotificationListSchema,
  NotificationSettingsSchema,
  SetNotificationSettingsBodySchema,
  type Webhook,
  WebhookSchema,
} from '@targetboard/shared/api/alerts.schema';
import { IdParamSchema } from '@targetboard/shared/api/fields';
import { assertInScope, currentUser, inScope, requireRole, requireUser } from '../auth/guards';
import { AppError } from '../http/errors';
import { json, pickErrors } from '../http/responses';
import { createRouter } from '../http/router';

const IdParam = z.object({ id: IdParamSchema });

const listRoute = createRoute({
  method: 'get',
  operationId: 'listNotifications',
  path: '/notifications',
  tags: ['alerts'],
  summary: "The caller's latest notifications and how many are unread",
  middleware: [requireUser] as const,
  request: {
    query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
  },
  responses: {
    200: { description: 'Newest first', ...json(NotificationListSchema) },
    ...pickErrors(401, 422),
  },
});

const readRoute = createRoute({
  method: 'post',
  operationId: 'markNotificationRead',
  path: '/notifications/{id}/read',
  tags: ['alerts'],
  summary: 'Mark one of your notifications read',
  description: "Another user's notification answers 404.",
  middleware: [requireUser] as const,
  request: { params: IdParam },
  responses: {
    200: { description: 'Read', ...json(z.object({ unread: z.number().int() })) },
    ...pickErrors(401, 404, 422),
  },
});

const readAllRoute = createRoute({
  method: 'post',
  operationId: 'markAllNotificationsRead',
  path: '/notifications/read-all',
  tags: ['alerts'],
  summary: 'Mark all your notifications read',
  middleware: [requireUser] as const,
  responses: {
    200: { description: 'All read', ...json(z.object({ marked: z.number().int() })) },
    ...pickErrors(401),
  },
});

const getSettingsRoute = createRoute({
  method: 'get',
  operationId: 'getNotificationSettings',
  path: '/notification-settings',
  tags: ['alerts'],
  summary: 'Whether you receive alerts by e-mail, and where',
  middleware: [requireUser] as const,
  responses: {
    200: { description: 'Your settings', ...json(NotificationSettingsSchema) },
    ...pickErrors(401),
  },
});

const setSettingsRoute = createRoute({
  method: 'put',
  operationId: 'setNotificationSettings',
  path: '/notification-settings',
  tags: ['alerts'],
  summary: 'Opt in to (or out of) alerts by e-mail',
  middleware: [requireUser] as const,
  request: { body: { ...json(SetNotificationSettingsBodySchema), required: true } },
  responses: {
    200: { description: 'Your settings now', ...json(NotificationSettingsSchema) },
    ...pickErrors(400, 401, 422),
  },
});

const listWebhooksRoute = createRoute({
  method: 'get',
  operationId: 'listRegionWebhooks',
  path: '/webhooks',
  tags: ['alerts'],
  summary: 'Group-robot webhooks (WeCom, DingTalk) of the regions in your scope',
  middleware: [requireRole('approver')] as const,
  responses: {
    200: { description: 'Webhooks', ...json(z.object({ webhooks: z.array(WebhookSchema) })) },
    ...pickErrors(401, 403),
  },
});

const createWebhookRoute = createRoute({
  method: 'post',
  operationId: 'createRegionWebhook',
  path: '/webhooks',
  tags: ['alerts'],
  summary: 'Add a group robot that receives the alerts of a region and the regions below it',
  description:
    'WeCom robots take markdown messages at their webhook URL; DingTalk robots too, signed ' +
    'with the secret (加签) when one is given.',
  middleware: [requireRole('approver')] as const,
  request: { body: { ...json(CreateWebhookBodySchema), required: true } },
  responses: {
    200: { description: 'Added', ...json(z.object({ webhook: WebhookSchema })) },
    ...pickErrors(400, 401, 403, 422),
  },
});

const deleteWebhookRoute = createRoute({
  method: 'delete',
  operationId: 'deleteRegionWebhook',
  path: '/webhooks/{id}',
  tags: ['alerts'],
  summary: 'Remove a group robot (its unsent messages go with it)',
  middleware: [requireRole('approver')] as const,
  request: { params: IdParam },
  responses: {
    200: { description: 'Removed', ...json(z.object({ deleted: z.literal(true) })) },
    ...pickErrors(401, 403, 404, 422),
  },
});

/** The URL without its key or token: enough to tell robots apart, not to post to them. */
export function urlHint(url: string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname}…${url.slice(-4)}`;
}

const toWebhook = (w: StoredWebhook): Webhook => ({
  id: w.id,
  regionId: w.regionId,
  platform: w.platform,
  urlHint: urlHint(w.url),
  hasSecret: w.secret !== null,
  enabled: w.enabled,
  createdBy: w.createdBy,
  createdAt: w.createdAt,
});

export const alertRoutes = createRouter()
  .openapi(listRoute, async (c) => {
    const { limit } = c.req.valid('query');
    return c.json(await listNotifications(c.var.db, currentUser(c).id, limit), 200);
  })
  .openapi(readRoute, async (c) => {
    const { id } = c.req.valid('param');
    const user = currentUser(c);
    if (!(await markNotificationRead(c.var.db, user.id, id)))
      throw new AppError(404, 'not_found', `no notification ${id}`);
    const { unread } = await listNotifications(c.var.db, user.id, 1);
    return c.json({ unread }, 200);
  })
  .openapi(readAllRoute, async (c) => {
    const marked = await markAllNotificationsRead(c.var.db, currentUser(c).id);
    return c.json({ marked }, 200);
  })
  .openapi(getSettingsRoute, async (c) => {
    const settings = await findNotificationSettings(c.var.db, currentUser(c).id);
    return c.json({ ...settings, emailAvailable: c.var.emailAvailable }, 200);
  })
  .openapi(setSettingsRoute, async (c) => {
    const body = c.req.valid('json');
    const user = currentUser(c);
    if (body.emailEnabled && !c.var.emailAvailable)
      throw new AppError(422, 'validation_failed', '本系统未配置邮件服务（SMTP_URL）', {
        issues: [{ path: 'json.emailEnabled', message: 'SMTP_URL is not set on this server' }],
      });
    await setNotificationSettings(c.var.db, user.id, body);
    const settings = await findNotificationSettings(c.var.db, user.id);
    return c.json({ ...settings, emailAvailable: c.var.emailAvailable }, 200);
  })
  .openapi(listWebhooksRoute, async (c) => {
    const user = currentUser(c);
    const webhooks =
      user.role === 'admin'
        ? await listWebhooks(c.var.db, null)
        : user.regionId === null
          ? []
          : await listWebhooks(c.var.db, user.regionId);
    return c.json({ webhooks: webhooks.map(toWebhook) }, 200);
  })
  .openapi(createWebhookRoute, async (c) => {
    const body = c.req.valid('json');
    const user = currentUser(c);
    await assertInScope(c, user, body.regionId);
    if (body.platform === 'wecom' && body.secret)
      throw new AppError(422, 'validation_failed', '企业微信机器人不使用加签密钥', {
        issues: [{ path: 'json.secret', message: 'WeCom robots take no secret' }],
      });
    const webhook = await createWebhook(c.var.db, {
      regionId: body.regionId,
      platform: body.platform,
      url: body.url,
      secret: body.secret ?? null,
      createdBy: user.username,
    });
    return c.json({ webhook: toWebhook(webhook) }, 200);
  })
  .openapi(deleteWebhookRoute, async (c) => {
    const { id } = c.req.valid('param');
    const user = currentUser(c);
    const webhook = await findWebhook(c.var.db, id);
    // Outside the caller's scope it is as if it did not exist.
    if (!webhook || !(await inScope(c, user, webhook.regionId)))
      throw new AppError(404, 'not_found', `no webhook ${id}`);
    await deleteWebhook(c.var.db, id);
    return c.json({ deleted: true as const }, 200);
  });
