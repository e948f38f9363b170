import type { KyselyPlugin, RawNode } from 'kysely';
import type { Db } from '../database';

/**
 * The handle `db` again, counting the statements sent through it (raw `sql` ones too): for
 * tests that hold a request to a number of round trips. `rawTexts` keeps the text of the raw
 * `sql` statements (parameters as `?`), for tests that a statement was not sent.
 */
export function countStatements(db: Db): {
  db: Db;
  count: () => number;
  rawTexts: () => string[];
  reset: () => void;
} {
  let count = 0;
  let texts: string[] = [];
  const plugin: KyselyPlugin = {
    transformQuery(args) {
      count++;
      if (args.node.kind === 'RawNode') texts.push((args.node as RawNode).sqlFragments.join('?'));
      return args.node;
    },
    transformResult: (args) => Promise.resolve(args.result),
  };
  return {
    db: db.withPlugin(plugin),
    count: () => count,
    rawTexts: () => texts,
    reset: () => {
      count = 0;
      texts = [];
    },
  };
}
