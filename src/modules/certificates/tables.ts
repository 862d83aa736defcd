/** The portal's Ed25519 key pair when CERTIFICATE_SIGNING_KEY is not set; one row, id 1. */
export interface CertificateSigningKeysTable {
  id: number;
  privateKeyPem: string;
  publicKeyPem: string;
  createdAt: string;
}
