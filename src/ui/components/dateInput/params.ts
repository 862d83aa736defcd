import type { LegendParams } from '../types.ts';

/** Three fields DD MM RRRR named "<name>-day", "<name>-month", "<name>-year"; the day's id is "field-<name>". */
export interface DateInputParams extends LegendParams {
  name: string;
  id?: string;
  /** Defaults to the catalogue's example ("Na przykład 27 3 2026"). */
  hint?: string;
  error?: string;
  /** Which parts the error is about (all three when left out). */
  errorParts?: readonly ('day' | 'month' | 'year')[];
  value?: { day?: string | number; month?: string | number; year?: string | number };
  optional?: boolean;
}
