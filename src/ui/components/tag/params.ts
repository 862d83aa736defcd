export type TagColour =
  | 'grey'
  | 'green'
  | 'turquoise'
  | 'blue'
  | 'purple'
  | 'magenta'
  | 'red'
  | 'orange'
  | 'yellow'
  | 'teal'
  | 'pink';

/** The colour of each kind of state, the same on every page. */
export const TAG_COLOURS = {
  /** done, active, genuine, approved */
  success: 'green',
  /** submitted, in progress */
  info: 'blue',
  /** waiting for someone, expiring soon, outdated */
  warning: 'yellow',
  /** refused, revoked, expired, forged */
  error: 'red',
  /** draft, not started, no data */
  neutral: 'grey',
} as const satisfies Record<string, TagColour>;

export interface TagParams {
  text: string;
  /** Leave out for the brand blue; or TAG_COLOURS[state]. */
  colour?: TagColour;
  classes?: string;
}
