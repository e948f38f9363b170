import { type Kysely, sql } from 'kysely';

// Alerts (issue 19): what each user is told in the app, how they opted in to e-mail, the
// group-robot webhooks of a region, and the outbox of messages still to send. The outbox is
// written in the transaction of the change that caused it, so a message is never lost; each
// row's idempotency key is unique, so the same message is never queued (nor sent) twice.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE notifications (
      id serial PRIMARY KEY,
      user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('status', 'overdue', 'returned')),
      region_id integer NOT NULL REFERENCES regions(id) ON DELETE CASCADE,
      quarter text NOT NULL,
      indicator_id integer REFERENCES indicators(id) ON DELETE SET NULL,
      item_count integer NOT NULL DEFAULT 1,
      title_zh text NOT NULL,
      title_en text NOT NULL,
      body_zh text NOT NULL,
      body_en text NOT NULL,
      dedupe_key text NOT NULL,
      read_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (user_id, dedupe_key)
    )`.execute(db);
  await sql`CREATE INDEX notifications_user_idx ON notifications (user_id, id DESC)`.execute(db);
  await sql`
    CREATE TABLE notification_settings (
      user_id integer PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
      email text,
      email_enabled boolean NOT NULL DEFAULT false,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`
    CREATE TABLE region_webhooks (
      id serial PRIMARY KEY,
      region_id integer NOT NULL REFERENCES regions(id) ON DELETE CASCADE,
      platform text NOT NULL CHECK (platform IN ('wecom', 'dingtalk')),
      url text NOT NULL,
      secret text,
      enabled boolean NOT NULL DEFAULT true,
      created_by text,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX region_webhooks_region_idx ON region_webhooks (region_id)`.execute(db);
  await sql`
    CREATE TABLE outbox (
      id bigserial PRIMARY KEY,
      idempotency_key text NOT NULL UNIQUE,
      channel text NOT NULL CHECK (channel IN ('email', 'wecom', 'dingtalk')),
      email text,
      webhook_id integer REFERENCES region_webhooks(id) ON DELETE CASCADE,
      payload jsonb NOT NULL,
      attempts integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL DEFAULT now(),
      claimed_until timestamptz,
      sent_at timestamptz,
      failed_at timestamptz,
      last_error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((channel = 'email') = (email IS NOT NULL)),
      CHECK ((channel = 'email') = (webhook_id IS NULL))
    )`.execute(db);
  await sql`
    CREATE INDEX outbox_due_idx ON outbox (next_attempt_at)
    WHERE sent_at IS NULL AND failed_at IS NULL`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE outbox`.execute(db);
  await sql`DROP TABLE region_webhooks`.execute(db);
  await sql`DROP TABLE notification_settings`.execute(db);
  await sql`DROP TABLE notifications`.execute(db);
}
