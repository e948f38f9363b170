import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server on a free local port that keeps every message it is given. */
export async function startSmtpServer() {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface ReceivedPost {
  /** Path and query string as received. */
  url: string;
  body: unknown;
}

/**
 * A local HTTP server standing in for a group robot: it keeps each POST and answers as the
 * platforms do ({errcode: 0}), or with HTTP 500 while `failNext` is above zero.
 */
export async function startWebhookReceiver() {
  const posts: ReceivedPost[] = [];
  const state = { failNext: 0 };
  const readBody = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
  const server = createServer((req, res) => {
    void readBody(req).then((text) => {
      posts.push({ url: req.url ?? '', body: JSON.parse(text) as unknown });
      res.setHeader('content-type', 'application/json');
      if (state.failNext > 0) {
        state.failNext--;
        res.statusCode = 500;
        res.end('{"errcode":-1,"errmsg":"system busy"}');
        return;
      }
      res.end('{"errcode":0,"errmsg":"ok"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    posts,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
