/**
 * Characters that make a spreadsheet treat a cell as a formula (or, for tab and carriage
 * return, that some spreadsheets strip before doing so). See OWASP "CSV injection".
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/**
 * Makes text safe to open in a spreadsheet: text starting with `=`, `+`, `-`, `@`, tab or
 * carriage return gets a leading apostrophe, so Excel, LibreOffice and Google Sheets show it
 * as text instead of evaluating it. An apostrophe (rather than a space or a tab) is what
 * spreadsheets themselves use to mark "this is text", so the value still reads as written and
 * an auditor can see it was changed. Only text is passed through here: numbers are written as
 * numbers, so a genuine negative figure is never altered.
 */
export function neutralise(text: string): string {
  return FORMULA_TRIGGER.test(text) ? `'${text}` : text;
}
