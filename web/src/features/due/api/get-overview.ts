import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';

/** Per child region of parentId: its state in the quarter, days overdue, last reminder. */
export const getDueOverviewQueryOptions = (parentId: number, quarter: string) =>
  queryOptions({
    // The entry page's overview reads the same reply under the same key: one cache, and an
    // approval there refreshes this list too.
    queryKey: ['submissions', parentId, quarter],
    queryFn: async () =>
      unwrap(await api.api.submissions.$get({ query: { parentId: String(parentId), quarter } })),
    retry: false,
  });

export const useDueOverview = (parentId: number, quarter: string) =>
  useQuery(getDueOverviewQueryOptions(parentId, quarter));
