import type { Generated, Selectable } from 'kysely';

export type AlertKind = 'status' | 'overdue' | 'returned';
export type OutboxChannel = 'email' | 'wecom' | 'dingtalk';

/** One thing a user is told in the app: a cell, or a digest of many from one change. */
export interface NotificationsTable {
  id: Generated<number>;
  user_id: number;
  kind: AlertKind;
  region_id: number;
  quarter: string;
  /** The cell's indicator; null for a digest, an overdue quarter or a returned submission. */
  indicator_id: number | null;
  item_count: Generated<number>;
  title_zh: string;
  title_en: string;
  body_zh: string;
  body_en: string;
  /** Unique per user: a periodic check that finds the same overdue quarter again adds nothing. */
  dedupe_key: string;
  read_at: Date | null;
  created_at: Generated<Date>;
}

export interface NotificationSettingsTable {
  user_id: number;
  email: string | null;
  email_enabled: Generated<boolean>;
  updated_at: Generated<Date>;
}

export interface RegionWebhooksTable {
  id: Generated<number>;
  region_id: number;
  platform: 'wecom' | 'dingtalk';
  url: string;
  /** DingTalk's signing secret (SEC…); never sent back to the browser. */
  secret: string | null;
  enabled: Generated<boolean>;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface OutboxTable {
  id: Generated<string>;
  idempotency_key: string;
  channel: OutboxChannel;
  email: string | null;
  webhook_id: number | null;
  payload: unknown;
  attempts: Generated<number>;
  next_attempt_at: Generated<Date>;
  /** A worker that claimed the row owns it until then; after, another may retry it. */
  claimed_until: Date | null;
  sent_at: Date | null;
  failed_at: Date | null;
  last_error: string | null;
  created_at: Generated<Date>;
}

export type NotificationRow = Selectable<NotificationsTable>;
export type RegionWebhookRow = Selectable<RegionWebhooksTable>;
export type OutboxRow = Selectable<OutboxTable>;
