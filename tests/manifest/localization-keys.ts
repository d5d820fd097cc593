// Maps between manifest paths and localization keys ("bots[0].commandLists[1].commands[2].title").
import type { Json } from '../../src/manifest/fill-template.js';

/** Every string leaf of a JSON document, keyed the way localization files address them. */
export function stringLeaves(doc: Json, prefix = ''): Map<string, string> {
  const leaves = new Map<string, string>();
  if (typeof doc === 'string') leaves.set(prefix, doc);
  else if (Array.isArray(doc)) {
    doc.forEach((item: Json, index) => stringLeaves(item, `${prefix}[${index}]`).forEach((v, k) => leaves.set(k, v)));
  } else if (doc !== null && typeof doc === 'object') {
    for (const [key, item] of Object.entries(doc)) {
      stringLeaves(item, prefix ? `${prefix}.${key}` : key).forEach((v, k) => leaves.set(k, v));
    }
  }
  return leaves;
}

/** Keys the official localization schema accepts, as plain names and (non-/u, as the schema needs) patterns. */
export function localizableKeyMatcher(schema: {
  properties: Record<string, unknown>;
  patternProperties: Record<string, unknown>;
}): (key: string) => boolean {
  const names = new Set(Object.keys(schema.properties).filter((name) => name !== '$schema' && name !== 'localizationKeys'));
  const patterns = Object.keys(schema.patternProperties).map((pattern) => new RegExp(pattern));
  return (key) => names.has(key) || patterns.some((pattern) => pattern.test(key));
}
