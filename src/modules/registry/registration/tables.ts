import type { Generated, Selectable } from 'kysely';

export type CriterionKind = 'yes_no' | 'number';

/** An entry criterion of the questionnaire, edited by operators; inactive ones are no longer asked. */
export interface EntryCriteriaTable {
  id: Generated<number>;
  code: string;
  kind: CriterionKind;
  /** Number criteria only: the smallest answer that meets it. */
  minimum: number | null;
  questionPl: string;
  questionEn: string;
  helpPl: string | null;
  helpEn: string | null;
  position: number;
  active: Generated<number>;
  createdAt: string;
  updatedAt: string;
}

/** The coordinating organisation as typed in the form (an organisation row is found or made on approval). */
export interface CoordinatorColumns {
  coordinatorName: string | null;
  coordinatorLegalForm: string | null;
  coordinatorNip: string | null;
  coordinatorRegon: string | null;
  coordinatorKrs: string | null;
  coordinatorAddress: string | null;
  coordinatorCity: string | null;
  coordinatorVoivodeship: string | null;
}

export interface ClusterRegistrationsTable extends CoordinatorColumns {
  clusterId: number;
  startedBy: number | null;
  submittedAt: string | null;
  decidedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One answer of the questionnaire, with the question and threshold as they were asked. */
export interface RegistrationAnswersTable {
  clusterId: number;
  code: string;
  kind: CriterionKind;
  minimum: number | null;
  questionPl: string;
  questionEn: string;
  /** yes_no: 1 or 0; number: the number given. */
  answer: number;
}

export type RegistrationDecision = 'approved' | 'returned' | 'rejected';

export interface RegistrationDecisionsTable {
  id: Generated<number>;
  clusterId: number;
  decision: RegistrationDecision;
  comment: string | null;
  decidedBy: number | null;
  decidedAt: string;
}

export type ChangeState = 'pending' | 'approved' | 'rejected';

/** A material change of a published profile waiting for (or decided by) an operator. */
export interface ClusterChangesTable extends CoordinatorColumns {
  id: Generated<number>;
  clusterId: number;
  state: ChangeState;
  /** The new name, or null when the name is not part of the change. */
  name: string | null;
  /** 1 when the coordinator columns are part of the change. */
  coordinatorChanged: Generated<number>;
  proposedBy: number | null;
  proposedAt: string;
  decidedBy: number | null;
  decidedAt: string | null;
  reason: string | null;
}

export interface ClusterLogosTable {
  clusterId: number;
  fileName: string;
  contentType: string;
  size: number;
  updatedAt: string;
}

export type EntryCriterion = Selectable<EntryCriteriaTable>;
export type ClusterRegistration = Selectable<ClusterRegistrationsTable>;
export type ClusterChange = Selectable<ClusterChangesTable>;
