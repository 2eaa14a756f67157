/**
 * CSV injection (OWASP "CSV Injection"): a spreadsheet opening an exported file runs a cell that
 * starts with `=`, `+`, `-` or `@` as a formula (`=HYPERLINK(...)` leaks data, `+cmd|...` runs
 * programs), and a leading tab or carriage return hides such a start. Every CSV writer passes its
 * cells through `spreadsheetCell`, which prefixes those strings with `'` so Excel and WPS show them
 * as text. Strictness: every string with such a start is prefixed, even `-5` or `+86 138...`;
 * only values typed as numbers (and booleans) go out as they are, so numeric columns stay numeric.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A cell this module wrote: one added `'` before a formula start, or before a `'` run ending in one. */
const NEUTRALISED = /^'+[=+\-@\t\r]/;

type Cell = string | number | boolean | null | undefined;

export function spreadsheetCell<T extends Cell>(value: T): T | string {
  if (typeof value !== 'string') return value;
  // A value that already looks neutralised gets one more `'`, so reading back is exact.
  return FORMULA_START.test(value) || NEUTRALISED.test(value) ? `'${value}` : value;
}

/** The inverse for importing our own exports: removes the one `'` that `spreadsheetCell` added. */
export function fromSpreadsheetCell(value: string): string {
  return NEUTRALISED.test(value) ? value.slice(1) : value;
}
