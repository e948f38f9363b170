import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import { type ErrorCode, errorEnvelope, type ErrorIssue } from '@targetboard/shared/api/errors';
import type { AppEnv } from './env';

/** Thrown by services and routes for an expected failure; becomes the error envelope. */
export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

const STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable',
  429: 'rate_limited',
  503: 'unavailable',
};

/** Zod issues as `{ path: "body.title", message }`, naming the field the client must fix. */
export function zodIssues(error: ZodError, target: string): ErrorIssue[] {
  return error.issues.map((issue) => ({
    path: [target, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
}

export function validationFailed(c: Context, error: ZodError, target: string) {
  const issues = zodIssues(error, target);
  const first = issues[0];
  const message = first ? `invalid ${first.path}: ${first.message}` : 'invalid request';
  return c.json(errorEnvelope('validation_failed', message, { issues }), 422);
}

/** The app's one `onError`: known failures keep their status, anything else is a logged 500 without internals. */
export function handleError(error: Error, c: Context<AppEnv>) {
  if (error instanceof AppError) {
    for (const [name, value] of Object.entries(error.headers ?? {})) c.header(name, value);
    return c.json(errorEnvelope(error.code, error.message, error.details), error.status);
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    const code = STATUS_CODES[status] ?? (status >= 500 ? 'internal' : 'bad_request');
    return c.json(errorEnvelope(code, error.message || code), status);
  }
  const missing = missingReference(error);
  if (missing) return c.json(errorEnvelope('validation_failed', missing.message, missing), 422);
  if (isConnectionFailure(error)) {
    c.var.logger?.error('database unavailable', {
      requestId: c.var.requestId,
      error: error.message,
    });
    return c.json(
      errorEnvelope('unavailable', 'the database is unavailable; try again shortly'),
      503,
    );
  }
  c.var.logger?.error('unhandled error', {
    requestId: c.var.requestId,
    error: error.message,
    stack: error.stack,
  });
  return c.json(
    errorEnvelope('internal', 'internal server error', { requestId: c.var.requestId }),
    500,
  );
}

/**
 * A write that names a row which does not exist, refused by its foreign key (23503): a
 * plausible client mistake (an unknown indicatorId), so 422 naming the field rather than 500.
 */
function missingReference(error: Error): { message: string; issues: ErrorIssue[] } | null {
  const { code, detail } = error as { code?: string; detail?: string };
  if (code !== '23503') return null;
  const match = /^Key \((\w+)\)=\((.*)\) is not present in table/.exec(detail ?? '');
  if (!match) return null;
  const field = match[1]!.replace(/_([a-z])/g, (_, ch: string) => ch.toUpperCase());
  return {
    message: `no row with ${field} ${match[2]}`,
    issues: [{ path: `json.${field}`, message: 'unknown id' }],
  };
}

function isConnectionFailure(error: Error): boolean {
  const code = (error as { code?: string }).code;
  return (
    code === 'ECONNREFUSED' ||
    code === 'ECONNRESET' ||
    code === '57P01' || // admin_shutdown
    code === '57P03' || // cannot_connect_now
    /Connection terminated|connect ECONNREFUSED/.test(error.message)
  );
}
