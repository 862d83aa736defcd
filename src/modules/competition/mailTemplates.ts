import { GREETING, type MailTemplates } from '../../platform/mail/templates/content.ts';
/** What each of the module’s mails needs; the mail’s language comes separately. */
export interface CompetitionMail {
  /** A KKK application was submitted (or resubmitted with corrections): the receipt. */
  competitionReceipt: {
    name: string;
    roundName: string;
    receiptNumber: string;
    /** Warsaw time, already written in the mail's language. */
    submittedAt: string;
    sha256: string;
    link: string;
  };
  /** The formal check's outcome; dueAt (Warsaw time, written) only when corrections are asked for. */
  competitionFormalDecision: {
    name: string;
    roundName: string;
    receiptNumber: string;
    decision: 'accepted' | 'rejected' | 'corrections';
    comment: string;
    dueAt: string | null;
    link: string;
  };
  /** An open call's closing was extended; told to every team with a draft (closesAt written, Warsaw). */
  competitionDeadlineExtended: {
    name: string;
    roundName: string;
    closesAt: string;
    reason: string;
    link: string;
  };
}

export const mailTemplates: MailTemplates<CompetitionMail> = {
  pl: {
    competitionReceipt: ({ name, roundName, receiptNumber, submittedAt, sha256, link }) => ({
      subject: `Potwierdzenie złożenia wniosku ${receiptNumber}`,
      greeting: GREETING.pl(name),
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
      greeting: GREETING.pl(name),
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
      greeting: GREETING.pl(name),
      intro: [
        `Nabór „${roundName}” przyjmuje wnioski do ${closesAt} (czas warszawski).`,
        `Powód przedłużenia: ${reason}`,
        'Twój wniosek jest wersją roboczą: złóż go przed nowym terminem.',
      ],
      action: { label: 'Zobacz wniosek', url: link },
      outro: [],
    }),
  },
  en: {
    competitionReceipt: ({ name, roundName, receiptNumber, submittedAt, sha256, link }) => ({
      subject: `Receipt for application ${receiptNumber}`,
      greeting: GREETING.en(name),
      intro: [
        `The application in the call “${roundName}” was submitted on ${submittedAt} (Warsaw time).`,
        `Receipt number: ${receiptNumber}.`,
        `SHA-256 of the submitted version: ${sha256}.`,
      ],
      action: { label: 'View the application', url: link },
      outro: ['Keep this message: the number and the hash confirm what was submitted and when.'],
    }),
    competitionFormalDecision: ({ name, roundName, receiptNumber, decision, comment, dueAt, link }) => ({
      subject: `Formal check of application ${receiptNumber}`,
      greeting: GREETING.en(name),
      intro: [
        decision === 'accepted'
          ? `Application ${receiptNumber} in the call “${roundName}” passed the formal check and goes on to the substantive assessment.`
          : decision === 'rejected'
            ? `Application ${receiptNumber} in the call “${roundName}” was rejected in the formal check.`
            : `Application ${receiptNumber} in the call “${roundName}” needs corrections. Correct the fields named and submit it again by ${dueAt ?? ''} (Warsaw time).`,
        ...(comment ? [`Reasons: ${comment}`] : []),
      ],
      action: { label: 'View the application', url: link },
      outro: [],
    }),
    competitionDeadlineExtended: ({ name, roundName, closesAt, reason, link }) => ({
      subject: `The call “${roundName}” is extended`,
      greeting: GREETING.en(name),
      intro: [
        `The call “${roundName}” now takes applications until ${closesAt} (Warsaw time).`,
        `Reason for the extension: ${reason}`,
        'Your application is still a draft: submit it before the new deadline.',
      ],
      action: { label: 'View the application', url: link },
      outro: [],
    }),
  },
};
