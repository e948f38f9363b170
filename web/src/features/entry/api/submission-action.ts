import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SubmissionAction } from '@targetboard/shared/api/submissions.schema';
import type { GapAnswer } from '@targetboard/shared/reporting/submission-gaps';
import { api, unwrap } from '../../../lib/api-client';

export interface SubmissionActionInput {
  action: SubmissionAction;
  regionId: number;
  quarter: string;
  /** The submission version read, so two approvers cannot both act on a stale state. */
  version: number;
  reason?: string;
  /** Submitting with figures missing: a reason per missing indicator, or a confirmation. */
  gaps?: GapAnswer[];
  notApplicable?: boolean;
}

export function useSubmissionAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ action, regionId, quarter, ...json }: SubmissionActionInput) => {
      const route = api.api.submissions[':regionId'][':quarter'][action];
      const param = { regionId: String(regionId), quarter };
      return unwrap(await route.$post({ param, json }));
    },
    onSettled: (_data, _error, input) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['entry', input.regionId, input.quarter] }),
        queryClient.invalidateQueries({ queryKey: ['submissions'] }),
      ]),
  });
}
