import type { ValidationMessageKey } from './identifiers.ts';

export type TextEncoding = 'utf-8' | 'windows-1250';
export type Separator = ';' | ',';
export type FileProblem = { messageKey: ValidationMessageKey; params?: Record<string, string | number> };
export type Decoded = { ok: true; text: string; encoding: TextEncoding } | ({ ok: false } & FileProblem);
export type Records = { ok: true; records: string[][] } | ({ ok: false } & FileProblem);

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

function startsWith(buffer: Uint8Array, bytes: readonly number[]): boolean {
  return bytes.every((byte, index) => buffer[index] === byte);
}

function isUtf16(buffer: Uint8Array): boolean {
  return startsWith(buffer, [0xff, 0xfe]) || startsWith(buffer, [0xfe, 0xff]);
}

/** Strict UTF-8, or null when the bytes are not UTF-8 (then the file is taken as Windows-1250). */
function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The text of an uploaded file: UTF-8 with or without BOM, otherwise Windows-1250 (what Polish Excel
 * writes for "CSV (rozdzielany średnikami)"). An XLSX workbook, UTF-16 text and binary files are refused
 * with a message that says how to save the sheet instead.
 */
export function decodeText(buffer: Uint8Array): Decoded {
  if (startsWith(buffer, ZIP_SIGNATURE)) return { ok: false, messageKey: 'registryValidation.file.xlsx' };
  if (isUtf16(buffer)) return { ok: false, messageKey: 'registryValidation.file.utf16' };
  if (buffer.includes(0)) return { ok: false, messageKey: 'registryValidation.file.notText' };
  const body = startsWith(buffer, UTF8_BOM) ? buffer.subarray(UTF8_BOM.length) : buffer;
  const utf8 = decodeUtf8(body);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8' };
  return { ok: true, text: new TextDecoder('windows-1250').decode(body), encoding: 'windows-1250' };
}

/** The separator that splits the header line into more cells; a tie (one column) means Polish Excel's ";". */
export function detectSeparator(text: string): Separator {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ';') semicolons++;
    else if (!quoted && char === ',') commas++;
  }
  return commas > semicolons ? ',' : ';';
}

/** Cursor state of the RFC 4180 reader: the records so far, the record and the cell being read. */
class CsvReader {
  readonly records: string[][] = [];
  private record: string[] = [];
  private cell = '';
  private cellTouched = false;

  endCell(): void {
    this.record.push(this.cell);
    this.cell = '';
    this.cellTouched = false;
  }

  endRecord(): void {
    this.endCell();
    this.records.push(this.record);
    this.record = [];
  }

  add(text: string): void {
    this.cell += text;
    this.cellTouched = true;
  }

  /** A quote opens a quoted cell only as the cell's first character. */
  get atCellStart(): boolean {
    return !this.cellTouched;
  }

  get pending(): boolean {
    return this.cellTouched || this.record.length > 0;
  }
}

/**
 * Records of a CSV text (RFC 4180): quoted cells may hold separators, line breaks and doubled quotes;
 * lines end in CRLF, LF or CR. One record is one spreadsheet row, so record i is row i + 1 in Excel.
 */
export function parseCsv(text: string, separator: Separator): Records {
  const reader = new CsvReader();
  let index = 0;
  while (index < text.length) {
    const char = text[index] as string;
    if (char === '"' && reader.atCellStart) {
      const end = closingQuote(text, index);
      if (end < 0) return unclosedQuote(reader.records.length + 1);
      reader.add(text.slice(index + 1, end).replaceAll('""', '"'));
      index = end + 1;
    } else if (char === separator) {
      reader.endCell();
      index++;
    } else if (char === '\r' || char === '\n') {
      reader.endRecord();
      index += char === '\r' && text[index + 1] === '\n' ? 2 : 1;
    } else {
      const run = plainRun(text, index, separator);
      reader.add(run);
      index += run.length;
    }
  }
  if (reader.pending) reader.endRecord();
  return { ok: true, records: reader.records };
}

const PLAIN_RUNS: Record<Separator, RegExp> = { ';': /[^;\r\n]+/y, ',': /[^,\r\n]+/y };

/** The characters from `start` up to the next separator or line break (a quote there is kept as it is). */
function plainRun(text: string, start: number, separator: Separator): string {
  const pattern = PLAIN_RUNS[separator];
  pattern.lastIndex = start;
  return pattern.exec(text)?.[0] ?? '';
}

/** The index of the quote that closes a quoted cell opened at `open` (doubled quotes skipped), or -1. */
function closingQuote(text: string, open: number): number {
  let index = open + 1;
  while (index < text.length) {
    const quote = text.indexOf('"', index);
    if (quote < 0) return -1;
    if (text[quote + 1] !== '"') return quote;
    index = quote + 2;
  }
  return -1;
}

function unclosedQuote(row: number): Records {
  return { ok: false, messageKey: 'registryValidation.file.unclosedQuote', params: { row } };
}
