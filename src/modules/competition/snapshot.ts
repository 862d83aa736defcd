import { createHash } from 'node:crypto';

/** What a submitted application says, frozen: the answer to "what exactly did they send?". */
export interface ApplicationSnapshot {
  version: number;
  applicationId: number;
  receiptNumber: string;
  submittedAt: string;
  kind: 'new' | 'renewal';
  round: { id: number; number: number; programme: string; namePl: string; nameEn: string };
  cluster: {
    id: number;
    slug: string;
    name: string;
    coordinator: string | null;
    voivodeship: string | null;
    foundedOn: string | null;
    formalisedOn: string | null;
    memberCount: number;
    membersByType: Record<string, number>;
    enterprisesBySize: Record<string, number>;
  };
  answers: Record<string, string | number | null>;
  attachments: { code: string; fileName: string; sizeBytes: number; sha256: string }[];
}

/** Object keys sorted at every level, so the same content always gives the same text and hash. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
