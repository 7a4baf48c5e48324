import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-error';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        // a 4xx will not change by asking again; the network or a 5xx might
        retry: (count, error) => count < 2 && error instanceof ApiError && error.isServerSide,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
