import { defineModule } from '../../platform/module.ts';

/** The OpenAPI document and the server-rendered API docs page. */
export default defineModule({
  name: 'api-docs',
  routes: [() => import('./routes.ts')],
});
