import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import ExcelJS from 'exceljs';
import {
  type ApplicableIndicator,
  findApplicableTargets,
} from '@targetboard/db/repositories/applicable-targets.repository';
import { cellKey, listObservations } from '@targetboard/db/repositories/observations.repository';
import { findRegionById, listChildren } from '@targetboard/db/repositories/regions.repository';
import { findSubmission } from '@targetboard/db/repositories/submissions.repository';
import {
  EntryQuerySchema,
  EntryReplySchema,
  IMPORT_COLUMNS,
  type ImportColumn,
  ImportQuerySchema,
  ImportReplySchema,
  SaveGridBodySchema,
  SaveGridReplySchema,
  SaveObservationsBodySchema,
  SaveObservationsReplySchema,
  TemplateQuerySchema,
} from '@targetboard/shared/api/observations.schema';
import { SubmissionSchema } from '@targetboard/shared/api/submissions.schema';
import { toCsv } from '@targetboard/shared/export/csv';
import { spreadsheetRow } from '@targetboard/shared/export/formula';
import { isLocked } from '@targetboard/shared/figures/cell-rules';
import { historyQuarters } from '@targetboard/shared/figures/check-figure';
import {
  assertAllInScope,
  assertInScope,
  currentUser,
  requireRole,
  requireUser,
} from '../auth/guards';
import type { AppEnv } from '../http/env';
import { AppError } from '../http/errors';
import { fileResponse, json, pickErrors } from '../http/responses';
import { createRouter, describeRoute } from '../http/router';
import { importUpload } from '../services/import-upload.service';
import { saveFigures } from '../services/save-figures.service';

/** Largest import file accepted; app.ts raises the body limit of the import path to this. */
export const IMPORT_BODY_LIMIT = 32 * 1024 * 1024;

const entryRoute = createRoute({
  method: 'get',
  operationId: 'getEntryForm',
  path: '/entry',
  tags: ['reporting'],
  summary: 'The entry form of a region and quarter: one row per applicable indicator',
  middleware: [requireUser] as const,
  request: { query: EntryQuerySchema },
  responses: {
    200: { description: 'Rows', ...json(EntryReplySchema) },
    ...pickErrors(401, 403, 404, 422),
  },
});

const saveRoute = createRoute({
  method: 'put',
  operationId: 'saveObservations',
  path: '/observations',
  tags: ['reporting'],
  summary: 'Save figures of one region and quarter as draft (reporter in scope)',
  description:
    'Each row names the version it read (0: new). Any stale row → 409 with `details.conflicts` ' +
    '(current value, version, updatedBy, updatedAt) and nothing written. Validation → 422 ' +
    '`validation_failed` with `details.rows`; an implausible jump without a note → 422 ' +
    '`plausibility_note_required`. Approved quarters → 409 `locked`.',
  middleware: [requireRole('reporter')] as const,
  request: { body: { ...json(SaveObservationsBodySchema), required: true } },
  responses: {
    200: {
      description: 'Saved',
      ...json(SaveObservationsReplySchema.extend({ submission: SubmissionSchema })),
    },
    ...pickErrors(401, 403, 404, 409, 422),
  },
});

const saveGridRoute = createRoute({
  method: 'put',
  operationId: 'saveObservationGrid',
  path: '/observations/grid',
  tags: ['reporting'],
  summary: 'Save figures of several regions in one quarter, all or nothing (reporter in scope)',
  description:
    'The grid mode: the rows of each region, as in `PUT /observations`. Every region is checked ' +
    'and written in one transaction: a validation issue, a stale cell (409 `conflict`, each ' +
    'conflict naming its `regionId`) or an approved quarter (409 `locked`) in any region writes ' +
    'nothing anywhere. Issues in `details.rows` name their `regionId`.',
  middleware: [requireRole('reporter')] as const,
  request: { body: { ...json(SaveGridBodySchema), required: true } },
  responses: {
    200: { description: 'Saved', ...json(SaveGridReplySchema) },
    ...pickErrors(401, 403, 404, 409, 422),
  },
});

const importRoute = createRoute({
  method: 'post',
  operationId: 'importObservations',
  path: '/observations/import',
  tags: ['reporting'],
  summary: 'Import figures from CSV or XLSX, all or nothing (reporter in scope)',
  description:
    'multipart/form-data with field `file`. Columns region_code, indicator, quarter, value ' +
    '(numerator, denominator, note, version optional; or the Chinese template headers). Rows ' +
    'with no figure (value, numerator and denominator blank) are skipped and counted. Any ' +
    'rejected row → 422 with the reply in `details` and nothing written.',
  middleware: [requireRole('reporter')] as const,
  request: { query: ImportQuerySchema },
  responses: {
    200: { description: 'Imported (or, dry run, what would be)', ...json(ImportReplySchema) },
    ...pickErrors(401, 403, 409, 413, 415, 422),
  },
});

/** The import as described: its multipart body is read by the handler, not a validator. */
const importDescription = {
  ...importRoute,
  request: {
    ...importRoute.request,
    body: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: z
            .object({
              file: z
                .any()
                .describe('The figures: .csv (UTF-8, GB18030/GBK) or .xlsx')
                .openapi({ type: 'string', format: 'binary' }),
            })
            .openapi({ required: ['file'] }),
        },
      },
    },
  },
};

const templateRoute = createRoute({
  method: 'get',
  operationId: 'getImportTemplate',
  path: '/observations/template',
  tags: ['reporting'],
  summary: 'An import template listing the applicable indicators, current values and versions',
  middleware: [requireUser] as const,
  request: { query: TemplateQuerySchema },
  responses: {
    200: fileResponse('CSV (UTF-8 with BOM) or XLSX file, by `format`', ['csv', 'xlsx']),
    ...pickErrors(401, 403, 404, 422),
  },
});

async function regionOr404(c: Context<AppEnv>, regionId: number) {
  const region = await findRegionById(c.var.db, regionId);
  if (!region) throw new AppError(404, 'not_found', `no region ${regionId}`);
  return region;
}

const yearOf = (q: string) => Number(q.slice(0, 4));

export const observationRoutes = createRouter()
  .openapi(entryRoute, async (c) => {
    const { regionId, quarter } = c.req.valid('query');
    const q = quarter;
    const region = await regionOr404(c, regionId);
    await assertInScope(c, currentUser(c), regionId);
    const db = c.var.db;
    const [lastQuarter, lastYear] = historyQuarters(q);
    const [applicable, observations, submission] = await Promise.all([
      findApplicableTargets(db, regionId, yearOf(q)),
      listObservations(db, [regionId], [q, lastQuarter, lastYear]),
      findSubmission(db, regionId, q),
    ]);
    const at = new Map(observations.map((o) => [cellKey(o), o]));
    const rows = applicable.map(({ indicator, target }) => {
      const get = (qq: string) =>
        at.get(cellKey({ regionId, indicatorId: indicator.id, quarter: qq }));
      const observation = get(q) ?? null;
      return {
        indicator,
        target,
        lastQuarter: get(lastQuarter)?.value ?? null,
        lastYear: get(lastYear)?.value ?? null,
        observation,
        changedSinceApproval:
          observation !== null &&
          submission.approvedAt !== null &&
          observation.updatedAt > submission.approvedAt,
      };
    });
    return c.json(
      {
        region: { id: region.id, code: region.code, name: region.name },
        quarter: q,
        submission,
        locked: isLocked(submission.state),
        rows,
      },
      200,
    );
  })
  .openapi(saveRoute, async (c) => {
    const body = c.req.valid('json');
    const user = currentUser(c);
    await regionOr404(c, body.regionId);
    await assertInScope(c, user, body.regionId);
    const [saved] = await saveFigures(c.var.db, user, {
      quarter: body.quarter,
      channel: body.channel,
      regions: [{ regionId: body.regionId, rows: body.rows }],
    });
    const { observations, unchanged, submission } = saved!;
    return c.json({ observations, unchanged, submission }, 200);
  })
  .openapi(saveGridRoute, async (c) => {
    const body = c.req.valid('json');
    const user = currentUser(c);
    const regionIds = body.regions.map((r) => r.regionId);
    for (const id of regionIds) await regionOr404(c, id);
    await assertAllInScope(c, user, regionIds);
    const regions = await saveFigures(c.var.db, user, {
      quarter: body.quarter,
      channel: body.channel,
      regions: body.regions,
    });
    return c.json({ regions }, 200);
  })
  .openapi({ ...importRoute, hide: true }, async (c) => {
    const { dryRun } = c.req.valid('query');
    const user = currentUser(c);
    const type = c.req.header('content-type') ?? '';
    if (!type.startsWith('multipart/form-data'))
      throw new AppError(
        422,
        'validation_failed',
        'send the file as multipart/form-data field `file`',
        {
          issues: [{ path: 'form.file', message: 'required' }],
        },
      );
    const form = await c.req.parseBody();
    const file = form.file;
    if (!(file instanceof File))
      throw new AppError(422, 'validation_failed', 'multipart field `file` is missing', {
        issues: [{ path: 'form.file', message: 'required' }],
      });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const reply = await importUpload(c.var.db, user, { bytes, filename: file.name, dryRun });
    return c.json(reply, 200);
  })
  .openapi(templateRoute, async (c) => {
    const { regionId, quarter, format, children } = c.req.valid('query');
    const q = quarter;
    const region = await regionOr404(c, regionId);
    await assertInScope(c, currentUser(c), regionId);
    const db = c.var.db;
    const regions =
      children === '1' || children === 'true' ? await listChildren(db, regionId) : [region];
    const header: ImportColumn[] = [
      'region_code',
      'region_name',
      'indicator',
      'unit',
      'quarter',
      'value',
      'numerator',
      'denominator',
      'note',
      'version',
    ];
    const lines: (string | number | null)[][] = [header.map((h) => IMPORT_COLUMNS[h])];
    const stored = new Map(
      (
        await listObservations(
          db,
          regions.map((r) => r.id),
          [q],
        )
      ).map((o) => [cellKey(o), o]),
    );
    for (const r of regions) {
      const applicable: ApplicableIndicator[] = await findApplicableTargets(db, r.id, yearOf(q));
      for (const { indicator } of applicable) {
        const o = stored.get(cellKey({ regionId: r.id, indicatorId: indicator.id, quarter: q }));
        lines.push([
          r.code,
          r.name,
          indicator.name,
          indicator.unit,
          q,
          o?.value ?? null,
          o?.numerator ?? null,
          o?.denominator ?? null,
          o?.note ?? null,
          o?.version ?? 0,
        ]);
      }
    }
    const filename = `template-${region.code}-${q}.${format}`;
    c.header('Content-Disposition', `attachment; filename="${filename}"`);
    if (format === 'csv') {
      c.header('Content-Type', 'text/csv; charset=utf-8');
      return c.body(toCsv(lines), 200);
    }
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(q);
    for (const line of lines) sheet.addRow(spreadsheetRow(line));
    sheet.getRow(1).font = { bold: true };
    c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    return c.body(new Uint8Array(await workbook.xlsx.writeBuffer()), 200);
  });

describeRoute(observationRoutes, importDescription);
