// The only reader of process.env: validates once, at start-up, and fails with a clear message.
import { DEFAULT_MUNICIPALITY, isMunicipalityId, MUNICIPALITY_IDS, type MunicipalityId } from './guide/index.js';

export interface Credentials {
  readonly appId: string;
  readonly appPassword?: string;
  readonly appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  readonly tenantId?: string;
  /** botbuilder's own endpoint settings (sovereign clouds, private token issuers), passed through as named. */
  readonly endpoints: Readonly<Record<string, string>>;
}

/** botbuilder endpoint settings; when any is set, the rest take the public cloud's values. */
export const BOT_ENDPOINT_DEFAULTS = {
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
  OAuthUrl: 'https://api.botframework.com',
  ToBotFromChannelOpenIdMetadataUrl: 'https://login.botframework.com/v1/.well-known/openidconfiguration',
  ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration',
  CallerId: 'urn:botframework:azure',
} as const;

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly municipality: MunicipalityId;
  readonly production: boolean;
  /** Undefined in local mode: no authentication, for the Agents Playground / Emulator. */
  readonly credentials?: Credentials;
  readonly logLevel: string;
  readonly openingHours?: { readonly open: string; readonly close: string };
  readonly publicBaseUrl?: string;
  readonly blobStorage?: { readonly connectionString: string; readonly container: string };
  readonly maxBodyBytes: number;
  readonly rateLimit: { readonly messagesPerMinutePerUser: number; readonly messagesPerMinutePerConversation: number; readonly tabRequestsPerMinute: number };
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export const DEFAULT_PORT = 3978;
export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;
const APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const;

type Env = Readonly<Record<string, string | undefined>>;

export function loadConfig(env: Env = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const municipality = env.MUNICIPALITY?.trim().toLowerCase() || DEFAULT_MUNICIPALITY;
  if (!isMunicipalityId(municipality)) {
    throw new ConfigError(`MUNICIPALITY="${municipality}" is not known; use one of: ${MUNICIPALITY_IDS.join(', ')}.`);
  }
  const credentials = readCredentials(env);
  if (production && !credentials) {
    throw new ConfigError(
      'NODE_ENV=production but MicrosoftAppId is not set: refusing to start without Bot Framework authentication. ' +
        'Set MicrosoftAppId (and MicrosoftAppPassword or a managed identity), or unset NODE_ENV to run locally.',
    );
  }
  return {
    port: readInt(env, 'PORT', DEFAULT_PORT, 0, 65535),
    host: env.HOST?.trim() || '0.0.0.0',
    municipality,
    production,
    credentials,
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    openingHours: readOpeningHours(env.OPENING_HOURS),
    publicBaseUrl: readUrl(env, 'PUBLIC_BASE_URL'),
    blobStorage: env.BLOB_STORAGE_CONNECTION_STRING?.trim()
      ? { connectionString: env.BLOB_STORAGE_CONNECTION_STRING.trim(), container: env.BLOB_STORAGE_CONTAINER?.trim() || 'handlekort-state' }
      : undefined,
    maxBodyBytes: readInt(env, 'MAX_BODY_BYTES', DEFAULT_MAX_BODY_BYTES, 1024, 10 * 1024 * 1024),
    rateLimit: {
      messagesPerMinutePerUser: readInt(env, 'RATE_LIMIT_USER_PER_MINUTE', 30, 1, 100_000),
      messagesPerMinutePerConversation: readInt(env, 'RATE_LIMIT_CONVERSATION_PER_MINUTE', 120, 1, 1_000_000),
      tabRequestsPerMinute: readInt(env, 'RATE_LIMIT_TAB_PER_MINUTE', 600, 1, 1_000_000),
    },
  };
}

function readCredentials(env: Env): Credentials | undefined {
  const appId = env.MicrosoftAppId?.trim();
  if (!appId) return undefined;
  const appType = env.MicrosoftAppType?.trim() || 'MultiTenant';
  if (!(APP_TYPES as readonly string[]).includes(appType)) {
    throw new ConfigError(`MicrosoftAppType="${appType}" is not valid; use one of: ${APP_TYPES.join(', ')}.`);
  }
  const tenantId = env.MicrosoftAppTenantId?.trim() || undefined;
  if (appType === 'SingleTenant' && !tenantId) {
    throw new ConfigError('MicrosoftAppType=SingleTenant needs MicrosoftAppTenantId.');
  }
  const named = Object.keys(BOT_ENDPOINT_DEFAULTS).filter((key) => env[key]?.trim());
  const endpoints = named.length === 0 ? {} : { ...BOT_ENDPOINT_DEFAULTS, ...Object.fromEntries(named.map((key) => [key, env[key]!.trim()])) };
  return { appId, appPassword: env.MicrosoftAppPassword || undefined, appType: appType as Credentials['appType'], tenantId, endpoints };
}

function readInt(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name}="${raw}" must be a whole number from ${min} to ${max}.`);
  }
  return value;
}

function readUrl(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('protocol');
    return url.origin + url.pathname.replace(/\/$/, '');
  } catch {
    throw new ConfigError(`${name}="${raw}" is not a valid http(s) URL.`);
  }
}

/** "08:00-15:00" → { open, close }; undefined keeps the guide's default. */
export function readOpeningHours(raw: string | undefined): Config['openingHours'] {
  if (!raw?.trim()) return undefined;
  const match = /^\s*([01]\d|2[0-3]):([0-5]\d)\s*-\s*([01]\d|2[0-3]):([0-5]\d)\s*$/.exec(raw);
  if (!match || `${match[1]}:${match[2]}` >= `${match[3]}:${match[4]}`) {
    throw new ConfigError(`OPENING_HOURS="${raw}" must look like 08:00-15:00 (opening before closing).`);
  }
  return { open: `${match[1]}:${match[2]}`, close: `${match[3]}:${match[4]}` };
}
