import { z } from '@hono/zod-openapi';
import { ErrorEnvelopeSchema } from '@targetboard/shared/api/errors';

const envelope = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorEnvelopeSchema } },
});

/** The error responses a route declares in the OpenAPI document, by status. */
export const errorResponses = {
  400: envelope('Malformed request: the body is not JSON or not valid UTF-8'),
  401: envelope('Not signed in'),
  403: envelope('Role or region scope does not allow this'),
  404: envelope('Not found'),
  409: envelope('Stale version: someone changed it first'),
  413: envelope('Body too large'),
  415: envelope('The body is of a media type this operation does not take'),
  422: envelope('Invalid input; details name the field'),
  429: envelope('Too many attempts'),
} as const;

export function pickErrors<K extends keyof typeof errorResponses>(...statuses: K[]) {
  return Object.fromEntries(statuses.map((s) => [s, errorResponses[s]])) as Pick<
    typeof errorResponses,
    K
  >;
}

/** A JSON body of this schema, for a route's request or response declaration. */
export const json = <T extends z.ZodType>(schema: T) => ({
  content: { 'application/json': { schema } },
});

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const csvSchema = z.string().openapi({ description: 'CSV, UTF-8 with a byte-order mark' });
const xlsxSchema = z.string().openapi({ format: 'binary' });

/** A file download's 200 response, by the formats it can answer with. */
export function fileResponse(description: string, formats: readonly ('csv' | 'xlsx')[]) {
  return {
    description,
    content: Object.fromEntries(
      formats.map((f) =>
        f === 'csv' ? ['text/csv', { schema: csvSchema }] : [XLSX_TYPE, { schema: xlsxSchema }],
      ),
    ),
  };
}
