import { useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';

/** The whole indicator catalogue (a few hundred at most), searched in the browser. */
export const useIndicators = () =>
  useQuery({
    queryKey: ['indicators', 'list'],
    queryFn: async () => (await unwrap(await api.api.indicators.$get())).indicators,
    staleTime: 60_000,
  });

/** Names of the chosen regions, for the chips, before any trend is loaded. */
export const useRegionNames = (ids: readonly number[]) =>
  useQueries({
    queries: ids.map((id) => ({
      queryKey: ['regions', 'detail', id],
      queryFn: async () =>
        (await unwrap(await api.api.regions[':id'].$get({ param: { id: String(id) } }))).region,
      staleTime: 300_000,
    })),
  });

/** The children of a region ("add the sub-regions of …"). */
export async function fetchChildren(parentId: number) {
  const reply = await unwrap(
    await api.api.regions.$get({ query: { parentId: String(parentId), limit: '50' } }),
  );
  return reply.regions;
}
