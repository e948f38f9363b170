import { sql } from 'kysely';
import type { DbOrTrx } from '../database';
import type { OutboxChannel } from '../tables/alerts.table';

/** What a message says; the channel decides the format it is sent in. */
export interface OutboxPayload {
  subject: string;
  /** Plain text (e-mail) — Chinese first, English after. */
  text: string;
  /** The same as markdown, for robots. */
  markdown: string;
}

export interface NewOutboxMessage {
  /** Unique per message: queuing the same key again adds nothing, so nothing is sent twice. */
  idempotencyKey: string;
  channel: OutboxChannel;
  email?: string | null;
  webhookId?: number | null;
  payload: OutboxPayload;
}

/** Queues messages in the caller's transaction; keys already queued are skipped. */
export async function enqueueMessages(
  db: DbOrTrx,
  messages: readonly NewOutboxMessage[],
): Promise<number> {
  if (messages.length === 0) return 0;
  const result = await db
    .insertInto('outbox')
    .values(
      messages.map((m) => ({
        idempotency_key: m.idempotencyKey,
        channel: m.channel,
        email: m.email ?? null,
        webhook_id: m.webhookId ?? null,
        payload: JSON.stringify(m.payload),
      })),
    )
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

export interface ClaimedMessage {
  id: string;
  idempotencyKey: string;
  channel: OutboxChannel;
  email: string | null;
  webhook: { url: string; secret: string | null } | null;
  payload: OutboxPayload;
  /** This attempt's number, from 1; the claim holds only for it. */
  attempt: number;
}

/**
 * Claims up to `limit` due messages for `leaseMs`: rows another worker holds locked are
 * skipped (FOR UPDATE SKIP LOCKED), and a claim is a lease, so a worker that died mid-send
 * leaves its rows to be retried once the lease is over.
 */
export async function claimDueMessages(
  db: DbOrTrx,
  limit: number,
  leaseMs: number,
): Promise<ClaimedMessage[]> {
  const { rows } = await sql<{
    id: string;
    idempotency_key: string;
    channel: OutboxChannel;
    email: string | null;
    payload: OutboxPayload | string;
    attempts: number;
    url: string | null;
    secret: string | null;
  }>`
    WITH due AS (
      SELECT id FROM outbox
      WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
        AND (claimed_until IS NULL OR claimed_until <= now())
      ORDER BY next_attempt_at, id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    ), claimed AS (
      UPDATE outbox o
      SET claimed_until = now() + ${leaseMs} * interval '1 millisecond', attempts = o.attempts + 1
      FROM due WHERE o.id = due.id
      RETURNING o.id, o.idempotency_key, o.channel, o.email, o.webhook_id, o.payload, o.attempts
    )
    SELECT c.id::text AS id, c.idempotency_key, c.channel, c.email, c.payload, c.attempts,
           w.url, w.secret
    FROM claimed c LEFT JOIN region_webhooks w ON w.id = c.webhook_id
    ORDER BY c.id`.execute(db);
  return rows.map((r) => ({
    id: r.id,
    idempotencyKey: r.idempotency_key,
    channel: r.channel,
    email: r.email,
    webhook: r.url === null ? null : { url: r.url, secret: r.secret },
    payload: typeof r.payload === 'string' ? (JSON.parse(r.payload) as OutboxPayload) : r.payload,
    attempt: r.attempts,
  }));
}

/**
 * Records a sent message, only if this claim still holds it (same attempt, not sent): false
 * means another worker took it over after the lease ran out.
 */
export async function markMessageSent(db: DbOrTrx, id: string, attempt: number): Promise<boolean> {
  const row = await db
    .updateTable('outbox')
    .set({ sent_at: sql`now()`, claimed_until: null, last_error: null })
    .where('id', '=', id)
    .where('attempts', '=', attempt)
    .where('sent_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Records a failed attempt: due again after `retryInMs`, or given up when that is null. */
export async function markMessageFailed(
  db: DbOrTrx,
  id: string,
  attempt: number,
  error: string,
  retryInMs: number | null,
): Promise<void> {
  await db
    .updateTable('outbox')
    .set({
      claimed_until: null,
      last_error: error.slice(0, 2000),
      ...(retryInMs === null
        ? { failed_at: sql`now()` }
        : { next_attempt_at: sql`now() + ${retryInMs} * interval '1 millisecond'` }),
    })
    .where('id', '=', id)
    .where('attempts', '=', attempt)
    .where('sent_at', 'is', null)
    .execute();
}

export interface OutboxState {
  idempotencyKey: string;
  channel: OutboxChannel;
  attempts: number;
  sent: boolean;
  failed: boolean;
  lastError: string | null;
  nextAttemptAt: string;
}

/** Every queued message, oldest first (for tests and the operator). */
export async function listOutbox(db: DbOrTrx): Promise<OutboxState[]> {
  const rows = await db.selectFrom('outbox').selectAll().orderBy('id').execute();
  return rows.map((r) => ({
    idempotencyKey: r.idempotency_key,
    channel: r.channel,
    attempts: r.attempts,
    sent: r.sent_at !== null,
    failed: r.failed_at !== null,
    lastError: r.last_error,
    nextAttemptAt: new Date(r.next_attempt_at).toISOString(),
  }));
}
