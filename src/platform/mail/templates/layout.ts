import type { Locale } from '../../time.ts';
import type { MailContent } from './content.ts';
import { assertWebLink, html, type SafeHtml } from './html.ts';

/** The words every mail shares, in each language. */
interface LayoutTexts {
  /** Introduces the bare address under the button, for mail clients that block links. */
  linkHint: string;
  signOff: string;
  team: string;
  automatic: string;
}

const TEXTS: Record<Locale, LayoutTexts> = {
  pl: {
    linkHint: 'Jeśli przycisk nie działa, skopiuj poniższy adres i wklej go do przeglądarki:',
    signOff: 'Pozdrawiamy',
    team: 'Zespół Portalu Klastrów',
    automatic: 'Ta wiadomość została wysłana automatycznie. Prosimy na nią nie odpowiadać.',
  },
  en: {
    linkHint: 'If the button does not work, copy this address into your browser:',
    signOff: 'Kind regards,',
    team: 'The Portal Klastrów team',
    automatic: 'This message was sent automatically. Please do not reply to it.',
  },
};

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** Lays one mail out twice from the same sentences: plain text, and HTML with every value escaped. */
export function layoutMail(content: MailContent, locale: Locale): RenderedMail {
  const texts = TEXTS[locale];
  if (content.action) assertWebLink(content.action.url);
  return {
    subject: content.subject.replace(/[\r\n]+/g, ' '),
    text: textBody(content, texts),
    html: htmlBody(content, texts, locale),
  };
}

function textBody(content: MailContent, texts: LayoutTexts): string {
  const blocks = [
    content.greeting,
    ...content.intro,
    ...(content.action ? [`${content.action.label}:\n${content.action.url}`] : []),
    ...content.outro,
    `${texts.signOff}\n${texts.team}`,
    `-- \n${texts.automatic}`,
  ];
  return `${blocks.join('\n\n')}\n`;
}

const BODY_STYLE =
  'margin:0;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1b1b1b;background:#ffffff';
const BUTTON_STYLE =
  'display:inline-block;padding:12px 20px;background:#0b4f9c;color:#ffffff;font-weight:bold;text-decoration:underline';
const NOTE_STYLE = 'margin-top:32px;font-size:14px;color:#4a4a4a';

function htmlBody(content: MailContent, texts: LayoutTexts, locale: Locale): string {
  const page = html`<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${content.subject}</title>
</head>
<body style="${BODY_STYLE}">
<p>${content.greeting}</p>
${paragraphs(content.intro)}${content.action ? actionBlock(content.action, texts) : []}${paragraphs(content.outro)}<p>${texts.signOff}<br>${texts.team}</p>
<p style="${NOTE_STYLE}">${texts.automatic}</p>
</body>
</html>
`;
  return page.value;
}

function paragraphs(lines: string[]): SafeHtml[] {
  return lines.map((line) => html`<p>${line}</p>\n`);
}

function actionBlock(action: { label: string; url: string }, texts: LayoutTexts): SafeHtml[] {
  return [
    html`<p><a href="${action.url}" style="${BUTTON_STYLE}">${action.label}</a></p>\n`,
    html`<p>${texts.linkHint}<br><a href="${action.url}">${action.url}</a></p>\n`,
  ];
}
