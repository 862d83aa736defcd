import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as polish from '@zxcvbn-ts/language-pl';
import { MIN_PASSWORD_LENGTH } from './passwords.ts';

// Common passwords and Polish words (names, places, everyday words) count as easy to guess.
const estimator = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...polish.dictionary },
  graphs: common.adjacencyGraphs,
});

/** zxcvbn's score from 0 (guessed at once) to 4; 3 means "safely unguessable" for online attacks. */
const MIN_SCORE = 3;

export type PasswordProblem = 'tooShort' | 'tooLong' | 'tooWeak';

/** Why a new password is not acceptable, or null. The person's own e-mail and name count against it. */
export function passwordProblem(password: string, personal: string[] = []): PasswordProblem | null {
  if (password.length < MIN_PASSWORD_LENGTH) return 'tooShort';
  if (password.length > 200) return 'tooLong';
  const inputs = personal
    .flatMap((value) => value.toLowerCase().split(/[@.\s]+/))
    .filter((part) => part.length > 2);
  return estimator.check(password, inputs).score < MIN_SCORE ? 'tooWeak' : null;
}
