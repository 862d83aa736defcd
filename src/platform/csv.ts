export type CsvValue = string | number | boolean | null | undefined;

/** The byte-order mark that makes Excel read a CSV file as UTF-8 rather than the system code page. */
export const UTF8_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell: text is quoted when it holds the separator, a quote, a line break or edge spaces
 * (quotes doubled, RFC 4180). Text a spreadsheet would run as a formula (=, +, -, @ first) gets a
 * leading apostrophe, so a value someone typed into a profile can never run in a reader's Excel.
 */
function cell(value: CsvValue, separator: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? '1' : '0';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  const needsQuotes =
    text.includes(separator) || /["\r\n]/.test(text) || text !== text.trim() || text.startsWith("'");
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A CSV document that Polish Excel opens with a double click: UTF-8 with a BOM, semicolons (the list
 * separator where the decimal separator is a comma) and CRLF line ends.
 */
export function toCsv(rows: readonly (readonly CsvValue[])[], separator = ';'): string {
  return (
    UTF8_BOM +
    rows.map((row) => row.map((value) => cell(value, separator)).join(separator)).join('\r\n') +
    '\r\n'
  );
}
