import type { Generated, Insertable, Selectable } from 'kysely';
import type { ApplicationState } from './applicationStates.ts';

export interface ProgrammesTable {
  id: Generated<number>;
  /** 'kkk' is the national programme; a voivodeship's looks like 'rkk-mazowieckie'. */
  code: string;
  namePl: string;
  nameEn: string;
  /** TERYT code of the voivodeship running a regional programme; null for the national one. */
  voivodeship: string | null;
  createdAt: string;
}

export interface RoundsTable {
  id: Generated<number>;
  programmeId: number;
  number: number;
  namePl: string;
  nameEn: string;
  descriptionPl: Generated<string>;
  descriptionEn: Generated<string>;
  /** UTC instants; applications are accepted from opensAt up to and including closesAt. */
  opensAt: string;
  closesAt: string;
  formalCheckDueAt: string | null;
  assessmentDueAt: string | null;
  panelDueAt: string | null;
  decisionDueAt: string | null;
  /** JSON of CompetitionRules; editable until opensAt, frozen after. */
  rules: string;
  /** The last receipt sequence number given in the round. */
  receiptCounter: Generated<number>;
  /** null: a draft round nobody outside the operators sees. */
  publishedAt: string | null;
  isDemo: Generated<number>;
  /** null while the ranking is provisional; decisions need it confirmed (assessment/rankingConfirmer). */
  rankingConfirmedAt: Generated<string | null>;
  createdAt: string;
  updatedAt: string;
}

export interface ApplicationsTable {
  id: Generated<number>;
  roundId: number;
  clusterId: number;
  kind: 'new' | 'renewal';
  state: ApplicationState;
  receiptNumber: string | null;
  /** JSON of the draft's answers (ApplicationForm). */
  form: string;
  /** JSON of the latest submitted version; the history is in applicationSnapshots. */
  snapshot: string | null;
  snapshotSha256: string | null;
  snapshotVersion: Generated<number>;
  submittedAt: string | null;
  withdrawnAt: string | null;
  createdBy: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface ApplicationSnapshotsTable {
  applicationId: number;
  version: number;
  snapshot: string;
  sha256: string;
  createdAt: string;
}

export interface ApplicationAttachmentsTable {
  id: Generated<number>;
  applicationId: number;
  code: string;
  /** The name the coordinator's file had; shown, never used as a path. */
  fileName: string;
  /** Random name under DATA_DIR/attachments. */
  storedName: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: number | null;
  createdAt: string;
  supersededAt: string | null;
}

export type FormalDecision = 'accepted' | 'rejected' | 'corrections';

export interface FormalChecksTable {
  id: Generated<number>;
  applicationId: number;
  snapshotVersion: number;
  decision: FormalDecision;
  /** JSON: ChecklistItem[] as the operator saw and ticked it. */
  checklist: string;
  reasons: Generated<string>;
  /** JSON string arrays: the form fields and attachment codes the coordinator may correct. */
  correctionFields: Generated<string>;
  correctionAttachments: Generated<string>;
  correctionsDueAt: string | null;
  decidedBy: number | null;
  createdAt: string;
}

/** Typed values posted after the session expired, until the person signs in again (a day at most). */
export interface DraftStashesTable {
  tokenHash: string;
  applicationId: number;
  form: string;
  createdAt: string;
  expiresAt: string;
}

export type Programme = Selectable<ProgrammesTable>;
export type RoundRow = Selectable<RoundsTable>;
export type NewRound = Insertable<RoundsTable>;
export type ApplicationRow = Selectable<ApplicationsTable>;
export type AttachmentRow = Selectable<ApplicationAttachmentsTable>;
export type FormalCheckRow = Selectable<FormalChecksTable>;
