import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';

/** An admin sets a level's grace days; every overview and due date follows. */
export function useSetDeadline() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ level, graceDays }: { level: number; graceDays: number }) =>
      unwrap(
        await api.api['reporting-deadlines'][':level'].$put({
          param: { level: String(level) },
          json: { graceDays },
        }),
      ),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['reporting-deadlines'] }),
        queryClient.invalidateQueries({ queryKey: ['submissions'] }),
      ]),
  });
}
