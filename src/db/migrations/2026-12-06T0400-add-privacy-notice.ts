import type { Kysely } from 'kysely';

// The privacy notice (RODO / GDPR arts. 13–14). The controller's name and contact address come from the
// configuration and are shown above this text, so one text serves a ministry and a region alike.
const PAGE = {
  slug: 'polityka-prywatnosci',
  section: 'privacy',
  title_pl: 'Informacja o przetwarzaniu danych osobowych',
  title_en: 'Privacy notice',
  body_pl: `## Administrator danych

Administratorem Twoich danych osobowych jest podmiot prowadzący Portal Klastrów, wskazany na początku tej strony. Z administratorem skontaktujesz się pod adresem e-mail podanym na początku tej strony i w stopce portalu; pod tym samym adresem skontaktujesz się z inspektorem ochrony danych.

## Cele i podstawy prawne przetwarzania

- **Konto w portalu** (imię i nazwisko, adres e-mail, hasło w postaci skrótu, język wiadomości): aby założyć i prowadzić konto na Twoją prośbę — art. 6 ust. 1 lit. b RODO.
- **Rejestr klastrów i konkurs o status Krajowego Klastra Kluczowego** (dane osób kontaktowych, członków zespołu klastra, ekspertów i osób składających wnioski): aby prowadzić publiczny rejestr klastrów i konkurs w interesie publicznym — art. 6 ust. 1 lit. e RODO; dokumentację konkursu przechowujemy także w wykonaniu obowiązku prawnego — art. 6 ust. 1 lit. c RODO.
- **Bezpieczeństwo** (adres IP, informacje o przeglądarce, dziennik zdarzeń, ograniczenia liczby prób logowania): aby chronić portal i konta przed nadużyciami — prawnie uzasadniony interes administratora, art. 6 ust. 1 lit. f RODO.
- **Wiadomości e-mail** wysyłane w związku z kontem, klastrem lub wnioskiem — na tych samych podstawach co sprawa, której dotyczą.

Portal nie używa plików cookie do śledzenia ani reklam. Zapisuje tylko pliki niezbędne: sesję po zalogowaniu, ochronę formularzy oraz Twój wybór języka, kontrastu i wielkości tekstu.

## Okres przechowywania

- dane konta — do czasu usunięcia konta;
- sesje — najwyżej 12 godzin od zalogowania (po 30 minutach bezczynności sesja wygasa);
- dokumentacja konkursu i dziennik zdarzeń — przez okres wymagany przepisami o archiwizacji dokumentacji, nie krócej niż do zakończenia okresu ważności przyznanych statusów i rozpatrzenia odwołań;
- dane w publicznym rejestrze klastrów — dopóki klaster jest w rejestrze.

## Odbiorcy danych

Dane mogą otrzymać eksperci oceniający wnioski (zobowiązani do poufności), podmioty obsługujące infrastrukturę techniczną portalu na zlecenie administratora oraz organy uprawnione na podstawie przepisów prawa. Nie przekazujemy danych poza Europejski Obszar Gospodarczy.

## Twoje prawa

Masz prawo dostępu do swoich danych, ich sprostowania, usunięcia lub ograniczenia przetwarzania, przenoszenia danych (gdy przetwarzamy je na podstawie umowy) oraz wniesienia sprzeciwu wobec przetwarzania opartego na art. 6 ust. 1 lit. e lub f RODO. Masz też prawo wnieść skargę do Prezesa Urzędu Ochrony Danych Osobowych (ul. Stawki 2, 00-193 Warszawa).

Podanie danych jest dobrowolne, ale bez nich nie można założyć konta ani złożyć wniosku. Nie podejmujemy decyzji w sposób zautomatyzowany, w tym nie profilujemy.`,
  body_en: `## Controller

The controller of your personal data is the body that runs Portal Klastrów, named at the top of this page. You can contact the controller, and its data protection officer, at the e-mail address given at the top of this page and in the portal's footer.

## Purposes and legal basis

- **Your account** (name, e-mail address, password as a hash, language of messages): to create and keep the account you ask for — Art. 6(1)(b) GDPR.
- **The cluster registry and the National Key Cluster competition** (contact persons, cluster team members, experts and applicants): to keep the public registry and run the competition in the public interest — Art. 6(1)(e) GDPR; the competition's records are also kept to meet a legal obligation — Art. 6(1)(c) GDPR.
- **Security** (IP address, browser information, the audit log, limits on sign-in attempts): to protect the portal and accounts from abuse — the controller's legitimate interest, Art. 6(1)(f) GDPR.
- **E-mail messages** about your account, cluster or application — on the same basis as the matter they concern.

The portal uses no cookies for tracking or advertising. It stores only what is necessary: your session after signing in, form protection, and your choice of language, contrast and text size.

## How long we keep data

- account data — until the account is deleted;
- sessions — at most 12 hours from signing in (a session ends after 30 minutes of inactivity);
- competition records and the audit log — for as long as archiving law requires, and at least until the statuses granted have expired and appeals have been decided;
- data in the public cluster registry — while the cluster is in the registry.

## Who receives data

Experts assessing applications (bound to confidentiality), providers running the portal's technical infrastructure on the controller's behalf, and authorities entitled by law. Data is not transferred outside the European Economic Area.

## Your rights

You have the right of access to your data, to rectification, erasure or restriction of processing, to data portability (where processing is based on a contract) and to object to processing based on Art. 6(1)(e) or (f) GDPR. You may also lodge a complaint with the President of the Personal Data Protection Office (Prezes UODO, ul. Stawki 2, 00-193 Warsaw, Poland).

Giving your data is voluntary, but without it you cannot create an account or submit an application. No decisions are made by automated means, and there is no profiling.`,
};

const LOADED_AT = '2026-12-06T04:00:00.000Z';

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function up(db: Kysely<any>): Promise<void> {
  await db
    .insertInto('pages')
    .values({ ...PAGE, updated_at: LOADED_AT })
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('pages').where('slug', '=', PAGE.slug).execute();
}
