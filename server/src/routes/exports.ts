import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { TrendQuerySchema } from '@targetboard/shared/api/trends.schema';
import { exportFileName, observationsCsv } from '@targetboard/shared/export/observations-table';
import { resolveTrend } from '@targetboard/shared/export/trend-series';
import { sourceLine } from '@targetboard/shared/export/source-line';
import { currentUser, requireUser } from '../auth/guards';
import type { AppEnv } from '../http/env';
import { fileResponse, pickErrors } from '../http/responses';
import { createRouter } from '../http/router';
import { observationsXlsx } from '../services/observations-xlsx';
import { loadTrend } from '../services/trends.service';

const fileRoute = (format: 'csv' | 'xlsx') =>
  createRoute({
    method: 'get',
    operationId: format === 'csv' ? 'exportObservationsCsv' : 'exportObservationsXlsx',
    path: `/export/observations.${format}`,
    tags: ['trends'],
    summary:
      format === 'csv'
        ? 'The trend’s figures as CSV (UTF-8 with BOM), byte-identical to the browser’s'
        : 'The trend’s figures as XLSX: units in the header, status colours, a source line',
    description: 'Same query and scope rules as GET /api/trends; one row per region × quarter.',
    middleware: [requireUser] as const,
    request: { query: TrendQuerySchema },
    responses: {
      200: fileResponse(format === 'csv' ? 'CSV file' : 'XLSX file', [format]),
      ...pickErrors(401, 403, 404, 422),
    },
  });

/** attachment with an ASCII fallback and the UTF-8 name (RFC 6266), so 孕产妇死亡率.csv survives. */
function attachment(c: Context<AppEnv>, name: string) {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
  c.header(
    'Content-Disposition',
    `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
  );
  c.header('Cache-Control', 'no-store');
}

export const exportRoutes = createRouter()
  .openapi(fileRoute('csv'), async (c) => {
    const reply = resolveTrend(await loadTrend(c.var.db, currentUser(c), c.req.valid('query')));
    attachment(c, exportFileName(reply, 'csv'));
    c.header('Content-Type', 'text/csv; charset=utf-8');
    return c.body(observationsCsv(reply), 200);
  })
  .openapi(fileRoute('xlsx'), async (c) => {
    const reply = resolveTrend(await loadTrend(c.var.db, currentUser(c), c.req.valid('query')));
    attachment(c, exportFileName(reply, 'xlsx'));
    c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    return c.body(await observationsXlsx(reply, sourceLine(new Date(), c.var.timeZone)), 200);
  });
