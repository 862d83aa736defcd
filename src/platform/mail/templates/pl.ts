import { formatDate } from '../../time.ts';
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
    kkkStatusExpiring: ({ name, clusterName, roundName, validUntil, months, link }) => ({
      subject: `Status KKK klastra ${clusterName} wygasa ${validUntil}`,
      greeting: greeting(name),
      intro: [
        `Status Krajowego Klastra Kluczowego klastra ${clusterName} (${roundName}) jest ważny do ${validUntil} — zostało około ${months} miesięcy.`,
        'Aby zachować status, klaster może złożyć wniosek o jego odnowienie w najbliższym naborze konkursu.',
      ],
      action: { label: 'Zobacz rejestr statusów KKK', url: link },
      outro: [
        'Otrzymujesz tę wiadomość jako adres kontaktowy lub właściciel profilu klastra w Portalu Klastrów.',
      ],
    }),
    roleChanged: ({ name, roles }) => ({
      subject: 'Zmiana uprawnień w Portalu Klastrów',
      greeting: greeting(name),
      intro: ['Zmieniono uprawnienia Twojego konta w Portalu Klastrów.', rolesSentence(roles)],
      outro: ['Jeśli uważasz, że to pomyłka, skontaktuj się z obsługą portalu.'],
    }),
    registrationUpdate: ({ name, clusterName, step, comment, link }) => {
      const steps = {
        submitted: [
          'Zgłoszenie klastra wysłane do weryfikacji',
          `Otrzymaliśmy zgłoszenie klastra „${clusterName}” do Mapy Klastrów. Operator portalu sprawdzi je i poinformuje Cię o decyzji.`,
        ],
        approved: [
          'Klaster opublikowany w Mapie Klastrów',
          `Zgłoszenie klastra „${clusterName}” zostało zatwierdzone. Profil klastra jest już widoczny w Mapie Klastrów.`,
        ],
        returned: [
          'Zgłoszenie klastra zwrócone do poprawy',
          `Operator zwrócił zgłoszenie klastra „${clusterName}” do poprawy. Popraw formularz i wyślij go ponownie.`,
        ],
        rejected: ['Zgłoszenie klastra odrzucone', `Zgłoszenie klastra „${clusterName}” zostało odrzucone.`],
        changeApproved: [
          'Zmiana profilu klastra zatwierdzona',
          `Operator zatwierdził zmianę nazwy lub koordynatora klastra „${clusterName}”. Zmiana jest już widoczna w profilu.`,
        ],
        changeRejected: [
          'Zmiana profilu klastra odrzucona',
          `Operator odrzucił zmianę nazwy lub koordynatora klastra „${clusterName}”. Profil pozostaje bez zmian.`,
        ],
      } as const;
      const [subject, sentence] = steps[step];
      const label = step === 'rejected' || step === 'changeRejected' ? 'Uzasadnienie' : 'Uwagi operatora';
      return {
        subject,
        greeting: greeting(name),
        intro: [sentence, ...(comment ? [`${label}: ${comment}`] : [])],
        action: { label: 'Przejdź do klastra', url: link },
        outro: ['Wszystkie swoje klastry znajdziesz w portalu na stronie „Moje klastry”.'],
      };
    },
    competitionReceipt: ({ name, roundName, receiptNumber, submittedAt, sha256, link }) => ({
      subject: `Potwierdzenie złożenia wniosku ${receiptNumber}`,
      greeting: greeting(name),
      intro: [
        `Wniosek w naborze „${roundName}” został złożony ${submittedAt} (czas warszawski).`,
        `Numer potwierdzenia: ${receiptNumber}.`,
        `Skrót SHA-256 złożonej wersji wniosku: ${sha256}.`,
      ],
      action: { label: 'Zobacz wniosek', url: link },
      outro: ['Zachowaj tę wiadomość: numer i skrót potwierdzają, co i kiedy zostało złożone.'],
    }),
    competitionFormalDecision: ({ name, roundName, receiptNumber, decision, comment, dueAt, link }) => ({
      subject: `Ocena formalna wniosku ${receiptNumber}`,
      greeting: greeting(name),
      intro: [
        decision === 'accepted'
          ? `Wniosek ${receiptNumber} w naborze „${roundName}” przeszedł ocenę formalną i przechodzi do oceny merytorycznej.`
          : decision === 'rejected'
            ? `Wniosek ${receiptNumber} w naborze „${roundName}” został odrzucony w ocenie formalnej.`
            : `Wniosek ${receiptNumber} w naborze „${roundName}” wymaga uzupełnień. Popraw wskazane pola i złóż go ponownie do ${dueAt ?? ''} (czas warszawski).`,
        ...(comment ? [`Uzasadnienie: ${comment}`] : []),
      ],
      action: { label: 'Zobacz wniosek', url: link },
      outro: [],
    }),
    competitionDeadlineExtended: ({ name, roundName, closesAt, reason, link }) => ({
      subject: `Przedłużono nabór „${roundName}”`,
      greeting: greeting(name),
      intro: [
        `Nabór „${roundName}” przyjmuje wnioski do ${closesAt} (czas warszawski).`,
        `Powód przedłużenia: ${reason}`,
        'Twój wniosek jest wersją roboczą: złóż go przed nowym terminem.',
      ],
      action: { label: 'Zobacz wniosek', url: link },
      outro: [],
    }),
    teamEditorAdded: ({ name, clusterName, addedBy, link }) => ({
      subject: `Dodano Cię do zespołu klastra ${clusterName}`,
      greeting: greeting(name),
      intro: [
        `${addedBy} dodał(a) Cię do zespołu klastra ${clusterName} w Portalu Klastrów. Możesz teraz aktualizować profil klastra i listę jego członków.`,
      ],
      action: { label: 'Przejdź do klastra', url: link },
      outro: [],
    }),
    teamInvitation: ({ name, clusterName, invitedBy, link, validDays }) => ({
      subject: `Zaproszenie do zespołu klastra ${clusterName}`,
      greeting: greeting(name),
      intro: [
        `${invitedBy} zaprasza Cię do zespołu klastra ${clusterName} w Portalu Klastrów.`,
        `Otwórz link, zaloguj się albo załóż konto z tym adresem e-mail i potwierdź dołączenie. Link jest ważny ${validDays} dni i działa jeden raz.`,
      ],
      action: { label: 'Przyjmij zaproszenie', url: link },
      outro: ['Jeśli nie spodziewasz się tego zaproszenia, zignoruj tę wiadomość.'],
    }),
    teamEditorRemoved: ({ name, clusterName }) => ({
      subject: `Usunięto Cię z zespołu klastra ${clusterName}`,
      greeting: greeting(name),
      intro: [
        `Właściciel klastra ${clusterName} usunął Cię z zespołu. Nie możesz już edytować profilu tego klastra.`,
      ],
      outro: [],
    }),
    memberChangeDecided: ({ name, clusterName, approved, reason, added, left }) => ({
      subject: approved
        ? `Zatwierdzono zmianę członków klastra ${clusterName}`
        : `Odrzucono zmianę członków klastra ${clusterName}`,
      greeting: greeting(name),
      intro: [
        approved
          ? `Operator zatwierdził zmianę listy członków klastra ${clusterName} (dodanie: ${added}, odejście: ${left}). Zmiana jest już widoczna w profilu.`
          : `Operator odrzucił zmianę listy członków klastra ${clusterName} (dodanie: ${added}, odejście: ${left}).`,
        ...(approved ? [] : [`Uzasadnienie: ${reason}`]),
      ],
      outro: [],
    }),
    freshnessReminder: ({ name, clusterName, lastConfirmed, link }) => ({
      subject: `Prosimy o potwierdzenie danych klastra ${clusterName}`,
      greeting: greeting(name),
      intro: [
        `Dane klastra ${clusterName} w Portalu Klastrów potwierdzono ostatnio ${formatDate(lastConfirmed, 'pl')}. Co pół roku prosimy o sprawdzenie profilu i listy członków.`,
        'Jeśli dane są aktualne, kliknij „Potwierdzam aktualność danych”. Profil niepotwierdzony przez rok jest oznaczany jako nieaktualny.',
      ],
      action: { label: 'Sprawdź dane klastra', url: link },
      outro: [],
    }),
    assessmentTaskAssigned: ({ name, due, link }) => ({
      subject: 'Nowy wniosek do oceny w konkursie KKK',
      greeting: greeting(name),
      intro: [
        'Przydzielono Ci wniosek do oceny merytorycznej w konkursie o status Krajowego Klastra Kluczowego.',
        'Zanim zobaczysz wniosek, złóż oświadczenie o braku konfliktu interesów i o zachowaniu poufności — albo zgłoś konflikt, a wniosek otrzyma inny ekspert.',
        ...(due ? [`Termin oceny: ${due}.`] : []),
      ],
      action: { label: 'Otwórz zadanie', url: link },
      outro: [],
    }),
    assessmentPresentationScheduled: ({ name, clusterName, when, place, onlineUrl, link }) => ({
      subject: `Prezentacja klastra ${clusterName} przed Panelem Ekspertów`,
      greeting: greeting(name),
      intro: [
        `Zapraszamy na prezentację klastra ${clusterName} przed Panelem Ekspertów: ${when} (czas polski).`,
        ...(place ? [`Miejsce: ${place}.`] : []),
        ...(onlineUrl ? [`Spotkanie online: ${onlineUrl}`] : []),
      ],
      action: { label: 'Zobacz wniosek', url: link },
      outro: [],
    }),
    assessmentResults: ({
      name,
      clusterName,
      granted,
      documentNumber,
      documentDate,
      validUntil,
      total,
      panelComment,
      criteria,
      appealUntil,
      link,
    }) => ({
      subject: granted
        ? `Klaster ${clusterName} otrzymał status Krajowego Klastra Kluczowego`
        : `Decyzja w sprawie wniosku klastra ${clusterName}`,
      greeting: greeting(name),
      intro: [
        granted
          ? `Minister przyznał klastrowi ${clusterName} status Krajowego Klastra Kluczowego (dokument nr ${documentNumber} z ${documentDate})${validUntil ? `, ważny do ${validUntil}` : ''}.`
          : `Minister odmówił przyznania klastrowi ${clusterName} statusu Krajowego Klastra Kluczowego (dokument nr ${documentNumber} z ${documentDate}).`,
        `Łączna ocena: ${total} pkt. Poniżej oceny i uzasadnienia ekspertów.`,
        ...criteria.flatMap((line) => [
          `${line.criterion} — średnio ${line.mean} z ${line.maxPoints} pkt`,
          ...line.experts.map(
            (expert) => `Ekspert ${expert.number}: ${expert.points} pkt. ${expert.justification}`,
          ),
        ]),
        ...(panelComment ? [`Panel Ekspertów: ${panelComment}`] : []),
      ],
      action: { label: 'Zobacz wyniki', url: link },
      outro: appealUntil ? [`Odwołanie z uzasadnieniem można złożyć w portalu do ${appealUntil}.`] : [],
    }),
    assessmentAppealResolved: ({ name, clusterName, reassessment, resolution, link }) => ({
      subject: reassessment
        ? `Odwołanie klastra ${clusterName}: wniosek zostanie oceniony ponownie`
        : `Odwołanie klastra ${clusterName} zostało oddalone`,
      greeting: greeting(name),
      intro: [
        reassessment
          ? `Operator uwzględnił odwołanie klastra ${clusterName}: wniosek oceni ponownie inny ekspert, a dotychczasowa decyzja przestaje obowiązywać.`
          : `Operator oddalił odwołanie klastra ${clusterName}.`,
        `Uzasadnienie: ${resolution}`,
      ],
      action: { label: 'Zobacz wniosek', url: link },
      outro: [],
    }),
    calendarEventUpdate: ({ name, title, step, comment, link }) => {
      const steps = {
        received: [
          'Wydarzenie zgłoszone do kalendarza',
          `Otrzymaliśmy zgłoszenie wydarzenia „${title}”. Moderator sprawdzi je i poinformuje Cię o decyzji.`,
        ],
        published: [
          'Wydarzenie opublikowane',
          `Wydarzenie „${title}” jest już widoczne w kalendarzu imprez.`,
        ],
        returned: [
          'Wydarzenie zwrócone do poprawy',
          `Moderator zwrócił zgłoszenie wydarzenia „${title}” do poprawy. Popraw je i wyślij ponownie.`,
        ],
        rejected: ['Wydarzenie odrzucone', `Zgłoszenie wydarzenia „${title}” zostało odrzucone.`],
      } as const;
      const [subject, sentence] = steps[step];
      const label = step === 'rejected' ? 'Uzasadnienie' : 'Uwagi moderatora';
      return {
        subject,
        greeting: greeting(name),
        intro: [sentence, ...(comment ? [`${label}: ${comment}`] : [])],
        action: { label: 'Zobacz wydarzenie', url: link },
        outro: [],
      };
    },
  },
};
