import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './env';
import { AppError } from './errors';

interface RouteLike {
  method: string;
  path: string;
}

const isFixed = (path: string) => !path.includes(':') && !path.includes('*');

function toRegExp(path: string): RegExp {
  const pattern = path
    .split('/')
    .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${pattern}/?$`);
}

/**
 * The methods that some route accepts for `path`, so an unmatched request can be told 405
 * with `Allow` instead of a misleading 404. Middleware (`ALL`) does not count. A fixed path
 * such as /api/indicators/suggest names its own resource: the `{id}` routes beside it do
 * not add their methods to it.
 */
export function allowedMethods(routes: readonly RouteLike[], path: string): string[] {
  const fixed = new Set<string>();
  const templated = new Set<string>();
  for (const route of routes) {
    if (route.method === 'ALL' || route.path.includes('*')) continue;
    if (!toRegExp(route.path).test(path)) continue;
    (isFixed(route.path) ? fixed : templated).add(route.method);
  }
  return [...(fixed.size > 0 ? fixed : templated)].sort();
}

/**
 * 405 before routing for a method a fixed path does not take: otherwise PATCH
 * /api/indicators/suggest would reach PATCH /api/indicators/{id} and answer about an id.
 */
export function fixedPathMethods(routes: () => readonly RouteLike[]) {
  let byPath: Map<string, Set<string>> | undefined;
  return createMiddleware<AppEnv>(async (c, next) => {
    // Built on the first request, when every route is mounted.
    byPath ??= fixedPaths(routes());
    const methods = byPath.get(c.req.path.replace(/(.)\/$/, '$1'));
    const method = c.req.method === 'HEAD' ? 'GET' : c.req.method;
    if (methods && !methods.has(method)) {
      const allow = [...methods].sort().join(', ');
      throw new AppError(
        405,
        'method_not_allowed',
        `${c.req.method} is not allowed on ${c.req.path}; use ${allow}`,
        undefined,
        { Allow: allow },
      );
    }
    await next();
  });
}

function fixedPaths(routes: readonly RouteLike[]): Map<string, Set<string>> {
  const byPath = new Map<string, Set<string>>();
  for (const route of routes) {
    if (route.method === 'ALL' || !isFixed(route.path)) continue;
    byPath.set(route.path, (byPath.get(route.path) ?? new Set()).add(route.method));
  }
  return byPath;
}
