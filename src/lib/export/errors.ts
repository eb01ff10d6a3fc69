import { describeError } from '@/lib/api/describe-error';

/** A page of the list could not be fetched or read: the whole export stops, with no file. */
export class ExportPageError extends Error {
  override readonly name = 'ExportPageError';
  readonly page: number;
  readonly pageCount: number | null;
  readonly noun: string;

  constructor(noun: string, page: number, pageCount: number | null, cause: unknown) {
    super(`Page ${page} of the ${noun} could not be exported`, { cause });
    this.noun = noun;
    this.page = page;
    this.pageCount = pageCount;
  }
}

/** The list changed between pages, so the pages no longer add up to one consistent set. */
export class ExportDataChangedError extends Error {
  override readonly name = 'ExportDataChangedError';
  readonly noun: string;

  constructor(noun: string, expected: number, found: number) {
    super(`The ${noun} changed during the export: expected ${expected}, found ${found}`);
    this.noun = noun;
  }
}

/** A failure the worker has already described for the user. */
export class ExportFailedError extends Error {
  override readonly name = 'ExportFailedError';
  readonly title: string;

  constructor(title: string, message: string) {
    super(message);
    this.title = title;
  }
}

export interface ExportFailure {
  title: string;
  message: string;
}

const NO_FILE = 'No file was made.';

/** What to tell the user when an export fails: where it stopped, why, and what to do next. */
export function describeExportFailure(error: unknown): ExportFailure {
  if (error instanceof ExportFailedError) return { title: error.title, message: error.message };
  if (error instanceof ExportPageError) {
    const cause = describeError(error.cause);
    const of = error.pageCount ? ` of ${error.pageCount}` : '';
    return {
      title: 'The export stopped',
      message: `Page ${error.page}${of} of the ${error.noun} could not be fetched: ${lowerFirst(cause.title)}. ${NO_FILE} ${cause.message}`,
    };
  }
  if (error instanceof ExportDataChangedError) {
    return {
      title: 'The data changed during the export',
      message: `The ${error.noun} changed while they were being exported, so the pages would not match. ${NO_FILE} Try again to export the latest data.`,
    };
  }
  const cause = describeError(error);
  return { title: 'The export stopped', message: `${cause.title}. ${NO_FILE} ${cause.message}` };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
