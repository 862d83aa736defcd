// Fails when run-time imports (type-only and lazy import() left out) go in a circle: between files,
// or between module folders (src/modules/<name>), whose imports must run one way (see STYLE.md).
import { readFileSync } from 'node:fs';
import madge from 'madge';

const config = JSON.parse(readFileSync(new URL('../.madgerc', import.meta.url), 'utf8'));
const graph = await madge('src', config);

const fileCycles = graph.circular();
for (const cycle of fileCycles) console.error(`import cycle: ${[...cycle, cycle[0]].join(' → ')}`);

// Module folders: an edge A → B when a file of A imports a file of B at run time (tests left out:
// a test may build data through another module's helpers).
const moduleOf = (file) => /^modules\/([^/]+)\//.exec(file)?.[1];
const isTest = (file) => /\.test\.ts$|\/testing\.ts$/.test(file);
const edges = new Map();
for (const [file, imports] of Object.entries(graph.obj())) {
  const from = isTest(file) ? undefined : moduleOf(file);
  if (!from) continue;
  for (const target of imports) {
    const to = moduleOf(target);
    if (to && to !== from) {
      if (!edges.has(from)) edges.set(from, new Map());
      if (!edges.get(from).has(to)) edges.get(from).set(to, `${file} → ${target}`);
    }
  }
}
const moduleCycles = [];
const state = new Map();
function visit(node, path) {
  state.set(node, 'open');
  for (const next of edges.get(node)?.keys() ?? []) {
    if (state.get(next) === 'open') moduleCycles.push([...path.slice(path.indexOf(next)), node, next]);
    else if (!state.has(next)) visit(next, [...path, node]);
  }
  state.set(node, 'done');
}
for (const node of edges.keys()) if (!state.has(node)) visit(node, []);
for (const cycle of moduleCycles) {
  const steps = cycle.slice(1).map((to, index) => edges.get(cycle[index]).get(to));
  console.error(`module cycle: ${cycle.join(' → ')}\n  ${steps.join('\n  ')}`);
}

if (fileCycles.length + moduleCycles.length > 0) process.exit(1);
console.log(`No import cycle among ${Object.keys(graph.obj()).length} files and their modules.`);
