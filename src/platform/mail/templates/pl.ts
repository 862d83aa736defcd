import type { MailTexts } from './content.ts';

const ROLE_NAMES: Record<string, string> = {
  user: 'użytkownik',
  coordinator: 'koordynator',
  expert: 'ekspert',
  operator: 'operator',
  moderator: 'moderator',
  admin: 'administrator',
};

const MINUTE_FORMS: Record<string, string> = { one: 'minutę', few: 'minuty', many: 'minut', other: 'minuty' };
const plural = new Intl.PluralRules('pl');
const list = new Intl.ListFormat('pl', { type: 'conjunction' });

/** "1 minutę", "3 minuty", "60 minut": the accusative after "przez". */
function minutes(count: number): string {
  return `${count} ${MINUTE_FORMS[plural.select(count)]}`;
}

function rolesSentence(roles: readonly string[]): string {
  if (roles.length === 0) return 'Twoje konto nie ma teraz żadnej roli.';
  return `Twoje role to teraz: ${list.format(roles.map((role) => ROLE_NAMES[role] ?? role))}.`;
}

const greeting = (name: string) => `Dzień dobry, ${name}!`;
const CONTACT_SUPPORT = 'jak najszybciej skontaktuj się z obsługą portalu';

export const pl: MailTexts = {
  linkHint: 'Jeśli przycisk nie działa, skopiuj poniższy adres i wklej go do przeglądarki:',
  signOff: 'Pozdrawiamy',
  team: 'Zespół Portalu Klastrów',
  automatic: 'Ta wiadomość została wysłana automatycznie. Prosimy na nią nie odpowiadać.',
  templates: {
    accountVerify: ({ name, link }) => ({
      subject: 'Potwierdź adres e-mail w Portalu Klastrów',
      greeting: greeting(name),
      intro: [
        'Dziękujemy za założenie konta w Portalu Klastrów. Aby je aktywować, potwierdź, że ten adres e-mail należy do Ciebie.',
      ],
      action: { label: 'Potwierdź adres e-mail', url: link },
      outro: [
        'Jeśli nie zakładasz konta w Portalu Klastrów, po prostu zignoruj tę wiadomość. Bez potwierdzenia adresu konto nie zostanie aktywowane.',
      ],
    }),
    passwordReset: ({ name, link, validMinutes }) => ({
      subject: 'Ustawianie nowego hasła w Portalu Klastrów',
      greeting: greeting(name),
      intro: ['Otrzymaliśmy prośbę o ustawienie nowego hasła do Twojego konta w Portalu Klastrów.'],
      action: { label: 'Ustaw nowe hasło', url: link },
      outro: [
        `Link jest ważny przez ${minutes(validMinutes)}.`,
        'Jeśli to nie Ty prosisz o nowe hasło, zignoruj tę wiadomość — dotychczasowe hasło pozostanie bez zmian.',
      ],
    }),
    emailChange: ({ name, link, newEmail }) => ({
      subject: 'Potwierdź nowy adres e-mail w Portalu Klastrów',
      greeting: greeting(name),
      intro: [
        `Otrzymaliśmy prośbę o zmianę adresu e-mail Twojego konta w Portalu Klastrów na ${newEmail}. Adres zmieni się dopiero wtedy, gdy potwierdzisz, że należy do Ciebie.`,
      ],
      action: { label: 'Potwierdź nowy adres', url: link },
      outro: ['Jeśli to nie Ty prosisz o zmianę, zignoruj tę wiadomość — adres konta pozostanie bez zmian.'],
    }),
    passwordChanged: ({ name }) => ({
      subject: 'Hasło do Twojego konta zostało zmienione',
      greeting: greeting(name),
      intro: ['Hasło do Twojego konta w Portalu Klastrów zostało zmienione.'],
      outro: [
        'Jeśli to była Twoja zmiana, nie musisz nic robić.',
        `Jeśli nie, od razu ustaw nowe hasło za pomocą odnośnika „Nie pamiętasz hasła?” na stronie logowania i ${CONTACT_SUPPORT}.`,
      ],
    }),
    accountDeletionRequested: ({ name }) => ({
      subject: 'Prośba o usunięcie konta w Portalu Klastrów',
      greeting: greeting(name),
      intro: ['Przyjęliśmy prośbę o usunięcie Twojego konta w Portalu Klastrów.'],
      outro: [`Jeśli ta prośba nie pochodzi od Ciebie, ${CONTACT_SUPPORT}.`],
    }),
    roleChanged: ({ name, roles }) => ({
      subject: 'Zmiana uprawnień w Portalu Klastrów',
      greeting: greeting(name),
      intro: ['Zmieniono uprawnienia Twojego konta w Portalu Klastrów.', rolesSentence(roles)],
      outro: ['Jeśli uważasz, że to pomyłka, skontaktuj się z obsługą portalu.'],
    }),
  },
};
