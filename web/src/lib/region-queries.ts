import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './api-client';

// Region look-ups several features share (pickers, filters); regions change rarely, so they
// stay cached long.

export const getRegionQueryOptions = (id: number) =>
  queryOptions({
    queryKey: ['regions', id],
    queryFn: async () =>
      (await unwrap(await api.api.regions[':id'].$get({ param: { id: String(id) } }))).region,
    staleTime: Infinity,
  });

export const useRegion = (id: number | undefined) =>
  useQuery({ ...getRegionQueryOptions(id ?? 0), enabled: id !== undefined });

export const getRegionSearchQueryOptions = (q: string, inScope = false) =>
  queryOptions({
    queryKey: ['regions', 'search', q, inScope],
    queryFn: async () =>
      (
        await unwrap(
          await api.api.regions.$get({
            query: { q, limit: '12', inScope: inScope ? 'true' : 'false' },
          }),
        )
      ).regions,
    staleTime: 5 * 60_000,
  });

/**
 * Regions matching a name, code or pinyin; nothing for an empty query. `inScope`: only the
 * user's region and below, for a choice the server would otherwise refuse (a filter over what
 * one may read, ancestors included, leaves it off).
 */
export const useRegionSearch = (q: string, inScope = false) =>
  useQuery({
    ...getRegionSearchQueryOptions(q.trim(), inScope),
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
  });
