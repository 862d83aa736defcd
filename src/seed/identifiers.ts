// Makers of fictional but well-formed Polish identifiers for demo and benchmark data. Each call with
// a new serial gives a new number; the check digits are computed, never made up.

const NIP_WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7];
const REGON_WEIGHTS = [8, 9, 2, 3, 4, 5, 6, 7];

function weightedSum(digits: string, weights: readonly number[]): number {
  return weights.reduce((sum, weight, index) => sum + weight * Number(digits[index]), 0);
}

/** The NIP check digit of nine digits, or null when the remainder is 10 (no such NIP is issued). */
export function nipCheckDigit(nineDigits: string): number | null {
  const remainder = weightedSum(nineDigits, NIP_WEIGHTS) % 11;
  return remainder === 10 ? null : remainder;
}

/** The REGON-9 check digit of eight digits (a remainder of 10 counts as 0). */
export function regonCheckDigit(eightDigits: string): number {
  return (weightedSum(eightDigits, REGON_WEIGHTS) % 11) % 10;
}

/**
 * A distinct valid NIP for each serial number below a million: a tax-office-like prefix and the
 * serial; where that body's check digit would be 10, a second prefix that no other serial uses.
 */
export function fictionalNip(serial: number): string {
  if (!Number.isInteger(serial) || serial < 0 || serial >= 1_000_000)
    throw new RangeError(`Serial ${serial}`);
  const digits = String(serial).padStart(6, '0');
  for (const prefix of ['526', '926']) {
    const check = nipCheckDigit(`${prefix}${digits}`);
    if (check !== null) return `${prefix}${digits}${check}`;
  }
  throw new RangeError(`No NIP for serial ${serial}`);
}

/** A valid nine-digit REGON for a serial number. */
export function fictionalRegon(serial: number, prefix = 36): string {
  const body = `${prefix}${String(serial).padStart(6, '0')}`;
  return `${body}${regonCheckDigit(body)}`;
}

/** A ten-digit KRS number for a serial number (KRS numbers carry no check digit). */
export function fictionalKrs(serial: number, base = 900_000): string {
  return String(base + serial).padStart(10, '0');
}
