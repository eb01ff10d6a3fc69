import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGetBlob } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import { apiPaths } from '@/lib/contract';

/** Text previews stop here: enough to judge a payroll extract or spend report, never a whole ledger. */
export const TEXT_PREVIEW_LIMIT = 100_000;

export type FilePreview = { kind: 'text'; text: string; truncated: boolean } | { kind: 'blob'; blob: Blob };

export type PreviewAs = 'text' | 'image' | 'pdf';

/** Fetches a file to preview it: text (CSV, plain text) as a string, images and PDFs as blobs. */
export function evidenceFileQueryOptions(evidenceId: string, as: PreviewAs) {
  return queryOptions({
    queryKey: queryKeys.evidence.file(evidenceId, as),
    queryFn: async ({ signal }): Promise<FilePreview> => {
      const blob = await apiGetBlob(apiPaths.evidenceFile(evidenceId), { signal });
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
