import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { FORM_FIELDS } from './applicationForm.ts';
import { APPLICATION_STATES } from './applicationStates.ts';
import { CompetitionRulesSchema, RULE_TEMPLATES } from './rules.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Instant = Type.String({
  format: 'date-time',
  description: 'A UTC instant (ISO 8601); shown in Europe/Warsaw',
});
const Id = Type.Integer({ minimum: 1 });

export const IdParams = Type.Object({ id: Id });
export type IdParams = Static<typeof IdParams>;
export const AttachmentParams = Type.Object({
  id: Id,
  code: Type.String({ pattern: '^[A-Za-z0-9_-]{1,20}$' }),
});
export type AttachmentParams = Static<typeof AttachmentParams>;

export const RoundBody = Type.Object(
  {
    programme_id: Id,
    number: Type.Integer({ minimum: 1, maximum: 999 }),
    name_pl: Type.String({ minLength: 1, maxLength: 200, description: 'Not blank' }),
    name_en: Type.String({ minLength: 1, maxLength: 200, description: 'Not blank' }),
    description_pl: Type.Optional(Type.String({ maxLength: 10000 })),
    description_en: Type.Optional(Type.String({ maxLength: 10000 })),
    opens_at: Instant,
    closes_at: Type.String({
      format: 'date-time',
      description: 'Inclusive: a submission at this very instant is accepted',
    }),
    closes_at_reason: Type.Optional(
      Type.String({
        maxLength: 2000,
        description:
          'Required when an open round’s closes_at is extended (audited, mailed to every team with a draft); an open round’s closes_at is never moved earlier',
      }),
    ),
    formal_check_due_at: Type.Optional(Nullable(Instant)),
    assessment_due_at: Type.Optional(Nullable(Instant)),
    panel_due_at: Type.Optional(Nullable(Instant)),
    decision_due_at: Type.Optional(Nullable(Instant)),
    template: Type.Optional(
      Type.Union(
        Object.keys(RULE_TEMPLATES).map((name) => Type.Literal(name)),
        { description: 'Start from a shipped template; `rules` given as well wins' },
      ),
    ),
    rules: Type.Optional(
      Type.Unknown({ description: 'CompetitionRules (see the Round schema); validated with field paths' }),
    ),
  },
  { additionalProperties: false },
);
export type RoundBody = Static<typeof RoundBody>;

export const Round = Type.Object(
  {
    id: Id,
    programme: Type.String({ description: 'Programme code, e.g. kkk' }),
    number: Type.Integer(),
    name_pl: Type.String(),
    name_en: Type.String(),
    description_pl: Type.String(),
    description_en: Type.String(),
    opens_at: Instant,
    closes_at: Instant,
    formal_check_due_at: Nullable(Instant),
    assessment_due_at: Nullable(Instant),
    panel_due_at: Nullable(Instant),
    decision_due_at: Nullable(Instant),
    phase: Type.Union([Type.Literal('upcoming'), Type.Literal('open'), Type.Literal('closed')]),
    published: Type.Boolean(),
    rules_frozen: Type.Boolean({ description: 'true once the round has opened' }),
    rules: CompetitionRulesSchema,
  },
  { title: 'Round' },
);
export const RoundList = Type.Object({ items: Type.Array(Round) });

export const ApplicationCreate = Type.Object(
  {
    round_id: Id,
    cluster_id: Type.Optional(
      Type.Integer({ minimum: 1, description: 'The cluster’s id (GET /api/v1/clusters lists it)' }),
    ),
    cluster_slug: Type.Optional(
      Type.String({
        pattern: '^[a-z0-9-]{1,80}$',
        description:
          'Or the cluster’s slug, as in /klastry/{slug}; one of cluster_id and cluster_slug is required',
      }),
    ),
  },
  { additionalProperties: false },
);
export type ApplicationCreate = Static<typeof ApplicationCreate>;

export const AnswersBody = Type.Object(
  {
    answers: Type.Partial(
      Type.Object(
        Object.fromEntries(
          FORM_FIELDS.map((spec) => [
            spec.name,
            // A draft keeps a value up to twice the limit (reported in `problems`); submission needs the limit.
            Type.String({
              maxLength: spec.maxLength * 2,
              description: `${spec.kind}${spec.required ? ', required to submit' : ''}; at most ${spec.maxLength} characters to submit`,
            }),
          ]),
        ),
      ),
      { additionalProperties: false, description: 'Typed values, kept even when a value has a problem' },
    ),
  },
  { additionalProperties: false },
);
export type AnswersBody = Static<typeof AnswersBody>;

const Attachment = Type.Object({
  id: Id,
  code: Type.String(),
  file_name: Type.String(),
  size_bytes: Type.Integer(),
  sha256: Type.String(),
});

export const Application = Type.Object(
  {
    id: Id,
    round_id: Id,
    cluster_id: Id,
    kind: Type.Union([Type.Literal('new'), Type.Literal('renewal')]),
    state: Type.Union(APPLICATION_STATES.map((state) => Type.Literal(state))),
    receipt_number: Nullable(Type.String()),
    submitted_at: Nullable(Instant),
    snapshot_sha256: Nullable(Type.String()),
    snapshot_version: Type.Integer(),
    answers: Type.Record(Type.String(), Type.String()),
    problems: Type.Record(Type.String(), Type.String(), {
      description: 'Field → problem code, for the draft',
    }),
    attachments: Type.Array(Attachment),
  },
  { title: 'Application' },
);

export const ApplicationSummaryList = Type.Object(
  {
    items: Type.Array(
      Type.Object({
        id: Id,
        round_id: Id,
        round_name: Type.String(),
        cluster_id: Id,
        cluster_name: Type.String(),
        kind: Type.Union([Type.Literal('new'), Type.Literal('renewal')]),
        state: Type.Union(APPLICATION_STATES.map((state) => Type.Literal(state))),
        receipt_number: Nullable(Type.String()),
        submitted_at: Nullable(Instant),
        updated_at: Instant,
      }),
    ),
  },
  { title: 'ApplicationSummaryList' },
);

export const SubmitBody = Type.Object(
  {
    declaration: Type.Boolean({
      description:
        'true: the applicant declares the data true and up to date and that they may act for the cluster; without it the submission is refused (400, field declaration)',
    }),
  },
  { title: 'Submission' },
);

export const Receipt = Type.Object(
  {
    application_id: Id,
    receipt_number: Type.String(),
    submitted_at: Instant,
    sha256: Type.String(),
    version: Type.Integer(),
  },
  { title: 'Receipt' },
);

export const FormalCheckBody = Type.Object(
  {
    decision: Type.Union([Type.Literal('accepted'), Type.Literal('rejected'), Type.Literal('corrections')]),
    comment: Type.Optional(Type.String({ maxLength: 5000 })),
    confirmed: Type.Optional(
      Type.Array(Type.String(), {
        description:
          'Checklist keys found met (GET …/formal-checks lists them); unknown keys are refused, and accepting needs every key',
      }),
    ),
    correction_fields: Type.Optional(Type.Array(Type.String())),
    correction_attachments: Type.Optional(Type.Array(Type.String())),
  },
  { additionalProperties: false },
);
export type FormalCheckBody = Static<typeof FormalCheckBody>;
export const ChecklistEntry = Type.Object({
  key: Type.String({
    description: "e.g. 'eligibility:minMembers', 'attachment:strategy', 'complete:employment'",
  }),
  kind: Type.Union([Type.Literal('eligibility'), Type.Literal('attachment'), Type.Literal('completeness')]),
  required: Type.String(),
  actual: Type.String(),
  met: Type.Boolean({ description: 'What the submitted data says on its own' }),
  confirmed: Type.Boolean({ description: 'Ticked by the operator' }),
});
export const FormalCheckResult = Type.Object({
  state: Type.String(),
  corrections_due_at: Nullable(Instant),
  checklist: Type.Array(ChecklistEntry),
});
export const FormalChecks = Type.Object({
  state: Type.String(),
  checklist: Type.Array(ChecklistEntry, {
    description: "The round's checklist for the submitted version, ticked as the data says",
  }),
  checks: Type.Array(
    Type.Object({
      decision: Type.String(),
      decided_at: Instant,
      snapshot_version: Type.Integer(),
      reasons: Type.String(),
      checklist: Type.Array(ChecklistEntry, { description: 'As the operator confirmed it' }),
    }),
  ),
});
