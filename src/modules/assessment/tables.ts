import type { Generated } from 'kysely';

export type TaskStage = 'stage1' | 'panel';
/** `replaced`: a submitted sheet an appeal's re-assessment replaced (kept, no longer counted). */
export type TaskState = 'assigned' | 'declared' | 'submitted' | 'conflict' | 'replaced';
export type TaskReason = 'initial' | 'replacement' | 'divergence' | 'appeal' | 'panel';
export type DecisionOutcome = 'granted' | 'refused';
export type AppealState = 'filed' | 'dismissed' | 'reassessment';

/** An organisation (by NIP) or a cluster an expert is linked to: never assigned to it. */
export interface ExpertInterestsTable {
  id: Generated<number>;
  expertId: number;
  nip: string | null;
  clusterId: number | null;
  note: string | null;
  createdAt: string;
}

/** One expert's work on one application at one stage. */
export interface AssessmentTasksTable {
  id: Generated<number>;
  applicationId: number;
  expertId: number;
  stage: TaskStage;
  state: TaskState;
  reason: TaskReason;
  /** Null when the automatic assignment chose the expert. */
  assignedBy: number | null;
  assignedAt: string;
  dueAt: string | null;
  declaredAt: string | null;
  conflictReason: string | null;
  submittedAt: string | null;
  reopenedAt: string | null;
}

/** An application's stage-1 points summed per criterion over its submitted experts (derived, never typed). */
export interface AssessmentSumsTable {
  applicationId: number;
  experts: number;
  /** JSON: criterion code → sum of points. */
  sums: string;
  updatedAt: string;
}

/** Points and justification per criterion; a draft until the task is submitted. */
export interface AssessmentScoresTable {
  taskId: number;
  criterionCode: string;
  points: number | null;
  justification: Generated<string>;
  updatedAt: string;
}

export interface PanelMembersTable {
  roundId: number;
  expertId: number;
  addedBy: number | null;
  createdAt: string;
}

export interface PanelPresentationsTable {
  applicationId: number;
  startsAt: string;
  place: string | null;
  onlineUrl: string | null;
  scheduledBy: number | null;
  updatedAt: string;
}

export interface PanelReportsTable {
  applicationId: number;
  comment: string;
  writtenBy: number | null;
  writtenAt: string;
}

export interface PanelConsensusScoresTable {
  applicationId: number;
  criterionCode: string;
  points: number;
}

export interface AssessmentDecisionsTable {
  id: Generated<number>;
  applicationId: number;
  outcome: DecisionOutcome;
  documentNumber: string;
  /** Calendar dates (YYYY-MM-DD). */
  documentDate: string;
  validUntil: string | null;
  statusId: number | null;
  recordedBy: number | null;
  recordedAt: string;
  notifiedAt: string | null;
  supersededAt: string | null;
}

/** An admitted application the operator leaves out of the ranking, with the reason. */
export interface RankingExclusionsTable {
  applicationId: number;
  reason: string;
  excludedBy: number | null;
  excludedAt: string;
}

export interface AppealsTable {
  id: Generated<number>;
  applicationId: number;
  decisionId: number;
  filedBy: number | null;
  reasons: string;
  filedAt: string;
  state: AppealState;
  resolution: string | null;
  resolvedBy: number | null;
  resolvedAt: string | null;
  reassessmentTaskId: number | null;
  /** The score sheet the appeal disputes (the applicant names the expert by number). */
  disputedTaskId: Generated<number | null>;
}
