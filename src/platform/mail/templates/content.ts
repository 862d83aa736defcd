/** What each template needs; the mail's language comes separately. */
export interface MailParams {
  accountVerify: { name: string; link: string };
  passwordReset: { name: string; link: string; validMinutes: number };
  emailChange: { name: string; link: string; newEmail: string };
  passwordChanged: { name: string };
  accountDeletionRequested: { name: string };
  /** Role identifiers (user, coordinator, …), shown in the mail's language; unknown ones as given. */
  roleChanged: { name: string; roles: readonly string[] };
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

export type MailTemplateName = keyof MailParams;

/** A mail as plain sentences; the layout turns it into a text body and an escaped HTML body. */
export interface MailContent {
  subject: string;
  greeting: string;
  intro: string[];
  /** The one thing to do, as a button in HTML and a bare address in text. */
  action?: { label: string; url: string };
  outro: string[];
}

/** One language: the words every mail shares, and one function per template. */
export interface MailTexts {
  /** Introduces the bare address under the button, for mail clients that block links. */
  linkHint: string;
  signOff: string;
  team: string;
  automatic: string;
  templates: { [K in MailTemplateName]: (params: MailParams[K]) => MailContent };
}
