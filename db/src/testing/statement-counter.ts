import type { KyselyPlugin } from 'kysely';
import type { Db } from '../database';

/**
 * The handle `db` again, counting the statements sent through it (raw `sql` ones too): for
 * tests that hold a request to a number of round trips.
 */
export function countStatements(db: Db): { db: Db; count: () => number; reset: () => void } {
  let count = 0;
  const plugin: KyselyPlugin = {
    transformQuery(args) {
      count++;
      return args.node;
    },
    transformResult: (args) => Promise.resolve(args.result),
  };
  return {
    db: db.withPlugin(plugin),
    count: () => count,
    reset: () => {
      count = 0;
    },
  };
}
