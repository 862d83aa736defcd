import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import type { Translate } from '../../../ui/i18n/messages.ts';
import { krsProblem, nipProblem, regonProblem } from '../validation/identifiers.ts';
import { organisationsWithIdentifiers } from './queries.ts';
import type { CoordinatorColumns } from './tables.ts';

/** The coordinator's identifiers as an operator checks them: each one's validity, and organisations already known. */
export async function identifierChecks(db: Kysely<Database>, coordinator: CoordinatorColumns, t: Translate) {
  const checks = [
    { label: 'NIP', value: coordinator.coordinatorNip, problem: nipProblem },
    { label: 'REGON', value: coordinator.coordinatorRegon, problem: regonProblem },
    { label: 'KRS', value: coordinator.coordinatorKrs, problem: krsProblem },
  ].map(({ label, value, problem }) => {
    const found = value ? problem(value) : null;
    return {
      label,
      value: value ?? '',
      ok: Boolean(value) && found === null,
      text: !value ? t('registration.review.notGiven') : found ? t(found) : t('registration.review.valid'),
    };
  });
  const existing = await organisationsWithIdentifiers(db, {
    nip: coordinator.coordinatorNip,
    regon: coordinator.coordinatorRegon,
    krs: coordinator.coordinatorKrs,
  });
  return { checks, existing };
}
