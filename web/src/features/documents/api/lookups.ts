import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';

export const getIndicatorSuggestionsQueryOptions = (name: string) =>
  queryOptions({
    queryKey: ['indicators', 'suggest', name],
    queryFn: async () =>
      (await unwrap(await api.api.indicators.suggest.$get({ query: { name } }))).suggestions,
    staleTime: 60_000,
  });

/** Catalogue indicators close to what the user typed; nothing for an empty name. */
export const useIndicatorSuggestions = (name: string) =>
  useQuery({
    ...getIndicatorSuggestionsQueryOptions(name.trim()),
    enabled: name.trim().length > 0,
    placeholderData: keepPreviousData,
  });
