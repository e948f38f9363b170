import { z } from 'zod';
import { parseQuarter, QUARTER_PATTERN } from '../quarters/quarter';

/**
 * Building blocks of every request schema, so each rule about a field's shape lives once:
 * what the database can hold (integer ids, no NUL in text) is refused here with a 422 naming
 * the field, before a query could fail with a 500.
 */

/** Largest value of PostgreSQL's `integer` (2³¹−1): the type of every id and version column. */
export const MAX_INT = 2_147_483_647;

/** A row id in a JSON body: 1 … 2³¹−1. */
export const IdSchema = z.number().int().min(1).max(MAX_INT);

/** A row id in a path or query string (text coerced to a number): 1 … 2³¹−1. */
export const IdParamSchema = z.coerce.number().int().min(1).max(MAX_INT);

/** A row's optimistic-lock version as the client read it: 0 … 2³¹−1. */
export const VersionSchema = z.number().int().min(0).max(MAX_INT);

/** A code-point offset into a stored text (an integer column). */
export const OffsetSchema = z.number().int().min(0).max(MAX_INT);

// PostgreSQL text cannot hold U+0000; refusing it here names the field instead of failing the query.
// eslint-disable-next-line no-control-regex -- the control character is the point
const NO_NUL = /^[^\u0000]*$/;

/** Any text a client sends: a string without NUL characters (U+0000). */
export const textSchema = () => z.string().regex(NO_NUL, '不能包含 NUL 字符 (U+0000)');

/**
 * A quarter `YYYYQn` with Q1–Q4 and a year in 1900–2200, parsed into the branded `Quarter`.
 * The pattern alone says the same, so the OpenAPI description is exact.
 */
export const QuarterSchema = z
  .string()
  .regex(QUARTER_PATTERN, '季度格式应为 YYYYQn（1900–2200 年），如 2026Q1')
  // The regex above is parseQuarter's own pattern, so the NEVER branch cannot be taken.
  .transform((s) => parseQuarter(s) ?? z.NEVER);

/** A plan year in a query string: the years the catalogue and the quarters support. */
export const YearParamSchema = z.coerce.number().int().min(1900).max(2200);
