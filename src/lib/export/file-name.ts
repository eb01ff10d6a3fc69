const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `contracts-2026-11-25T1030.xlsx`: what the file holds and when it was made, in the user's
 * local time (the time they will look for), without characters any file system rejects.
 */
export function exportFileName(stem: string, date: Date, ext: string): string {
  const safeStem =
    stem
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'export';
  const stamp =
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}${pad(date.getMinutes())}`;
  return `${safeStem}-${stamp}.${ext}`;
}
