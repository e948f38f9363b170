import { expect } from 'vitest';
import { E2E_ADMIN } from './server-process';

const PLAN = [
  '四川省2026年妇幼健康工作要点',
  '一、主要目标',
  '2026年，全省住院分娩率达到98%以上，孕产妇死亡率控制在15/10万以下。',
].join('\n');

/**
 * Seeds through the HTTP API as an admin would: a plan, its targets confirmed, a few figures.
 * At 成都市 in 2026Q2, 锦江区 misses 住院分娩率 and 青羊区 meets it; at 四川省, 绵阳市 is at risk.
 */
export async function seedDashboard(url: string) {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(E2E_ADMIN),
  });
  expect(login.status).toBe(200);
  const cookie = /tb_session=[^;]*/.exec(login.headers.get('set-cookie') ?? '')![0];
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { cookie, 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text}`);
    return JSON.parse(text) as T;
  };
  const regionId = async (code: string) =>
    (
      await call<{ regions: { id: number; code: string }[] }>('GET', `/api/regions?q=${code}`)
    ).regions.find((r) => r.code === code)!.id;
  const sichuan = await regionId('510000');
  const { indicators } = await call<{ indicators: { id: number; name: string }[] }>(
    'GET',
    '/api/indicators',
  );
  const indicatorId = (name: string) => indicators.find((i) => i.name === name)!.id;

  const { document } = await call<{ document: { id: number } }>('POST', '/api/documents', {
    title: '四川省2026年妇幼健康工作要点',
    text: PLAN,
  });
  const { targets } = await call<{
    targets: { id: number; version: number; indicator: string; quote: string | null }[];
  }>('GET', `/api/documents/${document.id}/targets`);
  const confirmed = new Map<string, number>();
  for (const name of ['住院分娩率', '孕产妇死亡率']) {
    const t = targets.find((x) => x.indicator.includes(name));
    if (!t) throw new Error(`the extractor found no ${name} in ${JSON.stringify(targets)}`);
    await call('PATCH', `/api/targets/${t.id}`, {
      version: t.version,
      indicatorId: indicatorId(name),
      regionId: sichuan,
      year: 2026,
      state: 'confirmed',
    });
    confirmed.set(name, t.id);
  }
  const figures: [string, string, number][] = [
    ['510000', '住院分娩率', 98.5],
    ['510100', '住院分娩率', 99],
    ['510100', '孕产妇死亡率', 20],
    ['510104', '住院分娩率', 90], // 锦江区: far below ≥98 → missed
    ['510104', '孕产妇死亡率', 10],
    ['510105', '住院分娩率', 99.5], // 青羊区: met
    ['510700', '住院分娩率', 97.5], // 绵阳市: within the margin → at risk
  ];
  for (const [code, name, value] of figures) {
    await call('PUT', '/api/observations', {
      regionId: await regionId(code),
      quarter: '2026Q2',
      rows: [{ indicatorId: indicatorId(name), value, version: 0 }],
    });
  }
  return { documentId: document.id, coverageTarget: confirmed.get('住院分娩率')! };
}
