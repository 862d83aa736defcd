import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_DIR, buildAssets } from './assetBuild.ts';

export const ASSETS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'assets');
/** Both folders served under /assets/: the files kept in git, then the built stylesheet and script. */
export const ASSET_ROOTS = [ASSETS_DIR, BUILD_DIR] as const;

// The stylesheet is compiled (or found up to date) before any page can ask for its URL.
buildAssets();

function fingerprintsOf(root: string): [string, string][] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const hash = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12);
      return [path.relative(root, file).split(path.sep).join('/'), hash];
    });
}

/** Fingerprints of the static files, read once at start: a changed file gets a new URL. */
const fingerprints = new Map<string, string>(ASSET_ROOTS.flatMap(fingerprintsOf));

/** The cache-busting URL of a file in ui/assets or the build, e.g. assetUrl('css/portal.css'). */
export function assetUrl(file: string): string {
  const hash = fingerprints.get(file);
  if (!hash) throw new Error(`Unknown asset: ${file}`);
  return `/assets/${file}?v=${hash}`;
}
