import { auditRecorder } from '../../platform/audit/recorder.ts';
import { isPdf, MAX_ATTACHMENT_BYTES } from './attachmentStore.ts';
import { editableScope, mayReplaceAttachment } from './editableScope.ts';
import { refusal } from './errors.ts';
import { applicationById, latestFormalCheck, roundById } from './queries.ts';
import { auditBase, type RoundCommand } from './roundRecorder.ts';
import { sha256Hex } from './snapshot.ts';

export interface UploadProps {
  applicationId: number;
  code: string;
  fileName: string;
  data: Buffer;
  /** The upload went past the limit and was cut. */
  tooLarge?: boolean;
}

/** Checks the file's content (a PDF within the size limit), stores it and puts it in place of the previous one. */
export async function attachmentUploader(
  command: RoundCommand,
  props: UploadProps,
): Promise<{ id: number; sha256: string }> {
  if (props.tooLarge || props.data.length > MAX_ATTACHMENT_BYTES)
    throw refusal('invalid', { [props.code]: 'tooLarge' });
  if (props.data.length === 0) throw refusal('invalid', { [props.code]: 'fileRequired' });
  if (!isPdf(props.data)) throw refusal('invalid', { [props.code]: 'notPdf' });
  const application = await applicationById(command.trx, props.applicationId);
  if (!application) throw refusal('not_found');
  const round = await roundById(command.trx, application.roundId);
  if (!round?.rules.eligibility.requiredAttachments.some((a) => a.code === props.code))
    throw refusal('invalid', { [props.code]: 'unknownAttachment' });
  const sha256 = sha256Hex(props.data);
  const storedName = await command.services.attachments.save(props.data);
  const fileName = props.fileName.replace(/[\\/]/g, '_').slice(0, 200) || `${props.code}.pdf`;
  const { trx } = command;
  const current = await applicationById(trx, props.applicationId);
  if (!current) throw refusal('not_found');
  const scope = editableScope(current, await latestFormalCheck(trx, current.id), command.now);
  if (scope.kind === 'none') throw refusal(scope.reason);
  if (!mayReplaceAttachment(scope, props.code))
    throw refusal('field_not_requested', { [props.code]: 'notRequested' });
  const now = command.now.toISOString();
  await trx
    .updateTable('applicationAttachments')
    .set({ supersededAt: now })
    .where('applicationId', '=', current.id)
    .where('code', '=', props.code)
    .where('supersededAt', 'is', null)
    .execute();
  const { id } = await trx
    .insertInto('applicationAttachments')
    .values({
      applicationId: current.id,
      code: props.code,
      fileName,
      storedName,
      sizeBytes: props.data.length,
      sha256,
      uploadedBy: command.actorId,
      createdAt: now,
      supersededAt: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx.updateTable('applications').set({ updatedAt: now }).where('id', '=', current.id).execute();
  await auditRecorder(
    trx,
    {
      ...auditBase(command),
      action: 'competition.attachment.upload',
      entityType: 'application',
      entityId: current.id,
      summary: { after: { code: props.code, sha256, sizeBytes: props.data.length } },
    },
    command.now,
  );
  return { id, sha256 };
}
