import type { CommandContext } from '../../platform/commandContext.ts';
import { applicationById, roundById } from '../competition/queries.ts';
import { ASSIGNABLE_STATES } from './applicationTransitions.ts';
import { excludedExperts, expertStanding } from './queries.ts';
import { notFoundHere, refused } from './support.ts';
import type { TaskReason } from './tables.ts';
import { stage1TaskCreator } from './taskCreator.ts';

/**
 * The operator gives an application to chosen experts: each must be an expert who can act now (the
 * same rule as automatic assignment, `expertBlocks`: two-step verification on, e-mail verified, no
 * deletion asked for), not linked to the cluster by a declared interest and not already on the
 * application. Asking for one more expert on a
 * divergent application is the same, with the reason 'divergence'.
 */
export async function expertAssigner(
  context: CommandContext,
  props: { applicationId: number; expertIds: readonly number[]; reason?: TaskReason; baseUrl: string },
): Promise<number[]> {
  const { trx } = context;
  const application = await applicationById(trx, props.applicationId);
  if (!application) throw notFoundHere();
  if (!ASSIGNABLE_STATES.includes(application.state)) {
    throw refused('conflict', 'not_assignable', 'assessment.error.notAssignable');
  }
  const expertIds = [...new Set(props.expertIds)];
  if (expertIds.length === 0) {
    throw refused('invalid', 'validation_failed', 'api.validation', {
      expertIds: 'assessment.error.chooseExpert',
    });
  }
  const excluded = (await excludedExperts(trx, [application])).get(application.id) ?? new Set<number>();
  for (const expertId of expertIds) {
    const blocks = await expertStanding(trx, expertId);
    if (blocks === null) {
      throw refused('invalid', 'validation_failed', 'api.validation', {
        expertIds: 'assessment.error.notAnExpert',
      });
    }
    if (blocks.length > 0) {
      throw refused('conflict', 'expert_cannot_act', 'assessment.error.expertCannotAct', {
        expertIds: 'assessment.error.expertCannotAct',
      });
    }
    if (excluded.has(expertId)) {
      throw refused('conflict', 'expert_excluded', 'assessment.error.expertExcluded', {
        expertIds: 'assessment.error.expertExcluded',
      });
    }
  }
  const round = await roundById(trx, application.roundId);
  return stage1TaskCreator(context, {
    applicationId: application.id,
    expertIds,
    reason: props.reason ?? 'initial',
    dueAt: round?.assessmentDueAt ?? null,
    baseUrl: props.baseUrl,
  });
}
