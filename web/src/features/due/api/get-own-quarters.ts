import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';

/** The deadline each level has (the admin's setting or the default). */
export const getDeadlinesQueryOptions = () =>
  queryOptions({
    queryKey: ['reporting-deadlines'],
    queryFn: async () => (await unwrap(await api.api['reporting-deadlines'].$get())).deadlines,
    staleTime: 5 * 60_000,
  });

export const useDeadlines = () => useQuery(getDeadlinesQueryOptions());

/** The region's own submission in each quarter (the entry reply carries it). */
export const useOwnSubmissions = (regionId: number, quarters: readonly string[]) =>
  useQueries({
    queries: quarters.map((quarter) => ({
      queryKey: ['entry', regionId, quarter],
      queryFn: async () =>
        unwrap(await api.api.entry.$get({ query: { regionId: String(regionId), quarter } })),
      retry: false,
      staleTime: 0,
    })),
  });
