import type { InferRequestType, InferResponseType } from 'hono/client';
import { describe, expectTypeOf, it } from 'vitest';
import type { Deadline } from '@targetboard/shared/api/deadlines.schema';
import type { ErrorCode } from '@targetboard/shared/api/errors';
import type { Health } from '@targetboard/shared/api/health.schema';
import type { Region } from '@targetboard/shared/api/regions.schema';
import type { User } from '@targetboard/shared/api/users.schema';
import type { Client } from './client';

/**
 * The typed client's contract with the web, for a few routes the web depends on: the types
 * it takes and gives. These are compile-time assertions — `pnpm typecheck` (tsc -b, which
 * includes tests) fails when a route's schema drifts from them; vitest only lists them.
 */
type Api = Client['api'];

describe('the typed client’s contract', () => {
  it('GET /api/health answers Health', () => {
    expectTypeOf<InferResponseType<Api['health']['$get'], 200>>().toEqualTypeOf<Health>();
  });

  it('POST /api/auth/login takes a username and password and answers the user or an error', () => {
    type Login = Api['auth']['login']['$post'];
    expectTypeOf<InferRequestType<Login>['json']>().toEqualTypeOf<{
      username: string;
      password: string;
    }>();
    expectTypeOf<InferResponseType<Login, 200>>().toEqualTypeOf<{ user: User }>();
    expectTypeOf<InferResponseType<Login, 401>['error']['code']>().toEqualTypeOf<ErrorCode>();
    expectTypeOf<InferResponseType<Login, 429>['error']['message']>().toEqualTypeOf<string>();
  });

  it('PUT /api/reporting-deadlines/:level takes grace days as a number and answers the level', () => {
    type SetDeadline = Api['reporting-deadlines'][':level']['$put'];
    expectTypeOf<keyof InferRequestType<SetDeadline>['param']>().toEqualTypeOf<'level'>();
    expectTypeOf<InferRequestType<SetDeadline>['json']>().toEqualTypeOf<{ graceDays: number }>();
    expectTypeOf<InferResponseType<SetDeadline, 200>>().toEqualTypeOf<{ deadline: Deadline }>();
  });

  it('GET /api/regions takes q, parentId, limit and inScope, and answers regions', () => {
    type ListRegions = Api['regions']['$get'];
    expectTypeOf<keyof InferRequestType<ListRegions>['query']>().toEqualTypeOf<
      'q' | 'parentId' | 'limit' | 'inScope'
    >();
    expectTypeOf<InferResponseType<ListRegions, 200>>().toEqualTypeOf<{ regions: Region[] }>();
  });

  it('offers no route the server does not have', () => {
    expectTypeOf<Api>().not.toHaveProperty('does-not-exist');
    expectTypeOf<Api['health']>().not.toHaveProperty('$post');
  });
});
