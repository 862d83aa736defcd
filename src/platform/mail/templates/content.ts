/** What each template needs; the mail's language comes separately. */
export interface MailParams {
  accountVerify: { name: string; link: string };
  passwordReset: { name: string; link: string; validMinutes: number };
  emailChange: { name: string; link: string; newEmail: string };
  passwordChanged: { name: string };
  accountDeletionRequested: { name: string };
  /** Role identifiers (user, coordinator, …), shown in the mail's language; unknown ones as given. */
  roleChanged: { name: string; roles: readonly string[] };
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
