import type { StoredTarget } from '@targetboard/shared/api/documents.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '../../../lib/api-client';
import { getDocumentTargetsQueryOptions } from './get-document';

export type TargetChanges = Partial<
  Pick<
    StoredTarget,
    | 'indicator'
    | 'indicatorId'
    | 'regionId'
    | 'scope'
    | 'year'
    | 'comparator'
    | 'value'
    | 'valueMax'
    | 'unit'
    | 'tolerance'
    | 'kind'
    | 'direction'
    | 'measure'
    | 'state'
  >
> & {
  /** Confirm by adding the name as a new indicator although the catalogue holds close ones. */
  newIndicator?: boolean;
};

export type NewTarget = Omit<
  TargetChanges,
  'state' | 'indicator' | 'comparator' | 'value' | 'unit' | 'year' | 'kind' | 'direction'
> &
  Pick<
    StoredTarget,
    'indicator' | 'comparator' | 'value' | 'unit' | 'year' | 'kind' | 'direction'
  > & {
    start: number;
    end: number;
  };

/** Keeps the document's target list in step with one changed target. */
function replaceTarget(list: StoredTarget[] | undefined, target: StoredTarget) {
  return list?.map((t) =>
    t.id === target.id ? { ...target, suggestions: t.suggestions, nameSource: t.nameSource } : t,
  );
}

/**
 * PATCH at the version the card shows. A 409 carries the current target: it replaces the
 * stale one at once, so the card shows what someone else saved before the user retries.
 */
export function useUpdateTarget(documentId: number) {
  const queryClient = useQueryClient();
  const key = getDocumentTargetsQueryOptions(documentId).queryKey;
  return useMutation({
    mutationFn: async ({ target, changes }: { target: StoredTarget; changes: TargetChanges }) =>
      unwrap(
        await api.api.targets[':id'].$patch({
          param: { id: String(target.id) },
          json: { version: target.version, ...changes },
        }),
      ),
    onSuccess: ({ target }) => {
      queryClient.setQueryData(key, (list) => replaceTarget(list, target));
      void queryClient.invalidateQueries({ queryKey: ['targets'] });
      void queryClient.invalidateQueries({ queryKey: ['documents'], exact: true });
    },
    onError: (error) => {
      const current = (error as ApiError).details as { current?: StoredTarget } | undefined;
      if (error instanceof ApiError && error.status === 409 && current?.current)
        queryClient.setQueryData(key, (list) => replaceTarget(list, current.current!));
      else if (error instanceof ApiError && error.status === 409)
        void queryClient.invalidateQueries({ queryKey: key });
    },
  });
}

export function useCreateTarget(documentId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewTarget) =>
      (
        await unwrap(
          await api.api.documents[':id'].targets.$post({
            param: { id: String(documentId) },
            json: body,
          }),
        )
      ).target,
    onSuccess: () =>
      queryClient.invalidateQueries({
        queryKey: getDocumentTargetsQueryOptions(documentId).queryKey,
      }),
  });
}

export function useBulkConfirm(documentId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (minConfidence: number) =>
      unwrap(
        await api.api.documents[':id'].targets.confirm.$post({
          param: { id: String(documentId) },
          json: { minConfidence },
        }),
      ),
    onSuccess: ({ targets }) => {
      const key = getDocumentTargetsQueryOptions(documentId).queryKey;
      // The bulk answer has no review hints; keep the ones already shown.
      queryClient.setQueryData(key, (list) =>
        targets.map((t) => {
          const shown = list?.find((o) => o.id === t.id);
          return { ...t, suggestions: shown?.suggestions, nameSource: shown?.nameSource };
        }),
      );
      void queryClient.invalidateQueries({ queryKey: ['targets'] });
      void queryClient.invalidateQueries({ queryKey: ['documents'], exact: true });
    },
  });
}
