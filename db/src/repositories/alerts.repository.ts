import { sql } from 'kysely';
import type { Notification, NotificationSettings } from '@targetboard/shared/api/alerts.schema';
import type { DbOrTrx } from '../database';
import type { AlertKind, NotificationRow, RegionWebhookRow } from '../tables/alerts.table';

/** Someone to tell about a region: its reporters and the approvers whose scope holds it. */
export interface Recipient {
  userId: number;
  username: string;
  /** Set only when the user opted in to e-mail and gave an address. */
  email: string | null;
}

/** Ancestor-or-self chain of each region, as (region_id, ancestor_id, depth). */
const chainOf = (regionIds: readonly number[]) => sql`
  WITH RECURSIVE chain(region_id, ancestor_id, depth) AS (
    SELECT id, id, 0 FROM regions WHERE id = ANY(${[...regionIds]}::int[])
    UNION ALL
    SELECT c.region_id, r.parent_id, c.depth + 1
    FROM chain c JOIN regions r ON r.id = c.ancestor_id
    WHERE r.parent_id IS NOT NULL AND c.depth < 16
  )`;

/**
 * Per region, who is responsible: active reporters of exactly that region and active
 * approvers of that region or any ancestor. One query however many regions.
 */
export async function findRecipients(
  db: DbOrTrx,
  regionIds: readonly number[],
): Promise<Map<number, Recipient[]>> {
  const out = new Map<number, Recipient[]>();
  if (regionIds.length === 0) return out;
  const { rows } = await sql<{
    region_id: number;
    user_id: number;
    username: string;
    email: string | null;
    email_enabled: boolean | null;
  }>`${chainOf(regionIds)}
    SELECT c.region_id, u.id AS user_id, u.username, s.email, s.email_enabled
    FROM chain c
    JOIN users u ON u.region_id = c.ancestor_id
    LEFT JOIN notification_settings s ON s.user_id = u.id
    WHERE NOT u.disabled
      AND ((u.role = 'reporter' AND c.depth = 0) OR u.role = 'approver')
    ORDER BY c.region_id, u.id`.execute(db);
  for (const r of rows) {
    const list = out.get(r.region_id) ?? [];
    list.push({
      userId: r.user_id,
      username: r.username,
      email: r.email_enabled && r.email ? r.email : null,
    });
    out.set(r.region_id, list);
  }
  return out;
}

/** Per region, the enabled robot webhooks of that region and of its ancestors. */
export async function findWebhooksFor(
  db: DbOrTrx,
  regionIds: readonly number[],
): Promise<Map<number, { id: number; platform: 'wecom' | 'dingtalk' }[]>> {
  const out = new Map<number, { id: number; platform: 'wecom' | 'dingtalk' }[]>();
  if (regionIds.length === 0) return out;
  const { rows } = await sql<{ region_id: number; id: number; platform: 'wecom' | 'dingtalk' }>`
    ${chainOf(regionIds)}
    SELECT c.region_id, w.id, w.platform
    FROM chain c JOIN region_webhooks w ON w.region_id = c.ancestor_id
    WHERE w.enabled
    ORDER BY c.region_id, w.id`.execute(db);
  for (const r of rows) {
    const list = out.get(r.region_id) ?? [];
    list.push({ id: r.id, platform: r.platform });
    out.set(r.region_id, list);
  }
  return out;
}

/** Names of regions and indicators, for wording alerts. */
export async function findAlertNames(
  db: DbOrTrx,
  regionIds: readonly number[],
  indicatorIds: readonly number[],
): Promise<{ regions: Map<number, string>; indicators: Map<number, string> }> {
  const [regions, indicators] = await Promise.all([
    regionIds.length === 0
      ? []
      : db
          .selectFrom('regions')
          .select(['id', 'name'])
          .where('id', 'in', [...regionIds])
          .execute(),
    indicatorIds.length === 0
      ? []
      : db
          .selectFrom('indicators')
          .select(['id', 'name'])
          .where('id', 'in', [...indicatorIds])
          .execute(),
  ]);
  return {
    regions: new Map(regions.map((r) => [r.id, r.name])),
    indicators: new Map(indicators.map((r) => [r.id, r.name])),
  };
}

export interface NewNotification {
  userId: number;
  kind: AlertKind;
  regionId: number;
  quarter: string;
  indicatorId: number | null;
  itemCount: number;
  titleZh: string;
  titleEn: string;
  bodyZh: string;
  bodyEn: string;
  dedupeKey: string;
}

/** Adds notifications; one a user already has under the same dedupe key is left as it is. */
export async function insertNotifications(
  db: DbOrTrx,
  notifications: readonly NewNotification[],
): Promise<number> {
  if (notifications.length === 0) return 0;
  const result = await db
    .insertInto('notifications')
    .values(
      notifications.map((n) => ({
        user_id: n.userId,
        kind: n.kind,
        region_id: n.regionId,
        quarter: n.quarter,
        indicator_id: n.indicatorId,
        item_count: n.itemCount,
        title_zh: n.titleZh,
        title_en: n.titleEn,
        body_zh: n.bodyZh,
        body_en: n.bodyEn,
        dedupe_key: n.dedupeKey,
      })),
    )
    .onConflict((oc) => oc.columns(['user_id', 'dedupe_key']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

function rowToNotification(r: NotificationRow & { region_code: string }): Notification {
  return {
    id: r.id,
    kind: r.kind,
    regionId: r.region_id,
    regionCode: r.region_code,
    quarter: r.quarter,
    indicatorId: r.indicator_id,
    itemCount: r.item_count,
    titleZh: r.title_zh,
    titleEn: r.title_en,
    bodyZh: r.body_zh,
    bodyEn: r.body_en,
    read: r.read_at !== null,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

/** A user's latest notifications, newest first, and how many of all theirs are unread. */
export async function listNotifications(
  db: DbOrTrx,
  userId: number,
  limit: number,
): Promise<{ notifications: Notification[]; unread: number }> {
  const [rows, unread] = await Promise.all([
    db
      .selectFrom('notifications')
      .innerJoin('regions', 'regions.id', 'notifications.region_id')
      .selectAll('notifications')
      .select('regions.code as region_code')
      .where('user_id', '=', userId)
      .orderBy('notifications.id', 'desc')
      .limit(limit)
      .execute(),
    db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow(),
  ]);
  return { notifications: rows.map(rowToNotification), unread: Number(unread.n) };
}

/** Marks one of the user's notifications read; false when the user has no such notification. */
export async function markNotificationRead(
  db: DbOrTrx,
  userId: number,
  id: number,
): Promise<boolean> {
  const row = await db
    .updateTable('notifications')
    .set({ read_at: sql`coalesce(read_at, now())` })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Marks every unread notification of the user read; answers how many were unread. */
export async function markAllNotificationsRead(db: DbOrTrx, userId: number): Promise<number> {
  const result = await db
    .updateTable('notifications')
    .set({ read_at: sql`now()` })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function findNotificationSettings(
  db: DbOrTrx,
  userId: number,
): Promise<Omit<NotificationSettings, 'emailAvailable'>> {
  const row = await db
    .selectFrom('notification_settings')
    .select(['email', 'email_enabled'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return { email: row?.email ?? null, emailEnabled: row?.email_enabled ?? false };
}

export async function setNotificationSettings(
  db: DbOrTrx,
  userId: number,
  settings: { email: string | null; emailEnabled: boolean },
): Promise<void> {
  await db
    .insertInto('notification_settings')
    .values({ user_id: userId, email: settings.email, email_enabled: settings.emailEnabled })
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet({
        email: settings.email,
        email_enabled: settings.emailEnabled,
        updated_at: sql`now()`,
      }),
    )
    .execute();
}

export interface StoredWebhook {
  id: number;
  regionId: number;
  platform: 'wecom' | 'dingtalk';
  url: string;
  secret: string | null;
  enabled: boolean;
  createdBy: string | null;
  createdAt: string;
}

function rowToWebhook(r: RegionWebhookRow): StoredWebhook {
  return {
    id: r.id,
    regionId: r.region_id,
    platform: r.platform,
    url: r.url,
    secret: r.secret,
    enabled: r.enabled,
    createdBy: r.created_by,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

/** Webhooks of the regions at or below `scopeRegionId` (every one when null). */
export async function listWebhooks(
  db: DbOrTrx,
  scopeRegionId: number | null,
): Promise<StoredWebhook[]> {
  let query = db.selectFrom('region_webhooks').selectAll().orderBy('id');
  if (scopeRegionId !== null)
    query = query.where(
      'region_id',
      'in',
      sql<number>`(WITH RECURSIVE below(id) AS (
        SELECT ${scopeRegionId}::int
        UNION ALL SELECT r.id FROM regions r JOIN below b ON r.parent_id = b.id
      ) SELECT id FROM below)`,
    );
  return (await query.execute()).map(rowToWebhook);
}

export async function findWebhook(db: DbOrTrx, id: number): Promise<StoredWebhook | null> {
  const row = await db
    .selectFrom('region_webhooks')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? rowToWebhook(row) : null;
}

export async function createWebhook(
  db: DbOrTrx,
  webhook: {
    regionId: number;
    platform: 'wecom' | 'dingtalk';
    url: string;
    secret: string | null;
    createdBy: string;
  },
): Promise<StoredWebhook> {
  const row = await db
    .insertInto('region_webhooks')
    .values({
      region_id: webhook.regionId,
      platform: webhook.platform,
      url: webhook.url,
      secret: webhook.secret,
      created_by: webhook.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return rowToWebhook(row);
}

/** Deletes a webhook and, with it, its messages not sent yet. */
export async function deleteWebhook(db: DbOrTrx, id: number): Promise<void> {
  await db.deleteFrom('region_webhooks').where('id', '=', id).execute();
}

/** Regions with at least one active reporter: the ones expected to report each quarter. */
export async function listReportingRegions(db: DbOrTrx): Promise<{ id: number; level: number }[]> {
  return db
    .selectFrom('regions')
    .select(['regions.id', 'regions.level'])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('users')
          .select('users.id')
          .whereRef('users.region_id', '=', 'regions.id')
          .where('users.role', '=', 'reporter')
          .where('users.disabled', '=', false),
      ),
    )
    .orderBy('regions.id')
    .execute();
}
