import { defineModule } from '../../platform/module.ts';

/** Probes (/healthz, /readyz) and metrics. */
export default defineModule({
  name: 'system',
  routes: [() => import('./routes.ts')],
});
