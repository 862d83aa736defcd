import type { Generated } from 'kysely';

/** The portal's Ed25519 key pair when CERTIFICATE_SIGNING_KEY is not set; one row, id 1. */
export interface CertificateSigningKeysTable {
  id: number;
  privateKeyPem: string;
  publicKeyPem: string;
  createdAt: string;
}

/** A certificate file as issued: its exact bytes, their SHA-256 and the portal's signature of it. */
export interface CertificateIssuesTable {
  id: Generated<number>;
  statusId: number;
  /** SHA-256 of what the file was drawn from (facts, base address, key); one issue per drawing. */
  issueKey: string;
  fileSha256: string;
  fileSignature: string;
  pdf: Buffer;
  issuedAt: string;
}
