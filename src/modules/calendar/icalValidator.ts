/**
 * A checker of the RFC 5545 rules the calendar's feeds promise (used by the tests): CRLF line ends,
 * lines of at most 75 octets folded with a leading space, balanced components, PRODID and VERSION,
 * UID, DTSTAMP and DTSTART in every VEVENT, a VTIMEZONE for every TZID used, DATE values for all-day
 * events, escaped TEXT values, RECURRENCE-ID only beside a series, the feed refresh hints.
 * Returns every problem found; an empty list means valid.
 */
export function icalProblems(text: string): string[] {
  const problems: string[] = [];
  if (!text.endsWith('\r\n')) problems.push('the object does not end with CRLF');
  if (/[^\r]\n/.test(text) || /\r[^\n]/.test(text)) problems.push('a line ends without CRLF');
  const physical = text.replace(/\r\n$/, '').split('\r\n');
  physical.forEach((line, index) => {
    if (Buffer.byteLength(line, 'utf8') > 75) problems.push(`line ${index + 1} is longer than 75 octets`);
    if (line === '') problems.push(`line ${index + 1} is empty`);
  });
  // Unfold: a CRLF followed by one space or tab continues the line.
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .replace(/\r\n$/, '')
    .split('\r\n');
  const stack: string[] = [];
  const tzids = new Set<string>();
  const usedTzids = new Set<string>();
  const events: Map<string, string>[] = [];
  let current: Map<string, string> | null = null;
  const calendar = new Map<string, string>();
  for (const line of lines) {
    const match = /^([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    if (!match) {
      problems.push(`not a content line: ${line.slice(0, 40)}`);
      continue;
    }
    const [, name = '', params = '', value = ''] = match;
    if (name === 'BEGIN') {
      stack.push(value);
      if (value === 'VEVENT') current = new Map();
      continue;
    }
    if (name === 'END') {
      if (stack.pop() !== value) problems.push(`END:${value} closes another component`);
      if (value === 'VEVENT' && current) events.push(current);
      if (value === 'VEVENT') current = null;
      continue;
    }
    const tzid = /TZID=([^;:]+)/.exec(params)?.[1];
    if (tzid && name !== 'TZID') usedTzids.add(tzid);
    if (name === 'TZID' && stack[stack.length - 1] === 'VTIMEZONE') tzids.add(value);
    if (stack.length === 1 && stack[0] === 'VCALENDAR') calendar.set(name, value);
    if (current) {
      current.set(name, `${params}:${value}`);
      if (
        ['SUMMARY', 'DESCRIPTION', 'LOCATION'].includes(name) &&
        /[,;\\]/.test(value.replace(/\\[\\;,nN]/g, ''))
      )
        problems.push(`${name} has an unescaped comma or semicolon`);
      if (/^(DTSTART|DTEND|EXDATE|RECURRENCE-ID)$/.test(name)) {
        const date = params.includes('VALUE=DATE') && !params.includes('VALUE=DATE-TIME');
        if (date && !/^\d{8}$/.test(value)) problems.push(`${name} DATE value is not YYYYMMDD`);
        if (!date && !/^\d{8}T\d{6}Z?$/.test(value)) problems.push(`${name} DATE-TIME value is malformed`);
        if (!date && !tzid && !value.endsWith('Z')) problems.push(`${name} is a floating time`);
      }
    }
  }
  if (stack.length > 0) problems.push(`unclosed components: ${stack.join(', ')}`);
  if (calendar.get('VERSION') !== '2.0') problems.push('VERSION:2.0 is missing');
  if (!calendar.get('PRODID')) problems.push('PRODID is missing');
  if (!calendar.get('REFRESH-INTERVAL') || !calendar.get('X-PUBLISHED-TTL'))
    problems.push('refresh hints are missing');
  for (const tzid of usedTzids)
    if (!tzids.has(tzid)) problems.push(`TZID ${tzid} is used without its VTIMEZONE`);
  const series = new Set(events.filter((event) => event.has('RRULE')).map((event) => event.get('UID')));
  for (const event of events) {
    for (const required of ['UID', 'DTSTAMP', 'DTSTART'])
      if (!event.has(required)) problems.push(`a VEVENT has no ${required}`);
    if (!/^:\d{8}T\d{6}Z$/.test(event.get('DTSTAMP') ?? '')) problems.push('DTSTAMP is not a UTC date-time');
    if (event.has('RECURRENCE-ID') && !series.has(event.get('UID')))
      problems.push('a RECURRENCE-ID without its series');
    const status = event.get('STATUS')?.slice(1);
    if (status && !['TENTATIVE', 'CONFIRMED', 'CANCELLED'].includes(status))
      problems.push(`STATUS ${status} is unknown`);
    if (!/^:\d+$/.test(event.get('SEQUENCE') ?? ':0')) problems.push('SEQUENCE is not an integer');
  }
  return problems;
}
