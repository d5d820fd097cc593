import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, readOpeningHours } from '../src/config.js';

describe('loadConfig', () => {
  it('defaults to port 3978, Gladsaxe and local mode', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3978);
    expect(config.municipality).toBe('gladsaxe');
    expect(config.credentials).toBeUndefined();
  });

  it('refuses production without MicrosoftAppId, saying why', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/MicrosoftAppId/);
  });

  it('accepts production with credentials, named as botbuilder names them', () => {
    const config = loadConfig({ NODE_ENV: 'production', MicrosoftAppId: 'app', MicrosoftAppPassword: 'secret', MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: 'tenant' });
    expect(config.credentials).toEqual({ appId: 'app', appPassword: 'secret', appType: 'SingleTenant', tenantId: 'tenant', endpoints: {} });
  });

  it.each([
    [{ MUNICIPALITY: 'odense' }, /odense/],
    [{ PORT: 'abc' }, /PORT/],
    [{ MicrosoftAppId: 'x', MicrosoftAppType: 'Other' }, /MicrosoftAppType/],
    [{ MicrosoftAppId: 'x', MicrosoftAppType: 'SingleTenant' }, /TenantId/],
    [{ PUBLIC_BASE_URL: 'not a url' }, /PUBLIC_BASE_URL/],
  ])('rejects %o with a clear message', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('reads opening hours and rejects nonsense', () => {
    expect(readOpeningHours('08:30-15:30')).toEqual({ open: '08:30', close: '15:30' });
    expect(() => readOpeningHours('15:00-08:00')).toThrow(ConfigError);
  });
});
