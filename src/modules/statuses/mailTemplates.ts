import { GREETING, type MailTemplates } from '../../platform/mail/templates/content.ts';
/** What each of the module’s mails needs; the mail’s language comes separately. */
export interface StatusesMail {
  /** A KKK status ends in about 6 or 3 months; validUntil already written in the mail's language. */
  kkkStatusExpiring: {
    /** The recipient: an owner's name, or for the cluster's own e-mail its contact person, else its name. */
    name: string;
    clusterName: string;
    roundName: string;
    validUntil: string;
    months: 6 | 3;
    link: string;
  };
}

export const mailTemplates: MailTemplates<StatusesMail> = {
  pl: {
    kkkStatusExpiring: ({ name, clusterName, roundName, validUntil, months, link }) => ({
      subject: `Status KKK klastra ${clusterName} wygasa ${validUntil}`,
      greeting: GREETING.pl(name),
      intro: [
        `Status Krajowego Klastra Kluczowego klastra ${clusterName} (${roundName}) jest ważny do ${validUntil} — zostało około ${months} miesięcy.`,
        'Aby zachować status, klaster może złożyć wniosek o jego odnowienie w najbliższym naborze konkursu.',
      ],
      action: { label: 'Zobacz rejestr statusów KKK', url: link },
      outro: [
        'Otrzymujesz tę wiadomość jako adres kontaktowy lub właściciel profilu klastra w Portalu Klastrów.',
      ],
    }),
  },
  en: {
    kkkStatusExpiring: ({ name, clusterName, roundName, validUntil, months, link }) => ({
      subject: `The KKK status of ${clusterName} ends on ${validUntil}`,
      greeting: GREETING.en(name),
      intro: [
        `The National Key Cluster status of ${clusterName} (${roundName}) is valid until ${validUntil} — about ${months} months from now.`,
        "To keep the status, the cluster may apply for its renewal in the competition's next call.",
      ],
      action: { label: 'See the register of KKK statuses', url: link },
      outro: [
        "You receive this as the contact address or an owner of the cluster's profile on Portal Klastrów.",
      ],
    }),
  },
};
