import {
  DomainError,
  type DomainErrorKind,
  type Message,
  VALIDATION_FAILED,
} from '../../platform/domainError.ts';
import type { Locale } from '../../platform/time.ts';
import type { MessageKey } from '../../ui/i18n/messages.ts';
import { competition } from '../../ui/i18n/pl/competition.ts';

/** Why the competition refused a request; each has a message `competition.refusal.<code>` in pl and en. */
export type CompetitionProblem =
  | 'invalid'
  | 'not_found'
  | 'rules_frozen'
  | 'round_not_open'
  | 'round_closed'
  | 'cluster_not_published'
  | 'already_applied'
  | 'not_editable'
  | 'not_eligible'
  | 'already_submitted'
  | 'not_withdrawable'
  | 'not_in_formal_check'
  | 'correction_window_closed'
  | 'field_not_requested'
  | 'duplicate_round_number';

/** Which kind of refusal each problem is; the one error mapper turns the kind into a status. */
const KIND: Record<CompetitionProblem, DomainErrorKind> = {
  invalid: 'invalid',
  not_found: 'not_found',
  rules_frozen: 'conflict',
  round_not_open: 'conflict',
  round_closed: 'conflict',
  cluster_not_published: 'conflict',
  already_applied: 'conflict',
  not_editable: 'conflict',
  not_eligible: 'unprocessable',
  already_submitted: 'conflict',
  not_withdrawable: 'conflict',
  not_in_formal_check: 'conflict',
  correction_window_closed: 'conflict',
  field_not_requested: 'conflict',
  duplicate_round_number: 'conflict',
};

export interface Reason {
  code: string;
  params?: Record<string, string | number>;
}

function isMessage(key: string): key is MessageKey {
  return Object.hasOwn(competition, key);
}

/** A field's problem code as a message; rule-editor problems come as English sentences. */
export function fieldProblem(problem: string): Message {
  const key = `competition.problem.${problem}`;
  return isMessage(key) ? { key } : { key: 'competition.problem.rules', params: { message: problem } };
}

/** An eligibility reason as a message; an attachment's name comes in both languages, shown in one. */
export function reasonProblem(
  reason: Reason,
  locale: Locale,
): { code: string; key: MessageKey; params: Record<string, string | number> } {
  const params = { ...reason.params };
  if ('namePl' in params) params.name = String(locale === 'en' ? params.nameEn : params.namePl);
  return { code: reason.code, key: `competition.reason.${reason.code}` as MessageKey, params };
}

/**
 * The competition's refusal as the one domain error: field problems are codes of
 * `competition.problem.<code>`, reasons are eligibility reasons in the given language.
 */
export function refusal(
  problem: CompetitionProblem,
  fields: Record<string, string> = {},
  reasons: Reason[] = [],
  locale: Locale = 'pl',
): DomainError {
  return new DomainError(
    KIND[problem],
    problem === 'invalid' ? VALIDATION_FAILED : problem,
    `competition.refusal.${problem}` as MessageKey,
    {
      fields,
      reasons: reasons.map((reason) => reasonProblem(reason, locale)),
      messageOfCode: fieldProblem,
    },
  );
}

/** Whether an error is the competition's refusal of the given problem. */
export function isRefusal(error: unknown, problem: CompetitionProblem): boolean {
  const code = problem === 'invalid' ? VALIDATION_FAILED : problem;
  return error instanceof DomainError && error.code === code;
}
