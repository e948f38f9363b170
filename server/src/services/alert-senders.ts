import { createHmac } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { ClaimedMessage } from '@targetboard/db/repositories/outbox.repository';

/** Sends one claimed message; throws to have it retried. */
export type SendMessage = (message: ClaimedMessage) => Promise<void>;

export interface SenderOptions {
  /** SMTP_URL, e.g. smtp://user:pass@host:587; without it e-mail is not sent. */
  smtpUrl?: string | undefined;
  /** The From address (SMTP_FROM). */
  mailFrom?: string | undefined;
  /** How long one robot call may take. */
  timeoutMs?: number;
  /** The clock DingTalk's signature is stamped with. */
  now?: () => number;
}

/** Thrown for a message that can never be sent (nothing to retry). */
export class PermanentSendError extends Error {}

/**
 * The sender of each channel: e-mail through nodemailer's SMTP transport, robots by HTTP POST
 * in each platform's markdown message format.
 */
export function createSender(options: SenderOptions = {}): SendMessage {
  const transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const now = options.now ?? Date.now;
  return async (m) => {
    if (m.channel === 'email') {
      if (!transport) throw new PermanentSendError('SMTP_URL is not set');
      await transport.sendMail({
        from: options.mailFrom ?? 'Targetboard 指标看板 <targetboard@localhost>',
        to: m.email!,
        subject: m.payload.subject,
        text: m.payload.text,
        // The idempotency key as Message-ID: a mail system that sees it twice can drop one.
        messageId: `<${m.idempotencyKey}@targetboard>`,
      });
      return;
    }
    if (!m.webhook) throw new PermanentSendError('the webhook was removed');
    const { url, body } =
      m.channel === 'wecom'
        ? { url: m.webhook.url, body: wecomMarkdown(m.payload.markdown) }
        : {
            url: dingtalkSignedUrl(m.webhook.url, m.webhook.secret, now()),
            body: dingtalkMarkdown(m.payload.subject, m.payload.markdown),
          };
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`HTTP ${response.status}: ${text.slice(0, 200)}`);
    // Both platforms answer 200 with {errcode, errmsg}; errcode 0 is success.
    let reply: { errcode?: unknown; errmsg?: unknown } = {};
    try {
      reply = JSON.parse(text) as typeof reply;
    } catch {
      throw new Error(`not a robot reply: ${text.slice(0, 200)}`);
    }
    if (reply.errcode !== 0)
      throw new Error(`robot refused: ${String(reply.errcode)} ${String(reply.errmsg)}`);
  };
}

/** WeCom (企业微信) group robot: markdown message, content at most 4096 bytes. */
export function wecomMarkdown(markdown: string) {
  return { msgtype: 'markdown', markdown: { content: truncateBytes(markdown, 4096) } };
}

/** DingTalk (钉钉) custom robot: markdown message with a title shown in the chat list. */
export function dingtalkMarkdown(title: string, markdown: string) {
  return { msgtype: 'markdown', markdown: { title, text: truncateBytes(markdown, 20_000) } };
}

/**
 * DingTalk's 加签: sign = base64(HMAC-SHA256(key = secret, `${timestamp}\n${secret}`)),
 * URL-encoded, appended with the millisecond timestamp. Without a secret the URL is unchanged.
 */
export function dingtalkSignedUrl(url: string, secret: string | null, timestamp: number): string {
  if (!secret) return url;
  const sign = createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
  const u = new URL(url);
  u.searchParams.set('timestamp', String(timestamp));
  u.searchParams.set('sign', sign);
  return u.toString();
}

function truncateBytes(text: string, max: number): string {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= max) return text;
  // Cut on a character boundary and say so.
  let cut = Buffer.from(bytes.subarray(0, max - 8)).toString('utf8');
  if (cut.endsWith('\uFFFD')) cut = cut.slice(0, -1);
  return `${cut}\n……`;
}
