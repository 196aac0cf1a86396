/**
 * CSV for spreadsheets (RFC 4180: CRLF rows, fields with a comma, quote or line break quoted and
 * quotes doubled). Cells that a spreadsheet would run as a formula — starting with = + - @, or a
 * tab or carriage return that some programs skip first — get a leading apostrophe (OWASP's "CSV
 * injection" advice), so patient-typed text can never become a formula on a staff computer.
 */

export type CsvValue = string | number | boolean | null | undefined | Date;

const FORMULA_START = /^[=+\-@\t\r]/;

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
