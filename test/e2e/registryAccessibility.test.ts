import { describeAxe } from './axeSuite.ts';

/** The registry's pages with the demo set loaded: filters applied, nothing found, an error, profiles, the map. */
const REGISTRY_PAGES = [
  { path: '/klastry?branza=ict&sortuj=members', status: 200 },
  { path: '/klastry?q=lodz&kategoria=standards', status: 200 },
  { path: '/klastry?q=nieistniejacy-klaster', status: 200 },
  { path: '/klastry?czlonkowie_od=abc&czlonkowie_do=5', status: 400 },
  { path: '/klastry?strona=2', status: 200 },
  { path: '/klastry/demo-slaski-klaster-robotyki', status: 200 },
  { path: '/klastry/demo-klaster-nadwislanska-zywnosc', status: 200 },
  { path: '/klastry/dolina-lotnicza', status: 200 },
  { path: '/klastry/mapa', status: 200 },
  { path: '/klastry/mapa?branza=food', status: 200 },
];

describeAxe(
  'the registry: list, profiles and map',
  [
    { name: 'Polish, normal contrast', visitor: { locale: 'pl' }, pages: REGISTRY_PAGES },
    { name: 'Polish, high contrast', visitor: { locale: 'pl', contrast: 'high' }, pages: REGISTRY_PAGES },
    {
      name: 'English, 320 px wide with the largest text (A++)',
      visitor: { locale: 'en', textSize: 'larger' },
      viewport: { width: 320, height: 640 },
      pages: REGISTRY_PAGES,
    },
  ],
  { data: 'demo' },
);
