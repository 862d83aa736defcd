import type { ApplicationRow, FormalCheckRow } from './tables.ts';

/** What the coordinator may change now: everything (a draft), only what the formal check asked for, or nothing. */
export type EditableScope =
  | { kind: 'all' }
  | { kind: 'corrections'; fields: ReadonlySet<string>; attachments: ReadonlySet<string>; dueAt: string }
  | { kind: 'none'; reason: 'not_editable' | 'correction_window_closed' };

export function editableScope(
  application: Pick<ApplicationRow, 'state'>,
  latestCheck:
    | Pick<FormalCheckRow, 'decision' | 'correctionFields' | 'correctionAttachments' | 'correctionsDueAt'>
    | undefined,
  now: Date,
): EditableScope {
  if (application.state === 'draft') return { kind: 'all' };
  if (
    application.state !== 'corrections_requested' ||
    latestCheck?.decision !== 'corrections' ||
    !latestCheck.correctionsDueAt
  )
    return { kind: 'none', reason: 'not_editable' };
  if (now.getTime() > new Date(latestCheck.correctionsDueAt).getTime())
    return { kind: 'none', reason: 'correction_window_closed' };
  return {
    kind: 'corrections',
    fields: new Set(JSON.parse(latestCheck.correctionFields) as string[]),
    attachments: new Set(JSON.parse(latestCheck.correctionAttachments) as string[]),
    dueAt: latestCheck.correctionsDueAt,
  };
}

export function mayEditField(scope: EditableScope, name: string): boolean {
  return scope.kind === 'all' || (scope.kind === 'corrections' && scope.fields.has(name));
}

export function mayReplaceAttachment(scope: EditableScope, code: string): boolean {
  return scope.kind === 'all' || (scope.kind === 'corrections' && scope.attachments.has(code));
}
