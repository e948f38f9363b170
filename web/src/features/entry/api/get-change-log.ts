import { queryOptions, useQuery } from '@tanstack/react-query';
import { observationKey } from '@targetboard/shared/api/observations.schema';
import { api, unwrap } from '../../../lib/api-client';

export const getCellHistoryQueryOptions = (
  regionId: number,
  indicatorId: number,
  quarter: string,
) =>
  queryOptions({
    queryKey: ['change-log', 'observation', observationKey(regionId, indicatorId, quarter)],
    queryFn: async () =>
      (
        await unwrap(
          await api.api['change-log'].$get({
            query: {
              entity: 'observation',
              key: observationKey(regionId, indicatorId, quarter),
              limit: '100',
            },
          }),
        )
      ).entries,
  });

export const useCellHistory = (regionId: number, indicatorId: number, quarter: string) =>
  useQuery(getCellHistoryQueryOptions(regionId, indicatorId, quarter));
