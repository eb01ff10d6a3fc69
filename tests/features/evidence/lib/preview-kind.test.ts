import { expect, test } from 'vitest';
import { previewKind } from '@/features/evidence/lib/preview-kind';

test.each([
  ['image/png', 'image'],
  ['image/jpeg', 'image'],
  ['application/pdf', 'pdf'],
  ['text/csv; charset=utf-8', 'text'],
  ['text/plain', 'text'],
  ['text/html', 'none'],
  ['image/svg+xml', 'none'],
  ['application/octet-stream', 'none'],
])('%s previews as %s', (mediaType, kind) => {
  expect(previewKind(mediaType)).toBe(kind);
});
