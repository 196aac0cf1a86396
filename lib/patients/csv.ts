/**
 * CSV for spreadsheets (RFC 4180: CRLF rows, fields with a comma, quote or line break quoted and
 * quotes doubled). Cells that a spreadsheet would run as a formula get a leading apostrophe (OWASP's
 * and ASVS's "CSV injection" advice), so patient-typed text can never become a formula on a staff
 * computer: those starting with = + - @ (or their full-width forms, which some spreadsheet apps
 * convert), also after leading spaces that an import may trim, and those starting with a tab, line
 * break or NUL that some programs skip first.
 */

export type CsvValue = string | number | boolean | null | undefined | Date;

const FORMULA_START = /^(?:[\t\r\n\0]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = value instanceof Date ? value.toISOString() : String(value);
  // Numbers we write ourselves (e.g. -5) are data, not formulas; text is neutralised.
  if (typeof value !== 'number' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',');
}

/** Header and rows, CRLF line ends, with a UTF-8 byte-order mark so spreadsheet apps detect UTF-8. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): string {
  return `\uFEFF${[csvRow(header), ...rows.map(csvRow)].join('\r\n')}\r\n`;
}
