import { GREETING, type MailTemplates } from '../../platform/mail/templates/content.ts';

/** What each of the calendar's mails needs; the mail's language comes separately. */
export interface CalendarMail {
  /** A step of an event proposed to the calendar, told to its proposer. */
  calendarEventUpdate: {
    name: string;
    title: string;
    step: 'received' | 'published' | 'returned' | 'rejected';
    /** The moderator's comment (returned, rejected). */
    comment?: string;
    link: string;
  };
}

export const mailTemplates: MailTemplates<CalendarMail> = {
  pl: {
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
        greeting: GREETING.pl(name),
        intro: [sentence, ...(comment ? [`${label}: ${comment}`] : [])],
        action: { label: 'Zobacz wydarzenie', url: link },
        outro: [],
      };
    },
  },
  en: {
    calendarEventUpdate: ({ name, title, step, comment, link }) => {
      const steps = {
        received: [
          'Event proposed to the calendar',
          `We have received your proposal of the event “${title}”. A moderator will review it and tell you the decision.`,
        ],
        published: ['Event published', `The event “${title}” is now shown in the events calendar.`],
        returned: [
          'Event returned for correction',
          `A moderator has returned the proposal of the event “${title}” for correction. Correct it and send it again.`,
        ],
        rejected: ['Event rejected', `The proposal of the event “${title}” has been rejected.`],
      } as const;
      const [subject, sentence] = steps[step];
      const label = step === 'rejected' ? 'Reason' : 'Moderator’s comments';
      return {
        subject,
        greeting: GREETING.en(name),
        intro: [sentence, ...(comment ? [`${label}: ${comment}`] : [])],
        action: { label: 'See the event', url: link },
        outro: [],
      };
    },
  },
};
