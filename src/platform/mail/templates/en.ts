import { formatDate } from '../../time.ts';
import type { MailTexts } from './content.ts';

const ROLE_NAMES: Record<string, string> = {
  user: 'user',
  coordinator: 'coordinator',
  expert: 'expert',
  operator: 'operator',
  moderator: 'moderator',
  admin: 'administrator',
};

const plural = new Intl.PluralRules('en');
const list = new Intl.ListFormat('en', { type: 'conjunction' });

function minutes(count: number): string {
  return `${count} ${plural.select(count) === 'one' ? 'minute' : 'minutes'}`;
}

function rolesSentence(roles: readonly string[]): string {
  if (roles.length === 0) return 'Your account now has no roles.';
  return `Your roles are now: ${list.format(roles.map((role) => ROLE_NAMES[role] ?? role))}.`;
}

const greeting = (name: string) => `Hello ${name},`;
const CONTACT_SUPPORT = 'contact the portal’s support as soon as possible';

export const en: MailTexts = {
  linkHint: 'If the button does not work, copy this address into your browser:',
  signOff: 'Kind regards,',
  team: 'The Portal Klastrów team',
  automatic: 'This message was sent automatically. Please do not reply to it.',
  templates: {
    accountVerify: ({ name, link }) => ({
      subject: 'Confirm your e-mail address for Portal Klastrów',
      greeting: greeting(name),
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
      greeting: greeting(name),
      intro: ['We received a request to set a new password for your Portal Klastrów account.'],
      action: { label: 'Set a new password', url: link },
      outro: [
        `The link is valid for ${minutes(validMinutes)}.`,
        'If you did not ask for a new password, ignore this message — your current password stays unchanged.',
      ],
    }),
    emailChange: ({ name, link, newEmail }) => ({
      subject: 'Confirm your new e-mail address for Portal Klastrów',
      greeting: greeting(name),
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
      greeting: greeting(name),
      intro: ['The password of your Portal Klastrów account has been changed.'],
      outro: [
        'If you made this change, there is nothing more to do.',
        `If you did not, set a new password straight away with the “Forgotten your password?” link on the sign-in page and ${CONTACT_SUPPORT}.`,
      ],
    }),
    accountDeletionRequested: ({ name }) => ({
      subject: 'Request to delete your Portal Klastrów account',
      greeting: greeting(name),
      intro: ['We have received a request to delete your Portal Klastrów account.'],
      outro: [`If you did not make this request, ${CONTACT_SUPPORT}.`],
    }),
    kkkStatusExpiring: ({ name, clusterName, roundName, validUntil, months, link }) => ({
      subject: `The KKK status of ${clusterName} ends on ${validUntil}`,
      greeting: greeting(name),
      intro: [
        `The National Key Cluster status of ${clusterName} (${roundName}) is valid until ${validUntil} — about ${months} months from now.`,
        "To keep the status, the cluster may apply for its renewal in the competition's next call.",
      ],
      action: { label: 'See the register of KKK statuses', url: link },
      outro: [
        "You receive this as the contact address or an owner of the cluster's profile on Portal Klastrów.",
      ],
    }),
    roleChanged: ({ name, roles }) => ({
      subject: 'Your roles on Portal Klastrów have changed',
      greeting: greeting(name),
      intro: ['The permissions of your Portal Klastrów account have changed.', rolesSentence(roles)],
      outro: ['If you think this is a mistake, contact the portal’s support.'],
    }),
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
        greeting: greeting(name),
        intro: [sentence, ...(comment ? [`${label}: ${comment}`] : [])],
        action: { label: 'Go to the cluster', url: link },
        outro: ['All your clusters are on the “My clusters” page of the portal.'],
      };
    },
    competitionReceipt: ({ name, roundName, receiptNumber, submittedAt, sha256, link }) => ({
      subject: `Receipt for application ${receiptNumber}`,
      greeting: greeting(name),
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
      greeting: greeting(name),
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
      greeting: greeting(name),
      intro: [
        `The call “${roundName}” now takes applications until ${closesAt} (Warsaw time).`,
        `Reason for the extension: ${reason}`,
        'Your application is still a draft: submit it before the new deadline.',
      ],
      action: { label: 'View the application', url: link },
      outro: [],
    }),
    teamEditorAdded: ({ name, clusterName, addedBy, link }) => ({
      subject: `You were added to the team of ${clusterName}`,
      greeting: greeting(name),
      intro: [
        `${addedBy} added you to the team of the cluster ${clusterName} in Portal Klastrów. You can now update the cluster's profile and member list.`,
      ],
      action: { label: 'Go to the cluster', url: link },
      outro: [],
    }),
    teamInvitation: ({ name, clusterName, invitedBy, link, validDays }) => ({
      subject: `Invitation to the team of ${clusterName}`,
      greeting: greeting(name),
      intro: [
        `${invitedBy} invites you to the team of the cluster ${clusterName} in Portal Klastrów.`,
        `Open the link, sign in or create an account with this e-mail address and confirm. The link is valid for ${validDays} days and works once.`,
      ],
      action: { label: 'Accept the invitation', url: link },
      outro: ['If you were not expecting this invitation, ignore this message.'],
    }),
    teamEditorRemoved: ({ name, clusterName }) => ({
      subject: `You were removed from the team of ${clusterName}`,
      greeting: greeting(name),
      intro: [
        `The owner of the cluster ${clusterName} removed you from its team. You can no longer edit its profile.`,
      ],
      outro: [],
    }),
    memberChangeDecided: ({ name, clusterName, approved, reason, added, left }) => ({
      subject: approved ? `Member change approved: ${clusterName}` : `Member change rejected: ${clusterName}`,
      greeting: greeting(name),
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
      greeting: greeting(name),
      intro: [
        `The data of the cluster ${clusterName} in Portal Klastrów was last confirmed on ${formatDate(lastConfirmed, 'en')}. Every six months we ask you to check the profile and the member list.`,
        'If the data is current, click “I confirm the data is current”. A profile not confirmed for a year is labelled outdated.',
      ],
      action: { label: "Check the cluster's data", url: link },
      outro: [],
    }),
    assessmentTaskAssigned: ({ name, due, link }) => ({
      subject: 'A new application to assess in the KKK competition',
      greeting: greeting(name),
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
      greeting: greeting(name),
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
      greeting: greeting(name),
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
      greeting: greeting(name),
      intro: [
        reassessment
          ? `The operator upheld the appeal of ${clusterName}: a different expert will assess the application again, and the earlier decision no longer stands.`
          : `The operator dismissed the appeal of ${clusterName}.`,
        `Reasons: ${resolution}`,
      ],
      action: { label: 'View the application', url: link },
      outro: [],
    }),
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
        greeting: greeting(name),
        intro: [sentence, ...(comment ? [`${label}: ${comment}`] : [])],
        action: { label: 'See the event', url: link },
        outro: [],
      };
    },
  },
};
