import type { Kysely, Transaction } from 'kysely';
import type {
  NotificationSettingsTable,
  NotificationsTable,
  OutboxTable,
  RegionWebhooksTable,
} from './tables/alerts.table';
import type {
  CellStatusDirtyTable,
  CellStatusesTable,
  CellStatusYearsTable,
} from './tables/cell-statuses.table';
import type { ChangeLogTable } from './tables/change-log.table';
import type { DocumentsTable } from './tables/documents.table';
import type { ImportBatchesTable, ImportCellChangesTable } from './tables/import-log.table';
import type { IndicatorSeedsTable, IndicatorsTable } from './tables/indicators.table';
import type { ObservationsTable } from './tables/observations.table';
import type { RegionsTable } from './tables/regions.table';
import type { SubmissionsTable } from './tables/submissions.table';
import type { ReportingDeadlinesTable } from './tables/reporting-deadlines.table';
import type { TargetsTable } from './tables/targets.table';
import type { LoginAttemptsTable, SessionsTable, UsersTable } from './tables/users.table';

export interface Database {
  regions: RegionsTable;
  indicators: IndicatorsTable;
  indicator_seeds: IndicatorSeedsTable;
  documents: DocumentsTable;
  targets: TargetsTable;
  observations: ObservationsTable;
  change_log: ChangeLogTable;
  import_batches: ImportBatchesTable;
  import_cell_changes: ImportCellChangesTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  submissions: SubmissionsTable;
  reporting_deadlines: ReportingDeadlinesTable;
  notifications: NotificationsTable;
  notification_settings: NotificationSettingsTable;
  region_webhooks: RegionWebhooksTable;
  outbox: OutboxTable;
  cell_statuses: CellStatusesTable;
  cell_status_years: CellStatusYearsTable;
  cell_status_dirty: CellStatusDirtyTable;
}

export type Db = Kysely<Database>;
/** Repositories take either the database or an open transaction, so callers choose the unit of work. */
export type DbOrTrx = Kysely<Database> | Transaction<Database>;
