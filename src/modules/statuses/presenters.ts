import type { Static } from '@sinclair/typebox';
import type { StatusEntry, StatusRound } from './queries.ts';
import type { KkkStatus } from './schemas.ts';

export function certificatePath(statusId: number): string {
  return `/certyfikaty/kkk/${statusId}.pdf`;
}

export function presentStatus(status: StatusEntry, baseUrl: string): Static<typeof KkkStatus> {
  return {
    id: status.id,
    programme: status.programme,
    round: { number: status.roundNumber, year: status.roundYear },
    cluster: {
      name: status.clusterName,
      slug: status.clusterSlug,
      url: `${baseUrl}/klastry/${status.clusterSlug}`,
    },
    represented_by: status.representedBy,
    document_number: status.documentNumber,
    document_date: status.documentDate,
    valid_until: status.validUntil,
    state: status.state,
    revoked_at: status.revokedAt ? new Date(status.revokedAt).toISOString() : null,
    revocation_reason: status.revokedReason,
    certificate_url: status.state === 'revoked' ? null : `${baseUrl}${certificatePath(status.id)}`,
  };
}

export function presentRounds(rounds: StatusRound[], baseUrl: string) {
  return rounds.map((round) => ({
    round: { number: round.roundNumber, year: round.roundYear },
    statuses: round.statuses.map((status) => presentStatus(status, baseUrl)),
  }));
}
