import { GREETING, type MailTemplates } from '../../platform/mail/templates/content.ts';
import type { Locale } from '../../platform/time.ts';
/** What each of the module’s mails needs; the mail’s language comes separately. */
export interface AccountsMail {
  accountVerify: { name: string; link: string };
  passwordReset: { name: string; link: string; validMinutes: number };
  emailChange: { name: string; link: string; newEmail: string };
  passwordChanged: { name: string };
  accountDeletionRequested: { name: string };
  /** Role identifiers (user, coordinator, …), shown in the mail's language; unknown ones as given. */
  roleChanged: { name: string; roles: readonly string[] };
}

const ROLE_NAMES: Record<Locale, Record<string, string>> = {
  pl: {
    user: 'użytkownik',
    coordinator: 'koordynator',
    expert: 'ekspert',
    operator: 'operator',
    moderator: 'moderator',
    admin: 'administrator',
  },
  en: {
    user: 'user',
    coordinator: 'coordinator',
    expert: 'expert',
    operator: 'operator',
    moderator: 'moderator',
    admin: 'administrator',
  },
};

const MINUTE_FORMS: Record<string, string> = { one: 'minutę', few: 'minuty', many: 'minut', other: 'minuty' };
const plural = { pl: new Intl.PluralRules('pl'), en: new Intl.PluralRules('en') };
const list = {
  pl: new Intl.ListFormat('pl', { type: 'conjunction' }),
  en: new Intl.ListFormat('en', { type: 'conjunction' }),
};

/** "1 minutę", "3 minuty", "60 minut": the accusative after "przez". */
function minutesPl(count: number): string {
  return `${count} ${MINUTE_FORMS[plural.pl.select(count)]}`;
}

function minutesEn(count: number): string {
  return `${count} ${plural.en.select(count) === 'one' ? 'minute' : 'minutes'}`;
}

/** The roles in the mail's language; unknown ones as given. */
function roleList(roles: readonly string[], locale: Locale): string {
  return list[locale].format(roles.map((role) => ROLE_NAMES[locale][role] ?? role));
}

const CONTACT_SUPPORT = {
  pl: 'jak najszybciej skontaktuj się z obsługą portalu',
  en: 'contact the portal’s support as soon as possible',
};

export const mailTemplates: MailTemplates<AccountsMail> = {
  pl: {
    accountVerify: ({ name, link }) => ({
      subject: 'Potwierdź adres e-mail w Portalu Klastrów',
      greeting: GREETING.pl(name),
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
      greeting: GREETING.pl(name),
      intro: ['Otrzymaliśmy prośbę o ustawienie nowego hasła do Twojego konta w Portalu Klastrów.'],
      action: { label: 'Ustaw nowe hasło', url: link },
      outro: [
        `Link jest ważny przez ${minutesPl(validMinutes)}.`,
        'Jeśli to nie Ty prosisz o nowe hasło, zignoruj tę wiadomość — dotychczasowe hasło pozostanie bez zmian.',
      ],
    }),
    emailChange: ({ name, link, newEmail }) => ({
      subject: 'Potwierdź nowy adres e-mail w Portalu Klastrów',
      greeting: GREETING.pl(name),
      intro: [
        `Otrzymaliśmy prośbę o zmianę adresu e-mail Twojego konta w Portalu Klastrów na ${newEmail}. Adres zmieni się dopiero wtedy, gdy potwierdzisz, że należy do Ciebie.`,
      ],
      action: { label: 'Potwierdź nowy adres', url: link },
      outro: ['Jeśli to nie Ty prosisz o zmianę, zignoruj tę wiadomość — adres konta pozostanie bez zmian.'],
    }),
    passwordChanged: ({ name }) => ({
      subject: 'Hasło do Twojego konta zostało zmienione',
      greeting: GREETING.pl(name),
      intro: ['Hasło do Twojego konta w Portalu Klastrów zostało zmienione.'],
      outro: [
        'Jeśli to była Twoja zmiana, nie musisz nic robić.',
        `Jeśli nie, od razu ustaw nowe hasło za pomocą odnośnika „Nie pamiętasz hasła?” na stronie logowania i ${CONTACT_SUPPORT.pl}.`,
      ],
    }),
    accountDeletionRequested: ({ name }) => ({
      subject: 'Prośba o usunięcie konta w Portalu Klastrów',
      greeting: GREETING.pl(name),
      intro: ['Przyjęliśmy prośbę o usunięcie Twojego konta w Portalu Klastrów.'],
      outro: [`Jeśli ta prośba nie pochodzi od Ciebie, ${CONTACT_SUPPORT.pl}.`],
    }),
    roleChanged: ({ name, roles }) => ({
      subject: 'Zmiana uprawnień w Portalu Klastrów',
      greeting: GREETING.pl(name),
      intro: [
        'Zmieniono uprawnienia Twojego konta w Portalu Klastrów.',
        roles.length === 0
          ? 'Twoje konto nie ma teraz żadnej roli.'
          : `Twoje role to teraz: ${roleList(roles, 'pl')}.`,
      ],
      outro: ['Jeśli uważasz, że to pomyłka, skontaktuj się z obsługą portalu.'],
    }),
  },
  en: {
    accountVerify: ({ name, link }) => ({
      subject: 'Confirm your e-mail address for Portal Klastrów',
      greeting: GREETING.en(name),
      intro: [
        'Thank you for creating an account on Portal Klastrów. To activate it, please confirm that this e-mail address is yours.',
      ],
      action: { label: 'Confirm e-mail address', url: link },
      outro: [
        'If you are not creating an account on Portal Klastrów, simply ignore this message. The account stays inactive until the address is confirmed.',
      ],
    }),
    passwordReset: ({ name, link, validMinutes }) => ({
      subject: 'Set a new password for Portal Klastrów',
      greeting: GREETING.en(name),
      intro: ['We received a request to set a new password for your Portal Klastrów account.'],
      action: { label: 'Set a new password', url: link },
      outro: [
        `The link is valid for ${minutesEn(validMinutes)}.`,
        'If you did not ask for a new password, ignore this message — your current password stays unchanged.',
      ],
    }),
    emailChange: ({ name, link, newEmail }) => ({
      subject: 'Confirm your new e-mail address for Portal Klastrów',
      greeting: GREETING.en(name),
      intro: [
        `We received a request to change the e-mail address of your Portal Klastrów account to ${newEmail}. The address changes only once you confirm that it is yours.`,
      ],
      action: { label: 'Confirm the new address', url: link },
      outro: [
        'If you did not ask for this change, ignore this message — your account’s address stays unchanged.',
      ],
    }),
    passwordChanged: ({ name }) => ({
      subject: 'Your Portal Klastrów password has been changed',
      greeting: GREETING.en(name),
      intro: ['The password of your Portal Klastrów account has been changed.'],
      outro: [
        'If you made this change, there is nothing more to do.',
        `If you did not, set a new password straight away with the “Forgotten your password?” link on the sign-in page and ${CONTACT_SUPPORT.en}.`,
      ],
    }),
    accountDeletionRequested: ({ name }) => ({
      subject: 'Request to delete your Portal Klastrów account',
      greeting: GREETING.en(name),
      intro: ['We have received a request to delete your Portal Klastrów account.'],
      outro: [`If you did not make this request, ${CONTACT_SUPPORT.en}.`],
    }),
    roleChanged: ({ name, roles }) => ({
      subject: 'Your roles on Portal Klastrów have changed',
      greeting: GREETING.en(name),
      intro: [
        'The permissions of your Portal Klastrów account have changed.',
        roles.length === 0
          ? 'Your account now has no roles.'
          : `Your roles are now: ${roleList(roles, 'en')}.`,
      ],
      outro: ['If you think this is a mistake, contact the portal’s support.'],
    }),
  },
};
