import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { auditRecorder } from '../../platform/audit/recorder.ts';
import type { CertificateFacts } from './certificatePdf.ts';
import { canonicalJson, type SigningKey, sha256Hex, signatureHolds, signText } from './signing.ts';

// Raise when the drawing of the certificate changes, so the next download issues a new file.
const LAYOUT_VERSION = 2;

export interface IssueProps {
  statusId: number;
  facts: CertificateFacts;
  baseUrl: string;
  /** The authority that grants the status, printed on the certificate (config ISSUING_AUTHORITY). */
  issuedBy: string;
  key: SigningKey;
  now: Date;
  requestId?: string;
  ip?: string;
}

/** What the portal signs for each issued file: the status's code and the SHA-256 of every byte. */
const fileStatement = (code: string, fileSha256: string) => canonicalJson({ code, fileSha256 });

function issueKeyOf(props: IssueProps): string {
  const drawnFrom = canonicalJson({
    ...props.facts,
    baseUrl: props.baseUrl,
    issuedBy: props.issuedBy,
    keyFingerprint: props.key.fingerprint,
    layout: LAYOUT_VERSION,
  });
  return sha256Hex(Buffer.from(drawnFrom, 'utf8'));
}

async function issuedPdf(db: Kysely<Database>, issueKey: string): Promise<Buffer | undefined> {
  const row = await db
    .selectFrom('certificateIssues')
    .select('pdf')
    .where('issueKey', '=', issueKey)
    .executeTakeFirst();
  return row ? Buffer.from(row.pdf) : undefined;
}

/**
 * The certificate file of a status, exactly as issued. The first download of a status's current
 * facts draws the PDF and keeps its bytes with their signed SHA-256 (audited); every later download
 * returns those same bytes, so the file anyone holds is byte for byte one the portal can vouch for.
 */
export async function certificateIssuer(db: Kysely<Database>, props: IssueProps): Promise<Buffer> {
  const issueKey = issueKeyOf(props);
  const kept = await issuedPdf(db, issueKey);
  if (kept) return kept;
  const { certificatePdf } = await import('./certificatePdf.ts');
  const pdf = Buffer.from(await certificatePdf(props.facts, props.baseUrl, props.key, props.issuedBy));
  const fileSha256 = sha256Hex(pdf);
  await db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('certificateIssues')
      .values({
        statusId: props.statusId,
        issueKey,
        fileSha256,
        fileSignature: signText(props.key, fileStatement(props.facts.code, fileSha256)),
        pdf,
        issuedAt: props.now.toISOString(),
      })
      .onConflict((conflict) => conflict.column('issueKey').doNothing())
      .returning('id')
      .executeTakeFirst();
    // A simultaneous first download may have issued it a moment earlier: then that file is the one.
    if (inserted)
      await auditRecorder(
        trx,
        {
          actorId: null,
          action: 'kkk.certificate.issued',
          entityType: 'kkk_status',
          entityId: props.statusId,
          summary: { after: { fileSha256 } },
          requestId: props.requestId ?? null,
          ip: props.ip ?? null,
        },
        props.now,
      );
  });
  return (await issuedPdf(db, issueKey)) ?? pdf;
}

/** Whether these exact bytes are a file the portal issued for the certificate with this code. */
export async function fileIssued(
  db: Kysely<Database>,
  key: SigningKey,
  bytes: Uint8Array,
  code: string,
): Promise<boolean> {
  const fileSha256 = sha256Hex(bytes);
  const row = await db
    .selectFrom('certificateIssues')
    .innerJoin('kkkStatuses', 'kkkStatuses.id', 'certificateIssues.statusId')
    .select(['certificateIssues.fileSignature', 'kkkStatuses.verificationCode'])
    .where('certificateIssues.fileSha256', '=', fileSha256)
    .executeTakeFirst();
  if (!row || row.verificationCode !== code) return false;
  return signatureHolds(key, fileStatement(code, fileSha256), row.fileSignature);
}
