import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { migratedDatabase, type TestDatabase } from '../../../test/database.ts';
import { buildSearchDocument } from '../../../test/factories.ts';
import type { SearchDocument } from './documents.ts';
import { searchDocuments } from './search.ts';

// The relevance table: Polish queries (inflected forms, no diacritics, typos, prefixes, a document's
// text as a PDF gives it) with every result in order. It runs on both engines (DATABASE_URL), and the
// same table holds on each: both index the same terms and the first pages are ordered in the app.

/** What the portal's modules hand over, with one English document and two no visitor may see. */
const CORPUS: Readonly<Record<string, Partial<SearchDocument> & { title: string; kind: string }>> = {
  dolina: {
    kind: 'cluster',
    title: 'Dolina Lotnicza',
    text: 'Stowarzyszenie Grupa Przedsiębiorców Przemysłu Lotniczego, Rzeszów. Firmy lotnicze i uczelnie techniczne na Podkarpaciu.',
  },
  moda: {
    kind: 'cluster',
    title: 'Łódzki Klaster Mody',
    text: 'Przedsiębiorstwa odzieżowe i tekstylne z Łodzi i województwa łódzkiego.',
  },
  energia: {
    kind: 'cluster',
    title: 'Śląski Klaster Energii',
    text: 'Energia odnawialna, technologie wodorowe i sieci ciepłownicze w województwie śląskim.',
  },
  ict: {
    kind: 'cluster',
    title: 'Mazowiecki Klaster ICT',
    text: 'Innowacje cyfrowe, chmura obliczeniowa i cyberbezpieczeństwo dla firm z Warszawy.',
  },
  medyczny: {
    kind: 'cluster',
    title: 'Klaster Medyczny Lubelszczyzny',
    text: 'Technologie medyczne, szpitale kliniczne i uczelnie medyczne z Lublina.',
  },
  zywnosc: {
    kind: 'cluster',
    title: 'Wielkopolski Klaster Spożywczy',
    text: 'Przetwórstwo żywności i rolnictwo w okolicach Poznania.',
  },
  morski: {
    kind: 'cluster',
    title: 'Bałtycki Klaster Morski',
    text: 'Przemysł stoczniowy i logistyka portowa w Gdańsku i Gdyni.',
  },
  turystyka: {
    kind: 'cluster',
    title: 'Małopolski Klaster Turystyki',
    text: 'Turystyka, hotele i kultura w Krakowie i Zakopanem.',
  },
  statusDoliny: {
    kind: 'kkkStatus',
    title: 'Status Krajowego Klastra Kluczowego: Dolina Lotnicza',
    text: 'Krajowy Klaster Kluczowy KKK, status nadany w rundzie I (2015). Decyzja nr 1/2015.',
  },
  polityka: {
    kind: 'page',
    title: 'Polityka klastrowa na poziomie krajowym',
    text: 'Ministerstwo wspiera rozwój klastrów poprzez konkurs o status Krajowego Klastra Kluczowego.',
  },
  innowacyjnosc: {
    kind: 'page',
    title: 'Innowacyjność przedsiębiorstw w regionach',
    text: 'Regionalne strategie innowacji i programy wsparcia dla małych i średnich przedsiębiorstw.',
  },
  nabor: {
    kind: 'news',
    title: 'Nabór wniosków w konkursie KKK',
    text: 'Ruszył nabór wniosków o status Krajowego Klastra Kluczowego. Wnioski przyjmujemy do końca marca.',
  },
  spotkanie: {
    kind: 'news',
    title: 'Spotkanie koordynatorów w Łodzi',
    text: 'Koordynatorzy rozmawiali o współpracy z uczelniami i samorządami.',
  },
  regulamin: {
    kind: 'document',
    title: 'Regulamin konkursu, runda VI',
    text: 'Regulamin określa kryteria oceny wniosków, harmonogram oraz tryb składania odwołań od decyzji ministra.',
  },
  konferencja: {
    kind: 'event',
    title: 'Konferencja o energetyce wodorowej',
    text: 'Wodór w przemyśle i transporcie: konferencja w Katowicach dla klastrów energii.',
  },
  szkic: {
    kind: 'page',
    title: 'Szkic: polityka lotnicza województw',
    text: 'Wersja robocza, niepublikowana.',
    visibility: 'content.edit',
  },
  ukryte: {
    kind: 'cluster',
    title: 'Klaster Lotniczy w rejestracji',
    text: 'Zgłoszenie czeka na decyzję.',
    visibility: 'registration.review',
  },
  aviation: {
    kind: 'cluster',
    title: 'Aviation Valley',
    text: 'An aerospace cluster in Rzeszów.',
    locale: 'en',
  },
};

/** Query, the documents found (first the expected first result), and the corrected query if any. */
const TABLE: readonly (readonly [string, readonly string[], string?])[] = [
  ['dolina lotnicza', ['dolina', 'statusDoliny']],
  ['lotniczych', ['dolina', 'statusDoliny']],
  ['przemysłu lotniczego', ['dolina']],
  ['lodz', ['spotkanie', 'moda']],
  ['łódzkiego', ['moda']],
  ['klastrów energii', ['energia', 'konferencja']],
  ['energią odnawialną', ['energia']],
  ['wodór', ['konferencja', 'energia']],
  ['wodorowej energetyki', ['konferencja'], 'wodorowej energetyce'],
  ['innowacji', ['innowacyjnosc', 'ict']],
  ['innowacyjności', ['innowacyjnosc']],
  ['innowacyjnych przedsiębiorstw', ['innowacyjnosc']],
  ['mazowiecki', ['ict']],
  ['technologii medycznych', ['medyczny']],
  ['lublin', ['medyczny']],
  ['zywnosci', ['zywnosc']],
  ['poznaniu', ['zywnosc']],
  ['gdańska', ['morski']],
  ['stoczni', ['morski']],
  ['krakow', ['turystyka']],
  ['krajowego klastra kluczowego', ['statusDoliny', 'polityka', 'nabor']],
  ['kkk', ['nabor', 'statusDoliny']],
  ['status KKK doliny', ['statusDoliny']],
  ['polityki klastrowej', ['polityka']],
  ['naboru wnioskow', ['nabor']],
  ['wnioski', ['nabor', 'regulamin']],
  ['koordynatorów', ['spotkanie']],
  ['regulaminu', ['regulamin']],
  ['odwołania', ['regulamin']],
  ['kryteriów oceny', ['regulamin']],
  ['konferencji', ['konferencja']],
  ['katowice', ['konferencja']],
  ['innowcje', ['ict', 'innowacyjnosc'], 'innowacje'],
  ['lotniczyh', ['dolina', 'statusDoliny'], 'lotniczy'],
  ['regulamn konkursu', ['regulamin'], 'regulamin konkursu'],
  [
    'klaster',
    [
      'polityka',
      'statusDoliny',
      'ict',
      'moda',
      'energia',
      'medyczny',
      'zywnosc',
      'morski',
      'turystyka',
      'konferencja',
      'nabor',
    ],
  ],
  ['dol', ['dolina', 'statusDoliny']],
  ['koord', ['spotkanie']],
  ['polit', ['polityka']],
  ['uczelni', ['dolina', 'medyczny', 'spotkanie']],
  ['szkic', []],
  ['aviation', []],
  ['rejestracji', []],
];

describe('relevance of portal-wide search', () => {
  let database: TestDatabase;
  const names = new Map<string, string>();
  before(async () => {
    database = await migratedDatabase();
    for (const [name, document] of Object.entries(CORPUS)) {
      const built = await buildSearchDocument(database.db, document);
      names.set(`${built.kind}:${built.id}`, name);
    }
  });
  after(() => database.destroy());

  it(`answers ${TABLE.length} Polish queries as the table says`, async () => {
    assert.ok(TABLE.length >= 30);
    const problems: string[] = [];
    for (const [q, expected, corrected] of TABLE) {
      const result = await searchDocuments(database.db, {
        q,
        locale: 'pl',
        visibilities: ['public'],
        perPage: 50,
      });
      const found = result.hits.map((hit) => names.get(`${hit.kind}:${hit.id}`));
      if (JSON.stringify(found) !== JSON.stringify(expected)) problems.push(`${q}: ${found.join(' ')}`);
      if (result.didYouMean !== (corrected ?? null)) problems.push(`${q}: did you mean ${result.didYouMean}`);
    }
    assert.deepEqual(problems, []);
  });

  it('shows a signed-in reviewer what they may see, and English documents in English only', async () => {
    const reviewer = await searchDocuments(database.db, {
      q: 'lotniczy',
      locale: 'pl',
      visibilities: ['public', 'registration.review'],
    });
    assert.ok(reviewer.hits.some((hit) => hit.title === 'Klaster Lotniczy w rejestracji'));
    const english = await searchDocuments(database.db, {
      q: 'aviation',
      locale: 'en',
      visibilities: ['public'],
    });
    assert.deepEqual(
      english.hits.map((hit) => hit.title),
      ['Aviation Valley'],
    );
  });
});
