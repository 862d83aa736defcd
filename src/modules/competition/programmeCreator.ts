import { auditRecorder } from '../../platform/audit/recorder.ts';
import { refusal } from './errors.ts';
import { auditBase, type RoundCommand } from './roundRecorder.ts';

export interface ProgrammeInput {
  code: string;
  namePl: string;
  nameEn: string;
  voivodeship: string | null;
}

/** A regional programme beside the national one (which the migration created). */
export async function programmeCreator(
  command: RoundCommand,
  input: ProgrammeInput,
): Promise<{ id: number }> {
  const errors: Record<string, string> = {};
  const code = input.code.trim();
  if (!/^[a-z0-9][a-z0-9-]{1,39}$/.test(code)) errors.code = 'programmeCode';
  if (input.namePl.trim() === '') errors.namePl = 'required';
  if (input.nameEn.trim() === '') errors.nameEn = 'required';
  if (input.voivodeship !== null && !/^\d{2}$/.test(input.voivodeship)) errors.voivodeship = 'voivodeship';
  if (Object.keys(errors).length > 0) throw refusal('invalid', errors);
  const { trx } = command;
  const taken = await trx.selectFrom('programmes').select('id').where('code', '=', code).executeTakeFirst();
  if (taken) throw refusal('invalid', { code: 'programmeTaken' });
  const { id } = await trx
    .insertInto('programmes')
    .values({
      code,
      namePl: input.namePl.trim(),
      nameEn: input.nameEn.trim(),
      voivodeship: input.voivodeship,
      createdAt: command.now.toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await auditRecorder(
    trx,
    {
      ...auditBase(command),
      action: 'competition.programme.create',
      entityType: 'programme',
      entityId: id,
      summary: { after: { code } },
    },
    command.now,
  );
  return { id };
}
