import { z } from 'zod';
import { IdSchema, textSchema, VersionSchema } from './fields';

/**
 * admin: everything; analyst: read and export in scope; reporter: enter and submit figures
 * in scope; approver: approve in scope; viewer: read in scope. Scope is a region and its
 * descendants.
 */
export const ROLES = ['admin', 'analyst', 'reporter', 'approver', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const UserSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  regionId: z.number().int().nullable(),
  regionName: z.string().nullable(),
  disabled: z.boolean(),
  version: z.number().int(),
});
export type User = z.infer<typeof UserSchema>;

const username = textSchema()
  .trim()
  .min(2)
  .max(64)
  .regex(/^[\p{L}\p{N}._-]+$/u, 'letters, digits, . _ - only')
  // The JSON Schema pattern without the flag (ECMA-262 patterns in JSON Schema are Unicode-aware).
  .meta({ pattern: '^[\\p{L}\\p{N}._-]+$' });
// Length over composition rules (NIST SP 800-63B): at least 10 characters.
const password = z.string().min(10, 'at least 10 characters').max(256);

export const LoginBodySchema = z.object({
  username: textSchema().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const CreateUserBodySchema = z.object({
  username,
  displayName: textSchema().trim().max(100).default(''),
  password,
  role: z.enum(ROLES),
  regionId: IdSchema.nullable(),
});

export const UpdateUserBodySchema = z.object({
  version: VersionSchema.describe('The version you read; a stale one answers 409'),
  displayName: textSchema().trim().max(100).optional(),
  password: password.optional(),
  role: z.enum(ROLES).optional(),
  regionId: IdSchema.nullable().optional(),
  disabled: z.boolean().optional(),
});
