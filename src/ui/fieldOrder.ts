/**
 * A form's field errors in the order its fields appear, so the error summary reads as the form does
 * (GOV.UK's rule); fields the order does not name keep their place after the named ones.
 */
export function inFieldOrder<T>(
  errors: Readonly<Record<string, T>>,
  order: readonly string[],
): Record<string, T> {
  const ordered: Record<string, T> = {};
  for (const field of order) if (field in errors) ordered[field] = errors[field] as T;
  for (const [field, error] of Object.entries(errors)) if (!(field in ordered)) ordered[field] = error;
  return ordered;
}
