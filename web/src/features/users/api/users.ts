import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '@targetboard/shared/api/users.schema';
import { api, unwrap } from '../../../lib/api-client';

export const getUsersQueryOptions = () =>
  queryOptions({
    queryKey: ['users'],
    queryFn: async () => (await unwrap(await api.api.users.$get())).users,
  });

export const useUsers = () => useQuery(getUsersQueryOptions());

export interface CreateUserInput {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  regionId: number | null;
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (json: CreateUserInput) =>
      (await unwrap(await api.api.users.$post({ json }))).user,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}

export interface UpdateUserInput {
  id: number;
  version: number;
  displayName?: string;
  password?: string;
  role?: Role;
  regionId?: number | null;
  disabled?: boolean;
}

/** PATCH with the version read; a stale one answers 409 with `details.current`. */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, ...json }: UpdateUserInput) =>
      (await unwrap(await api.api.users[':id'].$patch({ param: { id: String(id) }, json }))).user,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
