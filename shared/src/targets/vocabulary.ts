import { z } from 'zod';

// The words a target is written in. Extraction, the API schemas, the db tables and the web
// all import them from here, so adding a comparator is one edit (and a migration for the
// database's CHECK constraints).

/** How a target's value bounds the indicator: 以上 `>=`, 超过 `>`, 以下/以内 `<=`, 低于 `<`, 为 `=`, 左右 `~`. */
export const COMPARATORS = ['>=', '>', '<=', '<', '=', '~'] as const;
export type Comparator = (typeof COMPARATORS)[number];
export const ComparatorSchema = z.enum(COMPARATORS);

/** rate: %, ‰, per-100k shares; amount: money, multiples; count: things to build, train, enrol. */
export const TARGET_KINDS = ['rate', 'amount', 'count'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];
export const TargetKindSchema = z.enum(TARGET_KINDS);

/** up: higher is better (a floor); down: lower is better (a ceiling); band: aim at the value. */
export const DIRECTIONS = ['up', 'down', 'band'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const DirectionSchema = z.enum(DIRECTIONS);
