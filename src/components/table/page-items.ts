export type PageItem = number | 'ellipsis';

/**
 * The page links to show, GOV.UK style: the first and last pages, the current page and its
 * neighbours, and an ellipsis for each run of skipped pages (a gap of one page shows the page).
 *
 * @example pageItems(5, 40) // [1, 'ellipsis', 4, 5, 6, 'ellipsis', 40]
 */
export function pageItems(page: number, pageCount: number): PageItem[] {
  const shown = new Set([1, page - 1, page, page + 1, pageCount].filter((p) => p >= 1 && p <= pageCount));
  const items: PageItem[] = [];
  let previous = 0;
  for (const p of [...shown].sort((a, b) => a - b)) {
    if (p - previous === 2) items.push(p - 1);
    else if (p - previous > 2) items.push('ellipsis');
    items.push(p);
    previous = p;
  }
  return items;
}
