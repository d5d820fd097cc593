// Settings for building the Teams app package; pure, the caller passes the environment in.
import { DEFAULT_MUNICIPALITY, MUNICIPALITY_IDS, isMunicipalityId, type MunicipalityId } from '../guide/index.js';
import { GUID_PATTERN, deriveAppId } from './app-id.js';

export interface PackageSettings {
  readonly botId: string;
  /** https origin plus optional path prefix, without a trailing slash. */
  readonly publicBaseUrl: string;
  /** Host (and port, if not 443) of publicBaseUrl: the manifest's only valid domain. */
  readonly publicHost: string;
  readonly municipality: MunicipalityId;
  readonly appId: string;
  readonly appIdSource: 'env' | 'derived';
  readonly version: string;
}

export type PackageSettingsResult =
  | { readonly kind: 'ok'; readonly settings: PackageSettings }
  | { readonly kind: 'invalid'; readonly errors: readonly string[] };

export type Env = Readonly<Record<string, string | undefined>>;

/** Teams accepts only MAJOR.MINOR.PATCH (the schema's own `semver` definition). */
const VERSION_PATTERN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** Unset and empty mean the same: `.env` files often carry `NAME=`. */
function read(env: Env, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  return undefined;
}

function parseBaseUrl(value: string): { url: string; host: string } | undefined {
  if (!URL.canParse(value)) return undefined;
  const url = new URL(value);
  if (url.protocol !== 'https:' || url.search || url.hash || url.username || url.password) return undefined;
  return { url: `${url.origin}${url.pathname.replace(/\/+$/, '')}`, host: url.host };
}

/**
 * BOT_ID (or MicrosoftAppId) and PUBLIC_BASE_URL are required: a package pointing at a placeholder
 * host installs fine and then fails for every user, so it is refused here rather than discovered there.
 */
export function readPackageSettings(env: Env, defaults: { readonly version: string }): PackageSettingsResult {
  const errors: string[] = [];

  const botId = read(env, 'BOT_ID', 'MicrosoftAppId');
  if (!botId) errors.push('BOT_ID (or MicrosoftAppId) is required: the Microsoft App ID of the Azure Bot registration.');
  else if (!GUID_PATTERN.test(botId)) errors.push(`BOT_ID must be a GUID, got "${botId}".`);

  const rawBaseUrl = read(env, 'PUBLIC_BASE_URL');
  const baseUrl = rawBaseUrl === undefined ? undefined : parseBaseUrl(rawBaseUrl);
  if (rawBaseUrl === undefined) {
    errors.push('PUBLIC_BASE_URL is required: the public https address serving /tab, e.g. https://handlekort.example.dk (a dev tunnel URL for local tests).');
  } else if (!baseUrl) {
    errors.push(`PUBLIC_BASE_URL must be an https URL without query or fragment, got "${rawBaseUrl}".`);
  }

  const municipality = read(env, 'MUNICIPALITY') ?? DEFAULT_MUNICIPALITY;
  if (!isMunicipalityId(municipality)) {
    errors.push(`MUNICIPALITY must be one of ${MUNICIPALITY_IDS.join(', ')}, got "${municipality}".`);
  }

  const explicitAppId = read(env, 'APP_ID');
  if (explicitAppId !== undefined && !GUID_PATTERN.test(explicitAppId)) {
    errors.push(`APP_ID must be a GUID, got "${explicitAppId}".`);
  }

  const version = read(env, 'APP_VERSION') ?? defaults.version;
  if (!VERSION_PATTERN.test(version)) errors.push(`APP_VERSION must be MAJOR.MINOR.PATCH, got "${version}".`);

  if (errors.length > 0 || !botId || !baseUrl || !isMunicipalityId(municipality)) {
    return { kind: 'invalid', errors };
  }
  return {
    kind: 'ok',
    settings: {
      botId,
      publicBaseUrl: baseUrl.url,
      publicHost: baseUrl.host,
      municipality,
      appId: explicitAppId ?? deriveAppId(botId, municipality),
      appIdSource: explicitAppId === undefined ? 'derived' : 'env',
      version,
    },
  };
}
