/**
 * The playground proves the library runs in a browser: the built page is
 * served on 127.0.0.1 and opened in headless Chromium (Debian's `chromium`,
 * driven by playwright-core). The test pastes an article and checks what the
 * page highlights. Skipped, with a message, only when /usr/bin/chromium is
 * absent and CI is not set; in CI it must run (.ci/run installs Chromium).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without type declarations.
import { buildPlayground } from '../scripts/docs-playground.mjs';
import { parseArticle, type Article, type Quotation } from '../src/index.js';
import { buildDiagrams } from '../scripts/docs-diagrams.js';
import { handStory } from './cli-hand-tree.js';

// The few browser globals the page functions below use (this file compiles without the DOM library).
interface HTMLElement {
  dataset: Record<string, string | undefined>;
  textContent: string | null;
}
declare const document: { body: HTMLElement };
declare function getComputedStyle(element: unknown): { color: string; textDecorationLine: string };

const CHROMIUM = '/usr/bin/chromium';
const root = join(import.meta.dirname, '..');
const demo = readFileSync(join(root, 'playground', 'demo.txt'), 'utf8');
const available = existsSync(CHROMIUM);
const runIt = available || Boolean(process.env.CI);
if (!runIt) console.warn(`playground test skipped: ${CHROMIUM} is absent (apt-get install chromium, or run .ci/run). In CI it runs.`);

const STORY = [
  'PORTLAND, Maine (AP) — "We cannot wait for the next storm," Maria Lopez, the harbor master, said Tuesday.',
  '"The money is there, and the town voted for it," she told reporters. Tom Reed said the vote was "long overdue."',
  'The Associated Press contributed to this report.',
  '',
].join('\n');

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

let site = '';
let profile = '';
let server: Server | undefined;
let context: BrowserContext | undefined;
let page: Page;
let origin = '';
const pageErrors: string[] = [];
let rules: string[] = [];

/** The reportedSpeech nodes of a tree. */
function countReported(tree: Article): number {
  let count = 0;
  const visit = (node: { type: string; children?: unknown[] }): void => {
    if (node.type === 'reportedSpeech') count += 1;
    for (const child of (node.children ?? []) as Array<{ type: string }>) visit(child);
  };
  visit(tree);
  return count;
}

function quotationTexts(tree: Article): string[] {
  const out: string[] = [];
  const visit = (node: { type: string; children?: unknown[] }): void => {
    if (node.type === 'quotation') out.push(toText(node as Quotation));
    for (const child of (node.children ?? []) as Array<{ type: string }>) visit(child);
  };
  visit(tree);
  return out;
}

/** Every quotation node of a tree, in document order. */
function quotationNodes(tree: Article): Quotation[] {
  const out: Quotation[] = [];
  const visit = (node: { type: string; children?: unknown[] }): void => {
    if (node.type === 'quotation') out.push(node as Quotation);
    for (const child of (node.children ?? []) as Array<{ type: string }>) visit(child);
  };
  visit(tree);
  return out;
}

function toText(node: { value?: string; children?: unknown[] }): string {
  return node.value ?? (node.children ?? []).map((child) => toText(child as typeof node)).join('');
}

/** The quotations on the page: text, speaker and colour. */
function quotationsOnPage(): Promise<Array<{ id: string; text: string; speaker: string | null; colour: string }>> {
  return page.$$eval('#article .quotation', (elements) =>
    elements.map((el) => ({
      id: (el as HTMLElement).dataset.id ?? '',
      text: el.textContent ?? '',
      speaker: (el as HTMLElement).dataset.speaker ?? null,
      colour: getComputedStyle(el).color,
    })),
  );
}

async function rendersAfter(before: number): Promise<void> {
  await page.waitForFunction((n) => Number(document.body.dataset.renders ?? 0) > n, before, { timeout: 10_000 });
}

async function renders(): Promise<number> {
  return page.evaluate(() => Number(document.body.dataset.renders ?? 0));
}

describe.skipIf(!runIt)('the playground in headless Chromium', () => {
  beforeAll(async () => {
    if (!available) throw new Error(`${CHROMIUM} is missing, and CI is set: the browser test must run in CI (.ci/run installs it with apt-get)`);
    site = mkdtempSync(join(tmpdir(), 'wirecopy-playground-'));
    await buildPlayground(site);
    rules = buildDiagrams(join(site, 'grammar'));
    server = createServer((request, response) => {
      const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
      const file = join(site, path.endsWith('/') ? `${path}index.html` : path);
      if (!file.startsWith(site) || !existsSync(file)) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    profile = mkdtempSync(join(tmpdir(), 'wirecopy-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync',
      ],
      timeout: 30_000,
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => Number(document.body.dataset.renders ?? 0) >= 1, undefined, { timeout: 15_000 });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    for (const dir of [site, profile]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('opens pre-filled with the demo article and shows its quotations and tree', async () => {
    expect(await page.inputValue('#input')).toBe(demo);
    const expected = parseArticle(demo);
    const shown = await quotationsOnPage();
    expect(shown.map((q) => q.text)).toStrictEqual(quotationTexts(expected));
    expect(shown.map((q) => [q.id, q.speaker])).toStrictEqual([
      ['q1', 'Maria Lopez'], ['q2', 'Maria Lopez'], ['q3', 'Tom Reed'], ['q4', 'Tom Reed'], ['q5', 'Tom Reed'], ['q6', 'Tom Reed'], ['q7', 'Ellen Marsh'], ['q8', 'Maria Lopez'],
    ]);
    expect(shown[0]!.text).toBe('"We cannot wait for the next storm,"');
    expect(JSON.parse(await page.textContent('#tree-json') ?? '')).toStrictEqual(JSON.parse(JSON.stringify(expected)));
    expect(pageErrors).toStrictEqual([]);
  });

  it('the demo article shows every feature: byline, dateline, a running quote, partial quotes, boilerplate', async () => {
    const tree = parseArticle(demo);
    const blocks = tree.children.filter((child) => child.type !== 'whitespace').map((child) => child.type);
    expect(blocks.slice(0, 2)).toStrictEqual(['headline', 'byline']);
    expect(blocks.slice(-2)).toStrictEqual(['boilerplate', 'boilerplate']);
    expect(await page.$eval('#article .dateline', (el) => el.textContent)).toBe('PORTLAND, Maine (AP) —');
    const quotes = await page.$$eval('#article .quotation', (els) => els.map((el) => [(el as HTMLElement).dataset.id, el.textContent]));
    expect(quotes.find(([id]) => id === 'q3')?.[1]).toBe('"a blank check for the summer crowd."'); // a partial quote
    const shownTree = JSON.parse(await page.textContent('#tree-json') ?? '') as Article;
    const q5 = quotationNodes(shownTree).find((quotation) => quotation.id === 'q5');
    expect([q5?.closed, q5?.continuedIn]).toStrictEqual([false, 'q6']); // the running quote goes on in the next paragraph
    expect(new Set(quotes.map((q) => q[0])).size).toBe(8);
  });

  it('gives each of up to twelve speakers its own colour', async () => {
    const voices = await page.evaluate(() => (globalThis as unknown as { wirecopyPlayground: { voices: string[] } }).wirecopyPlayground.voices);
    expect(voices.length).toBe(12);
    expect(new Set(voices.map((voice) => voice.toLowerCase())).size).toBe(12);
    const shown = await quotationsOnPage();
    const colourOf = (who: string) => shown.find((q) => q.speaker === who)!.colour;
    expect(new Set([colourOf('Maria Lopez'), colourOf('Tom Reed'), colourOf('Ellen Marsh')]).size).toBe(3);
  });

  it('highlights the quotations of an attribution when it is clicked, and clears them on a second click', async () => {
    const tree = parseArticle(demo);
    const all = quotationNodes(tree);
    const q4 = all.find((quotation) => quotation.id === 'q4')?.attribution;
    expect(q4).toMatch(/^a\d+$/);
    const credited = all.filter((quotation) => quotation.attribution === q4).map((quotation) => quotation.id);
    expect(credited).toStrictEqual(['q4', 'q5', 'q6']); // "Nobody here is against a wall," Reed said. "We are … alone. / "The state …" (running)
    await page.click(`#article .attribution[data-id="${q4}"]`);
    const highlighted = () => page.$$eval('#article .quotation.highlighted', (els) => els.map((el) => (el as HTMLElement).dataset.id));
    expect(await highlighted()).toStrictEqual(credited);
    expect(await page.$$eval('#article .attribution.selected', (els) => els.map((el) => (el as HTMLElement).dataset.id))).toStrictEqual([q4]);
    await page.click(`#article .attribution[data-id="${q4}"]`);
    expect(await highlighted()).toStrictEqual([]);
  });

  it('folds the tree: the article open, each block folded until opened', async () => {
    const tree = parseArticle(demo);
    const root = await page.$eval('#tree > details', (el) => ({ open: (el as unknown as { open: boolean }).open, summary: (el.querySelector('summary')?.textContent ?? '') }));
    expect(root.open).toBe(true);
    expect(root.summary).toMatch(/^article /);
    const blocks = await page.$$eval('#tree > details > details, #tree > details > .leaf', (els) => els.length);
    expect(blocks).toBe(tree.children.length);
    const first = '#tree > details > details:first-of-type';
    expect(await page.$eval(first, (el) => [(el as unknown as { open: boolean }).open, el.children.length])).toStrictEqual([false, 1]);
    expect(await page.$eval(`${first} > summary`, (el) => el.textContent)).toMatch(/^headline /);
    await page.click(`${first} > summary`);
    await page.waitForFunction((selector) => (globalThis as unknown as { document: { querySelector(s: string): { children: { length: number } } } }).document.querySelector(selector).children.length > 1, first);
    expect(await page.$eval(first, (el) => el.children.length)).toBe(1 + (tree.children[0] as { children: unknown[] }).children.length);
  });

  it('re-parses with the options the toggles set', async () => {
    const types = () => page.$$eval('#article > .block', (els) => els.map((el) => (el as HTMLElement).dataset.type));
    let before = await renders();
    await page.uncheck('#options input[name="furniture"]');
    await rendersAfter(before);
    expect(await types()).toStrictEqual(parseArticle(demo, { furniture: false }).children.filter((c) => c.type !== 'whitespace').map((c) => c.type));
    expect((await types()).every((type) => type === 'paragraph')).toBe(true);
    before = await renders();
    await page.uncheck('#options input[name="attribution"]');
    await rendersAfter(before);
    expect(await page.$$eval('#article .attribution', (els) => els.length)).toBe(0);
    before = await renders();
    await page.check('#options input[name="attribution"]');
    await rendersAfter(before);
    const reportedCount = () => page.$$eval('#article .reportedSpeech', (els) => els.length);
    expect(await reportedCount()).toBe(countReported(parseArticle(demo, { furniture: false })));
    before = await renders();
    await page.uncheck('#options input[name="beliefs"]');
    await rendersAfter(before);
    expect(await reportedCount()).toBe(countReported(parseArticle(demo, { furniture: false, beliefs: false })));
    before = await renders();
    await page.uncheck('#options input[name="reportedSpeech"]');
    await rendersAfter(before);
    expect(await reportedCount()).toBe(0);
    for (const name of ['reportedSpeech', 'beliefs']) {
      before = await renders();
      await page.check(`#options input[name="${name}"]`);
      await rendersAfter(before);
    }
    before = await renders();
    await page.uncheck('#options input[name="attribution"]');
    await rendersAfter(before);
    before = await renders();
    await page.selectOption('#options select[name="layout"]', 'line');
    await rendersAfter(before);
    expect((await types()).length).toBe(parseArticle(demo, { furniture: false, attribution: false, layout: 'line' }).children.filter((c) => c.type !== 'whitespace').length);
    for (const name of ['furniture', 'attribution']) {
      before = await renders();
      await page.check(`#options input[name="${name}"]`);
      await rendersAfter(before);
    }
    before = await renders();
    await page.selectOption('#options select[name="layout"]', 'auto');
    await rendersAfter(before);
    expect(await types()).toStrictEqual(parseArticle(demo).children.filter((c) => c.type !== 'whitespace').map((c) => c.type));
    expect(pageErrors).toStrictEqual([]);
  });

  it('parses a pasted article and highlights its quotations', async () => {
    const before = await renders();
    await page.click('#input');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(STORY); // what a paste does: one input event with the whole text
    await rendersAfter(before);
    const shown = await quotationsOnPage();
    expect(shown.map((q) => [q.id, q.text])).toStrictEqual([
      ['q1', '"We cannot wait for the next storm,"'],
      ['q2', '"The money is there, and the town voted for it,"'],
      ['q3', '"long overdue."'],
    ]);
    // The page's text is the article's text: nothing lost, nothing added (blocks are elements).
    const articleText = await page.$eval('#article', (el) => Array.from((el as unknown as { children: ArrayLike<HTMLElement> }).children, (block) => block.textContent).join('\n'));
    expect(articleText).toBe(STORY.trimEnd());
    expect(await page.textContent('#status')).toMatch(/^\d+ characters, 3 quotations, 1 reported, \d+ speakers, \d+ diagnostics/);
    expect(pageErrors).toStrictEqual([]);
  });

  it('shades reported speech in its speaker\'s colour, lighter than a quote, and highlights it with its attribution', async () => {
    // "Tom Reed said the vote was "long overdue."": reported speech holding his partial quote.
    const reported = await page.$$eval('#article .reportedSpeech', (els) => els.map((el) => ({ text: el.textContent, speaker: (el as HTMLElement).dataset.speaker, attribution: (el as HTMLElement).dataset.attribution, voice: (el as unknown as { style: { getPropertyValue(n: string): string } }).style.getPropertyValue('--voice') })));
    expect(reported.map((r) => [r.text, r.speaker])).toStrictEqual([['the vote was "long overdue."', 'Tom Reed']]);
    const quote = (await quotationsOnPage()).find((q) => q.id === 'q3')!;
    expect(reported[0]!.voice).not.toBe('');
    const backgrounds = await page.evaluate(() => {
      const doc = globalThis as unknown as { document: { querySelector(s: string): unknown } };
      const style = (selector: string) => (getComputedStyle(doc.document.querySelector(selector)) as unknown as { backgroundColor: string }).backgroundColor;
      return [style('#article .reportedSpeech'), style('#article .quotation[data-id="q3"]')];
    });
    // Both are the speaker's colour mixed with transparency; the reported speech is the lighter (a smaller alpha).
    const alpha = (colour: string) => Number(/([\d.]+)\)$/.exec(colour)?.[1] ?? 'NaN');
    expect(alpha(backgrounds[0]!)).toBeLessThan(alpha(backgrounds[1]!));
    expect(quote.speaker).toBe('Tom Reed');
    await page.click(`#article .attribution[data-id="${reported[0]!.attribution}"]`);
    expect(await page.$$eval('#article .reportedSpeech.highlighted', (els) => els.length)).toBe(1);
    await page.click(`#article .attribution[data-id="${reported[0]!.attribution}"]`);
    expect(await page.$$eval('#article .highlighted', (els) => els.length)).toBe(0);
  });

  it('colours the pasted quotations by speaker', async () => {
    const shown = await quotationsOnPage();
    expect(shown[0]!.speaker).toBe('Maria Lopez');
    expect(shown[1]!.speaker).toBe('Maria Lopez');
    expect(shown[1]!.colour).toBe(shown[0]!.colour);
    expect(shown[2]!.colour).not.toBe(shown[0]!.colour);
  });

  it('colours by speaker, underlines attributions and greys boilerplate (a hand-built tree with every node type)', async () => {
    const { text, tree } = handStory();
    const before = await renders();
    await page.evaluate(([t, json]) => {
      (globalThis as unknown as { wirecopyPlayground: { show(text: string, tree: unknown): void } }).wirecopyPlayground.show(t, JSON.parse(json));
      document.body.dataset.renders = String(Number(document.body.dataset.renders ?? 0) + 1);
    }, [text, JSON.stringify(tree)] as const);
    await rendersAfter(before);

    const shown = await quotationsOnPage();
    expect(shown.map((q) => [q.text, q.speaker])).toStrictEqual([
      ['"We cannot wait for the next storm,"', 'Maria Lopez'],
      ['"The money is there,"', 'Maria Lopez'], // "she", resolved to Maria Lopez: the same voice
      ['"long overdue."', 'Tom Reed'],
    ]);
    expect(shown[1]!.colour).toBe(shown[0]!.colour);
    expect(shown[2]!.colour).not.toBe(shown[0]!.colour);
    expect(await page.$$eval('#legend .voice', (items) => items.map((item) => item.textContent))).toStrictEqual(['Maria Lopez', 'Tom Reed']);

    const attributions = await page.$$eval('#article .attribution', (elements) =>
      elements.map((el) => ({ text: el.textContent, line: getComputedStyle(el).textDecorationLine })),
    );
    expect(attributions).toStrictEqual([
      { text: 'Maria Lopez, the harbor master, said', line: 'underline' },
      { text: 'she told reporters', line: 'underline' },
      { text: 'Tom Reed said', line: 'underline' },
    ]);
    expect(await page.$$eval('#article .speaker', (els) => els.map((el) => el.textContent))).toStrictEqual(['Maria Lopez', 'she', 'Tom Reed']);
    expect(await page.$$eval('#article .role', (els) => els.map((el) => el.textContent))).toStrictEqual(['the harbor master']);
    expect(await page.$$eval('#article .cue', (els) => els.map((el) => el.textContent))).toStrictEqual(['said', 'told reporters', 'said']);

    const blocks = await page.$$eval('#article > .block', (elements) =>
      elements.map((el) => ({ type: (el as HTMLElement).dataset.type, kind: (el as HTMLElement).dataset.kind ?? null, colour: getComputedStyle(el).color })),
    );
    expect(blocks.map((b) => [b.type, b.kind])).toStrictEqual([
      ['headline', null], ['byline', null], ['paragraph', null], ['paragraph', null], ['boilerplate', 'credit'], ['boilerplate', 'comments'],
    ]);
    const grey = 'rgb(154, 154, 154)';
    expect(blocks.filter((b) => b.type === 'boilerplate').map((b) => b.colour)).toStrictEqual([grey, grey]);
    expect(blocks.find((b) => b.type === 'paragraph')!.colour).not.toBe(grey);
    expect(await page.$eval('#article .dateline', (el) => el.textContent)).toBe('PORTLAND, Maine (AP) —');
    expect(pageErrors).toStrictEqual([]);
  });

  it('shows diagnostics and never injects pasted markup', async () => {
    const before = await renders();
    await page.fill('#input', '"<img src=x onerror=alert(1)> never closed');
    await rendersAfter(before);
    expect(await page.$$eval('#article img', (els) => els.length)).toBe(0);
    expect(await page.textContent('#diagnostics')).toContain('unclosed-quotation');
    expect(await page.$$eval('#article .quotation.unclosed', (els) => els.length)).toBe(1);
  });

  it('draws the grammar as railroad diagrams, one per rule of the parser', async () => {
    expect(rules).toContain('article');
    expect(rules).toContain('quotation');
    const diagrams = await context!.newPage();
    try {
      await diagrams.goto(`${origin}/grammar/index.html`);
      await diagrams.waitForSelector('#diagrams svg', { timeout: 10_000 });
      const drawn = await diagrams.$$eval('#diagrams svg', (svgs) => svgs.length);
      expect(drawn).toBe(rules.length);
      const titles = await diagrams.$$eval('#diagrams .diagramHeader', (headers) => headers.map((h) => (h.textContent ?? '').trim()));
      expect(titles).toStrictEqual(rules);
      expect(await diagrams.$$eval('nav a', (links) => links.map((a) => a.getAttribute('href')))).toStrictEqual(['../index.html', '../api/index.html', '../playground/index.html']);
    } finally {
      await diagrams.close();
    }
  });

  it('links back to the documentation', async () => {
    expect(await page.$$eval('header nav a', (links) => links.map((a) => a.getAttribute('href')))).toStrictEqual(['../index.html', '../api/index.html', '../grammar/index.html']);
  });
});
