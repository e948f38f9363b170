import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';

/** Per child region of parentId: its submission state in the quarter. */
export const getSubmissionsQueryOptions = (parentId: number, quarter: string) =>
  queryOptions({
    queryKey: ['submissions', parentId, quarter],
    queryFn: async () =>
      unwrap(await api.api.submissions.$get({ query: { parentId: String(parentId), quarter } })),
    retry: false,
  });

export const useSubmissions = (parentId: number, quarter: string, enabled: boolean) =>
  useQuery({ ...getSubmissionsQueryOptions(parentId, quarter), enabled });
