import type { registryValidation } from '../../../ui/i18n/pl/registryValidation.ts';
import { VOIVODESHIPS } from '../voivodeships.ts';

/** A message key of this folder's catalogue (src/ui/i18n/pl/registryValidation.ts). */
export type ValidationMessageKey = keyof typeof registryValidation;

type DigitsProblem = 'characters' | 'length' | 'zeros';

const NIP_WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7];
const REGON9_WEIGHTS = [8, 9, 2, 3, 4, 5, 6, 7];
const REGON14_WEIGHTS = [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8];

/** Spaces, dashes and dots that people type inside identifiers ("123-456-32-18", "123 456 32 18"). */
function stripSeparators(value: string): string {
  return value.replace(/[\s\u00a0\-.‐‑–]/g, '');
}

/** NIP as 10 bare digits: separators and a leading "PL" (the EU VAT prefix) removed. */
export function normaliseNip(value: string): string {
  return stripSeparators(value).replace(/^PL/i, '');
}

/** REGON as bare digits. */
export function normaliseRegon(value: string): string {
  return stripSeparators(value);
}

/** KRS as 10 digits: written without its leading zeros ("KRS 12345") it is padded back, as the court does. */
export function normaliseKrs(value: string): string {
  const digits = stripSeparators(value).replace(/^KRS/i, '');
  return /^\d{1,9}$/.test(digits) ? digits.padStart(10, '0') : digits;
}

/** A voivodeship TERYT code as two digits: a spreadsheet that dropped the leading zero ("2") is forgiven. */
export function normaliseTerytVoivodeship(code: string): string {
  const digits = stripSeparators(code);
  return /^\d$/.test(digits) ? `0${digits}` : digits;
}

function digitsProblem(digits: string, lengths: readonly number[]): DigitsProblem | null {
  if (!/^\d*$/.test(digits)) return 'characters';
  if (!lengths.includes(digits.length)) return 'length';
  if (/^0+$/.test(digits)) return 'zeros';
  return null;
}

function weightedSum(digits: string, weights: readonly number[]): number {
  return weights.reduce((sum, weight, index) => sum + weight * Number(digits[index]), 0);
}

/** The check digit is the last one; `tenMeans` is what a remainder of 10 stands for (null: no valid number). */
function checkDigitMatches(digits: string, weights: readonly number[], tenMeans: number | null): boolean {
  const remainder = weightedSum(digits, weights) % 11;
  const expected = remainder === 10 ? tenMeans : remainder;
  return expected === Number(digits[weights.length]);
}

/** NIP: weights 6,5,7,2,3,4,5,6,7 over the first nine digits, sum mod 11 equals the tenth (10 is never issued). */
export function nipProblem(value: string): ValidationMessageKey | null {
  const digits = normaliseNip(value);
  const problem = digitsProblem(digits, [10]);
  if (problem) return `registryValidation.nip.${problem}`;
  return checkDigitMatches(digits, NIP_WEIGHTS, null) ? null : 'registryValidation.nip.checksum';
}

/**
 * REGON-9: weights 8,9,2,3,4,5,6,7 over eight digits, sum mod 11 (10 counts as 0) equals the ninth.
 * REGON-14: weights 2,4,8,5,0,9,7,3,6,1,2,4,8 over thirteen digits, same rule for the fourteenth; a local
 * unit's number starts with its parent's REGON-9, so those nine digits must be valid as well.
 */
export function regonProblem(value: string): ValidationMessageKey | null {
  const digits = normaliseRegon(value);
  const problem = digitsProblem(digits, [9, 14]);
  if (problem) return `registryValidation.regon.${problem}`;
  const parentValid = checkDigitMatches(digits.slice(0, 9), REGON9_WEIGHTS, 0);
  const valid =
    digits.length === 9 ? parentValid : parentValid && checkDigitMatches(digits, REGON14_WEIGHTS, 0);
  return valid ? null : 'registryValidation.regon.checksum';
}

/** KRS: ten digits with no check digit, so only the format can be checked. */
export function krsProblem(value: string): ValidationMessageKey | null {
  const problem = digitsProblem(normaliseKrs(value), [10]);
  return problem ? `registryValidation.krs.${problem}` : null;
}

/** A voivodeship TERYT code: one of the sixteen even two-digit codes 02…32. */
export function terytVoivodeshipProblem(code: string): ValidationMessageKey | null {
  const digits = normaliseTerytVoivodeship(code);
  if (!/^\d{2}$/.test(digits)) return 'registryValidation.teryt.format';
  return digits in VOIVODESHIPS ? null : 'registryValidation.teryt.unknown';
}
