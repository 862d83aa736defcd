import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import type { Separator, TextEncoding } from '../validation/csvText.ts';
import type { MemberRow, RowError } from '../validation/memberRow.ts';
import { type MembersRefused, parseMembersFile, previewOfRecords } from '../validation/membersCsv.ts';
import { type CurrentMember, duplicateOf, knownOrganisation } from './clusterMembers.ts';
import { additionOf } from './memberChange.ts';

/** What the person checks before confirming; stored between the upload and the confirmation. */
export interface ImportPreview {
  format: 'csv' | 'xlsx';
  encoding: TextEncoding | null;
  separator: Separator | null;
  rowCount: number;
  /** Rows to add: valid, and not yet members of the cluster. */
  members: MemberRow[];
  /** Row-level problems; while there is any, nothing can be confirmed. */
  errors: RowError[];
  /** Rows naming organisations that are already current members: left as they are. */
  alreadyMembers: { row: number; name: string }[];
  ignoredColumns: string[];
  summary: { toAdd: number; knownOrganisations: number; alreadyMembers: number; notInFile: number };
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

function isWorkbook(file: Uint8Array): boolean {
  return ZIP_SIGNATURE.every((byte, index) => file[index] === byte);
}

/** A workbook's first sheet as text cells, the way the file would look saved as CSV. */
async function workbookRecords(file: Uint8Array): Promise<string[][] | null> {
  try {
    // Loaded on the first XLSX upload only: the reader is not worth its memory in every process from start.
    const { readSheet } = await import('read-excel-file/node');
    const rows = await readSheet(Buffer.from(file));
    return rows.map((row) => row.map(cellText));
  } catch {
    return null;
  }
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/** Reads a CSV (UTF-8 or Windows-1250, ";" or ",") or XLSX members file; writes nothing. */
export async function readMembersFile(
  file: Uint8Array,
  today: string,
): Promise<(Omit<ImportPreview, 'alreadyMembers' | 'summary'> & { kind: 'preview' }) | MembersRefused> {
  if (isWorkbook(file)) {
    const records = await workbookRecords(file);
    if (!records) return { kind: 'refused', messageKey: 'registryValidation.file.xlsx' };
    const preview = previewOfRecords(records, { encoding: 'utf-8', separator: ';' }, { today });
    if (preview.kind === 'refused') return preview;
    return { ...preview, format: 'xlsx', encoding: null, separator: null };
  }
  const preview = parseMembersFile(file, { today });
  if (preview.kind === 'refused') return preview;
  return { ...preview, format: 'csv' };
}

/** Sets the file's rows against the cluster: which are new, which are members already, who is not in it. */
export async function importPreviewOf(
  db: Kysely<Database>,
  read: Omit<ImportPreview, 'alreadyMembers' | 'summary'>,
  current: readonly CurrentMember[],
): Promise<ImportPreview> {
  const members: MemberRow[] = [];
  const alreadyMembers: ImportPreview['alreadyMembers'] = [];
  const matched = new Set<number>();
  let knownOrganisations = 0;
  for (const member of read.members) {
    const duplicate = duplicateOf(additionOf(member), current);
    if (duplicate) {
      matched.add(duplicate.membershipId);
      alreadyMembers.push({ row: member.row, name: member.name });
      continue;
    }
    if (await knownOrganisation(db, member)) knownOrganisations += 1;
    members.push(member);
  }
  return {
    format: read.format,
    encoding: read.encoding,
    separator: read.separator,
    rowCount: read.rowCount,
    members,
    errors: read.errors,
    alreadyMembers,
    ignoredColumns: read.ignoredColumns,
    summary: {
      toAdd: members.length,
      knownOrganisations,
      alreadyMembers: alreadyMembers.length,
      notInFile: current.filter((member) => !matched.has(member.membershipId)).length,
    },
  };
}
