/**
 * Values made once per key and shared by every record that needs them. Twenty thousand contracts
 * produce about a million evidence records and audit events whose file names, times and texts
 * mostly repeat; sharing one copy keeps the data set within a few hundred MB. Keys are numbers so
 * that a lookup never has to build (and hash) the string it is looking for.
 */
export class Shared<T> {
  private readonly values = new Map<number, T>();

  get(key: number, make: () => T): T {
    let value = this.values.get(key);
    if (value === undefined) {
      value = make();
      this.values.set(key, value);
    }
    return value;
  }
}
