import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SaveRow } from '@targetboard/shared/api/observations.schema';
import { api, unwrap } from '../../../lib/api-client';

export interface SaveGridInput {
  quarter: string;
  regions: { regionId: number; rows: SaveRow[] }[];
}

/** PUT /api/observations/grid: every region's rows in one all-or-nothing request. */
export function useSaveGrid() {
  const queryClient = useQueryClient();
  return useMutation({
    // Offline it fails at once rather than waiting paused: the draft table (useDraftTable)
    // keeps the cells as drafts and sends them again when the connection returns.
    networkMode: 'always',
    mutationFn: async (input: SaveGridInput) =>
      unwrap(await api.api.observations.grid.$put({ json: { ...input, channel: 'form' } })),
    onSuccess: (_data, input) =>
      Promise.all(
        input.regions.map((r) =>
          queryClient.invalidateQueries({ queryKey: ['entry', r.regionId, input.quarter] }),
        ),
      ),
  });
}
