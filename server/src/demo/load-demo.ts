import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from '@targetboard/db/database';
import { listDocumentTargets } from '@targetboard/db/repositories/targets.repository';
import {
  findRegionByCode,
  findRootRegion,
  listChildren,
} from '@targetboard/db/repositories/regions.repository';
import { hasAnyDocument, insertDemoFigures } from '@targetboard/db/repositories/demo.repository';
import type { CellWrite } from '@targetboard/db/repositories/observations.repository';
import { countUsers, insertUser } from '@targetboard/db/repositories/users.repository';
import type { StoredTarget } from '@targetboard/shared/api/documents.schema';
import type { User } from '@targetboard/shared/api/users.schema';
import { hashPassword } from '../auth/passwords';
import type { Logger } from '../http/logger';
import { ingestDocument } from '../services/documents.service';
import { changeTarget } from '../services/targets.service';
import { drawOutcome, seededRandom, syntheticFigures } from './synthetic-figures';

const DEMO_USER: User = {
  id: 0,
  username: 'demo',
  displayName: '示例数据',
  role: 'admin',
  regionId: null,
  regionName: null,
  disabled: false,
  mustChangePassword: false,
  version: 1,
};

/** Demo accounts: one per role, scoped as a bureau would scope them. */
const DEMO_ACCOUNTS = [
  { username: 'leader', displayName: '国家卫生健康委 领导', role: 'viewer', region: '000000' },
  { username: 'analyst', displayName: '统计分析员', role: 'analyst', region: '000000' },
  { username: 'sichuan', displayName: '四川省卫生健康委', role: 'approver', region: '510000' },
  { username: 'chengdu', displayName: '成都市卫生健康委', role: 'reporter', region: '510100' },
  { username: 'jinjiang', displayName: '锦江区卫生健康局', role: 'reporter', region: '510104' },
] as const;

/** The provinces whose cities the national story covers too (四川省 also has its own plan). */
const STORY_PROVINCES = ['510000', '330000'];

/**
 * First start with an empty database: loads the sample plans in `demo/`, confirms their
 * targets that have a value and a known region, generates quarterly figures for those regions
 * and their sub-regions, tells a national story (the national plan's indicators in every
 * province and the cities of two, in the latest plan year, which stops at Q3 as a year in
 * progress does), and adds demo accounts. Does nothing once any document exists.
 */
export async function loadDemo(
  db: Db,
  demoDir: string,
  env: NodeJS.ProcessEnv,
  logger: Logger,
  terminal: (text: string) => void,
): Promise<void> {
  if (await hasAnyDocument(db)) return;
  const started = performance.now();
  const files = (await readdir(demoDir)).filter((f) => /\.(txt|docx|pdf|html?)$/i.test(f)).sort();
  const confirmed: StoredTarget[] = [];
  for (const filename of files) {
    const bytes = new Uint8Array(await readFile(join(demoDir, filename)));
    const { document } = await ingestDocument(
      db,
      { file: { bytes, filename }, title: filename.replace(/\.[^.]+$/, '') },
      DEMO_USER,
    );
    for (const target of await listDocumentTargets(db, document.id)) {
      if (target.value === null || target.regionId === null || (target.confidence ?? 0) < 0.5)
        continue;
      const { target: done } = await db.transaction().execute((trx) =>
        // The demo's reviewer adds to the catalogue what it lacks, close names included.
        changeTarget(
          trx,
          target.id,
          target.version,
          { state: 'confirmed', newIndicator: true },
          DEMO_USER,
        ),
      );
      confirmed.push(done);
    }
  }
  const cells = await demoCells(db, confirmed);
  await db.transaction().execute((trx) => insertDemoFigures(trx, cells));
  const accounts = await addDemoAccounts(db, env, terminal);
  logger.info('demo data loaded', {
    documents: files.length,
    confirmedTargets: confirmed.length,
    observations: cells.length,
    accounts,
    ms: Math.round(performance.now() - started),
  });
}

/** The year most of a plan's targets carry (its own year), the latest over the plans. */
function latestPlanYear(confirmed: readonly StoredTarget[]): number {
  const byDocument = new Map<number | null, Map<number, number>>();
  for (const t of confirmed) {
    if (t.year === null) continue;
    const years = byDocument.get(t.documentId) ?? new Map<number, number>();
    years.set(t.year, (years.get(t.year) ?? 0) + 1);
    byDocument.set(t.documentId, years);
  }
  let latest = 0;
  for (const years of byDocument.values()) {
    const [planYear] = [...years].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
    latest = Math.max(latest, planYear);
  }
  return latest;
}

/**
 * The synthetic figures: each confirmed target's region and its children over the target's
 * year and the one before, then the national story. The latest plan year is the demo's year
 * in progress: its figures stop at Q3, so a leader sees 预警 and year-end projections too.
 */
async function demoCells(db: Db, confirmed: readonly StoredTarget[]): Promise<CellWrite[]> {
  const random = seededRandom(2017);
  const storyYear = latestPlanYear(confirmed);
  const children = new Map<number, number[]>();
  const childrenOf = async (regionId: number) => {
    let ids = children.get(regionId);
    if (!ids) children.set(regionId, (ids = (await listChildren(db, regionId)).map((r) => r.id)));
    return ids;
  };
  const cells = new Map<string, CellWrite>();
  // Two targets of one indicator and region (a restated target) would write one cell twice:
  // the first kept wins, so a region's own plan decides its figures over the national story.
  const add = (target: StoredTarget, regionIds: readonly number[], year: number | null) => {
    for (const regionId of regionIds) {
      const figures = syntheticFigures(
        { ...target, year },
        drawOutcome(random),
        random,
        year === storyYear ? 3 : 4,
      );
      for (const f of figures) {
        const key = `${regionId}|${target.indicatorId}|${f.quarter}`;
        if (cells.has(key)) continue;
        cells.set(key, {
          regionId,
          indicatorId: target.indicatorId!,
          quarter: f.quarter,
          value: f.value,
          numerator: null,
          denominator: null,
          note: null,
          expectedVersion: 0,
        });
      }
    }
  };
  // A trajectory step beyond the story year (到2020年…) is shown on its way there, in that year.
  for (const target of confirmed)
    add(
      target,
      [target.regionId!, ...(await childrenOf(target.regionId!))],
      target.year === null ? null : Math.min(target.year, storyYear),
    );

  const root = await findRootRegion(db);
  const national = confirmed.filter((t) => t.regionId === root?.id);
  if (root && national.length > 0 && storyYear > 0) {
    const provinces = await childrenOf(root.id);
    const cities: number[] = [];
    for (const code of STORY_PROVINCES) {
      const province = await findRegionByCode(db, code);
      if (province) cities.push(...(await childrenOf(province.id)));
    }
    for (const target of national) add(target, [root.id, ...provinces, ...cities], storyYear);
  }
  return [...cells.values()];
}

/**
 * The demo accounts share one password (DEMO_PASSWORD, or a generated one shown once on the
 * terminal); each must change it at first sign-in, so a password known from a README or a
 * screen stops working for an account once its user has signed in.
 */
async function addDemoAccounts(
  db: Db,
  env: NodeJS.ProcessEnv,
  terminal: (text: string) => void,
): Promise<string[]> {
  if ((await countUsers(db)) > 1) return [];
  const password = env.DEMO_PASSWORD ?? randomBytes(9).toString('base64url');
  const passwordHash = await hashPassword(password);
  const made: string[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const region = await findRegionByCode(db, account.region);
    if (!region) continue;
    await insertUser(db, {
      username: account.username,
      displayName: account.displayName,
      passwordHash,
      role: account.role,
      regionId: region.id,
      mustChangePassword: true,
    });
    made.push(account.username);
  }
  if (made.length && env.DEMO_PASSWORD === undefined) {
    // Shown once so the operator can try each role; set DEMO_PASSWORD to choose it.
    terminal(
      [
        '',
        `示例账号已创建（demo accounts）: ${made.join(', ')}`,
        `  共用密码 shared password: ${password}`,
        '此密码只显示这一次，每个账号首次登录后必须修改（shown once; each account must change it at first sign-in）。',
        '',
      ].join('\n'),
    );
  }
  return made;
}
