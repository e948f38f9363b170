import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';

/** A statement's span, from its compiling to its rows decoded (`performance.now()` times). */
export interface Span {
  label: string;
  start: number;
  end: number;
}

/** A statement's name: its first table, or the opening words of raw SQL. */
function labelOf(node: unknown): string {
  const raw = node as { kind?: string; sqlFragments?: readonly string[] };
  if (raw.kind === 'RawNode') {
    const text = (raw.sqlFragments ?? []).join('?').replace(/\s+/g, ' ').trim();
    return `raw:${text.slice(0, 28)}`;
  }
  const seen = new Set<unknown>();
  const walk = (n: unknown): string | null => {
    if (!n || typeof n !== 'object' || seen.has(n)) return null;
    seen.add(n);
    const o = n as Record<string, unknown>;
    if (o.kind === 'TableNode') {
      const t = o.table as { identifier?: { name?: string } };
      return t.identifier?.name ?? null;
    }
    for (const v of Object.values(o)) {
      const found = Array.isArray(v) ? v.map(walk).find(Boolean) : walk(v);
      if (found) return found;
    }
    return null;
  };
  return `${(node as { kind: string }).kind.replace('QueryNode', '')}:${walk(node) ?? '?'}`;
}

/**
 * Records each statement's span (a bench's plugin: `db.withPlugin(timer)`), from its compiling
 * to its rows decoded: the pool's wait, the round trip, the server's work and the driver's.
 */
export class StatementTimer implements KyselyPlugin {
  spans: Span[] = [];
  #open = new WeakMap<object, Span>();
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const span = { label: labelOf(args.node), start: performance.now(), end: NaN };
    this.#open.set(args.queryId, span);
    this.spans.push(span);
    return args.node;
  }
  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const span = this.#open.get(args.queryId);
    if (span) span.end = performance.now();
    return Promise.resolve(args.result);
  }
}
