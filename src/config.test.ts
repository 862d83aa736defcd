import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  it('starts on the embedded defaults', () => {
    const config = loadConfig({});
    assert.equal(config.port, 3000);
    assert.equal(config.databaseUrl, 'sqlite:./data/portal.db');
    assert.equal(config.engine, 'sqlite');
    assert.equal(config.baseUrl, 'http://localhost:3000');
    assert.equal(config.mailUrl, 'file:');
  });

  it('names the authority that grants the status, by default the minister for the economy', () => {
    assert.equal(loadConfig({}).issuingAuthority, 'Minister właściwy do spraw gospodarki');
    assert.equal(
      loadConfig({ ISSUING_AUTHORITY: 'Zarząd Województwa Mazowieckiego' }).issuingAuthority,
      'Zarząd Województwa Mazowieckiego',
    );
    for (const wrong of ['', 'x', '<b>Minister</b>', 'M'.repeat(151)])
      assert.throws(() => loadConfig({ ISSUING_AUTHORITY: wrong }), /ISSUING_AUTHORITY must be a name/);
  });

  it('recognises PostgreSQL', () => {
    assert.equal(loadConfig({ DATABASE_URL: 'postgres://root@127.0.0.1/test' }).engine, 'postgres');
  });

  it('stops on a database URL it cannot use, saying what it expects', () => {
    assert.throws(
      () => loadConfig({ DATABASE_URL: 'mysql://localhost/portal' }),
      (error: Error) =>
        error instanceof ConfigError &&
        /DATABASE_URL must be sqlite:<path> or postgres:\/\//.test(error.message),
    );
  });

  it('requires a session secret in production', () => {
    assert.throws(
      () => loadConfig({ NODE_ENV: 'production' }),
      /SESSION_SECRET is required when NODE_ENV=production/,
    );
    assert.throws(
      () => loadConfig({ SESSION_SECRET: 'short' }),
      /SESSION_SECRET must be at least 32 characters/,
    );
    assert.ok(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32) }));
  });

  it('lists every problem at once', () => {
    assert.throws(
      () =>
        loadConfig({ PORT: 'eighty', BASE_URL: 'ftp://x', LOG_LEVEL: 'loud', REDIS_URL: 'memcached://x' }),
      (error: Error) =>
        ['PORT', 'BASE_URL', 'LOG_LEVEL', 'REDIS_URL'].every((name) => error.message.includes(name)),
    );
  });

  it('reads the social links as plain https links', () => {
    assert.deepEqual(loadConfig({ SOCIAL_LINKS: 'Facebook=https://facebook.com/x' }).socialLinks, [
      { name: 'Facebook', url: 'https://facebook.com/x' },
    ]);
    assert.throws(() => loadConfig({ SOCIAL_LINKS: 'Evil=javascript:alert(1)' }), /SOCIAL_LINKS/);
  });
});
