/**
 * How a file may be previewed, by media type. Only formats that cannot run code in the page
 * are shown: raster images, PDFs (in a sandboxed frame) and plain text. HTML, SVG and anything
 * unknown are offered as a download only.
 */
export type PreviewKind = 'image' | 'pdf' | 'text' | 'none';

const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);
const TEXT_TYPES = new Set(['text/csv', 'text/plain']);

export function previewKind(mediaType: string): PreviewKind {
  const type = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (IMAGE_TYPES.has(type)) return 'image';
  if (type === 'application/pdf') return 'pdf';
  if (TEXT_TYPES.has(type)) return 'text';
  return 'none';
}
