import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './api-client';

// The indicator catalogue, which the review, the target list, the catalogue panel and the
// trends all read: one key, so one request fills them all and one invalidation of
// ['indicators'] (after a rename or merge) refreshes them all.

/** The whole catalogue (a few hundred at most), searched in the browser. */
export const getCatalogueQueryOptions = () =>
  queryOptions({
    queryKey: ['indicators'],
    queryFn: async () => (await unwrap(await api.api.indicators.$get())).indicators,
    staleTime: 60_000,
  });

export const useCatalogue = () => useQuery(getCatalogueQueryOptions());
