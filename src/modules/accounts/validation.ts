import type { MessageKey } from '../../ui/i18n/messages.ts';
import { passwordProblem } from './passwordStrength.ts';

export type FieldErrors = Record<string, MessageKey>;

const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;

export function normaliseEmail(value: unknown): string {
  return typeof value === 'string' ? value.trim().toLowerCase() : '';
}

export function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

export function checkEmail(errors: FieldErrors, field: string, email: string): void {
  if (!email) errors[field] = 'field.emailRequired';
  else if (email.length > 254 || !EMAIL.test(email)) errors[field] = 'field.emailInvalid';
}

const PASSWORD_MESSAGES = {
  tooShort: 'field.passwordTooShort',
  tooLong: 'field.passwordTooLong',
  tooWeak: 'field.passwordTooWeak',
} as const;

/** A new password: strong enough, typed twice the same, not built from the person's own details. */
export async function checkNewPassword(
  errors: FieldErrors,
  props: { field: string; password: string; repeat: string; personal: string[] },
): Promise<void> {
  if (!props.password) {
    errors[props.field] = 'field.passwordRequired';
    return;
  }
  const problem = await passwordProblem(props.password, props.personal);
  if (problem) errors[props.field] = PASSWORD_MESSAGES[problem];
  else if (props.password !== props.repeat) errors[`${props.field}Repeat`] = 'field.passwordMismatch';
}
