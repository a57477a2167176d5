// @ts-check
/**
 * The playground: parses the text in the box with the browser build of
 * wirecopy and shows the article (quotations coloured by speaker, reported
 * speech shaded lighter in the same colour, attributions underlined,
 * boilerplate greyed) beside its JSON tree.
 *
 * Rendering uses DOM nodes and textContent only, never HTML strings, so
 * pasted text cannot inject markup.
 */
import { parseArticle } from 'wirecopy';
import demo from './demo.txt';

/**
 * Twelve distinct hues for speakers, in order of first appearance (each readable on white; neighbours far apart on
 * the colour wheel). A thirteenth speaker takes the first colour again.
 */
const VOICES = ['#1f63b5', '#c0392b', '#1e8449', '#8e44ad', '#d35400', '#117a8b', '#7b4f2c', '#c2185b', '#6b7f00', '#2c3e91', '#a07800', '#00796b'];

const input = /** @type {HTMLTextAreaElement} */ (document.getElementById('input'));
const articleView = /** @type {HTMLElement} */ (document.getElementById('article'));
const treeView = /** @type {HTMLElement} */ (document.getElementById('tree'));
const legend = /** @type {HTMLElement} */ (document.getElementById('legend'));
const diagnosticsView = /** @type {HTMLElement} */ (document.getElementById('diagnostics'));
const status = /** @type {HTMLElement} */ (document.getElementById('status'));
const rawJson = /** @type {HTMLElement} */ (document.getElementById('tree-json'));
const options = /** @type {HTMLFormElement} */ (document.getElementById('options'));

/**
 * Every node below `root` in document order.
 * @param {any} root
 * @returns {any[]}
 */
function allNodes(root) {
  const out = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    out.push(node);
    if (Array.isArray(node.children)) for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]);
  }
  return out;
}

/**
 * Who each attribution credits: its speaker's fullest name.
 * @param {any} tree
 * @returns {Map<string, { who: string, speaker: any }>}
 */
function speakersByAttribution(tree) {
  const map = new Map();
  for (const node of allNodes(tree)) {
    if (node.type !== 'attribution') continue;
    const speaker = node.children.find((/** @type {any} */ child) => child.type === 'speaker');
    if (speaker) map.set(node.id, { who: speaker.resolved || speaker.name, speaker });
  }
  return map;
}

/**
 * @param {string} tag
 * @param {any} node
 * @param {string[]} classes
 */
function element(tag, node, classes) {
  const el = document.createElement(tag);
  el.className = [node.type, ...classes].join(' ');
  el.dataset.type = node.type;
  if (node.id) el.dataset.id = node.id;
  el.title = `${node.type}${node.id ? ` ${node.id}` : ''} ${node.position.start.line}:${node.position.start.column}`;
  return el;
}

/**
 * JSON with two-space indentation, but each `position` on one line, so the
 * structure stays readable. Still valid JSON.
 * @param {unknown} value
 * @param {string} indent
 * @returns {string}
 */
function pretty(value, indent = '') {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => inner + pretty(item, inner)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const body = entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${key === 'position' ? JSON.stringify(item) : pretty(item, inner)}`);
    return `{\n${body.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** Fields of a node shown in its summary line (everything but `type`, `children`, `position` and a leaf's `value`). */
const HIDDEN = new Set(['type', 'children', 'position', 'value']);

/**
 * One node of the collapsible tree: a `<details>` whose summary names the node, its fields and its place, and
 * whose children are built when it is first opened (a 100 KB article has some 40,000 nodes). Leaves are one line.
 * @param {any} node
 * @param {boolean} open
 * @returns {HTMLElement}
 */
function treeNode(node, open) {
  const { start, end } = node.position;
  const label = document.createElement('span');
  label.className = 'node-type';
  label.textContent = node.type;
  const fields = Object.entries(node)
    .filter(([key]) => !HIDDEN.has(key))
    .map(([key, value]) => `${key}=${JSON.stringify(value)}`)
    .join(' ');
  const rest = document.createElement('span');
  rest.className = 'node-fields';
  rest.textContent = `${fields ? ` ${fields}` : ''}${typeof node.value === 'string' ? ` ${JSON.stringify(node.value)}` : ''}`;
  const place = document.createElement('span');
  place.className = 'node-place';
  place.textContent = ` ${start.line}:${start.column}–${end.line}:${end.column}`;
  if (!Array.isArray(node.children)) {
    const leaf = document.createElement('div');
    leaf.className = 'leaf';
    leaf.append(label, rest, place);
    return leaf;
  }
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  const count = document.createElement('span');
  count.className = 'node-count';
  count.textContent = ` (${node.children.length})`;
  summary.append(label, rest, place, count);
  details.append(summary);
  const fill = () => {
    if (details.childElementCount > 1) return;
    for (const child of node.children) details.append(treeNode(child, false));
  };
  details.addEventListener('toggle', () => details.open && fill());
  if (open) {
    details.open = true;
    fill();
  }
  return details;
}

/**
 * Renders a tree into the article view, the legend, the diagnostics and the JSON pane.
 * @param {string} text
 * @param {any} tree
 */
function show(text, tree) {
  const credits = speakersByAttribution(tree);
  /** @type {Map<string, string>} */
  const voices = new Map();
  const voiceOf = (/** @type {string} */ who) => {
    if (!voices.has(who)) voices.set(who, VOICES[voices.size % VOICES.length] ?? '#555');
    return /** @type {string} */ (voices.get(who));
  };
  // Colours in order of first appearance in the text.
  for (const node of allNodes(tree)) {
    if ((node.type === 'quotation' || node.type === 'reportedSpeech') && node.attribution && credits.has(node.attribution)) voiceOf(credits.get(node.attribution)?.who ?? '');
  }

  /**
   * @param {any} node
   * @param {HTMLElement} parent
   */
  const render = (node, parent) => {
    if (typeof node.value === 'string') {
      parent.append(node.value);
      return;
    }
    /** @type {HTMLElement} */
    let el;
    if (node.type === 'quotation') {
      const credit = node.attribution ? credits.get(node.attribution) : undefined;
      el = element('span', node, [credit ? 'attributed' : 'unattributed', node.closed ? 'closed' : 'unclosed']);
      if (credit) {
        el.style.setProperty('--voice', voiceOf(credit.who));
        el.dataset.speaker = credit.who;
        el.dataset.attribution = node.attribution;
      }
    } else if (node.type === 'reportedSpeech') {
      // Reported speech: the speaker's colour, shaded lighter than a direct quote.
      const credit = node.attribution ? credits.get(node.attribution) : undefined;
      el = element('span', node, [credit ? 'attributed' : 'unattributed']);
      if (credit) {
        el.style.setProperty('--voice', voiceOf(credit.who));
        el.dataset.speaker = credit.who;
      }
      if (node.attribution) el.dataset.attribution = node.attribution;
    } else if (node.type === 'attribution') {
      el = element('span', node, []);
      const credit = credits.get(node.id);
      if (credit && voices.has(credit.who)) el.style.setProperty('--voice', voiceOf(credit.who));
    } else if (node.type === 'speaker') {
      el = element('span', node, []);
      el.dataset.name = node.name;
      if (node.resolved) el.title += ` → ${node.resolved}`;
    } else if (node.type === 'boilerplate') {
      el = element('div', node, ['block']);
      el.dataset.kind = node.kind;
    } else if (['paragraph', 'headline', 'byline'].includes(node.type)) {
      el = element('div', node, ['block']);
    } else {
      el = element('span', node, []);
    }
    for (const child of node.children ?? []) render(child, el);
    parent.append(el);
  };

  articleView.replaceChildren();
  for (const block of tree.children) {
    if (block.type !== 'whitespace') render(block, articleView);
  }

  legend.replaceChildren();
  for (const [who, colour] of voices) {
    const item = document.createElement('span');
    item.className = 'voice';
    item.style.setProperty('--voice', colour);
    item.textContent = who;
    legend.append(item);
  }

  diagnosticsView.replaceChildren();
  for (const diagnostic of tree.diagnostics) {
    const item = document.createElement('li');
    item.textContent = `${diagnostic.position.start.line}:${diagnostic.position.start.column} ${diagnostic.code}: ${diagnostic.message}`;
    diagnosticsView.append(item);
  }

  treeView.replaceChildren(treeNode(tree, true));
  rawJson.textContent = pretty(tree);
  const nodes = allNodes(tree);
  const quotations = nodes.filter((node) => node.type === 'quotation').length;
  const reported = nodes.filter((node) => node.type === 'reportedSpeech').length;
  status.textContent = `${text.length} characters, ${quotations} quotations, ${reported} reported, ${voices.size} speakers, ${tree.diagnostics.length} diagnostics`;
}

/**
 * The options the toggles set.
 * @returns {import('wirecopy').ParseOptions}
 */
function chosenOptions() {
  const form = new FormData(options);
  return {
    furniture: form.get('furniture') === 'on',
    attribution: form.get('attribution') === 'on',
    reportedSpeech: form.get('reportedSpeech') === 'on',
    beliefs: form.get('beliefs') === 'on',
    layout: /** @type {any} */ (String(form.get('layout') ?? 'auto')),
  };
}

/**
 * A click on an attribution highlights the quotations and reported speech it credits (and the attribution); a second click, or a click
 * elsewhere in the article, clears it.
 * @param {Event} event
 */
function select(event) {
  const target = /** @type {Element | null} */ (event.target);
  const attribution = target?.closest('.attribution');
  const chosen = attribution instanceof HTMLElement && !attribution.classList.contains('selected') ? attribution.dataset.id : undefined;
  for (const el of articleView.querySelectorAll('.selected, .highlighted')) el.classList.remove('selected', 'highlighted');
  if (!chosen || !(attribution instanceof HTMLElement)) return;
  attribution.classList.add('selected');
  for (const el of articleView.querySelectorAll('.quotation, .reportedSpeech')) {
    if (el instanceof HTMLElement && el.dataset.attribution === chosen) el.classList.add('highlighted');
  }
}
articleView.addEventListener('click', select);

/** Parses the box and shows the result. */
function update() {
  const started = performance.now();
  const tree = parseArticle(input.value, chosenOptions());
  show(input.value, tree);
  status.textContent += ` — parsed in ${(performance.now() - started).toFixed(1)} ms`;
  document.body.dataset.renders = String(Number(document.body.dataset.renders ?? '0') + 1);
}

let timer = 0;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = window.setTimeout(update, 150);
});

// A hook for tests and for curious readers: show any tree (for example one
// saved from the command line with wirecopy --json).
Object.assign(window, { wirecopyPlayground: { parse: parseArticle, show, voices: VOICES } });
options.addEventListener('change', update);

input.value = demo;
update();
