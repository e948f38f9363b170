import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';

/** Years with confirmed targets in the user's scope, newest first. */
export const getTargetYearsQueryOptions = () =>
  queryOptions({
    queryKey: ['targets', 'years'],
    queryFn: async () => (await unwrap(await api.api.targets.years.$get({ query: {} }))).years,
    staleTime: 60_000,
  });
