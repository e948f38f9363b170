import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_TIME_ZONE, isTimeZone } from '@targetboard/shared/time/bureau-time';
import { parseLogLevel, type LogLevel } from './http/logger';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  webDist: string;
  logLevel: LogLevel;
  version: string;
  demo: boolean;
  demoDir: string;
  /** Trusted proxies in front (TRUST_PROXY=n), 0 for none. */
  trustProxy: number;
  allowedOrigins: string[];
  /** The bureau's IANA time zone (APP_TIME_ZONE), for every timestamp users read. */
  timeZone: string;
  /** SMTP_URL (smtp://user:pass@host:port, smtps://…): alerts by e-mail only when set. */
  smtpUrl: string | undefined;
  /** SMTP_FROM: the From address of alert e-mails. */
  mailFrom: string | undefined;
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Reads the environment once at start; anything malformed stops the start with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, got "${env.PORT}"`);
  }
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const trustProxy = Number(env.TRUST_PROXY || 0);
  if (!Number.isInteger(trustProxy) || trustProxy < 0 || trustProxy > 10) {
    throw new Error(
      `TRUST_PROXY must be the number of proxies in front of the server (0 to 10), got "${env.TRUST_PROXY}"`,
    );
  }
  const timeZone = env.APP_TIME_ZONE || DEFAULT_TIME_ZONE;
  if (!isTimeZone(timeZone)) {
    throw new Error(
      `APP_TIME_ZONE must be an IANA time zone such as Asia/Shanghai, got "${env.APP_TIME_ZONE}"`,
    );
  }
  const pkg = JSON.parse(readFileSync(`${repoRoot}package.json`, 'utf8')) as { version: string };
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    dataDir: env.DATA_DIR ?? `${repoRoot}data`,
    webDist: env.WEB_DIST ?? `${repoRoot}web/dist`,
    logLevel: parseLogLevel(env.LOG_LEVEL),
    version: pkg.version,
    // Sample plans and shared-password accounts have no place on a production server unless asked for.
    demo: env.NODE_ENV === 'production' ? env.DEMO === '1' : env.DEMO !== '0',
    demoDir: env.DEMO_DIR ?? `${repoRoot}demo`,
    trustProxy,
    timeZone,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.SMTP_FROM || undefined,
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
  };
}
