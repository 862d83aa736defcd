import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { CommandContext } from '../../platform/commandContext.ts';
import { applicationsInRound, roundById } from '../competition/queries.ts';
import { ASSIGNABLE_STATES } from './applicationTransitions.ts';
import { type OpenApplication, type PlannedAssignment, planAssignments } from './assignmentPlanner.ts';
import { excludedExperts, expertLoads } from './queries.ts';
import { notFoundHere } from './support.ts';
import { stage1TaskCreator } from './taskCreator.ts';

/** Extra experts an application asked for (divergence, appeal) on top of the rules' number. */
const EXTRA_REASONS = new Set(['divergence', 'appeal']);

/**
 * Fills every free stage-1 slot of a round's accepted applications in one go: each application needs
 * the rules' number of experts plus any extra one a divergence or an appeal called for; a declared
 * conflict frees its slot. Running it again only fills what is still free.
 */
export interface AutoAssignment {
  assignments: PlannedAssignment[];
  /** Free slots before this run. */
  required: number;
  /** More experts who can act now the round needs to fill every slot left open (0: none left). */
  expertsNeeded: number;
}

export async function roundAutoAssigner(
  context: CommandContext,
  props: { roundId: number; baseUrl: string },
): Promise<AutoAssignment> {
  const { trx } = context;
  const round = await roundById(trx, props.roundId);
  if (!round) throw notFoundHere();
  const applications = await applicationsInRound(trx, round.id, ASSIGNABLE_STATES);
  const open = await openSlots(trx, applications, round.rules.expertsPerApplication);
  const plan = planAssignments(open, await expertLoads(trx));
  for (const application of open) {
    const expertIds = plan
      .filter((p) => p.applicationId === application.applicationId)
      .map((p) => p.expertId);
    await stage1TaskCreator(context, {
      applicationId: application.applicationId,
      expertIds,
      reason: application.replacing ? 'replacement' : 'initial',
      dueAt: round.assessmentDueAt,
      baseUrl: props.baseUrl,
    });
  }
  return { assignments: plan, ...shortfall(open, plan) };
}

/**
 * Slots left open after the plan, and how many more experts would fill them: a new expert can take
 * one slot on each application, so the application with most open slots decides.
 */
function shortfall(
  open: readonly OpenApplication[],
  plan: readonly PlannedAssignment[],
): Omit<AutoAssignment, 'assignments'> {
  let expertsNeeded = 0;
  for (const application of open) {
    const given = plan.filter((entry) => entry.applicationId === application.applicationId).length;
    expertsNeeded = Math.max(expertsNeeded, application.slots - given);
  }
  return { required: open.reduce((sum, application) => sum + application.slots, 0), expertsNeeded };
}

/** How many experts each application still needs, and who may not be one of them. */
export async function openSlots(
  trx: Transaction<Database>,
  applications: readonly { id: number; clusterId: number }[],
  expertsPerApplication: number,
): Promise<(OpenApplication & { replacing: boolean })[]> {
  if (applications.length === 0) return [];
  const excluded = await excludedExperts(trx, applications);
  const tasks = await trx
    .selectFrom('assessmentTasks')
    .select(['applicationId', 'state', 'reason'])
    .where(
      'applicationId',
      'in',
      applications.map((a) => a.id),
    )
    .where('stage', '=', 'stage1')
    .execute();
  return applications
    .map((application) => {
      const own = tasks.filter((task) => task.applicationId === application.id);
      const required = expertsPerApplication + own.filter((task) => EXTRA_REASONS.has(task.reason)).length;
      const active = own.filter((task) => task.state !== 'conflict').length;
      return {
        applicationId: application.id,
        slots: Math.max(0, required - active),
        excluded: excluded.get(application.id) ?? new Set<number>(),
        replacing: own.some((task) => task.state === 'conflict'),
      };
    })
    .filter((application) => application.slots > 0);
}
