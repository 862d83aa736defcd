import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldText } from '../../platform/text.ts';
import { stemPolish } from './polishStemmer.ts';

/** Inflected forms of words of the portal: each line's forms must find each other. */
const FAMILIES: Readonly<Record<string, readonly string[]>> = {
  klaster: [
    'klaster',
    'klastra',
    'klastrowi',
    'klastrem',
    'klastrze',
    'klastry',
    'klastrów',
    'klastrom',
    'klastrami',
    'klastrach',
    'klastrowy',
    'klastrowa',
    'klastrowe',
    'klastrowego',
    'klastrowej',
    'klastrowych',
    'klastrowym',
    'klastrowymi',
  ],
  innowacja: [
    'innowacja',
    'innowacji',
    'innowację',
    'innowacją',
    'innowacje',
    'innowacjom',
    'innowacjami',
    'innowacjach',
    'innowacyjny',
    'innowacyjna',
    'innowacyjne',
    'innowacyjnego',
    'innowacyjnej',
    'innowacyjnych',
    'innowacyjnym',
    'innowacyjnymi',
  ],
  województwo: [
    'województwo',
    'województwa',
    'województwu',
    'województwem',
    'województwie',
    'województw',
    'województwom',
    'województwami',
    'województwach',
  ],
  przemysł: [
    'przemysł',
    'przemysłu',
    'przemysłowi',
    'przemysłem',
    'przemyśle',
    'przemysły',
    'przemysłów',
    'przemysłowy',
    'przemysłowa',
    'przemysłowe',
    'przemysłowego',
    'przemysłowej',
    'przemysłowych',
    'przemysłowymi',
  ],
  lotniczy: [
    'lotniczy',
    'lotnicza',
    'lotnicze',
    'lotniczego',
    'lotniczej',
    'lotniczemu',
    'lotniczym',
    'lotniczą',
    'lotniczych',
    'lotniczymi',
  ],
  technologia: [
    'technologia',
    'technologii',
    'technologię',
    'technologią',
    'technologie',
    'technologiom',
    'technologiami',
    'technologiach',
  ],
  energia: ['energia', 'energii', 'energię', 'energią', 'energie', 'energiom', 'energiami', 'energiach'],
  medyczny: [
    'medyczny',
    'medyczna',
    'medyczne',
    'medycznego',
    'medycznej',
    'medycznemu',
    'medycznym',
    'medyczną',
    'medycznych',
    'medycznymi',
  ],
  polski: [
    'polski',
    'polska',
    'polskie',
    'polskiego',
    'polskiej',
    'polskiemu',
    'polskim',
    'polską',
    'polskich',
    'polskimi',
  ],
  spotkanie: [
    'spotkanie',
    'spotkania',
    'spotkaniu',
    'spotkaniem',
    'spotkań',
    'spotkaniom',
    'spotkaniami',
    'spotkaniach',
  ],
  firma: ['firma', 'firmy', 'firmie', 'firmę', 'firmą', 'firm', 'firmom', 'firmami', 'firmach'],
  przedsiębiorstwo: [
    'przedsiębiorstwo',
    'przedsiębiorstwa',
    'przedsiębiorstwu',
    'przedsiębiorstwem',
    'przedsiębiorstwie',
    'przedsiębiorstw',
    'przedsiębiorstwom',
    'przedsiębiorstwami',
    'przedsiębiorstwach',
  ],
  uczelnia: [
    'uczelnia',
    'uczelni',
    'uczelnię',
    'uczelnią',
    'uczelnie',
    'uczelniom',
    'uczelniami',
    'uczelniach',
  ],
  członek: [
    'członek',
    'członka',
    'członkowi',
    'członkiem',
    'członku',
    'członkowie',
    'członków',
    'członkom',
    'członkami',
    'członkach',
  ],
  wniosek: ['wniosek', 'wniosku', 'wnioskiem', 'wnioski', 'wniosków', 'wnioskom', 'wnioskami', 'wnioskach'],
  rozwój: [
    'rozwój',
    'rozwoju',
    'rozwojowi',
    'rozwojem',
    'rozwojowy',
    'rozwojowa',
    'rozwojowe',
    'rozwojowych',
  ],
  konkurs: [
    'konkurs',
    'konkursu',
    'konkursowi',
    'konkursem',
    'konkursie',
    'konkursy',
    'konkursów',
    'konkursach',
    'konkursowy',
    'konkursowej',
  ],
  status: ['status', 'statusu', 'statusem', 'statusie', 'statusy', 'statusów', 'statusami'],
  kluczowy: [
    'kluczowy',
    'kluczowa',
    'kluczowe',
    'kluczowego',
    'kluczowej',
    'kluczowych',
    'kluczowym',
    'kluczowymi',
  ],
  Łódź: ['Łódź', 'Łodzi', 'Łodzią'],
  Poznań: ['Poznań', 'Poznania', 'Poznaniu', 'Poznaniem'],
  Warszawa: ['Warszawa', 'Warszawy', 'Warszawie', 'Warszawę', 'Warszawą'],
  Gdańsk: ['Gdańsk', 'Gdańska', 'Gdańsku', 'Gdańskiem'],
  Kraków: ['Kraków', 'Krakowa', 'Krakowowi', 'Krakowem', 'Krakowie'],
  sieć: ['sieć', 'sieci', 'siecią', 'sieciom', 'sieciami', 'sieciach'],
  badanie: ['badanie', 'badania', 'badaniu', 'badaniem', 'badań', 'badaniom', 'badaniami', 'badaniach'],
  organizacja: [
    'organizacja',
    'organizacji',
    'organizację',
    'organizacją',
    'organizacje',
    'organizacjom',
    'organizacjami',
    'organizacjach',
  ],
  program: [
    'program',
    'programu',
    'programem',
    'programie',
    'programy',
    'programów',
    'programami',
    'programach',
  ],
  koordynator: [
    'koordynator',
    'koordynatora',
    'koordynatorowi',
    'koordynatorem',
    'koordynatorze',
    'koordynatorzy',
    'koordynatorów',
    'koordynatorami',
  ],
  kryterium: ['kryterium', 'kryteria', 'kryteriów', 'kryteriom', 'kryteriami', 'kryteriach'],
  regionalny: [
    'regionalny',
    'regionalna',
    'regionalne',
    'regionalnego',
    'regionalnej',
    'regionalnym',
    'regionalnych',
    'regionalnymi',
  ],
};

/** Different words that must stay apart. */
const APART: readonly (readonly [string, string])[] = [
  ['klaster', 'klasa'],
  ['komputer', 'komputr'],
  ['nowy', 'nowela'],
  ['energia', 'energetyczny'],
  ['lotniczy', 'lotnictwo'],
  ['medyczny', 'medycyna'],
];

const stem = (word: string) => stemPolish(foldText(word));

describe('the Polish stemmer', () => {
  const forms = Object.values(FAMILIES).flat();

  it(`gives each of ${forms.length} inflected forms its word's one stem`, () => {
    const problems: string[] = [];
    for (const [word, family] of Object.entries(FAMILIES)) {
      const expected = stem(word);
      for (const form of family)
        if (stem(form) !== expected) problems.push(`${form} → ${stem(form)} (${word} → ${expected})`);
    }
    assert.deepEqual(problems, []);
    assert.ok(forms.length >= 150);
  });

  it('keeps different words of the list apart', () => {
    const stems = Object.keys(FAMILIES).map(stem);
    assert.equal(new Set(stems).size, stems.length, stems.join(' '));
    for (const [a, b] of APART) assert.notEqual(stem(a), stem(b), `${a} / ${b}`);
  });

  it('leaves numbers and short words alone', () => {
    assert.equal(stemPolish('2026'), '2026');
    assert.equal(stemPolish('ict'), 'ict');
    assert.equal(stemPolish('kkk'), 'kkk');
    assert.equal(stemPolish('i'), 'i');
  });
});
