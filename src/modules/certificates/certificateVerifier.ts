import type { StatusEntry } from '../statuses/queries.ts';
import type { CertificateFacts, SignedRecord } from './certificatePdf.ts';
import { type SigningKey, sha256Hex, signatureHolds } from './signing.ts';

export type FileCheck =
  /** Not a PDF, or a PDF without a certificate record. */
  | { outcome: 'not_certificate' }
  /** The embedded record is not signed by the portal's key. */
  | { outcome: 'forged' }
  /** The record is signed, but the page shows something else than was signed. */
  | { outcome: 'altered'; record: SignedRecord }
  | { outcome: 'signed'; record: SignedRecord };

function parsedRecord(text: string): SignedRecord | null {
  try {
    const record = JSON.parse(text) as SignedRecord;
    return typeof record.code === 'string' && typeof record.contentSha256 === 'string' ? record : null;
  } catch {
    return null;
  }
}

/** Checks an uploaded certificate file on its own: signature first, then the page against the signed hash. */
export async function checkCertificateFile(bytes: Uint8Array, key: SigningKey): Promise<FileCheck> {
  const { embeddedRecord } = await import('./certificatePdf.ts');
  const embedded = await embeddedRecord(bytes);
  if (!embedded) return { outcome: 'not_certificate' };
  if (!signatureHolds(key, embedded.text, embedded.signature)) return { outcome: 'forged' };
  const record = parsedRecord(embedded.text);
  if (!record) return { outcome: 'forged' };
  if (!embedded.content || sha256Hex(embedded.content) !== record.contentSha256)
    return { outcome: 'altered', record };
  return { outcome: 'signed', record };
}

/** The facts a certificate of this status states now. */
export function certificateFactsOf(status: StatusEntry & { verificationCode: string }): CertificateFacts {
  return {
    code: status.verificationCode,
    programme: status.programme,
    roundNumber: status.roundNumber,
    roundYear: status.roundYear,
    cluster: status.clusterName,
    representedBy: status.representedBy,
    documentNumber: status.documentNumber,
    documentDate: status.documentDate,
    validUntil: status.validUntil,
  };
}

const FACT_FIELDS = [
  'programme',
  'roundNumber',
  'roundYear',
  'cluster',
  'representedBy',
  'documentNumber',
  'documentDate',
  'validUntil',
] as const satisfies readonly (keyof CertificateFacts)[];

/** Fields where a genuine file states something the registry no longer does (e.g. a renamed cluster). */
export function differencesFromRegistry(record: CertificateFacts, current: CertificateFacts): string[] {
  return FACT_FIELDS.filter((field) => record[field] !== current[field]);
}
