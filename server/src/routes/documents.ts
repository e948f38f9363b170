import { createRoute, z } from '@hono/zod-openapi';
import { IdParamSchema, textSchema } from '@targetboard/shared/api/fields';
import { listDocuments } from '@targetboard/db/repositories/documents.repository';
import { listIndicatorNames } from '@targetboard/db/repositories/indicators.repository';
import { listDocumentTargets } from '@targetboard/db/repositories/targets.repository';
import {
  DocumentDetailSchema,
  DocumentSummarySchema,
  PasteDocumentBodySchema,
  TargetSchema,
} from '@targetboard/shared/api/documents.schema';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { documentScope, findReadableDocument } from '../auth/document-scope';
import { currentUser, requireRole, requireUser } from '../auth/guards';
import type { AppEnv } from '../http/env';
import { validationFailed } from '../http/errors';
import { json, pickErrors } from '../http/responses';
import { createRouter, describeRoute } from '../http/router';
import { ingestDocument, withSuggestions } from '../services/documents.service';

const IdParam = z.object({ id: IdParamSchema });
const UploadSchema = z.object({
  file: z
    .instanceof(File, { message: 'required' })
    .describe('The plan: .txt (UTF-8, GB18030/GBK, Big5), .docx, .pdf or .html')
    .openapi({ type: 'string', format: 'binary' }),
  title: textSchema().max(200).optional(),
});

/** Who may upload plans and review their targets: bureau staff who approve, and admins. */
export const REVIEW_ROLES = ['approver'] as const;

type Ingested = Awaited<ReturnType<typeof ingestDocument>>;

function stored(c: Context<AppEnv>, result: Ingested) {
  c.var.logger.info('document stored', {
    requestId: c.var.requestId,
    documentId: result.document.id,
    targets: result.targets.length,
  });
  return c.json(result, 201);
}

/** A multipart upload: the plan's file, read and stored here; JSON goes on to the validator. */
const uploadFile = createMiddleware<AppEnv>(async (c, next) => {
  if (!(c.req.header('content-type') ?? '').startsWith('multipart/form-data')) return next();
  const form = UploadSchema.safeParse(await c.req.parseBody());
  if (!form.success) return validationFailed(c, form.error, 'form');
  const { file, title } = form.data;
  const bytes = new Uint8Array(await file.arrayBuffer());
  const result = await ingestDocument(
    c.var.db,
    { file: { bytes, filename: file.name }, title },
    currentUser(c),
  );
  return stored(c, result);
});

const uploadRoute = createRoute({
  method: 'post',
  operationId: 'uploadDocument',
  path: '/documents',
  tags: ['documents'],
  summary:
    'Upload a plan (multipart `file`) or paste its text (JSON); its targets are extracted as drafts',
  // A file is taken by uploadFile, ahead of the JSON validator; the description shows both
  // bodies (describeRoute below). Declaring the multipart body here too would make
  // zod-openapi type the JSON body as either one, and the typed client take a file as JSON.
  middleware: [requireRole(...REVIEW_ROLES), uploadFile] as const,
  request: { body: { ...json(PasteDocumentBodySchema), required: true } },
  responses: {
    201: {
      description: 'Stored with its draft targets',
      ...json(z.object({ document: DocumentDetailSchema, targets: z.array(TargetSchema) })),
    },
    ...pickErrors(400, 401, 403, 413, 422),
  },
});

const listRoute = createRoute({
  method: 'get',
  operationId: 'listDocuments',
  path: '/documents',
  tags: ['documents'],
  summary: 'Documents in your scope, newest first, with target counts by state',
  middleware: [requireUser] as const,
  responses: {
    200: {
      description: 'Documents',
      ...json(z.object({ documents: z.array(DocumentSummarySchema) })),
    },
    ...pickErrors(401),
  },
});

const getRoute = createRoute({
  method: 'get',
  operationId: 'getDocument',
  path: '/documents/{id}',
  tags: ['documents'],
  summary: 'A document with its text (target offsets are code points into it)',
  middleware: [requireUser] as const,
  request: { params: IdParam },
  responses: {
    200: { description: 'The document', ...json(z.object({ document: DocumentDetailSchema })) },
    ...pickErrors(401, 404),
  },
});

const targetsRoute = createRoute({
  method: 'get',
  operationId: 'listDocumentTargets',
  path: '/documents/{id}/targets',
  tags: ['documents'],
  summary: "A document's targets in text order, unlinked ones with catalogue suggestions",
  middleware: [requireUser] as const,
  request: { params: IdParam },
  responses: {
    200: { description: 'Targets', ...json(z.object({ targets: z.array(TargetSchema) })) },
    ...pickErrors(401, 404),
  },
});

export const documentRoutes = createRouter()
  .openapi({ ...uploadRoute, hide: true }, async (c) => {
    const { text, title } = c.req.valid('json');
    return stored(c, await ingestDocument(c.var.db, { text, title }, currentUser(c)));
  })
  .openapi(listRoute, async (c) => {
    return c.json({ documents: await listDocuments(c.var.db, await documentScope(c)) }, 200);
  })
  .openapi(getRoute, async (c) => {
    const document = await findReadableDocument(c, c.req.valid('param').id);
    return c.json({ document }, 200);
  })
  .openapi(targetsRoute, async (c) => {
    const document = await findReadableDocument(c, c.req.valid('param').id);
    const [targets, catalogue] = await Promise.all([
      listDocumentTargets(c.var.db, document.id),
      listIndicatorNames(c.var.db),
    ]);
    return c.json({ targets: withSuggestions(targets, catalogue) }, 200);
  });

describeRoute(documentRoutes, {
  ...uploadRoute,
  request: {
    body: {
      content: {
        'multipart/form-data': { schema: UploadSchema },
        'application/json': { schema: PasteDocumentBodySchema },
      },
      required: true,
    },
  },
});
