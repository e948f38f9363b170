import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

/** The ConfigError message loadConfig throws for this environment. */
function refusal(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('loadConfig accepted the environment');
}

describe('loadConfig', () => {
  it('starts without demo data in production unless DEMO=1', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).demo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', DEMO: '1' }).demo).toBe(true);
    expect(loadConfig({}).demo).toBe(true);
    expect(loadConfig({ DEMO: '0' }).demo).toBe(false);
    expect(refusal({ DEMO: 'false' })).toBe(
      'invalid configuration: DEMO must be 0 or 1, got "false"',
    );
  });

  it('reads TRUST_PROXY as the number of proxies in front', () => {
    expect(loadConfig({}).trustProxy).toBe(0);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(refusal({ TRUST_PROXY: 'yes' })).toMatch(/^invalid configuration: TRUST_PROXY /);
    expect(refusal({ TRUST_PROXY: '11' })).toMatch(/TRUST_PROXY .*0 to 10/);
  });

  it('reads the bureau’s time zone from APP_TIME_ZONE, Asia/Shanghai by default', () => {
    expect(loadConfig({}).timeZone).toBe('Asia/Shanghai');
    expect(loadConfig({ APP_TIME_ZONE: 'Asia/Urumqi' }).timeZone).toBe('Asia/Urumqi');
    expect(refusal({ APP_TIME_ZONE: 'Asia/Beijing' })).toMatch(/APP_TIME_ZONE/);
  });

  it('takes PORT as a whole number from 0 to 65535, 3000 when unset or empty', () => {
    expect(loadConfig({}).port).toBe(3000);
    expect(loadConfig({ PORT: '' }).port).toBe(3000);
    expect(loadConfig({ PORT: '0' }).port).toBe(0);
    expect(loadConfig({ PORT: '65535' }).port).toBe(65535);
    expect(refusal({ PORT: '65536' })).toBe(
      'invalid configuration: PORT must be a TCP port (a whole number from 0 to 65535), got "65536"',
    );
    for (const bad of ['abc', '80.5', '-1', '3000x', '1e3'])
      expect(refusal({ PORT: bad })).toMatch(/^invalid configuration: PORT must be a TCP port/);
  });

  it('knows the log levels, in any case, and refuses others', () => {
    expect(loadConfig({}).logLevel).toBe('info');
    expect(loadConfig({ LOG_LEVEL: 'debug' }).logLevel).toBe('debug');
    expect(loadConfig({ LOG_LEVEL: 'WARN' }).logLevel).toBe('warn');
    expect(refusal({ LOG_LEVEL: 'verbose' })).toBe(
      'invalid configuration: LOG_LEVEL must be one of debug, info, warn, error, silent, got "verbose"',
    );
  });

  it('takes a postgres:// or postgresql:// DATABASE_URL and never echoes a malformed one', () => {
    expect(loadConfig({}).databaseUrl).toBeUndefined();
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/tb' }).databaseUrl).toBe(
      'postgres://u:p@db:5432/tb',
    );
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/tb' }).databaseUrl).toBe(
      'postgresql://db/tb',
    );
    for (const bad of ['mysql://u:secret@db/tb', 'postgres://u:secret@db:port/tb', 'db:5432']) {
      const message = refusal({ DATABASE_URL: bad });
      expect(message).toMatch(
        /^invalid configuration: DATABASE_URL must be a URL such as postgres:/,
      );
      expect(message).not.toContain('secret');
      expect(message).not.toContain(bad);
    }
  });

  it('takes ALLOWED_ORIGINS as bare origins, refusing a path or a missing scheme', () => {
    expect(loadConfig({}).allowedOrigins).toEqual([]);
    expect(
      loadConfig({ ALLOWED_ORIGINS: 'https://a.example, http://b.example:8080' }).allowedOrigins,
    ).toEqual(['https://a.example', 'http://b.example:8080']);
    expect(refusal({ ALLOWED_ORIGINS: 'https://a.example/' })).toMatch(/ALLOWED_ORIGINS/);
    expect(refusal({ ALLOWED_ORIGINS: 'a.example' })).toMatch(/ALLOWED_ORIGINS/);
  });

  it('names every bad variable on one line', () => {
    const message = refusal({ PORT: 'x', LOG_LEVEL: 'loud', TRUST_PROXY: '-2' });
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toMatch(/PORT .*; LOG_LEVEL .*; TRUST_PROXY /);
  });

  it('takes a replica only beside a PostgreSQL primary', () => {
    const primary = 'postgres://app@db-primary:5432/tb';
    const replica = 'postgres://app@db-replica:5432/tb';
    expect(loadConfig({ DATABASE_URL: primary }).replicaUrl).toBeUndefined();
    expect(loadConfig({ DATABASE_URL: primary, DATABASE_REPLICA_URL: replica }).replicaUrl).toBe(
      replica,
    );
    expect(() => loadConfig({ DATABASE_REPLICA_URL: replica })).toThrow(/needs DATABASE_URL/);
    expect(() => loadConfig({ DATABASE_URL: primary, DATABASE_REPLICA_URL: 'mysql://x' })).toThrow(
      /DATABASE_REPLICA_URL/,
    );
  });
});
