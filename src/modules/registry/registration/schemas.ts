import { type Static, Type } from '@sinclair/typebox';
import { MAX_CRITERION_ANSWER } from './questionnaire.ts';
import {
  LIST_FIELDS,
  LONG_TEXT_FIELDS,
  MAX_LONG_TEXT,
  MAX_SHORT_TEXT,
  TEXT_FIELDS,
} from './registrationForm.ts';
import { REGISTRATION_STATES } from './workflow.ts';

/** camelCase form field → the snake_case name on the wire. */
export function wireName(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

const textProperties = Object.fromEntries(
  TEXT_FIELDS.map((field) => [
    wireName(field),
    Type.String({ maxLength: LONG_TEXT_FIELDS.has(field) ? MAX_LONG_TEXT : MAX_SHORT_TEXT }),
  ]),
);
const listProperties = Object.fromEntries(
  LIST_FIELDS.map((field) => [
    wireName(field),
    Type.Array(Type.String({ maxLength: 40 }), { maxItems: 100 }),
  ]),
);

const formDescription =
  'The registration form. Dates are YYYY-MM-DD; industries, kis and regions are codes of the controlled lists ' +
  '(regions and coordinator_voivodeship are TERYT voivodeship codes); NIP, REGON and KRS are checked by their checksum or format.';

export const RegistrationForm = Type.Object(
  {
    ...Object.fromEntries(
      Object.entries(textProperties).map(([key, schema]) => [key, Type.Optional(schema)]),
    ),
    ...Object.fromEntries(
      Object.entries(listProperties).map(([key, schema]) => [key, Type.Optional(schema)]),
    ),
  },
  {
    additionalProperties: false,
    title: 'RegistrationForm',
    description: `${formDescription} Fields left out keep their value.`,
  },
);
export type RegistrationForm = Static<typeof RegistrationForm>;

export const RegistrationFormValues = Type.Object(
  { ...textProperties, ...listProperties },
  { title: 'RegistrationFormValues', description: formDescription },
);

export const QuestionnaireRequest = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200, description: 'The cluster’s name' }),
    answers: Type.Record(
      Type.String(),
      // The number first: with type coercion on, a 1 would otherwise become true (and fail a number criterion).
      Type.Union([Type.Integer({ minimum: 0, maximum: MAX_CRITERION_ANSWER }), Type.Boolean()]),
      {
        description:
          'By criterion code (GET /api/v1/registrations/criteria lists them): true/false for yes-no criteria, a whole number for number criteria',
      },
    ),
  },
  { additionalProperties: false },
);
export type QuestionnaireRequest = Static<typeof QuestionnaireRequest>;

const Unmet = Type.Object({
  code: Type.String(),
  question: Type.String(),
  reason: Type.Union([Type.Literal('answeredNo'), Type.Literal('belowMinimum')]),
  message: Type.String(),
  answer: Type.Integer(),
  minimum: Type.Union([Type.Integer(), Type.Null()]),
});

export const Registration = Type.Object(
  {
    id: Type.Integer(),
    status: Type.Union(REGISTRATION_STATES.map((state) => Type.Literal(state))),
    slug: Type.String(),
    form: RegistrationFormValues,
    has_logo: Type.Boolean(),
    submitted_at: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    answers: Type.Array(
      Type.Object({ code: Type.String(), question: Type.String(), answer: Type.Integer() }),
    ),
    decisions: Type.Array(
      Type.Object({
        decision: Type.String(),
        comment: Type.Union([Type.String(), Type.Null()]),
        decided_at: Type.String({ format: 'date-time' }),
      }),
      { description: 'The operator’s decisions, newest first' },
    ),
    links: Type.Object({ form: Type.String(), profile: Type.Union([Type.String(), Type.Null()]) }),
  },
  { title: 'Registration' },
);

export const QuestionnaireResult = Type.Object(
  {
    passed: Type.Boolean(),
    unmet: Type.Array(Unmet, { description: 'Every criterion not met, with its reason (empty when passed)' }),
    registration: Type.Optional(Registration),
  },
  { title: 'QuestionnaireResult' },
);

export const RegistrationParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
export type RegistrationParams = Static<typeof RegistrationParams>;

export const DecisionRequest = Type.Object(
  {
    comment: Type.Optional(Type.String({ maxLength: 5000, description: 'Required to return or reject' })),
    coordinator_choices: Type.Optional(
      Type.Object(
        Object.fromEntries(
          ['name', 'legal_form', 'nip', 'regon', 'krs', 'address', 'city', 'voivodeship'].map((field) => [
            field,
            Type.Optional(Type.Union([Type.Literal('typed'), Type.Literal('stored')])),
          ]),
        ),
        {
          additionalProperties: false,
          description:
            'Approve only, when the typed identifiers match an organisation already known: per field where the typed and stored facts differ, keep the stored value or take the typed one (400 names each field without a choice). Empty stored facts are filled from the form.',
        },
      ),
    ),
  },
  { additionalProperties: false },
);
export type DecisionRequest = Static<typeof DecisionRequest>;
