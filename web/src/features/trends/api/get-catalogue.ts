import { useQueries } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { getRegionQueryOptions } from '../../../lib/region-queries';

/** Names of the chosen regions, for the chips, before any trend is loaded. */
export const useRegionNames = (ids: readonly number[]) =>
  useQueries({ queries: ids.map((id) => getRegionQueryOptions(id)) });

/** The children of a region ("add the sub-regions of …"). */
export async function fetchChildren(parentId: number) {
  const reply = await unwrap(
    await api.api.regions.$get({ query: { parentId: String(parentId), limit: '50' } }),
  );
  return reply.regions;
}
