import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import { CompiledQuery } from 'kysely';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DbOrTrx } from './database';

// COPY … FROM STDIN through Kysely. Kysely hands every statement to the driver as text and
// parameters, but COPY needs a data stream: createDb teaches both drivers to run a statement
// `COPY … FROM STDIN …` given exactly one parameter as a COPY of that parameter's text —
// `pg` through pg-copy-streams on the transaction's own connection, PGlite by reading it as
// its '/dev/blob' device. Anything else goes to the driver untouched.

const COPY_FROM_STDIN = /^\s*COPY\s[^;]*\sFROM\s+STDIN\b/i;

/** A COPY's rows: one text, or its pieces in order (made while the server reads the last). */
export type CopyText = string | Iterable<string>;

const isCopy = (text: unknown, values: unknown): values is [CopyText] =>
  typeof text === 'string' &&
  COPY_FROM_STDIN.test(text) &&
  Array.isArray(values) &&
  values.length === 1 &&
  (typeof values[0] === 'string' ||
    (typeof values[0] === 'object' && values[0] !== null && Symbol.iterator in values[0]));

/**
 * COPYs `rows` (text in the statement's format, e.g. CSV) by `statement`, a
 * `COPY table (columns) FROM STDIN WITH (…)`; answers the number of rows copied. Runs on the
 * connection (and transaction) of `db`. Rows given as pieces are made as they are sent, so on
 * PostgreSQL making the next piece overlaps the server reading the last.
 */
export async function copyRows(db: DbOrTrx, statement: string, rows: CopyText): Promise<number> {
  if (!COPY_FROM_STDIN.test(statement)) throw new Error('copyRows needs COPY … FROM STDIN');
  const result = await db.executeQuery(CompiledQuery.raw(statement, [rows]));
  return Number(result.numAffectedRows ?? 0);
}

/** Makes a pool client stream a `copyRows` statement (called for each new client). */
export function streamCopiesOn(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  client.query = ((text: unknown, values: unknown, ...rest: unknown[]) => {
    if (!isCopy(text, values)) return query(text, values, ...rest);
    const stream = query(copyFrom(text as string)) as ReturnType<typeof copyFrom>;
    // Reported as an INSERT, the command whose row count Kysely passes on.
    const rows = values[0];
    return pipeline(Readable.from(typeof rows === 'string' ? chunks(rows) : rows), stream).then(
      () => ({
        command: 'INSERT',
        rowCount: Number(stream.rowCount),
        rows: [],
      }),
    );
  }) as typeof client.query;
}

/** Makes PGlite run a `copyRows` statement from its '/dev/blob', in and out of transactions. */
export function blobCopiesOn(pglite: PGlite): void {
  type Query = (text: unknown, values?: unknown, options?: object) => Promise<unknown>;
  const copying =
    (query: Query): Query =>
    (text, values, options) =>
      isCopy(text, values)
        ? query((text as string).replace(/\sFROM\s+STDIN\b/i, " FROM '/dev/blob'"), [], {
            ...options,
            blob: new Blob(typeof values[0] === 'string' ? [values[0]] : [...values[0]]),
          })
        : query(text, values, options);
  const target = pglite as unknown as { query: Query; transaction: PGlite['transaction'] };
  target.query = copying(pglite.query.bind(pglite) as Query);
  const transaction = pglite.transaction.bind(pglite);
  target.transaction = (callback) =>
    transaction((tx) => {
      const txQuery = copying(tx.query.bind(tx) as Query);
      return callback(
        new Proxy(tx, {
          get: (t, p, receiver) => (p === 'query' ? txQuery : Reflect.get(t, p, receiver)),
        }),
      );
    });
}

function* chunks(text: string, size = 1 << 20) {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}
