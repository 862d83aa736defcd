import type { Locale } from '../../platform/time.ts';
import type { Translate } from '../../ui/i18n/messages.ts';
import { eventUrl } from './eventRecords.ts';
import { titleOf, whenText } from './presenters.ts';
import type { EventRow } from './tables.ts';

const escapeXml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An Atom feed (RFC 4287) of newly published events, newest first. */
export function atomFeed(props: {
  events: readonly EventRow[];
  baseUrl: string;
  locale: Locale;
  t: Translate;
  now: Date;
}): string {
  const { events, baseUrl, locale, t } = props;
  const updated = events[0]?.publishedAt ?? new Date(0).toISOString();
  const entries = events.map((event) => {
    const url = `${baseUrl}${eventUrl(event.id)}`;
    const summary = `${whenText(event.startsAt, event.endsAt, event.allDay === 1, locale)}${event.town ? ` — ${event.town}` : ''}${
      event.cancelled === 1 ? ` — ${t('calendar.cancelled')}` : ''
    }`;
    return [
      '  <entry>',
      `    <id>urn:uuid:${escapeXml(event.uid.replace(/@.*$/, ''))}</id>`,
      `    <title>${escapeXml(titleOf(event, locale))}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <published>${new Date(event.publishedAt ?? event.createdAt).toISOString()}</published>`,
      `    <updated>${new Date(event.updatedAt).toISOString()}</updated>`,
      `    <summary>${escapeXml(summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `  <id>${escapeXml(`${baseUrl}/kalendarz/nowe.atom`)}</id>`,
    `  <title>${escapeXml(`${t('calendar.title')} — ${t('calendar.atom')}`)}</title>`,
    `  <updated>${new Date(updated).toISOString()}</updated>`,
    `  <link rel="self" href="${escapeXml(`${baseUrl}/kalendarz/nowe.atom`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(`${baseUrl}/kalendarz`)}"/>`,
    `  <author><name>${escapeXml(t('site.name'))}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
