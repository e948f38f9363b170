import { StaleObservationError } from '@targetboard/db/repositories/observations.repository';
import type { Db } from '@targetboard/db/database';
import type { ImportReply } from '@targetboard/shared/api/observations.schema';
import type { User } from '@targetboard/shared/api/users.schema';
import { AppError } from '../http/errors';
import { ImportFileError, readImportFile } from './import-file';
import { ImportRejected, importObservations } from './observation-import.service';

export interface ImportUpload {
  bytes: Uint8Array;
  filename: string;
  dryRun: boolean;
}

/**
 * The import use case of an uploaded file: reads it, imports it all or nothing, and turns
 * each refusal into its API error — a file that cannot be read (422, 413 when it unpacks too
 * large) and rejected rows (422) carry the reply in `details`; a cell changed by someone else
 * during the import is 409 `conflict`. Scope is checked row by row by the import.
 */
export async function importUpload(db: Db, user: User, upload: ImportUpload): Promise<ImportReply> {
  let table;
  try {
    table = await readImportFile(upload.bytes, upload.filename);
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    const reply: ImportReply = {
      dryRun: upload.dryRun,
      format: /\.xlsx$/i.test(upload.filename) ? 'xlsx' : 'csv',
      encoding: null,
      rows: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      rejected: 1,
      rejectedRows: [{ row: 1, column: error.column, code: error.code, message: error.message }],
      changes: [],
    };
    if (error.code === 'too_large')
      throw new AppError(413, 'payload_too_large', error.message, reply);
    throw new AppError(422, 'validation_failed', error.message, reply);
  }
  try {
    return await importObservations(db, table, user, upload.dryRun);
  } catch (error) {
    if (error instanceof ImportRejected)
      throw new AppError(
        422,
        'validation_failed',
        `${error.reply.rejected} 行数据有误，未导入任何数据`,
        error.reply,
      );
    if (error instanceof StaleObservationError)
      throw new AppError(409, 'conflict', '导入期间数据被他人修改，未导入任何数据；请重试', {
        conflicts: error.conflicts.map((x) => x.current),
      });
    throw error;
  }
}
