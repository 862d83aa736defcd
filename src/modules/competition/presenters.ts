import type { FastifyRequest } from 'fastify';
import { FORM_FIELDS, formProblems, parseForm } from './applicationForm.ts';
import {
  type Application as ApplicationRecord,
  currentAttachments,
  listProgrammes,
  type Round as RoundRecord,
} from './queries.ts';
import { roundPhase, rulesFrozen } from './roundRecorder.ts';

// The API's wire shapes: every field named, never a row.

/** What presenting rounds needs besides the round: the programmes (loaded once) and the instant. */
export interface RoundPresentation {
  programmes: readonly { id: number; code: string }[];
  now: Date;
}

/** The facts rounds are presented with, loaded once per request however many rounds there are. */
export async function roundPresentation(request: FastifyRequest): Promise<RoundPresentation> {
  return { programmes: await listProgrammes(request.server.db), now: request.arrivedAt };
}

export function presentRound(round: RoundRecord, { programmes, now }: RoundPresentation) {
  return {
    id: round.id,
    programme: programmes.find((p) => p.id === round.programmeId)?.code ?? '',
    number: round.number,
    name_pl: round.namePl,
    name_en: round.nameEn,
    description_pl: round.descriptionPl,
    description_en: round.descriptionEn,
    opens_at: round.opensAt,
    closes_at: round.closesAt,
    formal_check_due_at: round.formalCheckDueAt,
    assessment_due_at: round.assessmentDueAt,
    panel_due_at: round.panelDueAt,
    decision_due_at: round.decisionDueAt,
    phase: roundPhase(round, now),
    published: round.publishedAt !== null,
    rules_frozen: rulesFrozen(round, now),
    rules: round.rules,
  };
}

/** An application with the attachments its handler loaded (presenters never query). */
export async function applicationWithAttachments(request: FastifyRequest, application: ApplicationRecord) {
  return { application, attachments: await currentAttachments(request.server.db, application.id) };
}

export function presentApplication({
  application,
  attachments,
}: Awaited<ReturnType<typeof applicationWithAttachments>>) {
  const form = parseForm(application.form);
  return {
    id: application.id,
    round_id: application.roundId,
    cluster_id: application.clusterId,
    kind: application.kind,
    state: application.state,
    receipt_number: application.receiptNumber,
    submitted_at: application.submittedAt,
    snapshot_sha256: application.snapshotSha256,
    snapshot_version: application.snapshotVersion,
    answers: form,
    problems: formProblems(form, FORM_FIELDS),
    attachments: attachments.map((a) => ({
      id: a.id,
      code: a.code,
      file_name: a.fileName,
      size_bytes: a.sizeBytes,
      sha256: a.sha256,
    })),
  };
}
