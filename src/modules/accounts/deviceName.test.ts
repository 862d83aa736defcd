import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { translator } from '../../ui/i18n/messages.ts';
import { deviceName } from './deviceName.ts';

const CHROME_LINUX =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const EDGE_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const FIREFOX_ANDROID = 'Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0';

describe('a session’s browser in a few words', () => {
  it('names the browser and the system in Polish and in English', () => {
    const pl = translator('pl');
    assert.equal(deviceName(CHROME_LINUX, pl), 'Chrome na Linuksie');
    assert.equal(deviceName(EDGE_WINDOWS, pl), 'Edge na Windowsie');
    assert.equal(deviceName(SAFARI_IPHONE, pl), 'Safari na iOS');
    assert.equal(deviceName(FIREFOX_ANDROID, pl), 'Firefox na Androidzie');
    assert.equal(deviceName(CHROME_LINUX, translator('en')), 'Chrome on Linux');
  });

  it('gives nothing for a string it cannot read, so the page shows the string itself', () => {
    assert.equal(deviceName('curl/8.5.0', translator('pl')), null);
    assert.equal(deviceName(null, translator('pl')), null);
  });
});
