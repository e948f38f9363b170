import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('loadConfig', () => {
  it('starts without demo data in production unless DEMO=1', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).demo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', DEMO: '1' }).demo).toBe(true);
    expect(loadConfig({}).demo).toBe(true);
    expect(loadConfig({ DEMO: '0' }).demo).toBe(false);
  });

  it('reads TRUST_PROXY as the number of proxies in front', () => {
    expect(loadConfig({}).trustProxy).toBe(0);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY/);
  });

  it('reads the bureau’s time zone from APP_TIME_ZONE, Asia/Shanghai by default', () => {
    expect(loadConfig({}).timeZone).toBe('Asia/Shanghai');
    expect(loadConfig({ APP_TIME_ZONE: 'Asia/Urumqi' }).timeZone).toBe('Asia/Urumqi');
    expect(() => loadConfig({ APP_TIME_ZONE: 'Asia/Beijing' })).toThrow(/APP_TIME_ZONE/);
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
