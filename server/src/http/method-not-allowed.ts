interface RouteLike {
  method: string;
  path: string;
}

function toRegExp(path: string): RegExp {
  const pattern = path
    .split('/')
    .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${pattern}/?$`);
}

/**
 * The methods that some route accepts for `path`, so an unmatched request can be told 405
 * with `Allow` instead of a misleading 404. Middleware (`ALL`) does not count.
 */
export function allowedMethods(routes: readonly RouteLike[], path: string): string[] {
  const methods = new Set<string>();
  for (const route of routes) {
    if (route.method === 'ALL' || route.path.includes('*')) continue;
    if (toRegExp(route.path).test(path)) methods.add(route.method);
  }
  return [...methods].sort();
}
