// PostgreSQL error codes the routes turn into 409 / 422 (the same on PGlite).
const codeOf = (error: unknown) => (error as { code?: string } | null)?.code;

/** A UNIQUE constraint refused the write (23505): the name or code is taken. */
export const isUniqueViolation = (error: unknown) => codeOf(error) === '23505';

/** A FOREIGN KEY refused the write (23503): it names a row that does not exist. */
export const isForeignKeyViolation = (error: unknown) => codeOf(error) === '23503';
