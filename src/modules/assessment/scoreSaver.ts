import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { CommandContext } from '../../platform/commandContext.ts';
import type { CompetitionRules } from '../competition/rules.ts';
import { panelCriteria, stage1Criteria } from './aggregation.ts';
import { type TaskInContext, taskInContext } from './queries.ts';
import { type ScoreEntry, scoreSheetErrors } from './scoreValidation.ts';
import { stage1Evaluator } from './stage1Evaluator.ts';
import { sumsRefresher } from './sumsRefresher.ts';
import { notFoundHere, refused } from './support.ts';

export interface ScoreProps {
  taskId: number;
  expertId: number;
  entries: Readonly<Record<string, ScoreEntry>>;
  baseUrl: string;
}

/** The criteria a task scores: the rules' stage-1 ones, or the panel's. */
export function criteriaOfTask(task: Pick<TaskInContext, 'stage'>, rules: CompetitionRules) {
  return task.stage === 'panel' ? panelCriteria(rules) : stage1Criteria(rules);
}

async function openTask(trx: Transaction<Database>, props: ScoreProps) {
  const task = await taskInContext(trx, props.taskId);
  if (!task || task.expertId !== props.expertId) throw notFoundHere();
  if (task.state === 'submitted') throw refused('conflict', 'score_locked', 'assessment.error.locked');
  if (task.state !== 'declared') throw refused('forbidden', 'not_declared', 'assessment.error.declareFirst');
  return { task, rules: JSON.parse(task.rules) as CompetitionRules };
}

async function writeEntries(
  trx: Transaction<Database>,
  taskId: number,
  entries: Readonly<Record<string, ScoreEntry>>,
  codes: readonly string[],
  now: Date,
): Promise<void> {
  await trx.deleteFrom('assessmentScores').where('taskId', '=', taskId).execute();
  const rows = codes
    .filter((code) => entries[code] !== undefined)
    .map((code) => ({
      taskId,
      criterionCode: code,
      points: entries[code]?.points ?? null,
      justification: entries[code]?.justification.trim() ?? '',
      updatedAt: now.toISOString(),
    }));
  if (rows.length > 0) await trx.insertInto('assessmentScores').values(rows).execute();
}

/**
 * Checks the sheet against the task's criteria (complete, or only possible, as asked) and writes it;
 * the task must be open to its expert. Throws field errors for a sheet that does not pass.
 */
async function checkedSheetWriter(
  trx: Transaction<Database>,
  props: ScoreProps,
  check: { complete: boolean },
  now: Date,
) {
  const { task, rules } = await openTask(trx, props);
  const criteria = criteriaOfTask(task, rules);
  const errors = scoreSheetErrors(criteria, props.entries, {
    minJustificationLength: rules.minJustificationLength,
    complete: check.complete,
  });
  if (Object.keys(errors).length > 0) throw refused('invalid', 'validation_failed', 'api.validation', errors);
  await writeEntries(
    trx,
    task.id,
    props.entries,
    criteria.map((c) => c.code),
    now,
  );
  return { task, criteria };
}

/** Saves a draft: whatever is filled in, provided no points are impossible. */
export async function scoreDraftSaver(context: CommandContext, props: ScoreProps): Promise<void> {
  const { trx, now } = context;
  const { task } = await checkedSheetWriter(trx, props, { complete: false }, now);
  await context.services.audit({
    action: 'assessment.scores.draft_saved',
    entityType: 'assessment_task',
    entityId: task.id,
  });
}

/**
 * Submits the whole sheet and locks it; for stage 1 the application is then evaluated (divergence,
 * threshold) once all its experts have submitted.
 */
export async function scoreSubmitter(context: CommandContext, props: ScoreProps): Promise<void> {
  const { trx, now } = context;
  const { task, criteria } = await checkedSheetWriter(trx, props, { complete: true }, now);
  const locked = await trx
    .updateTable('assessmentTasks')
    .set({ state: 'submitted', submittedAt: now.toISOString() })
    .where('id', '=', task.id)
    .where('state', '=', 'declared')
    .executeTakeFirst();
  if (Number(locked.numUpdatedRows) === 0)
    throw refused('conflict', 'score_locked', 'assessment.error.locked');
  await context.services.audit({
    action: 'assessment.scores.submitted',
    entityType: 'assessment_task',
    entityId: task.id,
    summary: {
      after: Object.fromEntries(criteria.map((c) => [c.code, props.entries[c.code]?.points ?? null])),
    },
  });
  if (task.stage === 'stage1') {
    await sumsRefresher(trx, task.applicationId, now);
    await stage1Evaluator(context, { applicationId: task.applicationId, baseUrl: props.baseUrl });
  }
}
