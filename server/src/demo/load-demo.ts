import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from '@targetboard/db/database';
import { listDocumentTargets } from '@targetboard/db/repositories/targets.repository';
import { findRegionByCode, listChildren } from '@targetboard/db/repositories/regions.repository';
import { insertNewCells } from '@targetboard/db/repositories/observations-staged.repository';
import type { CellWrite } from '@targetboard/db/repositories/observations.repository';
import { countUsers, insertUser } from '@targetboard/db/repositories/users.repository';
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

/**
 * First start with an empty database: loads the sample plans in `demo/`, confirms their
 * targets that have a value and a known region, generates quarterly figures for those regions
 * and their sub-regions, and adds demo accounts. Does nothing once any document exists.
 */
export async function loadDemo(
  db: Db,
  demoDir: string,
  env: NodeJS.ProcessEnv,
  logger: Logger,
  terminal: (text: string) => void,
): Promise<void> {
  const existing = await db.selectFrom('documents').select('id').limit(1).execute();
  if (existing.length > 0) return;
  const files = (await readdir(demoDir)).filter((f) => /\.(txt|docx|pdf|html?)$/i.test(f)).sort();
  let confirmed = 0;
  const cells: CellWrite[] = [];
  const random = seededRandom(2017);
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
      confirmed++;
      const regions = [
        target.regionId,
        ...(await listChildren(db, target.regionId)).map((r) => r.id),
      ];
      for (const regionId of regions) {
        for (const f of syntheticFigures(done, drawOutcome(random), random)) {
          cells.push({
            regionId,
            indicatorId: done.indicatorId!,
            quarter: f.quarter,
            value: f.value,
            numerator: null,
            denominator: null,
            note: null,
            expectedVersion: 0,
          });
        }
      }
    }
  }
  // Two targets of one indicator and region (a restated target) would write one cell twice.
  const unique = [
    ...new Map(cells.map((c) => [`${c.regionId}|${c.indicatorId}|${c.quarter}`, c])).values(),
  ];
  await db
    .transaction()
    .execute((trx) => insertNewCells(trx, unique, { user: 'demo', channel: 'import' }));
  const accounts = await addDemoAccounts(db, env, terminal);
  logger.info('demo data loaded', {
    documents: files.length,
    confirmedTargets: confirmed,
    observations: unique.length,
    accounts,
  });
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
