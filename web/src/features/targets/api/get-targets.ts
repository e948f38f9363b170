import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';

export interface TargetFilter {
  regionId?: number | undefined;
  year?: number | undefined;
  indicatorId?: number | undefined;
}

const query = (f: TargetFilter) =>
  Object.fromEntries(
    Object.entries(f)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );

/** Confirmed targets in the user's scope, with the id groups that conflict. */
export const getConfirmedTargetsQueryOptions = (filter: TargetFilter) =>
  queryOptions({
    queryKey: ['targets', 'confirmed', filter],
    queryFn: async () => unwrap(await api.api.targets.$get({ query: query(filter) })),
  });

export const useConfirmedTargets = (filter: TargetFilter) =>
  useQuery({ ...getConfirmedTargetsQueryOptions(filter), placeholderData: keepPreviousData });

/** Titles for the source column; the list is small (a bureau uploads a few plans a year). */
export const getDocumentTitlesQueryOptions = () =>
  queryOptions({
    queryKey: ['documents'],
    queryFn: async () => (await unwrap(await api.api.documents.$get())).documents,
    select: (documents) => new Map(documents.map((d) => [d.id, d.title])),
  });

export const useDocumentTitles = () => useQuery(getDocumentTitlesQueryOptions());
