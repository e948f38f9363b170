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

export const getRegionSearchQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['regions', 'search', q],
    queryFn: async () =>
      (await unwrap(await api.api.regions.$get({ query: { q, limit: '12' } }))).regions,
    staleTime: 5 * 60_000,
  });

/** Regions matching a name, code or pinyin; nothing for an empty query. */
export const useRegionSearch = (q: string) =>
  useQuery({
    ...getRegionSearchQueryOptions(q.trim()),
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
  });
