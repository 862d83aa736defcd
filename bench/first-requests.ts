// The first requests of a freshly started portal (as `npm start` runs it), on a new SQLite file:
// how long the first certificate PDF, registration and two-step set-up page take once the server
// has been up a few seconds. Usage: node --import tsx bench/first-requests.ts [seconds to wait]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const PORT = 3000 + Math.floor(Math.random() * 2000) + 1000;
const BASE = `http://127.0.0.1:${PORT}`;
const waitSeconds = Number(process.argv[2] ?? 8);
const dir = mkdtempSync(path.join(tmpdir(), 'portal-first-'));

const server = spawn(process.execPath, [path.resolve('bin/portal.js'), 'start'], {
  env: {
    ...process.env,
    PORT: String(PORT),
    BASE_URL: BASE,
    DATABASE_URL: `sqlite:${path.join(dir, 'portal.db')}`,
    DATA_DIR: dir,
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});

const cookies = new Map<string, string>();
async function request(method: string, url: string, form?: Record<string, string>) {
  const started = performance.now();
  const response = await fetch(`${BASE}${url}`, {
    method,
    redirect: 'manual',
    headers: {
      cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
      ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
    },
    body: form ? new URLSearchParams(form).toString() : undefined,
  });
  const body = Buffer.from(await response.arrayBuffer());
  const ms = performance.now() - started;
  for (const cookie of response.headers.getSetCookie()) {
    const [pair = ''] = cookie.split(';');
    const at = pair.indexOf('=');
    cookies.set(pair.slice(0, at), pair.slice(at + 1));
  }
  return { status: response.status, body: body.toString('utf8'), ms };
}
const csrfOf = (html: string) => html.match(/name="_csrf" value="([^"]+)"/)?.[1] ?? '';

try {
  await new Promise<void>((resolve, reject) => {
    server.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('is running at')) resolve();
    });
    server.on('exit', (code) => reject(new Error(`the server exited (${code})`)));
  });
  await sleep(waitSeconds * 1000);
  const kkk = JSON.parse((await request('GET', '/api/v1/kkk')).body) as {
    rounds: { statuses: { id: number }[] }[];
  };
  const statusId = kkk.rounds[0]?.statuses[0]?.id;
  const pdf = await request('GET', `/certyfikaty/kkk/${statusId}.pdf`);
  const pdfAgain = await request('GET', `/certyfikaty/kkk/${statusId}.pdf`);
  const form = await request('GET', '/konto/rejestracja');
  const register = await request('POST', '/konto/rejestracja', {
    _csrf: csrfOf(form.body),
    name: 'Pierwsza Osoba',
    email: 'pierwsza@example.pl',
    password: 'zielony-rower-pod-mostem-7',
    passwordRepeat: 'zielony-rower-pod-mostem-7',
  });
  const login = await request('GET', '/konto/logowanie');
  await request('POST', '/konto/logowanie', {
    _csrf: csrfOf(login.body),
    email: 'uzytkownik@demo.klastry.example',
    password: 'Klastry-Demo-2026',
  });
  const account = await request('GET', '/konto');
  await request('POST', '/konto/2fa/rozpocznij', { _csrf: csrfOf(account.body) });
  const twoFactor = await request('GET', '/konto/2fa');
  const row = (name: string, result: { status: number; ms: number }) =>
    console.log(
      `${name.padEnd(34)} ${String(result.status).padEnd(4)} ${result.ms.toFixed(0).padStart(6)} ms`,
    );
  console.log(`after ${waitSeconds} s of uptime:`);
  row('GET /certyfikaty/kkk/{id}.pdf', pdf);
  row('  the same again', pdfAgain);
  row('POST /konto/rejestracja', register);
  row('GET /konto/2fa (after set-up start)', twoFactor);
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  rmSync(dir, { recursive: true, force: true });
}
