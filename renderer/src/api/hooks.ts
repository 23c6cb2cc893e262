/**
 * Data hooks over the contract (TanStack Query). Queries are keyed by [channel, input]; any successful write
 * invalidates every query, because one write can change lists, details, dashboards and titles at once and the
 * local database answers in milliseconds.
 */
import { QueryClient, useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { ChannelName, Input, Output } from '../../../electron/common/contract';
import { api, ApiError } from './client';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 },
      mutations: { retry: false },
    },
  });
}

type QueryExtras<N extends ChannelName> = Omit<UseQueryOptions<Output<N>, ApiError>, 'queryKey' | 'queryFn'>;

export function useApiQuery<N extends ChannelName>(name: N, input: Input<N>, options: QueryExtras<N> = {}) {
  return useQuery<Output<N>, ApiError>({
    queryKey: [name, input],
    queryFn: () => api.request(name, input),
    ...options,
  });
}

export function useApiMutation<N extends ChannelName>(name: N) {
  const client = useQueryClient();
  return useMutation<Output<N>, ApiError, Input<N>>({
    mutationFn: (input) => api.request(name, input),
    onSuccess: () => client.invalidateQueries(),
  });
}

export { ApiError };
