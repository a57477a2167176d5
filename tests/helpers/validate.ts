/**
 * The tree validator every test runs on every tree it makes: lossless,
 * positions that agree with the source, the content model of the contract,
 * ids and links that resolve.
 */
import type { Article, WirecopyNode } from '../../src/index.js';

/** Child types each parent type may hold. */
export const CONTENT_MODEL: Record<string, readonly string[]> = {
  article: ['headline', 'byline', 'paragraph', 'boilerplate', 'whitespace'],
  headline: ['text', 'whitespace', 'quotation'],
  byline: ['text', 'whitespace', 'quotation'],
  boilerplate: ['text', 'whitespace', 'quotation'],
  paragraph: ['dateline', 'quotation', 'attribution', 'reportedSpeech', 'text', 'whitespace'],
  reportedSpeech: ['text', 'whitespace', 'quotation'],
  dateline: ['text', 'whitespace'],
  quotation: ['quoteMark', 'text', 'whitespace', 'quotation'],
  attribution: ['speaker', 'role', 'cue', 'text', 'whitespace'],
  speaker: ['text'],
  role: ['text'],
  cue: ['text'],
};

/** Leaf types. */
export const LEAVES: readonly string[] = ['text', 'whitespace', 'quoteMark'];

/** Independent offset -> point conversion (not the library's). */
function pointOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) {
      line += 1;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

class TreeError extends Error {}

function fail(message: string, node: WirecopyNode): never {
  throw new TreeError(`${message} (at ${node.type} ${JSON.stringify(node.position)})`);
}

/**
 * Throws a descriptive error when the tree breaks the contract for `text`.
 * Checks line/column of every point only for inputs up to `fullPointCheckLimit`
 * characters (the independent conversion is quadratic).
 */
export function validateTree(tree: Article, text: string, fullPointCheckLimit = 20_000): void {
  const leaves: string[] = [];
  const quotationIds: string[] = [];
  const attributionIds: string[] = [];
  const quotations = new Map<string, Record<string, unknown>>();
  const attributions = new Map<string, Record<string, unknown>>();
  const reportedIds: string[] = [];
  const reported = new Map<string, Record<string, unknown>>();
  const checkPoints = text.length <= fullPointCheckLimit;
  // Line starts for a linear check on big inputs.
  const lineStarts = [0];
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) lineStarts.push(index + 1);
  }

  function checkPoint(point: { line: number; column: number; offset: number }, node: WirecopyNode): void {
    if (!Number.isInteger(point.offset) || point.offset < 0 || point.offset > text.length) fail(`offset ${point.offset} outside the input`, node);
    if (checkPoints) {
      const expected = pointOf(text, point.offset);
      if (expected.line !== point.line || expected.column !== point.column) {
        fail(`point ${point.line}:${point.column} should be ${expected.line}:${expected.column} at offset ${point.offset}`, node);
      }
    } else {
      const start = lineStarts[point.line - 1];
      if (start === undefined || point.offset - start + 1 !== point.column) fail(`point ${point.line}:${point.column} disagrees with offset ${point.offset}`, node);
    }
  }

  // Iterative walk (deep trees must not overflow the test's stack either).
  const stack: Array<{ node: WirecopyNode; parent: WirecopyNode | undefined; index: number }> = [{ node: tree, parent: undefined, index: 0 }];
  while (stack.length > 0) {
    const { node, parent, index } = stack.pop()!;
    const record = node as unknown as Record<string, unknown>;
    if (typeof node.type !== 'string') throw new TreeError(`node without type: ${JSON.stringify(node).slice(0, 200)}`);
    if (!node.position) fail('node without position', node);
    checkPoint(node.position.start, node);
    checkPoint(node.position.end, node);
    if (node.position.start.offset > node.position.end.offset) fail('start after end', node);
    for (const [key, value] of Object.entries(record)) if (value === undefined) fail(`field ${key} is undefined`, node);
    if (parent) {
      const allowed = CONTENT_MODEL[parent.type];
      if (!allowed?.includes(node.type)) fail(`${parent.type} may not contain ${node.type}`, node);
      if (node.type === 'dateline' && index !== 0) fail('a dateline must be the first child of its paragraph', node);
    }
    if (LEAVES.includes(node.type)) {
      if (typeof record.value !== 'string') fail('leaf without string value', node);
      if ('children' in record) fail('leaf with children', node);
      const value = record.value as string;
      if (value.length === 0) fail('empty leaf', node);
      if (text.slice(node.position.start.offset, node.position.end.offset) !== value) fail(`value ${JSON.stringify(value)} disagrees with its position`, node);
      leaves.push(value);
      if (node.type === 'quoteMark' && record.role !== 'open' && record.role !== 'close') fail('quoteMark without role', node);
      continue;
    }
    if (!(node.type in CONTENT_MODEL)) fail(`unknown node type ${node.type}`, node);
    const children = record.children as WirecopyNode[] | undefined;
    if (!Array.isArray(children)) fail('parent without children', node);
    if (node.type !== 'article' && children.length === 0) fail('empty parent', node);
    // Children tile the parent.
    let cursor = node.position.start.offset;
    for (const child of children) {
      if (child.position.start.offset !== cursor) fail(`child ${child.type} starts at ${child.position.start.offset}, expected ${cursor}`, node);
      cursor = child.position.end.offset;
    }
    if (cursor !== node.position.end.offset) fail(`children end at ${cursor}, parent at ${node.position.end.offset}`, node);
    if (node.type === 'quotation') {
      const id = record.id as string;
      quotationIds.push(id);
      quotations.set(id, record);
      if (typeof record.closed !== 'boolean') fail('quotation without closed', node);
      const first = children[0] as unknown as Record<string, unknown>;
      if (first.type !== 'quoteMark' || first.role !== 'open') fail('quotation must start with an opening mark', node);
      const closing = children.filter((child) => child.type === 'quoteMark' && (child as unknown as Record<string, unknown>).role === 'close');
      const last = children.at(-1) as unknown as Record<string, unknown>;
      if (record.closed !== (last.type === 'quoteMark' && last.role === 'close') || closing.length > (record.closed ? 1 : 0)) {
        fail('closed must say whether the quotation ends with its one closing mark', node);
      }
    }
    if (node.type === 'attribution') {
      const id = record.id as string;
      attributionIds.push(id);
      attributions.set(id, record);
      if (record.form !== 'direct' && record.form !== 'indirect') fail('attribution without form', node);
      if (!Array.isArray(record.quotations)) fail('attribution without quotations', node);
      if (!Array.isArray(record.reported)) fail('attribution without reported', node);
    }
    if (node.type === 'reportedSpeech') {
      const id = record.id as string;
      reportedIds.push(id);
      reported.set(id, record);
      if (parent?.type !== 'paragraph') fail('reportedSpeech outside a paragraph', node);
    }
    if (node.type === 'article' && !Array.isArray(record.diagnostics)) fail('article without diagnostics', node);
    for (let childIndex = children.length - 1; childIndex >= 0; childIndex -= 1) {
      stack.push({ node: children[childIndex]!, parent: node, index: childIndex });
    }
  }

  if (leaves.join('') !== text) throw new TreeError('the leaves do not give back the input');
  if (tree.position.start.offset !== 0 || tree.position.end.offset !== text.length) throw new TreeError('the root does not span the input');

  // Ids in document order, unique, and links that resolve both ways.
  quotationIds.forEach((id, position) => {
    if (id !== `q${position + 1}`) throw new TreeError(`quotation ids out of order: ${quotationIds.join(',')}`);
  });
  attributionIds.forEach((id, position) => {
    if (id !== `a${position + 1}`) throw new TreeError(`attribution ids out of order: ${attributionIds.join(',')}`);
  });
  for (const [id, quotation] of quotations) {
    if (quotation.continuedIn !== undefined && quotations.get(quotation.continuedIn as string)?.continuedFrom !== id) {
      throw new TreeError(`${id}.continuedIn does not link back`);
    }
    if (quotation.continuedFrom !== undefined && quotations.get(quotation.continuedFrom as string)?.continuedIn !== id) {
      throw new TreeError(`${id}.continuedFrom does not link back`);
    }
    if (quotation.attribution !== undefined && !((attributions.get(quotation.attribution as string)?.quotations as string[] | undefined)?.includes(id))) {
      throw new TreeError(`${id}.attribution does not link back`);
    }
  }
  reportedIds.forEach((id, position) => {
    if (id !== `r${position + 1}`) throw new TreeError(`reportedSpeech ids out of order: ${reportedIds.join(',')}`);
  });
  for (const [id, content] of reported) {
    if (content.attribution !== undefined && !((attributions.get(content.attribution as string)?.reported as string[] | undefined)?.includes(id))) {
      throw new TreeError(`${id}.attribution does not link back`);
    }
  }
  for (const [id, attribution] of attributions) {
    for (const quotationId of attribution.quotations as string[]) {
      if (quotations.get(quotationId)?.attribution !== id) throw new TreeError(`${id} credits ${quotationId}, which does not link back`);
    }
    for (const reportedId of attribution.reported as string[]) {
      if (reported.get(reportedId)?.attribution !== id) throw new TreeError(`${id} reports ${reportedId}, which does not link back`);
    }
  }
  let previous = -1;
  for (const diagnostic of tree.diagnostics) {
    if (typeof diagnostic.code !== 'string' || typeof diagnostic.message !== 'string') throw new TreeError('diagnostic without code or message');
    if (diagnostic.severity !== 'warning' && diagnostic.severity !== 'info') throw new TreeError('diagnostic with a bad severity');
    if (diagnostic.position.start.offset < previous) throw new TreeError('diagnostics out of order');
    previous = diagnostic.position.start.offset;
    checkPoint(diagnostic.position.start, tree);
    checkPoint(diagnostic.position.end, tree);
  }
}
