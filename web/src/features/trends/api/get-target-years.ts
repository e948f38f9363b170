import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';

/** Years with confirmed targets for an indicator in the user's scope, newest first. */
export const getTargetYearsQueryOptions = (indicatorId: number) =>
  queryOptions({
    queryKey: ['targets', 'years', indicatorId],
    queryFn: async () =>
      (
        await unwrap(
          await api.api.targets.years.$get({ query: { indicatorId: String(indicatorId) } }),
        )
      ).years,
    staleTime: 60_000,
  });
