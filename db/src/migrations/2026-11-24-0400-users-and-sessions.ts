import { type Kysely, sql } from 'kysely';

// Users with a role and a region scope, server-side sessions (only a hash of the cookie's
// token is stored, so a leaked table cannot be replayed), and login attempts kept in the
// database so rate limits hold across stateless server instances.
const up_statements = [
  `CREATE TABLE users (
     id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     username text NOT NULL,
     display_name text NOT NULL DEFAULT '',
     password_hash text NOT NULL,
     role text NOT NULL CHECK (role IN ('admin','analyst','reporter','approver','viewer')),
     region_id integer REFERENCES regions(id),
     disabled boolean NOT NULL DEFAULT false,
     version integer NOT NULL DEFAULT 1,
     created_at timestamptz NOT NULL DEFAULT now(),
     updated_at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE UNIQUE INDEX users_username_idx ON users (lower(username))`,
  `CREATE TABLE sessions (
     token_hash text PRIMARY KEY,
     user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
     created_at timestamptz NOT NULL DEFAULT now(),
     expires_at timestamptz NOT NULL,
     ip text,
     user_agent text
   )`,
  `CREATE INDEX sessions_user_idx ON sessions (user_id)`,
  `CREATE INDEX sessions_expires_idx ON sessions (expires_at)`,
  `CREATE TABLE login_attempts (
     id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     username text NOT NULL,
     ip text NOT NULL,
     success boolean NOT NULL,
     at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE INDEX login_attempts_username_idx ON login_attempts (lower(username), at)`,
  `CREATE INDEX login_attempts_ip_idx ON login_attempts (ip, at)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of up_statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['login_attempts', 'sessions', 'users']) {
    await sql.raw(`DROP TABLE IF EXISTS ${table}`).execute(db);
  }
}
