import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';

export const getEntryQueryOptions = (regionId: number, quarter: string) =>
  queryOptions({
    queryKey: ['entry', regionId, quarter],
    queryFn: async () =>
      unwrap(await api.api.entry.$get({ query: { regionId: String(regionId), quarter } })),
    // A 403 or 404 will not change by retrying; show it at once.
    retry: false,
    // Versions matter here: coming back to a form always asks for the figures saved since.
    staleTime: 0,
  });

export const useEntry = (regionId: number, quarter: string) =>
  useQuery(getEntryQueryOptions(regionId, quarter));
