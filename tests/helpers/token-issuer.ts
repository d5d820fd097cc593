// A local OpenID issuer (metadata + JWKS on loopback) that signs Bot Framework tokens, so authentication is tested for real.
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TokenIssuer {
  readonly metadataUrl: string;
  /** A token signed by the published key (valid) or by another key under the same kid (forged). */
  token(claims: Record<string, unknown>, options?: { readonly forged?: boolean }): string;
  close(): Promise<void>;
}

const KID = 'handlekort-test-key';

export async function startTokenIssuer(): Promise<TokenIssuer> {
  const published = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = published.publicKey.export({ format: 'jwk' });
  const server = createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const body =
      req.url === '/keys'
        ? { keys: [{ ...jwk, kid: KID, use: 'sig', alg: 'RS256', endorsements: ['msteams', 'emulator', 'webchat'] }] }
        : { issuer: 'https://api.botframework.com', jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] };
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const metadataUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/openid`;
  return {
    metadataUrl,
    token(claims, options = {}) {
      return sign(claims, options.forged ? other.privateKey : published.privateKey);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function sign(claims: Record<string, unknown>, key: KeyObject): string {
  const now = Math.floor(Date.now() / 1000);
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${encode({ alg: 'RS256', typ: 'JWT', kid: KID })}.${encode({ iat: now - 60, nbf: now - 60, exp: now + 3600, ...claims })}`;
  const signature = createSign('RSA-SHA256').update(unsigned).sign(key).toString('base64url');
  return `${unsigned}.${signature}`;
}
