import { DateTime } from 'luxon';
import { inFieldOrder } from '../../../ui/fieldOrder.ts';
import type { MessageKey, Params } from '../../../ui/i18n/messages.ts';
import { MEMBER_FIELDS, type MemberField } from '../validation/memberColumns.ts';
import { validateMemberRow } from '../validation/memberRow.ts';
import { type CurrentMember, duplicateOf } from './clusterMembers.ts';
import { additionOf, type MemberAddition } from './memberChange.ts';

export type FormErrors = Record<string, { key: MessageKey; params?: Params }>;

/** The fields of the "add an organisation" form in the order the page shows them (not the file's column order). */
export const MEMBER_FORM_ORDER: readonly MemberField[] = [
  'name',
  'type',
  'size',
  'nip',
  'regon',
  'krs',
  'voivodeship',
  'city',
  'joinedOn',
];
export type MemberFormValues = Record<MemberField, string>;

export function memberFormValues(body: Record<string, unknown>): MemberFormValues {
  return Object.fromEntries(
    MEMBER_FIELDS.map((field) => [field, typeof body[field] === 'string' ? (body[field] as string) : '']),
  ) as MemberFormValues;
}

/**
 * The "add an organisation" form, checked by the same rules as a file row, and refused when the
 * organisation is already a current member of the cluster.
 */
export function checkMemberForm(
  values: MemberFormValues,
  current: readonly CurrentMember[],
  today: string,
): { ok: true; member: MemberAddition } | { ok: false; errors: FormErrors } {
  const checked = validateMemberRow(values, 1, { today });
  if ('errors' in checked) {
    const errors: FormErrors = {};
    for (const error of checked.errors) {
      const field = error.column ?? 'name';
      errors[field] ??= { key: error.messageKey, params: error.params };
    }
    return { ok: false, errors: inFieldOrder(errors, MEMBER_FORM_ORDER) };
  }
  const member = additionOf(checked.member);
  const duplicate = duplicateOf(member, current);
  if (duplicate)
    return { ok: false, errors: { name: { key: 'members.duplicate', params: { name: duplicate.name } } } };
  return { ok: true, member };
}

/** The date a member left: a real date, not in the future and not before it joined. */
export function leavingDateProblem(value: string, joinedOn: string | null, today: string): MessageKey | null {
  const date = DateTime.fromISO(value, { zone: 'UTC' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !date.isValid) return 'members.leftOn.invalid';
  if (value > today) return 'members.leftOn.future';
  if (joinedOn && value < joinedOn) return 'members.leftOn.beforeJoined';
  return null;
}
