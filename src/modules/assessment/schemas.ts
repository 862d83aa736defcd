import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { MIN_APPEAL_LENGTH } from './appeals.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Id = Type.Integer({ minimum: 1 });

export const IdParams = Type.Object({ id: Id });
export type IdParams = Static<typeof IdParams>;

export const TaskStateSchema = Type.Union(
  ['assigned', 'declared', 'submitted', 'conflict', 'replaced'].map((state) => Type.Literal(state)),
  { description: 'assigned → declared (no conflict) → submitted; or conflict (the slot is freed)' },
);

export const Task = Type.Object({
  id: Id,
  application_id: Id,
  stage: Type.Union([Type.Literal('stage1'), Type.Literal('panel')]),
  state: TaskStateSchema,
  cluster_name: Type.String({
    description: 'Shown before the declaration, so the expert can judge a conflict',
  }),
  receipt_number: Nullable(Type.String()),
  round_name: Type.String(),
  assigned_at: Type.String({ format: 'date-time' }),
  due_at: Nullable(Type.String({ format: 'date-time' })),
  submitted_at: Nullable(Type.String({ format: 'date-time' })),
});
export const TaskList = Type.Object({ items: Type.Array(Task) });

export const DeclarationBody = Type.Object({
  conflict: Type.Boolean({
    description: 'true: I have a conflict of interest (the slot is given to another expert)',
  }),
  confidentiality: Type.Optional(
    Type.Boolean({
      description: 'Required true with conflict=false: the statement of impartiality and confidentiality',
    }),
  ),
  reason: Type.Optional(
    Type.String({
      maxLength: 2000,
      description: 'What the conflict is; required (not blank) with conflict=true',
    }),
  ),
});
export type DeclarationBody = Static<typeof DeclarationBody>;
export const DeclarationResult = Type.Object({ task_id: Id, state: TaskStateSchema });

export const ScoreLine = Type.Object({
  criterion: Type.String({ maxLength: 40, description: 'A criterion code of the task’s application' }),
  points: Nullable(
    Type.Integer({
      minimum: 0,
      description: 'Whole points up to the criterion’s max_points (GET /api/v1/assignments/{id}/application)',
    }),
  ),
  justification: Type.String({
    maxLength: 20000,
    description: 'On submission at least min_justification_length characters (the round’s rules)',
  }),
});
export const ScoreSheetBody = Type.Object({ scores: Type.Array(ScoreLine, { maxItems: 60 }) });
export type ScoreSheetBody = Static<typeof ScoreSheetBody>;
export const ScoreSheet = Type.Object({
  task_id: Id,
  state: TaskStateSchema,
  scores: Type.Array(ScoreLine),
});

export const ApplicationView = Type.Object({
  application_id: Id,
  cluster_name: Type.String(),
  receipt_number: Nullable(Type.String()),
  snapshot: Type.Unknown({ description: 'The submitted application as frozen at submission' }),
  criteria: Type.Array(
    Type.Object({
      code: Type.String(),
      area: Type.String(),
      name: Type.String(),
      guidance: Type.String(),
      max_points: Type.Integer(),
    }),
  ),
  min_justification_length: Type.Integer(),
});

export const ScoresQuery = Type.Object({ application_id: Id });
export type ScoresQuery = Static<typeof ScoresQuery>;
export const ApplicationScores = Type.Object({
  application_id: Id,
  experts: Type.Array(
    Type.Object({
      label: Type.String({ description: '"Expert 1", "Expert 2"… — names only for operators' }),
      expert_id: Nullable(Id),
      total: Type.Number(),
      scores: Type.Array(
        Type.Object({ criterion: Type.String(), points: Type.Integer(), justification: Type.String() }),
      ),
    }),
  ),
  mean: Type.Number(),
  spread: Type.Number(),
  divergent: Type.Boolean(),
});

export const InterestBody = Type.Object({
  nip: Type.Optional(
    Type.String({ maxLength: 20, description: "An organisation's NIP (10 digits with a valid checksum)" }),
  ),
  cluster_id: Type.Optional(Id),
  note: Type.Optional(Type.String({ maxLength: 500 })),
});
export type InterestBody = Static<typeof InterestBody>;
export const Interest = Type.Object({
  id: Id,
  nip: Nullable(Type.String()),
  cluster_id: Nullable(Id),
  cluster_name: Nullable(Type.String()),
  note: Nullable(Type.String()),
});
export const InterestList = Type.Object({ items: Type.Array(Interest) });

export const ManualAssignmentBody = Type.Object({
  application_id: Id,
  expert_ids: Type.Array(Id, { minItems: 1, maxItems: 10 }),
  reason: Type.Optional(
    Type.Union([Type.Literal('initial'), Type.Literal('divergence')], {
      description: 'divergence: one more expert because the scores diverge (asked again by the operator)',
    }),
  ),
});
export type ManualAssignmentBody = Static<typeof ManualAssignmentBody>;
export const CreatedTasks = Type.Object({ task_ids: Type.Array(Id) });
export const AutoAssignmentResult = Type.Object({
  assignments: Type.Array(Type.Object({ application_id: Id, expert_id: Id })),
  required: Type.Integer({ minimum: 0, description: 'Free expert slots before this run' }),
  assigned: Type.Integer({ minimum: 0, description: 'Slots this run filled' }),
  experts_needed: Type.Integer({
    minimum: 0,
    description:
      'More experts who can act now the round needs to fill every slot left open; 0 when none is left',
  }),
  message: Type.String({
    description: 'The outcome in words, e.g. "Assigned 1 of 2 required; 1 more expert needed …"',
  }),
});

export const ReasonBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 2000 }) });
export type ReasonBody = Static<typeof ReasonBody>;

export const PanelMemberBody = Type.Object({ expert_id: Id });
export type PanelMemberBody = Static<typeof PanelMemberBody>;
export const PresentationBody = Type.Object({
  starts_at: Type.String({
    pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$',
    description: 'Warsaw wall-clock date and time, e.g. 2026-12-10T10:30',
  }),
  place: Type.Optional(Type.String({ maxLength: 300, description: 'A place, or online_url, or both' })),
  online_url: Type.Optional(
    Type.String({ maxLength: 500, pattern: '^(\\s*https://\\S+\\s*)?$', description: 'https:// only' }),
  ),
});
export type PresentationBody = Static<typeof PresentationBody>;
export const Presentation = Type.Object({
  application_id: Id,
  starts_at: Type.String({ format: 'date-time' }),
});
export const ConsensusBody = Type.Object({
  points: Type.Record(Type.String(), Type.Integer({ minimum: 0 }), {
    description: 'Every panel criterion’s code → whole points up to its maximum',
  }),
  comment: Type.String({ minLength: 1, maxLength: 20000 }),
});
export type ConsensusBody = Static<typeof ConsensusBody>;

export const RankingRowSchema = Type.Object({
  position: Type.Integer(),
  application_id: Id,
  cluster_name: Type.String(),
  receipt_number: Nullable(Type.String()),
  state: Type.String(),
  experts: Type.Integer(),
  stage1: Type.Number({ description: 'Mean of the experts’ stage-1 totals' }),
  panel: Nullable(Type.Number({ description: 'The panel’s consensus total' })),
  total: Type.Number(),
  areas: Type.Record(Type.String(), Type.Number()),
  meets_final_threshold: Type.Boolean(),
  meets_area_minima: Type.Boolean(),
  ranked: Type.Boolean({ description: 'Has a panel consensus' }),
  recommended: Type.Boolean(),
});
export const RankingQuery = Type.Object({
  page: Type.Integer({ minimum: 1, default: 1 }),
  per_page: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
});
export type RankingQuery = Static<typeof RankingQuery>;
export const Ranking = Type.Object({
  round_id: Id,
  provisional: Type.Boolean({
    description:
      'true until the operator confirms the ranking (the call closed, every admitted application assessed or excluded); decisions need it confirmed',
  }),
  confirmed_at: Nullable(Type.String({ format: 'date-time' })),
  thresholds: Type.Object({ stage1: Type.Number(), final: Type.Number() }),
  total: Type.Integer({ description: 'Applications with a stage-1 result' }),
  page: Type.Integer(),
  per_page: Type.Integer(),
  items: Type.Array(RankingRowSchema),
});
export const RankingExclusionBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 2000, description: 'Why it is left out (audited)' }) },
  { additionalProperties: false },
);
export type RankingExclusionBody = Static<typeof RankingExclusionBody>;
export const RankingConfirmation = Type.Object({
  recommended: Type.Array(Id),
  not_recommended: Type.Array(Id),
});

export const DecisionBody = Type.Object({
  application_id: Id,
  outcome: Type.Union([Type.Literal('granted'), Type.Literal('refused')]),
  document_number: Type.String({ minLength: 1, maxLength: 100 }),
  document_date: Type.String({ format: 'date', description: 'YYYY-MM-DD' }),
});
export type DecisionBody = Static<typeof DecisionBody>;
export const DecisionResult = Type.Object({
  decision_id: Id,
  status_id: Nullable(Id),
  verification_code: Nullable(Type.String()),
  valid_until: Nullable(Type.String({ format: 'date' })),
});

export const AppealBody = Type.Object({
  application_id: Id,
  reasons: Type.String({
    minLength: MIN_APPEAL_LENGTH,
    maxLength: 20000,
    description: `At least ${MIN_APPEAL_LENGTH} characters, not counting spaces at either end`,
  }),
  disputed_expert: Type.Optional(
    Type.Integer({
      minimum: 1,
      description:
        'The number of the expert whose score is disputed, as /results shows it (“Ekspert 2” → 2); a re-assessment replaces that score unless the round’s rules say `appeals.reassessment: addExpert`. Without it, the lowest total is taken as disputed.',
    }),
  ),
});
export type AppealBody = Static<typeof AppealBody>;
export const AppealCreated = Type.Object({ appeal_id: Id });
export const AppealResolutionBody = Type.Object({
  outcome: Type.Union([Type.Literal('dismissed'), Type.Literal('reassessment')]),
  resolution: Type.String({ minLength: 1, maxLength: 20000 }),
  expert_id: Type.Optional(Id),
});
export type AppealResolutionBody = Static<typeof AppealResolutionBody>;
export const AppealResolved = Type.Object({ task_id: Nullable(Id) });

export const Results = Type.Object({
  application_id: Id,
  cluster_name: Type.String(),
  state: Type.String(),
  criteria: Type.Array(
    Type.Object({
      code: Type.String(),
      stage: Type.String(),
      max_points: Type.Integer(),
      mean: Nullable(Type.Number()),
      consensus: Nullable(Type.Number()),
    }),
  ),
  experts: Type.Array(
    Type.Object({
      label: Type.String({ description: 'Experts by number only; never their names' }),
      total: Type.Number(),
      scores: Type.Array(
        Type.Object({ criterion: Type.String(), points: Type.Integer(), justification: Type.String() }),
      ),
    }),
  ),
  stage1_mean: Type.Number(),
  panel: Nullable(Type.Object({ comment: Type.String(), total: Type.Number() })),
  total: Type.Number(),
  decision: Nullable(
    Type.Object({
      outcome: Type.String(),
      document_number: Type.String(),
      document_date: Type.String(),
      valid_until: Nullable(Type.String()),
    }),
  ),
  appeal_until: Nullable(Type.String({ format: 'date-time' })),
  appeal: Nullable(
    Type.Object(
      { id: Id, state: Type.String(), resolution: Nullable(Type.String()) },
      { description: 'The application’s latest appeal (of this or an earlier decision)' },
    ),
  ),
  appeals: Type.Array(
    Type.Object({
      id: Id,
      state: Type.String({ description: 'filed, dismissed or reassessment' }),
      reasons: Type.String(),
      filed_at: Type.String({ format: 'date-time' }),
      resolution: Nullable(Type.String()),
      resolved_at: Nullable(Type.String({ format: 'date-time' })),
      decision: Type.Object({
        outcome: Type.String(),
        document_number: Type.String(),
        superseded: Type.Boolean(),
      }),
    }),
    { description: 'Every appeal of the application and its outcome, oldest first' },
  ),
  final: Type.Boolean({
    description:
      'true when no (further) appeal is possible: by default the decision after a re-assessment is final',
  }),
});

export const Progress = Type.Object({
  experts: Type.Array(
    Type.Object({
      expert_id: Id,
      name: Type.String(),
      assigned: Type.Integer(),
      declared: Type.Integer(),
      submitted: Type.Integer(),
      conflicts: Type.Integer(),
      next_due_at: Nullable(Type.String({ format: 'date-time' })),
    }),
  ),
  applications: Type.Array(
    Type.Object({
      application_id: Id,
      cluster_name: Type.String(),
      state: Type.String(),
      experts: Type.Integer({ description: 'Experts holding a slot (conflicts excluded)' }),
      submitted: Type.Integer(),
      mean: Nullable(Type.Number()),
      spread: Nullable(Type.Number()),
      divergent: Type.Boolean(),
      criteria: Type.Array(
        Type.Object({
          code: Type.String(),
          mean: Type.Number(),
          spread: Type.Number(),
          points: Type.Array(Type.Integer()),
        }),
      ),
    }),
  ),
});
