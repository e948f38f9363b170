import type { DbOrTrx } from '@targetboard/db/database';
import { readDataRevision } from '@targetboard/db/repositories/data-revision.repository';

/**
 * Computed grids filed under the data revision they were computed at (migration 0900), so a
 * grid is reused only while nothing it reads has changed — on every server instance, since
 * the revision lives in the database. Concurrent asks for the same grid share one
 * computation. Least recently used entries go first; a newer revision drops older entries.
 * Not only grids: the dashboard route keeps its region paths in one too (regions bump the
 * revision as well).
 */
export class GridCache<T> {
  private readonly entries = new Map<string, Promise<T>>();
  private revision = -1n;

  constructor(private readonly max = 64) {}

  /**
   * The entry for `key` at the data revision, computed when missing. `knownRevision`: one the
   * caller read on this `db` before (the session's, `findSessionUser`), saving a round trip.
   */
  async get(
    db: DbOrTrx,
    key: string,
    compute: () => Promise<T>,
    knownRevision?: string,
  ): Promise<T> {
    // Read before computing: what is computed afterwards is at least this new.
    const revision = BigInt(knownRevision ?? (await readDataRevision(db)));
    if (revision > this.revision) {
      this.entries.clear();
      this.revision = revision;
    }
    const full = `${revision}|${key}`;
    const hit = this.entries.get(full);
    if (hit) {
      this.entries.delete(full);
      this.entries.set(full, hit);
      return hit;
    }
    const entry = compute();
    this.entries.set(full, entry);
    entry.catch(() => this.entries.delete(full));
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return entry;
  }

  get size(): number {
    return this.entries.size;
  }
}
