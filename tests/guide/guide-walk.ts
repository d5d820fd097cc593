// Generic traversal of a guide module, so content rules hold for every field, present and future.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Guide, Text } from '../../src/guide/types.js';

export type Node = Readonly<Record<string, unknown>>;
export interface Visited {
  readonly node: Node;
  readonly at: string;
}

/** Every object in the guide, with a JSON-path-like location for failure messages. */
export function nodesOf(guide: Guide): Visited[] {
  const out: Visited[] = [];
  const walk = (value: unknown, at: string): void => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${at}[${i}]`));
    else if (value !== null && typeof value === 'object') {
      out.push({ node: value as Node, at });
      for (const [key, child] of Object.entries(value)) walk(child, `${at}.${key}`);
    }
  };
  walk(guide, '$');
  return out;
}

export function isText(node: Node): node is Node & Text {
  const keys = Object.keys(node).sort();
  return keys.length === 2 && keys[0] === 'da' && keys[1] === 'en';
}

export function textsOf(guide: Guide): { text: Text; at: string }[] {
  return nodesOf(guide)
    .filter(({ node }) => isText(node))
    .map(({ node, at }) => ({ text: node as unknown as Text, at }));
}

/** Items that carry an id: everything a reference or a source can point at. */
export function itemsOf(guide: Guide): Visited[] {
  return nodesOf(guide).filter(({ node }) => typeof node.id === 'string');
}

/** Phone numbers written in running text ("telefon 70 27 76 66", "Politi på 114"), as digits. */
export function phonesInText(text: string): string[] {
  return [...text.matchAll(/(?<!\d)(\d{2} \d{2} \d{2} \d{2}|11[24])(?!\d)/g)].map((m) => m[1]!.replace(/ /g, ''));
}

export function emailsInText(text: string): string[] {
  return [...text.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)].map((m) => m[0].toLowerCase());
}

const SOURCES_DIR = path.join(__dirname, 'sources');

/** The guide's source files, copied into tests/guide/sources so tests never read outside the project. */
export function sourceTextOf(guide: Guide): string {
  return guide.sources.map((source) => readFileSync(path.join(SOURCES_DIR, source.file), 'utf8')).join('\n');
}

/** Whitespace collapsed, lower-case: headings in the sources wrap over lines. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').toLowerCase();
}
