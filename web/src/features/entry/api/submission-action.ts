import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SubmissionAction } from '@targetboard/shared/api/submissions.schema';
import { api, unwrap } from '../../../lib/api-client';

export interface SubmissionActionInput {
  action: SubmissionAction;
  regionId: number;
  quarter: string;
  /** The submission version read, so two approvers cannot both act on a stale state. */
  version: number;
  reason?: string;
}

export function useSubmissionAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ action, regionId, quarter, version, reason }: SubmissionActionInput) => {
      const route = api.api.submissions[':regionId'][':quarter'][action];
      const param = { regionId: String(regionId), quarter };
      return unwrap(await route.$post({ param, json: { version, reason } }));
    },
    onSettled: (_data, _error, input) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['entry', input.regionId, input.quarter] }),
        queryClient.invalidateQueries({ queryKey: ['submissions'] }),
      ]),
  });
}
