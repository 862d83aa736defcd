import { MODULES } from './modules/index.ts';
import type { Job } from './platform/jobs/scheduler.ts';
import { assemblePortal, type PortalModule } from './platform/module.ts';

/** Every scheduled job of the portal, from the module list; each app instance runs them, the lease keeps runs apart. */
export function portalJobs(baseUrl: string, modules: readonly PortalModule[] = MODULES): Promise<Job[]> {
  return assemblePortal(modules).jobs({ baseUrl });
}
