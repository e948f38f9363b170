import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';

export const getHealthQueryOptions = () =>
  queryOptions({
    queryKey: ['health'],
    queryFn: async () => unwrap(await api.api.health.$get()),
    refetchInterval: 30_000,
  });

export const useHealth = () => useQuery(getHealthQueryOptions());
