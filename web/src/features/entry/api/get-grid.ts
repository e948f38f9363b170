import { useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { getEntryQueryOptions } from './get-entry';

/** The sub-regions of a region (a county's towns), the rows of the grid. */
export const useChildRegions = (parentId: number) =>
  useQuery({
    queryKey: ['regions', 'children', parentId],
    queryFn: async () =>
      (await unwrap(await api.api.regions.$get({ query: { parentId: String(parentId) } }))).regions,
    staleTime: 5 * 60_000,
  });

/** One entry form per sub-region; the grid shows them side by side. */
export const useGridEntries = (regionIds: number[], quarter: string) =>
  useQueries({ queries: regionIds.map((id) => getEntryQueryOptions(id, quarter)) });
