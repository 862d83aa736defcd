import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import type { CriterionKind, EntryCriterion } from './tables.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** The criteria the questionnaire asks now, in their order. */
export function activeCriteria(db: Db): Promise<EntryCriterion[]> {
  return db
    .selectFrom('entryCriteria')
    .selectAll()
    .where('active', '=', 1)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

/** Every criterion, inactive ones included, for the operator's page. */
export function allCriteria(db: Db): Promise<EntryCriterion[]> {
  return db.selectFrom('entryCriteria').selectAll().orderBy('position').orderBy('id').execute();
}

export function findCriterion(db: Db, id: number): Promise<EntryCriterion | undefined> {
  return db.selectFrom('entryCriteria').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface CriterionInput {
  code: string;
  kind: CriterionKind;
  minimum: number | null;
  questionPl: string;
  questionEn: string;
  helpPl: string | null;
  helpEn: string | null;
  position: number;
  active: boolean;
}

export type CriterionErrors = Partial<Record<keyof CriterionInput, CriterionMessage>>;
type CriterionMessage =
  | 'registration.criteria.codeInvalid'
  | 'registration.criteria.codeTaken'
  | 'registration.criteria.kindInvalid'
  | 'registration.criteria.minimumInvalid'
  | 'registration.criteria.questionRequired'
  | 'registration.criteria.positionInvalid';

const CODE = /^[a-z][a-z0-9_]{1,39}$/;
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** Reads the operator's criterion form (Polish field names) into values to keep and an input to save. */
export function readCriterionForm(body: Record<string, unknown>): {
  values: Record<string, string>;
  input: CriterionInput;
  errors: CriterionErrors;
} {
  const values = {
    code: text(body.kod),
    kind: text(body.rodzaj),
    minimum: text(body.minimum),
    questionPl: text(body.pytanie_pl),
    questionEn: text(body.pytanie_en),
    helpPl: text(body.pomoc_pl),
    helpEn: text(body.pomoc_en),
    position: text(body.kolejnosc),
    active: text(body.aktywne) === 'tak' ? 'tak' : 'nie',
  };
  const errors: CriterionErrors = {};
  if (!CODE.test(values.code)) errors.code = 'registration.criteria.codeInvalid';
  const kind = values.kind === 'number' ? 'number' : values.kind === 'yes_no' ? 'yes_no' : null;
  if (!kind) errors.kind = 'registration.criteria.kindInvalid';
  const minimum = /^\d{1,6}$/.test(values.minimum) ? Number(values.minimum) : null;
  if (kind === 'number' && minimum === null) errors.minimum = 'registration.criteria.minimumInvalid';
  if (!values.questionPl || values.questionPl.length > 500)
    errors.questionPl = 'registration.criteria.questionRequired';
  if (!values.questionEn || values.questionEn.length > 500)
    errors.questionEn = 'registration.criteria.questionRequired';
  const position = /^\d{1,5}$/.test(values.position) ? Number(values.position) : null;
  if (position === null) errors.position = 'registration.criteria.positionInvalid';
  return {
    values,
    errors,
    input: {
      code: values.code,
      kind: kind ?? 'yes_no',
      minimum: kind === 'number' ? minimum : null,
      questionPl: values.questionPl,
      questionEn: values.questionEn,
      helpPl: values.helpPl || null,
      helpEn: values.helpEn || null,
      position: position ?? 0,
      active: values.active === 'tak',
    },
  };
}

/** Adds a criterion, or changes one (id given); the code stays unique. Returns the id, or null when the code is taken. */
export async function criterionSaver(
  trx: Transaction<Database>,
  props: { id?: number; input: CriterionInput; now: string },
): Promise<number | null> {
  const { input, now } = props;
  let taken = trx.selectFrom('entryCriteria').select('id').where('code', '=', input.code);
  if (props.id !== undefined) taken = taken.where('id', '!=', props.id);
  if (await taken.executeTakeFirst()) return null;
  const row = { ...input, active: input.active ? 1 : 0, updatedAt: now };
  if (props.id !== undefined) {
    await trx.updateTable('entryCriteria').set(row).where('id', '=', props.id).execute();
    return props.id;
  }
  const created = await trx
    .insertInto('entryCriteria')
    .values({ ...row, createdAt: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return created.id;
}
