import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { MIN_PASSWORD_LENGTH } from './passwords.ts';

/** zxcvbn's score from 0 (guessed at once) to 4; 3 means "safely unguessable" for online attacks. */
const MIN_SCORE = 3;

export type PasswordProblem = 'tooShort' | 'tooLong' | 'tooWeak';

let estimator: Promise<ZxcvbnFactory> | undefined;

/**
 * Common passwords and Polish words (names, places, everyday words) count as easy to guess. The word
 * lists take about 40 MB in memory, so they are loaded when the first new password is checked.
 */
function passwordEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common, polish] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-pl'),
    ]);
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...polish.dictionary },
      graphs: common.adjacencyGraphs,
    });
  })();
  return estimator;
}

/** Why a new password is not acceptable, or null. The person's own e-mail and name count against it. */
export async function passwordProblem(
  password: string,
  personal: string[] = [],
): Promise<PasswordProblem | null> {
  if (password.length < MIN_PASSWORD_LENGTH) return 'tooShort';
  if (password.length > 200) return 'tooLong';
  const inputs = personal
    .flatMap((value) => value.toLowerCase().split(/[@.\s]+/))
    .filter((part) => part.length > 2);
  const { score } = (await passwordEstimator()).check(password, inputs);
  return score < MIN_SCORE ? 'tooWeak' : null;
}
