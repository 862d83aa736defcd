import { auditRecorder } from '../../../platform/audit/recorder.ts';
import { invalid, unauthenticated } from '../../../platform/domainError.ts';
import { nameProblem, polishSortKey, slugify } from '../../../platform/text.ts';
import { searchTextRefresher } from '../searchTextRefresher.ts';
import { teamMemberAdder } from '../team.ts';
import { auditOrigin, type UseCaseContext } from './context.ts';
import { slugTaken } from './queries.ts';
import type { GivenAnswer } from './questionnaire.ts';
import { MAX_NAME } from './registrationForm.ts';
import { isReservedSlug } from './reservedSlugs.ts';

/** A free address derived from the name: "klaster-x", else "klaster-x-2", "klaster-x-3"… */
async function freeSlug(context: UseCaseContext, name: string): Promise<string> {
  const base = slugify(name) || 'klaster';
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base.slice(0, 75)}-${n}`;
    if (!isReservedSlug(candidate) && !(await slugTaken(context.trx, candidate))) return candidate;
  }
}

/**
 * Starts a registration after a passed questionnaire: a cluster in draft with the person as its owner,
 * and the answers kept with the questions as they were asked.
 */
export async function registrationStarter(
  context: UseCaseContext,
  props: { name: string; answers: readonly GivenAnswer[] },
): Promise<{ clusterId: number; slug: string }> {
  const owner = context.actorId;
  if (owner === null) throw unauthenticated();
  const problem = nameProblem(props.name, MAX_NAME);
  if (problem) throw invalid({ name: problem });
  const { trx } = context;
  const now = context.now.toISOString();
  const slug = await freeSlug(context, props.name);
  const cluster = await trx
    .insertInto('clusters')
    .values({
      slug,
      name: props.name,
      nameSort: polishSortKey(props.name),
      status: 'draft',
      profileCompleted: 0,
      createdAt: now,
      updatedAt: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const clusterId = cluster.id;
  await trx
    .insertInto('clusterRegistrations')
    .values({ clusterId, startedBy: context.actorId, createdAt: now, updatedAt: now })
    .execute();
  if (props.answers.length > 0)
    await trx
      .insertInto('registrationAnswers')
      .values(
        props.answers.map((answer) => ({
          clusterId,
          code: answer.code,
          kind: answer.kind,
          minimum: answer.minimum,
          questionPl: answer.questionPl,
          questionEn: answer.questionEn,
          answer: answer.answer,
        })),
      )
      .execute();
  await teamMemberAdder(trx, { clusterId, userId: owner, role: 'owner', addedBy: owner }, now);
  await searchTextRefresher({ db: trx, clusterIds: [clusterId] });
  await auditRecorder(
    trx,
    {
      ...auditOrigin(context),
      action: 'registration.started',
      entityType: 'cluster',
      entityId: clusterId,
      summary: {
        after: {
          name: props.name,
          slug,
          answers: Object.fromEntries(props.answers.map((a) => [a.code, a.answer])),
        },
      },
    },
    context.now,
  );
  return { clusterId, slug };
}
