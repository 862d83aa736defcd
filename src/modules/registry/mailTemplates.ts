import { GREETING, type MailTemplates } from '../../platform/mail/templates/content.ts';
import { formatDate } from '../../platform/time.ts';
/** What each of the module’s mails needs; the mail’s language comes separately. */
export interface RegistryMail {
  /** A step of a cluster's registration or of a material change of its profile, told to its owner. */
  registrationUpdate: {
    name: string;
    clusterName: string;
    step: 'submitted' | 'approved' | 'returned' | 'rejected' | 'changeApproved' | 'changeRejected';
    /** The operator's comments (returned) or reason (rejected). */
    comment?: string;
    link: string;
  };
  /** The owner added the person to a cluster's team as an editor. */
  teamEditorAdded: { name: string; clusterName: string; addedBy: string; link: string };
  /** An invitation to a cluster's team for an address with no account yet. */
  teamInvitation: { name: string; clusterName: string; invitedBy: string; link: string; validDays: number };
  teamEditorRemoved: { name: string; clusterName: string };
  /** An operator's decision on a member-list change of a published cluster. */
  memberChangeDecided: {
    name: string;
    clusterName: string;
    approved: boolean;
    reason: string;
    added: number;
    left: number;
  };
  /** The half-yearly request to confirm a cluster's data; lastConfirmed is an instant. */
  freshnessReminder: { name: string; clusterName: string; lastConfirmed: string; link: string };
}

export const mailTemplates: MailTemplates<RegistryMail> = {
  pl: {
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
        greeting: GREETING.pl(name),
        intro: [sentence, ...(comment ? [`${label}: ${comment}`] : [])],
        action: { label: 'Przejdź do klastra', url: link },
        outro: ['Wszystkie swoje klastry znajdziesz w portalu na stronie „Moje klastry”.'],
      };
    },
    teamEditorAdded: ({ name, clusterName, addedBy, link }) => ({
      subject: `Dodano Cię do zespołu klastra ${clusterName}`,
      greeting: GREETING.pl(name),
      intro: [
        `${addedBy} dodał(a) Cię do zespołu klastra ${clusterName} w Portalu Klastrów. Możesz teraz aktualizować profil klastra i listę jego członków.`,
      ],
      action: { label: 'Przejdź do klastra', url: link },
      outro: [],
    }),
    teamInvitation: ({ name, clusterName, invitedBy, link, validDays }) => ({
      subject: `Zaproszenie do zespołu klastra ${clusterName}`,
      greeting: GREETING.pl(name),
      intro: [
        `${invitedBy} zaprasza Cię do zespołu klastra ${clusterName} w Portalu Klastrów.`,
        `Otwórz link, zaloguj się albo załóż konto z tym adresem e-mail i potwierdź dołączenie. Link jest ważny ${validDays} dni i działa jeden raz.`,
      ],
      action: { label: 'Przyjmij zaproszenie', url: link },
      outro: ['Jeśli nie spodziewasz się tego zaproszenia, zignoruj tę wiadomość.'],
    }),
    teamEditorRemoved: ({ name, clusterName }) => ({
      subject: `Usunięto Cię z zespołu klastra ${clusterName}`,
      greeting: GREETING.pl(name),
      intro: [
        `Właściciel klastra ${clusterName} usunął Cię z zespołu. Nie możesz już edytować profilu tego klastra.`,
      ],
      outro: [],
    }),
    memberChangeDecided: ({ name, clusterName, approved, reason, added, left }) => ({
      subject: approved
        ? `Zatwierdzono zmianę członków klastra ${clusterName}`
        : `Odrzucono zmianę członków klastra ${clusterName}`,
      greeting: GREETING.pl(name),
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
      greeting: GREETING.pl(name),
      intro: [
        `Dane klastra ${clusterName} w Portalu Klastrów potwierdzono ostatnio ${formatDate(lastConfirmed, 'pl')}. Co pół roku prosimy o sprawdzenie profilu i listy członków.`,
        'Jeśli dane są aktualne, kliknij „Potwierdzam aktualność danych”. Profil niepotwierdzony przez rok jest oznaczany jako nieaktualny.',
      ],
      action: { label: 'Sprawdź dane klastra', url: link },
      outro: [],
    }),
  },
  en: {
    registrationUpdate: ({ name, clusterName, step, comment, link }) => {
      const steps = {
        submitted: [
          'Cluster registration submitted for review',
          `We have received the registration of the cluster “${clusterName}” for the Cluster Map. An operator of the portal will check it and let you know the decision.`,
        ],
        approved: [
          'Cluster published on the Cluster Map',
          `The registration of the cluster “${clusterName}” has been approved. The cluster’s profile is now on the Cluster Map.`,
        ],
        returned: [
          'Cluster registration returned for corrections',
          `An operator has returned the registration of the cluster “${clusterName}” for corrections. Correct the form and submit it again.`,
        ],
        rejected: [
          'Cluster registration rejected',
          `The registration of the cluster “${clusterName}” has been rejected.`,
        ],
        changeApproved: [
          'Change of the cluster profile approved',
          `An operator has approved the change of the name or coordinator of the cluster “${clusterName}”. The profile now shows it.`,
        ],
        changeRejected: [
          'Change of the cluster profile rejected',
          `An operator has rejected the change of the name or coordinator of the cluster “${clusterName}”. The profile stays as it was.`,
        ],
      } as const;
      const [subject, sentence] = steps[step];
      const label = step === 'rejected' || step === 'changeRejected' ? 'Reason' : 'Operator’s comments';
      return {
        subject,
        greeting: GREETING.en(name),
        intro: [sentence, ...(comment ? [`${label}: ${comment}`] : [])],
        action: { label: 'Go to the cluster', url: link },
        outro: ['All your clusters are on the “My clusters” page of the portal.'],
      };
    },
    teamEditorAdded: ({ name, clusterName, addedBy, link }) => ({
      subject: `You were added to the team of ${clusterName}`,
      greeting: GREETING.en(name),
      intro: [
        `${addedBy} added you to the team of the cluster ${clusterName} in Portal Klastrów. You can now update the cluster's profile and member list.`,
      ],
      action: { label: 'Go to the cluster', url: link },
      outro: [],
    }),
    teamInvitation: ({ name, clusterName, invitedBy, link, validDays }) => ({
      subject: `Invitation to the team of ${clusterName}`,
      greeting: GREETING.en(name),
      intro: [
        `${invitedBy} invites you to the team of the cluster ${clusterName} in Portal Klastrów.`,
        `Open the link, sign in or create an account with this e-mail address and confirm. The link is valid for ${validDays} days and works once.`,
      ],
      action: { label: 'Accept the invitation', url: link },
      outro: ['If you were not expecting this invitation, ignore this message.'],
    }),
    teamEditorRemoved: ({ name, clusterName }) => ({
      subject: `You were removed from the team of ${clusterName}`,
      greeting: GREETING.en(name),
      intro: [
        `The owner of the cluster ${clusterName} removed you from its team. You can no longer edit its profile.`,
      ],
      outro: [],
    }),
    memberChangeDecided: ({ name, clusterName, approved, reason, added, left }) => ({
      subject: approved ? `Member change approved: ${clusterName}` : `Member change rejected: ${clusterName}`,
      greeting: GREETING.en(name),
      intro: [
        approved
          ? `An operator approved the change to the member list of ${clusterName} (${added} added, ${left} leaving). The profile shows it now.`
          : `An operator rejected the change to the member list of ${clusterName} (${added} added, ${left} leaving).`,
        ...(approved ? [] : [`Reason: ${reason}`]),
      ],
      outro: [],
    }),
    freshnessReminder: ({ name, clusterName, lastConfirmed, link }) => ({
      subject: `Please confirm the data of ${clusterName}`,
      greeting: GREETING.en(name),
      intro: [
        `The data of the cluster ${clusterName} in Portal Klastrów was last confirmed on ${formatDate(lastConfirmed, 'en')}. Every six months we ask you to check the profile and the member list.`,
        'If the data is current, click “I confirm the data is current”. A profile not confirmed for a year is labelled outdated.',
      ],
      action: { label: "Check the cluster's data", url: link },
      outro: [],
    }),
  },
};
