import { GREETING, type MailTemplates } from '../../platform/mail/templates/content.ts';
/** What each of the module’s mails needs; the mail’s language comes separately. */
export interface AssessmentMail {
  /** An expert is given an application to score; due is a formatted Warsaw date and time. */
  assessmentTaskAssigned: { name: string; due: string | null; link: string };
  /** The panel presentation of a cluster's application (when: formatted Warsaw date and time). */
  assessmentPresentationScheduled: {
    name: string;
    clusterName: string;
    when: string;
    place: string | null;
    onlineUrl: string | null;
    link: string;
  };
  /** The minister's decision with every score and justification; experts only by number. */
  assessmentResults: {
    name: string;
    clusterName: string;
    granted: boolean;
    documentNumber: string;
    documentDate: string;
    validUntil: string | null;
    total: number;
    panelComment: string | null;
    criteria: {
      criterion: string;
      maxPoints: number;
      mean: number;
      experts: { number: number; points: number; justification: string }[];
    }[];
    appealUntil: string | null;
    link: string;
  };
  /** An appeal dismissed, or a re-assessment ordered. */
  assessmentAppealResolved: {
    name: string;
    clusterName: string;
    reassessment: boolean;
    resolution: string;
    link: string;
  };
}

export const mailTemplates: MailTemplates<AssessmentMail> = {
  pl: {
    assessmentTaskAssigned: ({ name, due, link }) => ({
      subject: 'Nowy wniosek do oceny w konkursie KKK',
      greeting: GREETING.pl(name),
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
      greeting: GREETING.pl(name),
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
      greeting: GREETING.pl(name),
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
      greeting: GREETING.pl(name),
      intro: [
        reassessment
          ? `Operator uwzględnił odwołanie klastra ${clusterName}: wniosek oceni ponownie inny ekspert, a dotychczasowa decyzja przestaje obowiązywać.`
          : `Operator oddalił odwołanie klastra ${clusterName}.`,
        `Uzasadnienie: ${resolution}`,
      ],
      action: { label: 'Zobacz wniosek', url: link },
      outro: [],
    }),
  },
  en: {
    assessmentTaskAssigned: ({ name, due, link }) => ({
      subject: 'A new application to assess in the KKK competition',
      greeting: GREETING.en(name),
      intro: [
        'You have been given an application to assess in the National Key Cluster competition.',
        'Before you see it, declare that you have no conflict of interest and will keep it confidential — or declare a conflict, and another expert will take it.',
        ...(due ? [`Due: ${due}.`] : []),
      ],
      action: { label: 'Open the task', url: link },
      outro: [],
    }),
    assessmentPresentationScheduled: ({ name, clusterName, when, place, onlineUrl, link }) => ({
      subject: `${clusterName}: presentation to the Expert Panel`,
      greeting: GREETING.en(name),
      intro: [
        `${clusterName} is invited to present to the Expert Panel on ${when} (Polish time).`,
        ...(place ? [`Place: ${place}.`] : []),
        ...(onlineUrl ? [`Online meeting: ${onlineUrl}`] : []),
      ],
      action: { label: 'View the application', url: link },
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
        ? `${clusterName} has been granted National Key Cluster status`
        : `Decision on the application of ${clusterName}`,
      greeting: GREETING.en(name),
      intro: [
        granted
          ? `The minister granted ${clusterName} the status of National Key Cluster (document no. ${documentNumber} of ${documentDate})${validUntil ? `, valid until ${validUntil}` : ''}.`
          : `The minister refused ${clusterName} the status of National Key Cluster (document no. ${documentNumber} of ${documentDate}).`,
        `Total score: ${total} points. The experts' scores and justifications follow.`,
        ...criteria.flatMap((line) => [
          `${line.criterion} — mean ${line.mean} of ${line.maxPoints} points`,
          ...line.experts.map(
            (expert) => `Expert ${expert.number}: ${expert.points} points. ${expert.justification}`,
          ),
        ]),
        ...(panelComment ? [`Expert Panel: ${panelComment}`] : []),
      ],
      action: { label: 'View the results', url: link },
      outro: appealUntil ? [`You may file a reasoned appeal on the portal until ${appealUntil}.`] : [],
    }),
    assessmentAppealResolved: ({ name, clusterName, reassessment, resolution, link }) => ({
      subject: reassessment
        ? `Appeal of ${clusterName}: the application will be assessed again`
        : `Appeal of ${clusterName} dismissed`,
      greeting: GREETING.en(name),
      intro: [
        reassessment
          ? `The operator upheld the appeal of ${clusterName}: a different expert will assess the application again, and the earlier decision no longer stands.`
          : `The operator dismissed the appeal of ${clusterName}.`,
        `Reasons: ${resolution}`,
      ],
      action: { label: 'View the application', url: link },
      outro: [],
    }),
  },
};
