import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './api-client';

// Health is read by the footer badge and by every timestamp (the bureau's time zone), so its
// query lives here for the features to share.
export const getHealthQueryOptions = () =>
  queryOptions({
    queryKey: ['health'],
    queryFn: async () => unwrap(await api.api.health.$get()),
    refetchInterval: 30_000,
  });
