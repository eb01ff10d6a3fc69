import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';

/** Files under one directory; a key that would reach outside it reads as missing. */
export function localDirectory(root: string) {
  const base = resolve(root);
  return {
    async read(relativePath: string): Promise<Uint8Array | null> {
      const path = resolve(base, relativePath);
      if (!path.startsWith(base + sep)) return null;
      try {
        return new Uint8Array(await readFile(path));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
  };
}
