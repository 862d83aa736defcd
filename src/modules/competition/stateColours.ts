import type { TagColour } from '../../ui/components/tag/params.ts';
import { TAG_COLOURS } from '../../ui/components/tag/params.ts';
import type { ApplicationState } from './applicationStates.ts';

/** The tag colour of each application state, the same on every page (pages pass it as `stateColours`). */
export const STATE_COLOURS: Readonly<Record<ApplicationState, TagColour>> = {
  draft: TAG_COLOURS.neutral,
  submitted: TAG_COLOURS.info,
  corrections_requested: TAG_COLOURS.warning,
  formally_accepted: TAG_COLOURS.success,
  formally_rejected: TAG_COLOURS.error,
  withdrawn: TAG_COLOURS.neutral,
  in_assessment: TAG_COLOURS.info,
  below_threshold: TAG_COLOURS.error,
  panel: TAG_COLOURS.info,
  recommended: TAG_COLOURS.success,
  not_recommended: TAG_COLOURS.error,
  granted: TAG_COLOURS.success,
  refused: TAG_COLOURS.error,
};
