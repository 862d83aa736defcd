import type { TagColour } from '../tag/params.ts';

export interface TaskListItem {
  title: string;
  /** Leave out when the step cannot be started yet. */
  href?: string;
  hint?: string;
  /** Plain text (e.g. "Ukończone") or a tag with a colour (e.g. "Nie rozpoczęto", blue). */
  status: { text: string; colour?: TagColour };
}

export interface TaskListParams {
  items: readonly TaskListItem[];
  idPrefix?: string;
}
