import { z } from 'zod';

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

const username = z
  .string()
  .trim()
  .min(2)
  .max(64)
  .regex(/^[\p{L}\p{N}._-]+$/u, 'letters, digits, . _ - only');
// Length over composition rules (NIST SP 800-63B): at least 10 characters.
const password = z.string().min(10, 'at least 10 characters').max(256);

export const LoginBodySchema = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const CreateUserBodySchema = z.object({
  username,
  displayName: z.string().trim().max(100).default(''),
  password,
  role: z.enum(ROLES),
  regionId: z.number().int().nullable(),
});

export const UpdateUserBodySchema = z.object({
  version: z.number().int().describe('The version you read; a stale one answers 409'),
  displayName: z.string().trim().max(100).optional(),
  password: password.optional(),
  role: z.enum(ROLES).optional(),
  regionId: z.number().int().nullable().optional(),
  disabled: z.boolean().optional(),
});
