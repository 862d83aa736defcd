import type { Kysely } from 'kysely';

// The portal's first content pages. The Polish texts of the policy and KKK pages are those of the old
// cluster portal's "Poziom krajowy" page; the English texts are our translation.
const PAGES = [
  {
    slug: 'polityka-klastrowa',
    section: 'policy',
    title_pl: 'Polityka klastrowa — poziom krajowy',
    title_en: 'Cluster policy — national level',
    body_pl: `Zgodnie z rekomendacjami Grupy roboczej ds. przyszłej polityki klastrowej zawartymi w raporcie pt. *Kierunki i założenia polityki klastrowej w Polsce do 2020 roku* głównym celem polityki klastrowej w nowej perspektywie finansowej 2014–2020 powinno być wzmocnienie innowacyjności i konkurencyjności polskiej gospodarki w oparciu o intensyfikację współpracy, interakcji i przepływów wiedzy w ramach klastrów oraz wspieranie rozwoju strategicznych specjalizacji gospodarczych poprzez krajowe i regionalne klastry kluczowe.`,
    body_en: `Following the recommendations of the Working Group on future cluster policy in its report *Directions and assumptions of cluster policy in Poland until 2020*, the main aim of cluster policy in the 2014–2020 financial perspective should be to strengthen the innovativeness and competitiveness of the Polish economy by intensifying cooperation, interaction and knowledge flows within clusters, and to support strategic economic specialisations through national and regional key clusters.`,
  },
  {
    slug: 'krajowe-klastry-kluczowe',
    section: 'kkk',
    title_pl: 'Krajowe Klastry Kluczowe',
    title_en: 'National Key Clusters',
    body_pl: `**Krajowy Klaster Kluczowy** – to klaster o istotnym znaczeniu dla gospodarki kraju i wysokiej konkurencyjności międzynarodowej. Krajowe klastry kluczowe są identyfikowane na poziomie krajowym m.in. w oparciu o kryteria dotyczące: masy krytycznej, potencjału rozwojowego i innowacyjnego, dotychczasowej i planowanej współpracy oraz doświadczenia i potencjału koordynatora.

Celem Konkursu jest wyłonienie klastrów o istotnym znaczeniu dla gospodarki kraju i wysokiej konkurencyjności międzynarodowej i nadanie im statusu Krajowego Klastra Kluczowego.

Nagrodą w Konkursie jest status Krajowego Klastra Kluczowego nadawany przez ministra na okres 3 lat od dnia wystawienia dokumentu potwierdzającego status KKK.

Konkurs ma charakter otwarty i jest organizowany cyklicznie w rundach konkursowych.`,
    body_en: `A **National Key Cluster** (Krajowy Klaster Kluczowy, KKK) is a cluster of significant importance for the national economy and of high international competitiveness. National key clusters are identified at national level on criteria that include critical mass, development and innovation potential, past and planned cooperation, and the experience and potential of the coordinator.

The competition selects clusters of significant importance for the national economy and high international competitiveness and grants them the status of National Key Cluster.

The award is the KKK status, granted by the minister for 3 years from the date of the document confirming it.

The competition is open and runs in cyclic rounds.`,
  },
  {
    slug: 'o-projekcie',
    section: 'about',
    title_pl: 'O projekcie',
    title_en: 'About the project',
    body_pl: `Portal Klastrów to publiczny portal polskiej polityki klastrowej. Prowadzi rejestr klastrów (Mapę Klastrów), obsługuje konkurs o status Krajowego Klastra Kluczowego — od naboru wniosków, przez ocenę ekspertów, po decyzję i certyfikat, który każdy może zweryfikować — oraz publikuje kalendarz imprez, forum i materiały o polityce klastrowej.

Portal może prowadzić ministerstwo (program krajowy) albo samorząd województwa (regionalny program klastrów kluczowych).`,
    body_en: `Portal Klastrów (the Cluster Portal) is the public portal of Polish cluster policy. It keeps the registry of clusters (the Map of Clusters) and runs the competition for the status of National Key Cluster (Krajowy Klaster Kluczowy, KKK) — from the call for applications, through expert assessment, to the decision and a certificate that anyone can verify. It also publishes an events calendar, a forum and material on cluster policy at national, regional and European level.

The portal can be run by a ministry (the national programme) or by a voivodeship (a regional key-cluster programme).`,
  },
  {
    slug: 'deklaracja-dostepnosci',
    section: 'accessibility',
    title_pl: 'Deklaracja dostępności',
    title_en: 'Accessibility statement',
    body_pl: `Operator Portalu Klastrów zobowiązuje się zapewnić dostępność swojej strony internetowej zgodnie z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych.

## Stan dostępności cyfrowej

Strona jest projektowana zgodnie z Wytycznymi WCAG 2.1 na poziomie AA. Każda główna strona portalu jest sprawdzana automatycznie narzędziem axe w zwykłym trybie i w trybie wysokiego kontrastu.

## Ułatwienia

- przełącznik wysokiego kontrastu („Włącz kontrast”) — działa bez JavaScriptu i jest zapamiętywany; portal uwzględnia też ustawienie systemowe „zwiększony kontrast”,
- przełącznik wielkości tekstu,
- link „Przejdź do treści” na początku każdej strony,
- obsługa całej strony z klawiatury.

## Informacje zwrotne i dane kontaktowe

Problemy z dostępnością prosimy zgłaszać na adres podany w stopce strony. Każdy ma prawo zażądać zapewnienia dostępności cyfrowej strony lub jej elementu.`,
    body_en: `The operator of Portal Klastrów undertakes to make its website accessible in accordance with the Polish Act of 4 April 2019 on the digital accessibility of websites and mobile applications of public bodies.

## Compliance status

The website is designed to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA. Every main page of the portal is checked automatically with axe, in normal and in high-contrast mode.

## Accessibility features

- a high-contrast switch ("Włącz kontrast") that works without JavaScript and is remembered; the portal also follows the system setting for increased contrast,
- a text-size switch,
- a "Skip to content" link at the top of every page,
- full keyboard operation.

## Feedback and contact

Please report accessibility problems to the address given in the page footer. Everyone has the right to request that a page or part of it be made accessible.`,
  },
];

const LOADED_AT = '2026-11-27T08:05:00.000Z';

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function up(db: Kysely<any>): Promise<void> {
  await db
    .insertInto('pages')
    .values(PAGES.map((page) => ({ ...page, updated_at: LOADED_AT })))
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function down(db: Kysely<any>): Promise<void> {
  await db
    .deleteFrom('pages')
    .where(
      'slug',
      'in',
      PAGES.map((page) => page.slug),
    )
    .execute();
}
