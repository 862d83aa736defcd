import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ASSETS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'assets');

/** Fingerprints of the static files, read once at start: a changed file gets a new URL. */
const fingerprints = new Map<string, string>(
  readdirSync(ASSETS_DIR, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const hash = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12);
      return [path.relative(ASSETS_DIR, file).split(path.sep).join('/'), hash];
    }),
);

/** The cache-busting URL of a file in ui/assets, e.g. assetUrl('css/portal.css'). */
export function assetUrl(file: string): string {
  const hash = fingerprints.get(file);
  if (!hash) throw new Error(`Unknown asset: ${file}`);
  return `/assets/${file}?v=${hash}`;
}
