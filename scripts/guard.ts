/**
 * The structural-change guard: a SHA-256 of `JSON.stringify(parseArticle(text, options))` for every gold text,
 * fixture, the seed, the bench's article stream and its adversarial inputs. Gold texts are read from
 * ../shared/gold/ at run time; only ids and hashes are written, never a piece of a text.
 *
 *   npx tsx scripts/guard.ts --write guard.json     record the outputs of this checkout
 *   npx tsx scripts/guard.ts --check guard.json     compare, list every input whose output changed
 *   npx tsx scripts/guard.ts --check guard.json --dump /tmp/after   also write each changed output there, to diff
 *                                                   against a --dump of the baseline checkout (never into the repo)
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseArticle, type ParseOptions } from '../src/index.js';
// @ts-expect-error: a plain .mjs module shared with the bench
import { adversarial, loadArticles } from '../bench/inputs.mjs';

const root = join(import.meta.dirname, '..');
const gold = join(root, '..', 'shared', 'gold');

interface Input {
  key: string;
  text: string;
  options?: ParseOptions | undefined;
}

function inputs(): Input[] {
  const list: Input[] = [];
  if (existsSync(gold)) {
    for (const file of readdirSync(gold).filter((name) => name.endsWith('.jsonl')).sort()) {
      const lines = readFileSync(join(gold, file), 'utf8').split('\n').filter((line) => line.trim() !== '');
      lines.forEach((line, index) => {
        const item = JSON.parse(line) as { id?: string; text: string };
        list.push({ key: `gold/${file}/${item.id ?? index}#${index}`, text: item.text });
      });
    }
  } else {
    console.warn('guard: ../shared/gold/ is absent: gold texts are not guarded');
  }
  const fixtures = join(root, 'tests', 'fixtures');
  for (const name of readdirSync(fixtures).sort()) {
    const folder = join(fixtures, name);
    if (!existsSync(join(folder, 'input.txt'))) continue;
    const optionsPath = join(folder, 'options.json');
    const options = existsSync(optionsPath) ? (JSON.parse(readFileSync(optionsPath, 'utf8')) as ParseOptions) : undefined;
    list.push({ key: `fixture/${name}`, text: readFileSync(join(folder, 'input.txt'), 'utf8'), options });
  }
  for (const name of readdirSync(join(root, 'seeds')).sort()) {
    list.push({ key: `seed/${name}`, text: readFileSync(join(root, 'seeds', name), 'utf8') });
  }
  const { texts } = loadArticles() as { texts: string[] };
  for (const [name, make] of Object.entries(adversarial as Record<string, (size: number, texts: string[]) => string>)) {
    list.push({ key: `adversarial/${name}`, text: make(200_000, texts) });
  }
  // The paragraph-sized set: every gold text split at blank lines (first 3,000 pieces).
  let count = 0;
  for (const text of texts) {
    for (const piece of text.split(/\r?\n[ \t]*\r?\n/)) {
      if (piece.trim() === '' || count >= 3000) continue;
      list.push({ key: `paragraph/${count}`, text: piece });
      count += 1;
    }
  }
  return list;
}

const { values } = parseArgs({
  options: { write: { type: 'string' }, check: { type: 'string' }, dump: { type: 'string' } },
});

const outputs = new Map<string, string>();
const hashes: Record<string, string> = {};
for (const input of inputs()) {
  const json = JSON.stringify(parseArticle(input.text, input.options));
  hashes[input.key] = createHash('sha256').update(json).digest('hex').slice(0, 16);
  if (values.check || values.dump) outputs.set(input.key, json);
}

if (values.write) {
  writeFileSync(values.write, `${JSON.stringify(hashes, null, 1)}\n`);
  console.log(`guard: ${Object.keys(hashes).length} outputs hashed into ${values.write}`);
}
if (values.check) {
  const before = JSON.parse(readFileSync(values.check, 'utf8')) as Record<string, string>;
  const changed = Object.keys(before).filter((key) => hashes[key] !== undefined && hashes[key] !== before[key]);
  const missing = Object.keys(before).filter((key) => hashes[key] === undefined);
  const added = Object.keys(hashes).filter((key) => before[key] === undefined);
  console.log(`guard: ${Object.keys(before).length - changed.length - missing.length} identical, ${changed.length} changed, ${missing.length} missing, ${added.length} new`);
  for (const key of changed) console.log(`  changed ${key}`);
  for (const key of missing) console.log(`  missing ${key}`);
  for (const key of added) console.log(`  new     ${key}`);
  if (values.dump) {
    mkdirSync(values.dump, { recursive: true });
    for (const key of changed) writeFileSync(join(values.dump, key.replace(/[^\w.-]+/g, '_')), outputs.get(key) ?? '');
  }
  process.exitCode = changed.length + missing.length > 0 ? 1 : 0;
}
