import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import type { DecisionFile } from '@mocks/store';

/** The data file cannot be used: the message names the file and says what to do. */
export class DataFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataFileError';
  }
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

/** The saved decisions as parsed JSON, or null when there is no file yet (a fresh start). */
export async function readDataFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (isMissing(error)) return null;
    throw new DataFileError(
      `Cannot read the data file ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DataFileError(
      `The data file ${path} is not valid JSON, so the saved decisions cannot be loaded. ` +
        'Fix or move the file, or start with another --data-file.',
    );
  }
}

let sequence = 0;

/**
 * Writes the decisions so that a crash mid-write never leaves a half-written file: the content
 * goes to a temporary file in the same directory, which is then renamed over the old one.
 */
export async function writeDataFile(path: string, file: DecisionFile): Promise<void> {
  const directory = dirname(path);
  await mkdir(directory, { recursive: true });
  sequence += 1;
  const temporary = join(directory, `.${basename(path)}.${process.pid}.${sequence}.tmp`);
  await writeFile(temporary, `${JSON.stringify(file, null, 2)}\n`, 'utf8');
  await rename(temporary, path);
}
