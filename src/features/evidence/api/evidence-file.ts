import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiUrl, NetworkError } from '@/lib/api/client';
import { getDemoUserId } from '@/lib/api/demo-user';
import { parseApiResponse } from '@/lib/api/response';
import { apiPaths, DEMO_USER_HEADER } from '@/lib/contract';
import { queryKeys } from '@/lib/api/query-keys';

/** Text previews stop here: enough to judge a payroll extract or spend report, never a whole ledger. */
export const TEXT_PREVIEW_LIMIT = 100_000;

/**
 * The evidence file itself, for previews. The JSON client cannot read files, so this makes the
 * same request by hand (same base URL, same demo user) and reports failures with the same errors.
 */
async function fetchEvidenceFile(evidenceId: string, signal: AbortSignal): Promise<Blob> {
  const path = apiPaths.evidenceFile(evidenceId);
  const headers = new Headers();
  const demoUser = getDemoUserId();
  if (demoUser !== undefined) headers.set(DEMO_USER_HEADER, demoUser);
  let response: Response;
  try {
    response = await fetch(new URL(apiUrl(path), globalThis.location?.href), { headers, signal });
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    throw new NetworkError(path, { cause: error });
  }
  // An error status becomes the same ProblemError the JSON client throws.
  if (!response.ok) await parseApiResponse(response, z.unknown(), path);
  return response.blob();
}

export type FilePreview = { kind: 'text'; text: string; truncated: boolean } | { kind: 'blob'; blob: Blob };

export type PreviewAs = 'text' | 'image' | 'pdf';

/** Fetches a file to preview it: text (CSV, plain text) as a string, images and PDFs as blobs. */
export function evidenceFileQueryOptions(evidenceId: string, as: PreviewAs) {
  return queryOptions({
    queryKey: queryKeys.evidence.file(evidenceId, as),
    queryFn: async ({ signal }): Promise<FilePreview> => {
      const blob = await fetchEvidenceFile(evidenceId, signal);
      // The frame renders by the blob's type: a PDF preview is a PDF, whatever the response claimed.
      if (as === 'pdf')
        return { kind: 'blob', blob: new Blob([await blob.arrayBuffer()], { type: 'application/pdf' }) };
      if (as === 'image') return { kind: 'blob', blob };
      const text = await blob.slice(0, TEXT_PREVIEW_LIMIT).text();
      return { kind: 'text', text, truncated: blob.size > TEXT_PREVIEW_LIMIT };
    },
    // A file never changes once uploaded; decisions change its status, not its bytes.
    staleTime: Infinity,
  });
}

export function useEvidenceFile(evidenceId: string, as: PreviewAs) {
  return useQuery(evidenceFileQueryOptions(evidenceId, as));
}
