import { readFileSync } from 'node:fs';
import { parseArticle, attributions } from './dist/index.js';
const lines = readFileSync('../shared/gold/polnear-train.jsonl', 'utf8').split('\n').filter(Boolean);
const ov = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const match = (p, g) => { const s = ov(p, g); return s * 2 >= (g.end - g.start) || s * 2 >= (p.end - p.start); };
const cues = new Map(); const why = new Map();
let miss = 0;
for (const line of lines) {
  const item = JSON.parse(line);
  const tree = parseArticle(item.text);
  const recs = attributions(tree);
  const contents = recs.flatMap((r) => r.contents.map((c) => ({ start: c.position.start.offset, end: c.position.end.offset })));
  const cueSpans = []; (function walk(n) { if (n.type === 'cue') cueSpans.push({ start: n.position.start.offset, end: n.position.end.offset }); for (const c of n.children ?? []) walk(c); })(tree);
  for (const g of item.gold.quotes ?? []) {
    if (g.direct || g.has_quote_marks) continue;
    if (contents.some((p) => match(p, g))) continue;
    miss++;
    const cue = (g.cue ?? '').toLowerCase().trim() || '(none)';
    cues.set(cue, (cues.get(cue) ?? 0) + 1);
    const hasCue = (g.cue_spans ?? []).some((c) => cueSpans.some((p) => ov(p, c) > 0));
    const k = hasCue ? 'cue found, content missed' : 'no cue found';
    why.set(k, (why.get(k) ?? 0) + 1);
  }
}
console.log('missed', miss, Object.fromEntries(why));
console.log([...cues].sort((a, b) => b[1] - a[1]).slice(0, 60).map(([k, v]) => `${v} ${k}`).join('\n'));
