import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordFormProblem } from '../users/password';
import { normaliseUsername, USERNAME_PATTERN } from '../users/username';
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
  /** The password was generated or shared: until the user sets their own, only that is allowed. */
  mustChangePassword: z.boolean(),
  version: z.number().int(),
});
export type User = z.infer<typeof UserSchema>;

// Stored NFKC-normalised; see users/username.ts for why the alphabet is narrow.
const username = textSchema()
  .overwrite(normaliseUsername)
  .min(2, '用户名至少 2 个字符（username_too_short）')
  .max(64, '用户名最多 64 个字符（username_too_long）')
  .regex(
    USERNAME_PATTERN,
    '用户名只能用英文字母、数字、汉字和 . _ -，且以字母、数字或汉字开头（username_invalid）',
  )
  // The JSON Schema pattern without the flag (ECMA-262 patterns in JSON Schema are Unicode-aware).
  .meta({ pattern: USERNAME_PATTERN.source });
// Form only (length, blank, control characters); the server also refuses weak passwords.
const password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `密码至少 ${PASSWORD_MIN_LENGTH} 个字符（password_too_short）`)
  .max(PASSWORD_MAX_LENGTH)
  .superRefine((value, ctx) => {
    const problem = passwordFormProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

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

export const ChangePasswordBodySchema = z.object({
  currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  newPassword: password,
});
