import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const UI_DIR = path.dirname(fileURLToPath(import.meta.url));
const STYLES_DIR = path.join(UI_DIR, 'styles');
const SCRIPTS_DIR = path.join(UI_DIR, 'scripts');
/** Where the built stylesheet and script go (git-ignored); served under /assets/ beside ui/assets. */
export const BUILD_DIR = path.resolve(UI_DIR, '../../build/assets');
const STAMP = path.join(BUILD_DIR, '.source-hash');

export const BUILT_FILES = { stylesheet: 'css/portal.css', script: 'js/portal.js' } as const;

const NODE_MODULES = path.resolve(UI_DIR, '../../node_modules');

/** A hash of everything the output depends on: our Sass and script sources and the tool versions. */
function sourceHash(): string {
  const hash = createHash('sha256');
  for (const dir of [STYLES_DIR, SCRIPTS_DIR]) {
    for (const name of readdirSync(dir).sort()) {
      hash.update(name).update(readFileSync(path.join(dir, name)));
    }
  }
  for (const pkg of ['govuk-frontend', 'sass', 'esbuild']) {
    hash.update(pkg).update(readFileSync(path.join(NODE_MODULES, pkg, 'package.json')));
  }
  return hash.digest('hex');
}

/** Writes through a temporary file, so a process reading (or a test worker building) never sees half a file. */
function writeAtomically(file: string, content: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}

// Loaded only when a build is needed: most starts find the build up to date.
const require = createRequire(import.meta.url);

function compileStylesheet(): string {
  const sass = require('sass') as typeof import('sass');
  const result = sass.compile(path.join(STYLES_DIR, 'portal.scss'), {
    style: 'compressed',
    importers: [new sass.NodePackageImporter(UI_DIR)],
    quietDeps: true,
  });
  return result.css;
}

function bundleScript(): string {
  const esbuild = require('esbuild') as typeof import('esbuild');
  const result = esbuild.buildSync({
    entryPoints: [path.join(SCRIPTS_DIR, 'portal.js')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    write: false,
    legalComments: 'none',
  });
  return result.outputFiles[0]?.text ?? '';
}

/**
 * Compiles govuk-frontend with our brand settings into one stylesheet and bundles its script, unless the
 * sources have not changed since the last build (about a second saved on every start and test file).
 */
export function buildAssets(): void {
  const hash = sourceHash();
  const fresh =
    existsSync(STAMP) &&
    readFileSync(STAMP, 'utf8') === hash &&
    Object.values(BUILT_FILES).every((file) => existsSync(path.join(BUILD_DIR, file)));
  if (fresh) return;
  const css = compileStylesheet();
  const js = bundleScript();
  writeAtomically(path.join(BUILD_DIR, BUILT_FILES.stylesheet), css);
  writeAtomically(path.join(BUILD_DIR, BUILT_FILES.script), js);
  writeAtomically(STAMP, hash);
}
