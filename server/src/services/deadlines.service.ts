import type { Db } from '@targetboard/db/database';
import {
  listDeadlines,
  setDeadline,
} from '@targetboard/db/repositories/reporting-deadlines.repository';
import type { Deadline } from '@targetboard/shared/api/deadlines.schema';
import type { User } from '@targetboard/shared/api/users.schema';
import { DEADLINE_LEVELS, REPORTING_GRACE_DAYS } from '@targetboard/shared/reporting/deadline';

/** Every level's deadline: the one an admin set, else the default (`isDefault`). */
export async function listReportingDeadlines(db: Db): Promise<Deadline[]> {
  const stored = await listDeadlines(db);
  return DEADLINE_LEVELS.map((level) => {
    const set = stored.get(level);
    return set
      ? { ...set, isDefault: false }
      : {
          level,
          graceDays: REPORTING_GRACE_DAYS,
          isDefault: true,
          updatedBy: null,
          updatedAt: null,
        };
  });
}

/** Sets a level's grace days, the old and new value logged in the same transaction. */
export async function setReportingDeadline(
  db: Db,
  user: User,
  input: { level: number; graceDays: number },
): Promise<Deadline> {
  const stored = await db
    .transaction()
    .execute((trx) => setDeadline(trx, input.level, input.graceDays, user.username));
  return { ...stored, isDefault: false };
}
