/** Why the competition refused a request; each has a message `competition.problem.<code>` in pl and en. */
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

export class CompetitionError extends Error {
  override name = 'CompetitionError';
  constructor(
    readonly problem: CompetitionProblem,
    /** Field name → a problem code of that field (message `competition.field.<code>`). */
    readonly fields: Record<string, string> = {},
    /** Eligibility reasons and the like, each a message key suffix with params. */
    readonly reasons: Reason[] = [],
  ) {
    super(problem);
  }
}

export interface Reason {
  code: string;
  params?: Record<string, string | number>;
}
