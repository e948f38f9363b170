import type { Db } from '@targetboard/db/database';
import {
  claimDueMessages,
  markMessageFailed,
  markMessageSent,
} from '@targetboard/db/repositories/outbox.repository';
import type { Logger } from '../http/logger';
import { PermanentSendError, type SendMessage } from './alert-senders';

export interface OutboxWorkerOptions {
  send: SendMessage;
  logger?: Logger;
  /** How often to look for due messages. */
  pollMs?: number;
  /** The first retry's delay; each next one doubles, up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Attempts before a message is given up (kept, with its last error). */
  maxAttempts?: number;
  /** How long a claim holds; a worker that dies mid-send leaves the message to another after it. */
  leaseMs?: number;
  batchSize?: number;
}

/** The delay before attempt `attempt + 1`: base × 2^(attempt − 1), capped. */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}

/**
 * Sends the outbox. Several servers may run one each: a message is claimed with FOR UPDATE
 * SKIP LOCKED and a lease, and marked sent only under the claim that sent it.
 */
export function createOutboxWorker(db: Db, options: OutboxWorkerOptions) {
  const backoffMs = options.backoffMs ?? 30_000;
  const maxBackoffMs = options.maxBackoffMs ?? 6 * 3_600_000;
  const maxAttempts = options.maxAttempts ?? 10;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const batchSize = options.batchSize ?? 20;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | null = null;
  let stopped = false;

  /** Sends what is due now; answers how many were sent. */
  async function runOnce(): Promise<number> {
    let sent = 0;
    for (;;) {
      const claimed = await db
        .transaction()
        .execute((trx) => claimDueMessages(trx, batchSize, leaseMs));
      if (claimed.length === 0) return sent;
      for (const m of claimed) {
        try {
          await options.send(m);
          if (await markMessageSent(db, m.id, m.attempt)) sent++;
        } catch (error) {
          const permanent = error instanceof PermanentSendError || m.attempt >= maxAttempts;
          const retryIn = permanent ? null : backoffDelay(m.attempt, backoffMs, maxBackoffMs);
          await markMessageFailed(db, m.id, m.attempt, (error as Error).message, retryIn);
          options.logger?.warn('alert not sent', {
            key: m.idempotencyKey,
            attempt: m.attempt,
            retryInMs: retryIn,
            error: (error as Error).message,
          });
        }
      }
      if (stopped) return sent;
    }
  }

  const guarded = () => (running ??= runOnce().finally(() => (running = null)));

  const tick = async () => {
    try {
      await guarded();
    } catch (error) {
      options.logger?.warn('outbox worker failed', { error: (error as Error).message });
    }
  };

  return {
    runOnce: guarded,
    start() {
      const loop = async () => {
        await tick();
        if (!stopped) timer = setTimeout(() => void loop(), options.pollMs ?? 15_000);
      };
      void loop();
    },
    /** Stops polling and waits for the messages in hand. */
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running?.catch(() => 0);
    },
  };
}
