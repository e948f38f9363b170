import type { Indicator } from '@targetboard/shared/api/indicators.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';

export type NewIndicator = Pick<Indicator, 'name' | 'unit' | 'direction' | 'kind' | 'category'>;

function useCatalogueMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['indicators'] });
      void queryClient.invalidateQueries({ queryKey: ['targets'] });
    },
  });
}

export const useCreateIndicator = () =>
  useCatalogueMutation(async (body: NewIndicator) =>
    unwrap(await api.api.indicators.$post({ json: { ...body, synonyms: [] } })),
  );

export const useRenameIndicator = () =>
  useCatalogueMutation(async ({ id, name }: { id: number; name: string }) =>
    unwrap(await api.api.indicators[':id'].$patch({ param: { id: String(id) }, json: { name } })),
  );

export const useMergeIndicator = () =>
  useCatalogueMutation(async ({ id, intoId }: { id: number; intoId: number }) =>
    unwrap(
      await api.api.indicators[':id'].merge.$post({ param: { id: String(id) }, json: { intoId } }),
    ),
  );
