/** "Subscribe" links for a feed path (with its query): webcal, Google's add-by-URL, Outlook.com's. */
export function subscribeLinks(baseUrl: string, feedPath: string, name: string) {
  const https = `${baseUrl}${feedPath}`;
  const webcal = https.replace(/^https?:\/\//, 'webcal://');
  return {
    ics: feedPath,
    webcal,
    google: `https://calendar.google.com/calendar/render?${new URLSearchParams({ cid: webcal })}`,
    outlook: `https://outlook.live.com/calendar/0/addfromweb?${new URLSearchParams({ url: https, name })}`,
  };
}
