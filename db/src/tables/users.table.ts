import type { Generated, Selectable } from 'kysely';
import type { Role } from '@targetboard/shared/api/users.schema';

export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: Generated<string>;
  password_hash: string;
  role: Role;
  /** The region the user may act in, with its descendants; null grants nothing (admins excepted). */
  region_id: number | null;
  disabled: Generated<boolean>;
  /** Set on accounts whose password was generated or shared (demo); cleared by changing it. */
  must_change_password: Generated<boolean>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface SessionsTable {
  token_hash: string;
  user_id: number;
  created_at: Generated<Date>;
  expires_at: Date;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  username: string;
  ip: string;
  success: boolean;
  at: Generated<Date>;
}

export type UserRow = Selectable<UsersTable>;
