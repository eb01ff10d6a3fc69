import { PageSizeSelect } from './page-size-select';
import { Pagination } from './pagination';
import { usePageLinks, type PagedSearchQuery } from './use-page-links';

export interface ListPagingProps {
  /** The page shown, from 1. */
  page: number;
  pageCount: number;
  /** The rows per page the URL asks for. */
  pageSize: number;
  /** Names the pages' navigation landmark ("Audit log pages"). */
  label: string;
  /** The list's `usePrefetchingSearchQuery` state. */
  search: PagedSearchQuery & { setQuery: (patch: { pageSize: number }) => void };
}

/** Page links and the page size under a list whose page and size are in the URL. */
export function ListPaging({ page, pageCount, pageSize, label, search }: ListPagingProps) {
  const pageLinks = usePageLinks(search);
  return (
    <>
      <Pagination page={page} pageCount={pageCount} label={label} {...pageLinks} />
      <PageSizeSelect value={pageSize} onChange={(size) => search.setQuery({ pageSize: size })} />
    </>
  );
}
