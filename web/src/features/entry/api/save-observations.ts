import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SaveRow } from '@targetboard/shared/api/observations.schema';
import { api, unwrap } from '../../../lib/api-client';

export interface SaveInput {
  regionId: number;
  quarter: string;
  rows: SaveRow[];
}

/** PUT /api/observations with the versions read; 409 and 422 surface as ApiError details. */
export function useSaveObservations() {
  const queryClient = useQueryClient();
  return useMutation({
    // Offline it fails at once rather than waiting paused: the draft table (useDraftTable)
    // keeps the cells as drafts and sends them again when the connection returns.
    networkMode: 'always',
    mutationFn: async (input: SaveInput) =>
      unwrap(await api.api.observations.$put({ json: { ...input, channel: 'form' } })),
    onSuccess: (_data, input) =>
      queryClient.invalidateQueries({ queryKey: ['entry', input.regionId, input.quarter] }),
  });
}
