import { OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import type { AppEnv } from './env';
import { validationFailed } from './errors';
import { errorResponses } from './responses';

/**
 * The errors the app itself answers for a route of this shape, whatever its handler does:
 * a write from a foreign origin is refused (403), a body can be malformed (400), too large
 * (413) or of another media type (415), and anything parsed can be invalid (422). Declared
 * here once so no route forgets them.
 */
export function standardErrors(route: Pick<RouteConfig, 'method' | 'request'>) {
  const request = route.request;
  const write = route.method !== 'get' && route.method !== 'head';
  const body = request?.body?.content;
  const json = body !== undefined && 'application/json' in body;
  const parsed = body !== undefined || request?.params || request?.query;
  return {
    ...(json && { 400: errorResponses[400] }),
    ...(write && { 403: errorResponses[403] }),
    ...(body && { 413: errorResponses[413], 415: errorResponses[415] }),
    ...(parsed && { 422: errorResponses[422] }),
  };
}

/** A router whose failed validations answer 422 in the error envelope, naming the field. */
export function createRouter() {
  const router = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return validationFailed(c, result.error, result.target);
    },
  });
  const register = router.openapi;
  router.openapi = ((route, handler, hook) =>
    register(
      { ...route, responses: { ...standardErrors(route), ...route.responses } },
      handler,
      hook,
    )) as typeof register;
  return router;
}

/**
 * Puts a route in the OpenAPI description only; its handler is mounted with `hide: true`.
 * For bodies a handler reads itself (multipart files, JSON or a file), where the validator
 * zod-openapi would derive from the description could not take every documented form.
 */
export function describeRoute(
  router: OpenAPIHono<AppEnv>,
  { middleware: _middleware, hide: _hide, ...route }: RouteConfig,
) {
  router.openAPIRegistry.registerPath({
    ...route,
    responses: { ...standardErrors(route), ...route.responses },
  });
}
