import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DEFAULT_TIME_ZONE, isTimeZone } from '@targetboard/shared/time/bureau-time';
import { LOG_LEVELS, type LogLevel } from './http/logger';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** A streaming replica (DATABASE_REPLICA_URL) for dashboards, trends and exports. */
  replicaUrl: string | undefined;
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

/** A setting the server cannot start with; its message is one line naming the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

// From src/config.ts under tsx and from dist/index.js in the bundle alike, two folders up is
// the repository root (package.json, web/dist, demo/, data/).
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

const wholeNumber = (min: number, max: number, what: string) =>
  z
    .string()
    .regex(/^\d+$/, `must be ${what} (a whole number from ${min} to ${max})`)
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, `must be ${what} (a whole number from ${min} to ${max})`)
        .max(max, `must be ${what} (a whole number from ${min} to ${max})`),
    );

/** A URL with one of `protocols`; its text is never echoed, as it may hold a password. */
const urlWith = (protocols: string[], example: string) =>
  z.string().refine(
    (text) => {
      try {
        return protocols.includes(new URL(text).protocol);
      } catch {
        return false;
      }
    },
    { message: `must be a URL such as ${example}`, abort: true },
  );

const postgresUrl = urlWith(
  ['postgres:', 'postgresql:'],
  'postgres://user:password@host:5432/database',
);

const origins = z
  .string()
  .transform((text) =>
    text
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
  )
  .refine((list) => list.every(isOrigin), {
    message: 'must be comma-separated origins such as https://kanban.example.gov.cn (no path)',
  });

function isOrigin(text: string): boolean {
  try {
    return new URL(text).origin === text;
  } catch {
    return false;
  }
}

/** The environment the server reads; every variable optional, an empty one counts as unset. */
const EnvSchema = z.object({
  PORT: wholeNumber(0, 65535, 'a TCP port').default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_REPLICA_URL: postgresUrl.optional(),
  DATA_DIR: z.string().default(`${repoRoot}data`),
  WEB_DIST: z.string().default(`${repoRoot}web/dist`),
  DEMO_DIR: z.string().default(`${repoRoot}demo`),
  LOG_LEVEL: z
    .string()
    .transform((text) => text.toLowerCase())
    .pipe(z.enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` }))
    .default('info'),
  DEMO: z.enum(['0', '1'], { message: 'must be 0 or 1' }).optional(),
  NODE_ENV: z.string().optional(),
  TRUST_PROXY: wholeNumber(0, 10, 'the number of proxies in front of the server').default(0),
  APP_TIME_ZONE: z
    .string()
    .refine(isTimeZone, 'must be an IANA time zone such as Asia/Shanghai')
    .default(DEFAULT_TIME_ZONE),
  ALLOWED_ORIGINS: origins.default([]),
  SMTP_URL: urlWith(
    ['smtp:', 'smtps:'],
    'smtps://user:password@mail.example.gov.cn:465',
  ).optional(),
  SMTP_FROM: z.string().optional(),
});

const SECRET = new Set(['DATABASE_URL', 'DATABASE_REPLICA_URL', 'SMTP_URL']);

/**
 * Reads the environment once at start. Anything malformed throws a ConfigError naming each
 * bad variable on one line, never a silent default.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(
    Object.keys(EnvSchema.shape)
      .map((key) => [key, env[key]?.trim()] as const)
      .filter(([, value]) => value),
  );
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0]);
      const given = SECRET.has(key) ? '' : `, got "${present[key]}"`;
      return `${key} ${issue.message}${given}`;
    });
    throw new ConfigError(`invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  if (e.DATABASE_REPLICA_URL && !e.DATABASE_URL)
    throw new ConfigError(
      'invalid configuration: DATABASE_REPLICA_URL needs DATABASE_URL: a replica follows a PostgreSQL primary',
    );
  const pkg = JSON.parse(readFileSync(`${repoRoot}package.json`, 'utf8')) as { version: string };
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    replicaUrl: e.DATABASE_REPLICA_URL,
    dataDir: e.DATA_DIR,
    webDist: e.WEB_DIST,
    logLevel: e.LOG_LEVEL,
    version: pkg.version,
    // Sample plans and shared-password accounts have no place on a production server unless asked for.
    demo: e.NODE_ENV === 'production' ? e.DEMO === '1' : e.DEMO !== '0',
    demoDir: e.DEMO_DIR,
    trustProxy: e.TRUST_PROXY,
    timeZone: e.APP_TIME_ZONE,
    allowedOrigins: e.ALLOWED_ORIGINS,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.SMTP_FROM,
  };
}
