/** Builds a value once, on first use: most indexes cost a sort or a scan that many sessions never need. */
export function lazy<T>(build: () => T): () => T {
  let value: { v: T } | null = null;
  return () => {
    value ??= { v: build() };
    return value.v;
  };
}
