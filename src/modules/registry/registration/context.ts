import type { CommandContext } from '../../../platform/commandContext.ts';

/** What every registration use case gets: the portal's one command context. */
export type UseCaseContext = CommandContext;

export { auditOrigin } from '../../../platform/commandContext.ts';
