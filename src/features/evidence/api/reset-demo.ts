import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiPost } from '@/lib/api/client';
import { apiPaths } from '@/lib/contract';

/** Puts the demo data back as generated (204, no body), then refetches everything on screen. */
export function useResetDemo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiPost(apiPaths.demoReset, {}, z.undefined()),
    // Every cached figure may have changed; reset rather than clear so mounted views refetch.
    onSuccess: () => queryClient.resetQueries(),
  });
}
