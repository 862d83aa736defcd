import { defineWorkflow } from '../../platform/workflow.ts';

export const EVENT_STATES = ['submitted', 'returned', 'published', 'rejected'] as const;
export type EventState = (typeof EVENT_STATES)[number];

/**
 * A proposal waits in the queue (submitted); a moderator publishes it, returns it with a comment (the
 * proposer corrects and submits again) or rejects it. A published event stays published: edits keep
 * it there (with history), a cancellation marks it cancelled but never removes it.
 */
export const EVENT_WORKFLOW = defineWorkflow<EventState>('calendar event', EVENT_STATES, {
  submitted: ['published', 'returned', 'rejected', 'submitted'],
  returned: ['submitted'],
  published: ['published'],
  rejected: [],
});
