import { randomUUID } from 'node:crypto';
import {
  findAlertNames,
  findRecipients,
  findWebhooksFor,
  insertNotifications,
  type NewNotification,
} from '@targetboard/db/repositories/alerts.repository';
import {
  enqueueMessages,
  type NewOutboxMessage,
  type OutboxPayload,
} from '@targetboard/db/repositories/outbox.repository';
import type { DbOrTrx } from '@targetboard/db/database';
import { alertText, type AlertText } from '@targetboard/shared/alerts/alert-text';
import type { TargetStatus } from '@targetboard/shared/targets/status';

/** A cell that turned red or amber. */
export interface StatusChange {
  regionId: number;
  indicatorId: number;
  quarter: string;
  from: TargetStatus;
  to: TargetStatus;
}

/** Who caused the change: not told about it themselves (a group robot still is). */
export interface Actor {
  id: number;
  username: string;
}

/**
 * Queues, in the caller's transaction, what the status changes of one save or import tell:
 * per responsible user one in-app notification and, when they opted in, one e-mail; per
 * robot webhook of the regions (and their ancestors) one message. A single cell reads as
 * itself; many become one digest per recipient, never one message per cell.
 */
export async function queueStatusAlerts(
  trx: DbOrTrx,
  actor: Actor | null,
  changes: readonly StatusChange[],
): Promise<void> {
  if (changes.length === 0) return;
  const regionIds = [...new Set(changes.map((c) => c.regionId))];
  const [recipients, webhooks, names] = await Promise.all([
    findRecipients(trx, regionIds),
    findWebhooksFor(trx, regionIds),
    findAlertNames(trx, regionIds, [...new Set(changes.map((c) => c.indicatorId))]),
  ]);
  const named = (c: StatusChange) => ({
    regionName: names.regions.get(c.regionId) ?? String(c.regionId),
    indicatorName: names.indicators.get(c.indicatorId) ?? String(c.indicatorId),
    quarter: c.quarter,
    from: c.from,
    to: c.to,
  });
  const batch = randomUUID();
  const perUser = new Map<number, { email: string | null; changes: StatusChange[] }>();
  const perHook = new Map<number, { platform: 'wecom' | 'dingtalk'; changes: StatusChange[] }>();
  for (const c of changes) {
    for (const r of recipients.get(c.regionId) ?? []) {
      if (r.userId === actor?.id) continue;
      const entry = perUser.get(r.userId) ?? { email: r.email, changes: [] };
      entry.changes.push(c);
      perUser.set(r.userId, entry);
    }
    for (const w of webhooks.get(c.regionId) ?? []) {
      const entry = perHook.get(w.id) ?? { platform: w.platform, changes: [] };
      entry.changes.push(c);
      perHook.set(w.id, entry);
    }
  }
  const notifications: NewNotification[] = [];
  const messages: NewOutboxMessage[] = [];
  for (const [userId, { email, changes: mine }] of perUser) {
    const text = alertText({ kind: 'status', items: mine.map(named) });
    const first = mine[0]!;
    const single = mine.length === 1;
    // A digest spanning regions links to the dashboard of the first cell's region; its
    // lines name every region.
    notifications.push({
      ...toNotification(userId, text, `status:${batch}`),
      kind: 'status',
      regionId: first.regionId,
      quarter: latestQuarter(mine),
      indicatorId: single ? first.indicatorId : null,
      itemCount: mine.length,
    });
    if (email)
      messages.push({
        idempotencyKey: `status:${batch}:email:${userId}`,
        channel: 'email',
        email,
        payload: toPayload(text),
      });
  }
  for (const [webhookId, { platform, changes: theirs }] of perHook)
    messages.push({
      idempotencyKey: `status:${batch}:webhook:${webhookId}`,
      channel: platform,
      webhookId,
      payload: toPayload(alertText({ kind: 'status', items: theirs.map(named) })),
    });
  await insertNotifications(trx, notifications);
  await enqueueMessages(trx, messages);
}

/**
 * Queues an alert about one region's quarter (overdue, or a submission returned) to its
 * responsible users and robots. `key` names the event: the same key queued again (a periodic
 * check finding the same overdue quarter) adds nothing.
 */
export async function queueRegionAlert(
  trx: DbOrTrx,
  actor: Actor | null,
  alert:
    | { kind: 'overdue'; regionId: number; quarter: string; dueAt: string; key: string }
    | {
        kind: 'returned';
        regionId: number;
        quarter: string;
        reason: string;
        key: string;
      },
): Promise<void> {
  const [recipients, webhooks, names] = await Promise.all([
    findRecipients(trx, [alert.regionId]),
    findWebhooksFor(trx, [alert.regionId]),
    findAlertNames(trx, [alert.regionId], []),
  ]);
  const regionName = names.regions.get(alert.regionId) ?? String(alert.regionId);
  const text =
    alert.kind === 'overdue'
      ? alertText({ kind: 'overdue', regionName, quarter: alert.quarter, dueAt: alert.dueAt })
      : alertText({
          kind: 'returned',
          regionName,
          quarter: alert.quarter,
          reason: alert.reason,
          by: actor?.username ?? '',
        });
  const payload = toPayload(text);
  const notifications: NewNotification[] = [];
  const messages: NewOutboxMessage[] = [];
  for (const r of recipients.get(alert.regionId) ?? []) {
    if (r.userId === actor?.id) continue;
    notifications.push({
      ...toNotification(r.userId, text, alert.key),
      kind: alert.kind,
      regionId: alert.regionId,
      quarter: alert.quarter,
      indicatorId: null,
      itemCount: 1,
    });
    if (r.email)
      messages.push({
        idempotencyKey: `${alert.key}:email:${r.userId}`,
        channel: 'email',
        email: r.email,
        payload,
      });
  }
  for (const w of webhooks.get(alert.regionId) ?? [])
    messages.push({
      idempotencyKey: `${alert.key}:webhook:${w.id}`,
      channel: w.platform,
      webhookId: w.id,
      payload,
    });
  await insertNotifications(trx, notifications);
  await enqueueMessages(trx, messages);
}

function toNotification(userId: number, text: AlertText, dedupeKey: string) {
  return {
    userId,
    titleZh: text.titleZh,
    titleEn: text.titleEn,
    bodyZh: text.linesZh.join('\n'),
    bodyEn: text.linesEn.join('\n'),
    dedupeKey,
  };
}

/** The message in both languages: plain text for e-mail, markdown for group robots. */
export function toPayload(text: AlertText): OutboxPayload {
  return {
    subject: text.titleZh,
    text: [text.titleZh, '', ...text.linesZh, '', text.titleEn, '', ...text.linesEn].join('\n'),
    markdown: [
      `### ${text.titleZh}`,
      ...text.linesZh.map((l) => `> ${l}`),
      '',
      `**${text.titleEn}**`,
      ...text.linesEn.map((l) => `> ${l}`),
    ].join('\n'),
  };
}

const latestQuarter = (changes: readonly StatusChange[]) =>
  changes.reduce((q, c) => (c.quarter > q ? c.quarter : q), changes[0]!.quarter);

/** Tells the region's reporters (and approvers above) that its quarter was returned, and why. */
export function queueReturnedAlert(
  trx: DbOrTrx,
  actor: Actor,
  submission: { regionId: number; quarter: string; version: number },
  reason: string,
): Promise<void> {
  return queueRegionAlert(trx, actor, {
    kind: 'returned',
    regionId: submission.regionId,
    quarter: submission.quarter,
    reason,
    key: `returned:${submission.regionId}:${submission.quarter}:${submission.version}`,
  });
}
