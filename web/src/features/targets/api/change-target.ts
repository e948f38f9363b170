import type { StoredTarget } from '@targetboard/shared/api/documents.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';

/** Resolving a conflict is rejecting one side, at the version shown (409 when stale). */
export function useRejectTarget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (target: StoredTarget) =>
      unwrap(
        await api.api.targets[':id'].$patch({
          param: { id: String(target.id) },
          json: { version: target.version, state: 'rejected' },
        }),
      ),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['targets'] });
      void queryClient.invalidateQueries({ queryKey: ['documents'] });
    },
  });
}
