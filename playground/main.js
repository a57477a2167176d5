// @ts-check
/**
 * The playground: parses the text in the box with the browser build of
 * wirecopy and shows the article (quotations coloured by speaker,
 * attributions underlined, boilerplate greyed) beside its JSON tree.
 *
 * Rendering uses DOM nodes and textContent only, never HTML strings, so
 * pasted text cannot inject markup.
 */
import { parseArticle } from 'wirecopy';
import seed from '../seeds/000_5b8cd54deaba8003.txt';

/** Distinct hues for speakers, in order of first appearance. */
const VOICES = ['#0b6bcb', '#c2410c', '#15803d', '#9333ea', '#b91c1c', '#0e7490', '#a16207', '#be185d'];

const input = /** @type {HTMLTextAreaElement} */ (document.getElementById('input'));
const articleView = /** @type {HTMLElement} */ (document.getElementById('article'));
const treeView = /** @type {HTMLElement} */ (document.getElementById('tree'));
const legend = /** @type {HTMLElement} */ (document.getElementById('legend'));
const diagnosticsView = /** @type {HTMLElement} */ (document.getElementById('diagnostics'));
const status = /** @type {HTMLElement} */ (document.getElementById('status'));

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
    if (node.type === 'quotation' && node.attribution && credits.has(node.attribution)) voiceOf(credits.get(node.attribution)?.who ?? '');
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
      }
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

  treeView.textContent = pretty(tree);
  const quotations = allNodes(tree).filter((node) => node.type === 'quotation').length;
  status.textContent = `${text.length} characters, ${quotations} quotations, ${voices.size} speakers, ${tree.diagnostics.length} diagnostics`;
}

/** Parses the box and shows the result. */
function update() {
  const started = performance.now();
  const tree = parseArticle(input.value);
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
Object.assign(window, { wirecopyPlayground: { parse: parseArticle, show } });

input.value = seed;
update();
