import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

// The yardstick every scenario is compared with: bare node:http answering a fixed 20 KB HTML page,
// run as a child process (started by run.ts with an IPC channel) on the same machine in the same run.

export const BASELINE_BYTES = 20 * 1024;

function fixedPage(bytes: number): Buffer {
  const head =
    '<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>Baseline</title></head><body><ul>';
  const tail = '</ul></body></html>';
  let items = '';
  for (let i = 0; ; i += 1) {
    const item = `<li><a href="/klastry/klaster-${i}">Klaster numer ${i}</a></li>`;
    if (head.length + items.length + item.length + tail.length > bytes) break;
    items += item;
  }
  const padding = ' '.repeat(bytes - head.length - items.length - tail.length);
  return Buffer.from(head + items + padding + tail, 'utf8');
}

const page = fixedPage(BASELINE_BYTES);

const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': page.length });
  response.end(page);
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.send?.({ type: 'listening', port });
});

// The parent going away (even by a crash) closes the IPC channel: never outlive it.
process.on('disconnect', () => process.exit(0));
