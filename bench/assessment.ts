import type { Kysely } from 'kysely';
import type { Database } from '../src/db/schema.ts';
import { apiTokenCreator } from '../src/modules/accounts/apiTokens.ts';
import { roundRanking } from '../src/modules/assessment/rankingLoader.ts';
import { roundById } from '../src/modules/competition/queries.ts';
import { type CompetitionRules, LATEST_ROUND_RULES } from '../src/modules/competition/rules.ts';
import { seededRandom } from '../src/platform/random.ts';

/** The ranking scenario's size: 2,000 applications, 3 experts each, 20 stage-1 criteria. */
export const RANKING_ROUND = { applications: 2000, experts: 3, criteria: 20, expertPool: 60 } as const;
const BATCH = 500;

export interface RankingRound {
  roundId: number;
  /** An operator's bearer token: the ranking is for operators only. */
  token: string;
  /** How long ranking the whole round took once, from the database (the app keeps it until a change). */
  computeMs: number;
}

/** The latest round's rules with 20 stage-1 criteria (4 per area) and its panel criteria. */
function benchRules(): CompetitionRules {
  const rules = structuredClone(LATEST_ROUND_RULES);
  const areas = rules.areas.map((area) => area.code);
  const stage1 = Array.from({ length: RANKING_ROUND.criteria }, (_, index) => ({
    code: `${areas[index % areas.length]}${Math.floor(index / areas.length) + 1}`,
    area: areas[index % areas.length] ?? 'Z',
    namePl: `Kryterium ${index + 1}`,
    nameEn: `Criterion ${index + 1}`,
    guidancePl: '',
    guidanceEn: '',
    maxPoints: 5,
    stage: 'stage1' as const,
  }));
  const panel = rules.criteria
    .filter((criterion) => criterion.stage === 'panel')
    .map((criterion) => ({ ...criterion, code: `P-${criterion.code}` }));
  return { ...rules, criteria: [...stage1, ...panel] };
}

/**
 * A closed round with every application scored: each of 2,000 clusters applied, three experts
 * submitted 20 scores each, and those past stage 1 have the panel's consensus — the round the
 * ranking benchmark ranks.
 */
export async function generateRankingRound(db: Kysely<Database>): Promise<RankingRound> {
  const generated = await fillRankingRound(db);
  const round = await roundById(db, generated.roundId);
  if (!round) throw new Error('The ranking round was not written');
  const started = performance.now();
  await roundRanking(db, round);
  return { ...generated, computeMs: performance.now() - started };
}

async function fillRankingRound(db: Kysely<Database>): Promise<Omit<RankingRound, 'computeMs'>> {
  const random = seededRandom(20261210);
  const now = '2026-11-27T12:00:00.000Z';
  const rules = benchRules();
  const clusters = await db
    .selectFrom('clusters')
    .select('id')
    .orderBy('id')
    .limit(RANKING_ROUND.applications)
    .execute();
  return db.transaction().execute(async (trx) => {
    const user = (email: string, name: string, role: string) =>
      trx
        .insertInto('users')
        .values({ email, name, passwordHash: '!', emailVerifiedAt: now, totpEnabledAt: now, createdAt: now })
        .returning('id')
        .executeTakeFirstOrThrow()
        .then(async ({ id }) => {
          await trx.insertInto('userRoles').values({ userId: id, role, grantedAt: now }).execute();
          return id;
        });
    const operatorId = await user('operator-bench@klastry.example', 'Operator benchmarku', 'operator');
    const experts: number[] = [];
    for (let i = 0; i < RANKING_ROUND.expertPool; i++)
      experts.push(await user(`ekspert-${i}@klastry.example`, `Ekspert ${i}`, 'expert'));
    const programme = await trx
      .selectFrom('programmes')
      .select('id')
      .where('code', '=', 'kkk')
      .executeTakeFirstOrThrow();
    const round = await trx
      .insertInto('rounds')
      .values({
        programmeId: programme.id,
        number: 90,
        namePl: 'Nabór benchmarku',
        nameEn: 'Benchmark call',
        opensAt: '2026-05-01T08:00:00.000Z',
        closesAt: '2026-06-30T15:00:00.000Z',
        rules: JSON.stringify(rules),
        publishedAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const stage1 = rules.criteria.filter((c) => c.stage === 'stage1');
    const panel = rules.criteria.filter((c) => c.stage === 'panel');
    for (let start = 0; start < clusters.length; start += BATCH) {
      const batch = clusters.slice(start, start + BATCH);
      const applications = await trx
        .insertInto('applications')
        .values(
          batch.map((cluster, i) => ({
            roundId: round.id,
            clusterId: cluster.id,
            kind: 'new' as const,
            state: (start + i) % 3 === 0 ? ('below_threshold' as const) : ('panel' as const),
            receiptNumber: `KKK/90/${String(start + i + 1).padStart(4, '0')}`,
            form: '{}',
            submittedAt: new Date(
              Date.parse('2026-06-01T08:00:00.000Z') + (start + i) * 60_000,
            ).toISOString(),
            createdAt: now,
            updatedAt: now,
          })),
        )
        .returning(['id', 'state'])
        .execute();
      const tasks = await trx
        .insertInto('assessmentTasks')
        .values(
          applications.flatMap((application, i) =>
            Array.from({ length: RANKING_ROUND.experts }, (_, k) => ({
              applicationId: application.id,
              expertId: experts[(start + i + k * 7) % experts.length] ?? operatorId,
              stage: 'stage1' as const,
              state: 'submitted' as const,
              reason: 'initial' as const,
              assignedAt: now,
              declaredAt: now,
              submittedAt: now,
            })),
          ),
        )
        .returning('id')
        .execute();
      const scores = tasks.flatMap((task) =>
        stage1.map((criterion) => ({
          taskId: task.id,
          criterionCode: criterion.code,
          points: Math.floor(random() * (criterion.maxPoints + 1)),
          justification: 'Uzasadnienie wygenerowane dla benchmarku.',
          updatedAt: now,
        })),
      );
      for (let offset = 0; offset < scores.length; offset += BATCH * 4) {
        await trx
          .insertInto('assessmentScores')
          .values(scores.slice(offset, offset + BATCH * 4))
          .execute();
      }
      await trx
        .insertInto('assessmentSums')
        .values(
          applications.map((application, i) => {
            const own = scores.slice(
              i * RANKING_ROUND.experts * stage1.length,
              (i + 1) * RANKING_ROUND.experts * stage1.length,
            );
            const sums: Record<string, number> = {};
            for (const score of own)
              sums[score.criterionCode] = (sums[score.criterionCode] ?? 0) + score.points;
            return {
              applicationId: application.id,
              experts: RANKING_ROUND.experts,
              sums: JSON.stringify(sums),
              updatedAt: now,
            };
          }),
        )
        .execute();
      const atPanel = applications.filter((application) => application.state === 'panel');
      if (atPanel.length > 0) {
        await trx
          .insertInto('panelConsensusScores')
          .values(
            atPanel.flatMap((application) =>
              panel.map((criterion) => ({
                applicationId: application.id,
                criterionCode: criterion.code,
                points: Math.floor(random() * (criterion.maxPoints + 1)),
              })),
            ),
          )
          .execute();
      }
    }
    const { token } = await apiTokenCreator(trx, {
      userId: operatorId,
      name: 'benchmark',
      now: new Date(now),
      twoFactorProven: true,
    });
    return { roundId: round.id, token };
  });
}
