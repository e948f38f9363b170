import type { Migration } from 'kysely/migration';
import * as initialSchema from './2026-11-24-0300-initial-schema';
import * as usersAndSessions from './2026-11-24-0400-users-and-sessions';
import * as regionSearch from './2026-11-24-0500-region-search';
import * as reporting from './2026-11-24-0700-reporting';
import * as documentsReview from './2026-11-24-0800-documents-review';
import * as dataRevisions from './2026-11-24-0900-data-revisions';
import * as submissionGaps from './2026-12-04-1000-submission-gaps';
import * as indicatorSeeds from './2026-12-04-1830-indicator-seeds';
import * as mustChangePassword from './2026-12-04-1845-must-change-password';
import * as reportingDeadlines from './2026-12-04-2010-reporting-deadlines';
import * as targetMeasure from './2026-12-05-0100-target-measure';
import * as alerts from './2026-12-05-0200-alerts';
import * as compactImportLog from './2026-12-05-0347-compact-import-log';
import * as cellStatuses from './2026-12-06-0100-cell-statuses';
import * as cellStatusDetails from './2026-12-06-0310-cell-status-details';
import * as finerStatusNotes from './2026-12-06-0330-finer-status-notes';
import * as cellStatusDigests from './2026-12-06-0600-cell-status-digests';
import * as cellStatusRollupIndex from './2026-12-06-0700-cell-status-rollup-index';
import * as observationsKeyValue from './2026-12-06-0710-observations-key-value';
import * as observationTriggersAlways from './2026-12-06-2000-observation-triggers-always';
import * as figureKeysFixed from './2026-12-06-2100-figure-keys-fixed';
import * as demoFiguresIndex from './2026-12-06-2210-demo-figures-index';

/**
 * Every migration, keyed by its date-prefixed name. A static list rather than a folder scan,
 * so the same code runs under tsx, vitest and a bundler.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-24-0300-initial-schema': initialSchema,
  '2026-11-24-0400-users-and-sessions': usersAndSessions,
  '2026-11-24-0500-region-search': regionSearch,
  '2026-11-24-0700-reporting': reporting,
  '2026-11-24-0800-documents-review': documentsReview,
  '2026-11-24-0900-data-revisions': dataRevisions,
  '2026-12-04-1000-submission-gaps': submissionGaps,
  '2026-12-04-1830-indicator-seeds': indicatorSeeds,
  '2026-12-04-1845-must-change-password': mustChangePassword,
  '2026-12-04-2010-reporting-deadlines': reportingDeadlines,
  '2026-12-05-0100-target-measure': targetMeasure,
  '2026-12-05-0200-alerts': alerts,
  '2026-12-05-0347-compact-import-log': compactImportLog,
  '2026-12-06-0100-cell-statuses': cellStatuses,
  '2026-12-06-0310-cell-status-details': cellStatusDetails,
  '2026-12-06-0330-finer-status-notes': finerStatusNotes,
  '2026-12-06-0600-cell-status-digests': cellStatusDigests,
  '2026-12-06-0700-cell-status-rollup-index': cellStatusRollupIndex,
  '2026-12-06-0710-observations-key-value': observationsKeyValue,
  '2026-12-06-2000-observation-triggers-always': observationTriggersAlways,
  '2026-12-06-2100-figure-keys-fixed': figureKeysFixed,
  '2026-12-06-2210-demo-figures-index': demoFiguresIndex,
};
