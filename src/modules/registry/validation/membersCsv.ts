import {
  decodeText,
  detectSeparator,
  type FileProblem,
  parseCsv,
  type Separator,
  type TextEncoding,
} from './csvText.ts';
import { COLUMNS, fieldOfHeader, foldWord, MEMBER_FIELDS, type MemberField } from './memberColumns.ts';
import {
  type Cells,
  type MemberRow,
  type RowError,
  type RowOptions,
  validateMemberRow,
} from './memberRow.ts';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_MEMBER_ROWS = 5_000;

/** What the person sees before confirming: nothing may be written while `errors` is not empty. */
export interface MembersPreview {
  kind: 'preview';
  encoding: TextEncoding;
  separator: Separator;
  /** Data rows in the file, blank rows not counted. */
  rowCount: number;
  members: MemberRow[];
  /** Sorted by row, then by column in the documented order. */
  errors: RowError[];
  /** Headers of columns the import does not know and skipped, as written in the file. */
  ignoredColumns: string[];
}

/** A file that cannot be read at all: one message for the whole file. */
export type MembersRefused = { kind: 'refused' } & FileProblem;

type Header = { fields: (MemberField | null)[]; ignored: string[] };

/** Reads an uploaded members file (CSV) into a preview of valid rows and row-level errors; writes nothing. */
export function parseMembersFile(
  file: Uint8Array,
  options: RowOptions = {},
): MembersPreview | MembersRefused {
  if (file.length > MAX_FILE_BYTES) {
    return refused('registryValidation.file.tooLarge', { maxMegabytes: MAX_FILE_BYTES / 1024 / 1024 });
  }
  const decoded = decodeText(file);
  if (!decoded.ok) return refused(decoded.messageKey, decoded.params);
  if (decoded.text.trim() === '') return refused('registryValidation.file.empty');
  const separator = detectSeparator(decoded.text);
  const parsed = parseCsv(decoded.text, separator);
  if (!parsed.ok) return refused(parsed.messageKey, parsed.params);

  return previewOfRecords(parsed.records, { encoding: decoded.encoding, separator }, options);
}

/**
 * The same preview from records already split into cells (the first one the header), e.g. the first
 * sheet of a workbook; `source` says how the file was read.
 */
export function previewOfRecords(
  allRecords: readonly (readonly string[])[],
  source: { encoding: TextEncoding; separator: Separator },
  options: RowOptions = {},
): MembersPreview | MembersRefused {
  const { encoding, separator } = source;
  const [headerCells = [], ...records] = allRecords;
  const header = readHeader(headerCells);
  if ('messageKey' in header) return { kind: 'refused', ...header };
  const rows = records
    .map((cells, index) => ({ row: index + 2, cells }))
    .filter(({ cells }) => !isBlank(cells));
  if (rows.length === 0) return refused('registryValidation.file.noRows');
  if (rows.length > MAX_MEMBER_ROWS)
    return refused('registryValidation.file.tooManyRows', { max: MAX_MEMBER_ROWS });

  const checked = rows.map(({ row, cells }) => checkRow(cells, row, header, options));
  const valid = checked.flatMap((result) => ('member' in result ? [result.member] : []));
  const duplicates = findDuplicates(valid);
  const errors = [
    ...checked.flatMap((result) => ('errors' in result ? result.errors : [])),
    ...duplicates.errors,
  ];
  return {
    kind: 'preview',
    encoding,
    separator,
    rowCount: rows.length,
    members: duplicates.unique,
    errors: errors.sort(byRowThenColumn),
    ignoredColumns: header.ignored,
  };
}

function refused(messageKey: FileProblem['messageKey'], params?: FileProblem['params']): MembersRefused {
  return { kind: 'refused', messageKey, ...(params ? { params } : {}) };
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** The field of each header cell; a column named twice, or a required column missing, refuses the file. */
function readHeader(cells: readonly string[]): Header | FileProblem {
  const fields = cells.map(fieldOfHeader);
  const repeated = fields.find((field, index) => field !== null && fields.indexOf(field) !== index);
  if (repeated)
    return { messageKey: 'registryValidation.file.repeatedColumn', params: { column: headerOf(repeated) } };
  const missing = COLUMNS.find((column) => column.required && !fields.includes(column.field));
  if (missing)
    return { messageKey: 'registryValidation.file.missingColumn', params: { column: missing.header } };
  const ignored = cells.filter((cell, index) => fields[index] === null && cell.trim() !== '');
  return { fields, ignored: ignored.map((cell) => cell.trim()) };
}

function headerOf(field: MemberField): string {
  return COLUMNS.find((column) => column.field === field)?.header ?? field;
}

/** A row with cells beyond the header is usually a name with an unquoted separator: its columns have shifted. */
function checkRow(
  cells: readonly string[],
  row: number,
  header: Header,
  options: RowOptions,
): { member: MemberRow } | { errors: RowError[] } {
  if (cells.length > header.fields.length) {
    return { errors: [{ row, column: null, messageKey: 'registryValidation.row.extraCells' }] };
  }
  const byField: Cells = {};
  header.fields.forEach((field, index) => {
    if (field) byField[field] = cells[index] ?? '';
  });
  return validateMemberRow(byField, row, options);
}

/** The same organisation twice: the same NIP, or the same name where either row has no NIP; the first row stays. */
export function findDuplicates(members: readonly MemberRow[]): { unique: MemberRow[]; errors: RowError[] } {
  const byNip = new Map<string, number>();
  const byName = new Map<string, MemberRow[]>();
  const unique: MemberRow[] = [];
  const errors: RowError[] = [];
  for (const member of members) {
    const name = foldWord(member.name);
    const sameNip = member.nip ? byNip.get(member.nip) : undefined;
    const sameName = (byName.get(name) ?? []).find((earlier) => !earlier.nip || !member.nip);
    if (sameNip !== undefined) {
      errors.push({
        row: member.row,
        column: 'nip',
        messageKey: 'registryValidation.duplicate.nip',
        params: { row: sameNip },
      });
    } else if (sameName) {
      const params = { row: sameName.row };
      errors.push({
        row: member.row,
        column: 'name',
        messageKey: 'registryValidation.duplicate.name',
        params,
      });
    } else {
      unique.push(member);
      if (member.nip) byNip.set(member.nip, member.row);
      byName.set(name, [...(byName.get(name) ?? []), member]);
    }
  }
  return { unique, errors };
}

function byRowThenColumn(a: RowError, b: RowError): number {
  const order = (error: RowError) => (error.column ? MEMBER_FIELDS.indexOf(error.column) : -1);
  return a.row - b.row || order(a) - order(b);
}
