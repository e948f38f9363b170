import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';

/** Records a reminder to a region about its quarter (the change log keeps it; no e-mail). */
export function useRemind() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ regionId, quarter }: { regionId: number; quarter: string }) =>
      unwrap(
        await api.api.submissions[':regionId'][':quarter'].remind.$post({
          param: { regionId: String(regionId), quarter },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['submissions'] }),
  });
}
