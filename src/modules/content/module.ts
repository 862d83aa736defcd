import { defineModule } from '../../platform/module.ts';

/** Content pages (home, policy, KKK, About, accessibility statement) and the main navigation's frame. */
export default defineModule({
  name: 'content',
  routes: [() => import('./pages.ts')],
  nav: [
    { section: 'home', href: '/', label: 'nav.home', position: 10 },
    { section: 'kkk', href: '/krajowe-klastry-kluczowe', label: 'nav.kkk', position: 30 },
    { section: 'forum', href: '/forum', label: 'nav.forum', position: 60 },
    { section: 'policy', href: '/polityka-klastrowa', label: 'nav.policy', position: 70 },
    { section: 'about', href: '/o-projekcie', label: 'nav.about', position: 80, lang: 'en' },
  ],
  homeSections: [
    { id: 'kkk', position: 20, template: 'modules/content/views/homeKkk' },
    { id: 'policy', position: 30, template: 'modules/content/views/homePolicy' },
  ],
});
