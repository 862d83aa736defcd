import type { MessageKey, Translate } from '../../ui/i18n/messages.ts';

/** Browsers in the order their user-agent strings must be tested (Edge and Opera also say "Chrome"). */
const BROWSERS: readonly [RegExp, string][] = [
  [/\bEdg(e|A|iOS)?\//, 'Edge'],
  [/\b(OPR|Opera)\//, 'Opera'],
  [/\b(Firefox|FxiOS)\//, 'Firefox'],
  [/\b(Chrome|Chromium|CriOS)\//, 'Chrome'],
  [/\bVersion\/[\d.]+.*Safari\//, 'Safari'],
];

type System = 'windows' | 'macos' | 'ios' | 'android' | 'chromeos' | 'linux';

const SYSTEMS: readonly [RegExp, System][] = [
  [/\bWindows\b/, 'windows'],
  [/\b(iPhone|iPad|iPod)\b/, 'ios'],
  [/\bMac OS X\b|\bMacintosh\b/, 'macos'],
  [/\bAndroid\b/, 'android'],
  [/\bCrOS\b/, 'chromeos'],
  [/\bLinux\b/, 'linux'],
];

/**
 * A session's browser in a few words ("Chrome na Linuksie"), so the sessions table fits a phone;
 * null when the string names no browser we know (the page then shows the string itself, wrapped).
 */
export function deviceName(userAgent: string | null, t: Translate): string | null {
  if (!userAgent) return null;
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (!browser) return null;
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (!system) return browser;
  return t(`account.deviceOn.${system}` as MessageKey, { browser });
}
