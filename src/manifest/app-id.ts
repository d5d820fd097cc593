// A Teams app id that stays the same for a deployment, so re-uploading a package updates the app.
import { createHash } from 'node:crypto';

/** Fixed namespace for this project's name-based (v5) UUIDs; never change it, or every app id moves. */
export const APP_ID_NAMESPACE = '1924c05f-fc8c-4a87-9a86-e68075826771';

export const GUID_PATTERN = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

/** RFC 4122 version-5 UUID (SHA-1 of namespace + name). */
export function uuidV5(namespace: string, name: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** One app per bot registration and municipality; the bot id is lower-cased so its spelling does not matter. */
export function deriveAppId(botId: string, municipality: string): string {
  return uuidV5(APP_ID_NAMESPACE, `${botId.toLowerCase()}/${municipality}`);
}
