import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';

export const getWebhooksQueryOptions = () =>
  queryOptions({
    queryKey: ['webhooks'],
    queryFn: async () => (await unwrap(await api.api.webhooks.$get())).webhooks,
  });

export const useWebhooks = (enabled: boolean) =>
  useQuery({ ...getWebhooksQueryOptions(), enabled });

export function useCreateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (json: {
      regionId: number;
      platform: 'wecom' | 'dingtalk';
      url: string;
      secret: string | null;
    }) => unwrap(await api.api.webhooks.$post({ json })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['webhooks'] }),
  });
}

export function useDeleteWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) =>
      unwrap(await api.api.webhooks[':id'].$delete({ param: { id: String(id) } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['webhooks'] }),
  });
}
