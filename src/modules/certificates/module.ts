import { defineModule } from '../../platform/module.ts';

/** Signed PDF certificates of KKK status and their verification (texts and abilities: statuses). */
export default defineModule({
  name: 'certificates',
  routes: [() => import('./routes.ts')],
});
