import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';

export const getDocumentsQueryOptions = () =>
  queryOptions({
    queryKey: ['documents'],
    queryFn: async () => (await unwrap(await api.api.documents.$get())).documents,
  });

export const useDocuments = () => useQuery(getDocumentsQueryOptions());
