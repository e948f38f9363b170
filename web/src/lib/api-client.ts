import type { ClientResponse } from 'hono/client';
import type { SuccessStatusCode } from 'hono/utils/http-status';
import { createClient } from '@targetboard/server/client';
import type { ErrorEnvelope } from '@targetboard/shared/api/errors';

/** The one typed API client of the web app; same origin, cookies included. */
export const api = createClient('/', { init: { credentials: 'same-origin' } });

/** An API failure carrying the server's error code, so the UI can react to codes, not prose. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

type SuccessBody<R> =
  R extends ClientResponse<infer T, infer S, 'json'>
    ? S extends SuccessStatusCode
      ? T
      : never
    : never;

/** Unwraps a response: its success body when ok, otherwise an ApiError built from the envelope. */
export async function unwrap<R extends ClientResponse<unknown, number, string>>(
  res: R,
): Promise<SuccessBody<R>> {
  if (res.ok) return (await res.json()) as SuccessBody<R>;
  const body = (await res.json().catch(() => null)) as ErrorEnvelope | null;
  throw new ApiError(
    res.status,
    body?.error.code ?? 'internal',
    body?.error.message ?? `HTTP ${res.status}`,
    body?.error.details,
  );
}
