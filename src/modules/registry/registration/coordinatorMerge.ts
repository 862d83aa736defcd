import type { CoordinatorColumns } from './tables.ts';

/** The organisation facts an approval may bring from the form into an organisation already known. */
export const COORDINATOR_FIELDS = [
  'name',
  'legalForm',
  'nip',
  'regon',
  'krs',
  'address',
  'city',
  'voivodeship',
] as const;
export type CoordinatorField = (typeof COORDINATOR_FIELDS)[number];
export type CoordinatorChoice = 'typed' | 'stored';
export type CoordinatorChoices = Partial<Record<CoordinatorField, CoordinatorChoice>>;

export type StoredOrganisation = { id: number } & Record<CoordinatorField, string | null>;

const COLUMN: Record<CoordinatorField, keyof CoordinatorColumns> = {
  name: 'coordinatorName',
  legalForm: 'coordinatorLegalForm',
  nip: 'coordinatorNip',
  regon: 'coordinatorRegon',
  krs: 'coordinatorKrs',
  address: 'coordinatorAddress',
  city: 'coordinatorCity',
  voivodeship: 'coordinatorVoivodeship',
};

/** The wire (and error field) name of a coordinator field: `legal_form`, `regon`, … */
export const wireField = (field: CoordinatorField) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * One line per field of the typed coordinator beside the stored organisation: `same`, `fill` (the
 * organisation has nothing there: the typed value is taken), `choose` (both differ: the operator picks),
 * `stored-only` (nothing typed). Identifiers are choosable only when a single organisation matched.
 */
export function coordinatorComparison(
  typed: CoordinatorColumns,
  stored: StoredOrganisation,
  matches: number,
) {
  return COORDINATOR_FIELDS.map((field) => {
    const typedValue = (typed[COLUMN[field]] ?? '').trim();
    const storedValue = (stored[field] ?? '').trim();
    const identifier = field === 'nip' || field === 'regon' || field === 'krs';
    const kind =
      typedValue === storedValue
        ? 'same'
        : typedValue === ''
          ? 'stored-only'
          : identifier && matches > 1
            ? 'stored-only'
            : storedValue === ''
              ? 'fill'
              : 'choose';
    return { field, typed: typedValue, stored: storedValue, kind } as const;
  });
}

/**
 * The organisation's new values from the comparison and the operator's choices, or the fields still
 * waiting for a choice: nothing typed is dropped without the operator saying so.
 */
export function mergedCoordinator(
  comparison: ReturnType<typeof coordinatorComparison>,
  choices: CoordinatorChoices,
): { set: Partial<Record<CoordinatorField, string>>; missing: CoordinatorField[] } {
  const set: Partial<Record<CoordinatorField, string>> = {};
  const missing: CoordinatorField[] = [];
  for (const line of comparison) {
    if (line.kind === 'fill') set[line.field] = line.typed;
    if (line.kind !== 'choose') continue;
    const choice = choices[line.field];
    if (!choice) missing.push(line.field);
    else if (choice === 'typed') set[line.field] = line.typed;
  }
  return { set, missing };
}
