// Reads a V8 CPU profile (`npm run bench -- --profile` writes var/bench/profiles/*.cpuprofile) and
// prints where the time went: by package (or file of this repository) and the top functions by
// self time. Usage: node bench/profile-summary.js FILE [TOP]
import { readFileSync } from 'node:fs';

const [file, topArg = '25'] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map();
const deltas = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i += 1) {
  const id = profile.samples[i];
  self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0));
}
const total = [...self.values()].reduce((a, b) => a + b, 0);

function where(url) {
  if (!url) return '(native / V8)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1];
  const ours = /\/dist\/(.*)$/.exec(url);
  if (ours) return ours[1];
  return url.replace(/^node:/, 'node:');
}

const byPackage = new Map();
const byFunction = new Map();
for (const [id, micros] of self) {
  const { callFrame } = byId.get(id);
  const pkg = where(callFrame.url);
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + micros);
  const name = `${callFrame.functionName || '(anonymous)'} ${pkg}:${callFrame.lineNumber + 1}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
}
const show = (title, map) => {
  process.stdout.write(`\n${title}\n`);
  for (const [name, micros] of [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg))) {
    process.stdout.write(`${((100 * micros) / total).toFixed(1).padStart(6)}%  ${name}\n`);
  }
};
process.stdout.write(`${file}: ${(total / 1e6).toFixed(1)} s sampled\n`);
show('by package or file (self time)', byPackage);
show('by function (self time)', byFunction);
