import type { FastifyInstance } from 'fastify';
import { warsawDate } from '../../platform/time.ts';
import { findStatus, type StatusEntry } from '../statuses/queries.ts';
import { isVerificationCode } from '../statuses/statusState.ts';
import { fileIssued } from './certificateIssuer.ts';
import { certificateFactsOf, checkCertificateFile, differencesFromRegistry } from './certificateVerifier.ts';
import { signingKeyOf } from './keyring.ts';

export type RegistryStatus = StatusEntry & { verificationCode: string };

export type FileOutcome = 'genuine' | 'altered' | 'forged' | 'not_certificate';

export interface FileVerification {
  outcome: FileOutcome;
  /** The status the signed record names, as the registry states it today. */
  status: RegistryStatus | null;
  /** Facts the (genuine) file states differently from the registry today. */
  differences: string[];
}

/** The status a verification code belongs to, with its state today; undefined for an unknown code. */
export async function statusByCode(app: FastifyInstance, code: string): Promise<RegistryStatus | undefined> {
  if (!isVerificationCode(code)) return undefined;
  return findStatus(app.db, { code }, warsawDate(app.clock.now()));
}

/**
 * Checks an uploaded certificate: the embedded signature, the page content, that the whole file is one
 * the portal issued, and what the registry says of it today.
 */
export async function verifyCertificateFile(
  app: FastifyInstance,
  bytes: Uint8Array,
): Promise<FileVerification> {
  const key = await signingKeyOf(app);
  const check = await checkCertificateFile(bytes, key);
  if (check.outcome === 'not_certificate' || check.outcome === 'forged')
    return { outcome: check.outcome, status: null, differences: [] };
  const status = (await statusByCode(app, check.record.code)) ?? null;
  // A signed record whose code is not in the registry cannot come from this portal's registry.
  if (!status) return { outcome: 'forged', status: null, differences: [] };
  // Signed facts are not enough: every byte must be those of a file the portal issued (a changed
  // glyph in the embedded font shows another year without touching the page's drawing).
  if (check.outcome === 'altered' || !(await fileIssued(app.db, key, bytes, check.record.code)))
    return { outcome: 'altered', status, differences: [] };
  return {
    outcome: 'genuine',
    status,
    differences: differencesFromRegistry(check.record, certificateFactsOf(status)),
  };
}
