const MAX_LISTS = 20;

/**
 * The filtered, sorted rows of recent list queries, keyed by everything but the page, so that
 * paging through a list (or an export fetching every page of 20,000 contracts) filters and sorts
 * once. The store clears it whenever a decision or reset changes the data.
 */
export class ListMemo {
  readonly #lists = new Map<string, readonly number[]>();

  rows(query: { page: number; pageSize: number }, compute: () => readonly number[]): readonly number[] {
    const key = JSON.stringify(query, (name, value: unknown) =>
      name === 'page' || name === 'pageSize' ? undefined : value,
    );
    let rows = this.#lists.get(key);
    if (!rows) {
      rows = compute();
      if (this.#lists.size >= MAX_LISTS) this.#lists.clear();
      this.#lists.set(key, rows);
    }
    return rows;
  }

  clear(): void {
    this.#lists.clear();
  }
}
