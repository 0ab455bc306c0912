// Kore.ai public APIs take a JWT in the `auth` header. Apps that enforce JTI reject a token
// whose jti was seen before, so a fresh token is signed for every request.
import { createSecretKey, randomUUID } from 'node:crypto'

export type Credentials = { kind: 'app'; clientId: string; clientSecret: string } | { kind: 'token'; jwt: string }

/** Returns the value of the `auth` header for the next request. */
export type TokenSource = () => string

// Short-lived on purpose: a token only has to outlive the request it is signed for, and the
// platform allows at most one hour when JTI is enforced.
const TOKEN_LIFETIME_SECONDS = 5 * 60

/** Loads the signer only once credentials have been read: a run that fails on its inputs never needs it. */
export async function tokenSource(credentials: Credentials, mask: (secret: string) => void): Promise<TokenSource> {
  if (credentials.kind === 'token') return () => credentials.jwt
  const { default: jwt } = await import('jsonwebtoken')
  // A key object made once: given the secret as text, jsonwebtoken first tries to read it as a
  // private key, then as a public key (two failed parses, milliseconds a token), before using it.
  const key = createSecretKey(Buffer.from(credentials.clientSecret, 'utf8'))
  return () => {
    const token = jwt.sign({ appId: credentials.clientId, sub: 'kore-bot-export' }, key, {
      algorithm: 'HS256',
      expiresIn: TOKEN_LIFETIME_SECONDS,
      jwtid: randomUUID()
    })
    mask(token)
    return token
  }
}
