import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';

export const getDocumentQueryOptions = (id: number) =>
  queryOptions({
    queryKey: ['documents', id],
    queryFn: async () =>
      (await unwrap(await api.api.documents[':id'].$get({ param: { id: String(id) } }))).document,
    staleTime: Infinity,
  });

/** The document's targets in text order; unlinked ones carry catalogue suggestions. */
export const getDocumentTargetsQueryOptions = (id: number) =>
  queryOptions({
    queryKey: ['documents', id, 'targets'],
    queryFn: async () =>
      (await unwrap(await api.api.documents[':id'].targets.$get({ param: { id: String(id) } })))
        .targets,
  });

export const useDocument = (id: number) => useQuery(getDocumentQueryOptions(id));
export const useDocumentTargets = (id: number) => useQuery(getDocumentTargetsQueryOptions(id));
