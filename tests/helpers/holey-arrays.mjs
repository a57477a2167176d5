// Run with `node --allow-natives-syntax holey-arrays.mjs <dist/index.js> <fixtures folder>`: parses every fixture
// input and prints, as JSON, the paths of tree arrays that V8 stores as holey (see src/tree/arrays.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [dist, fixtures] = process.argv.slice(2);
const { parseArticle } = await import(pathToFileURL(dist).href);
const isHoley = new Function('value', 'return %HasHoleyElements(value);');
const holey = [];
let arrays = 0;
function walk(node, path) {
  for (const [key, value] of Object.entries(node)) {
    if (Array.isArray(value)) {
      arrays += 1;
      if (isHoley(value)) holey.push(`${path}.${key}`);
      value.forEach((item, index) => item !== null && typeof item === 'object' && walk(item, `${path}.${key}[${index}]`));
    } else if (value !== null && typeof value === 'object') walk(value, `${path}.${key}`);
  }
}
for (const name of readdirSync(fixtures).sort()) {
  const file = join(fixtures, name, 'input.txt');
  if (existsSync(file)) walk(parseArticle(readFileSync(file, 'utf8')), name);
}
process.stdout.write(JSON.stringify({ arrays, holey }));
