import { type Static, type TSchema, Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { apiErrors } from '../../../errors.ts';
import { activeCriteria } from './criteria.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const EntryCriterion = Type.Object(
  {
    code: Type.String({ description: 'The key of its answer in POST /api/v1/registrations/questionnaire' }),
    kind: Type.Union([Type.Literal('yes_no'), Type.Literal('number')], {
      description: 'yes_no: answer true or false (met by true); number: a whole number',
    }),
    minimum: Nullable(Type.Integer({ description: 'number criteria: the smallest answer that meets it' })),
    question: Type.String({ description: 'In the language of Accept-Language' }),
    question_pl: Type.String(),
    question_en: Type.String(),
    help: Nullable(Type.String({ description: 'In the language of Accept-Language' })),
  },
  { title: 'EntryCriterion' },
);
export const EntryCriterionList = Type.Object({
  items: Type.Array(EntryCriterion, { description: 'In the questionnaire’s order' }),
});
type EntryCriterionList = Static<typeof EntryCriterionList>;

/** The registration questionnaire's criteria, so a script knows which answers to send. */
export default async function registrationCriteriaApi(app: FastifyInstance): Promise<void> {
  app.get(
    '/api/v1/registrations/criteria',
    {
      config: { access: 'public' },
      schema: {
        tags: ['registration'],
        summary: 'The entry criteria the registration questionnaire asks',
        description:
          'Every active criterion with its code, kind and minimum: POST /api/v1/registrations/questionnaire takes one answer per code.',
        response: { 200: EntryCriterionList, ...apiErrors(400) },
      },
    },
    async (request): Promise<EntryCriterionList> => {
      const en = request.locale === 'en';
      const criteria = await activeCriteria(app.db);
      return {
        items: criteria.map((criterion) => ({
          code: criterion.code,
          kind: criterion.kind,
          minimum: criterion.kind === 'number' ? criterion.minimum : null,
          question: en ? criterion.questionEn : criterion.questionPl,
          question_pl: criterion.questionPl,
          question_en: criterion.questionEn,
          help: (en ? criterion.helpEn : criterion.helpPl) ?? null,
        })),
      };
    },
  );
}
