// Kore.ai public APIs take a JWT in the `auth` header. Apps that enforce JTI reject a token
// whose jti was seen before, so a fresh token is signed for every request.
import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
import type { Credentials } from '../runner/inputs.js'

/** Returns the value of the `auth` header for the next request. */
export type TokenSource = () => string

// Short-lived on purpose: a token only has to outlive the request it is signed for, and the
// platform allows at most one hour when JTI is enforced.
const TOKEN_LIFETIME_SECONDS = 5 * 60

/** Loads the signer only once credentials have been read: a run that fails on its inputs never needs it. */
export async function tokenSource(credentials: Credentials): Promise<TokenSource> {
  if (credentials.kind === 'token') return () => credentials.jwt
  const { default: jwt } = await import('jsonwebtoken')
  return () => {
    const token = jwt.sign({ appId: credentials.clientId, sub: 'kore-bot-export' }, credentials.clientSecret, {
      algorithm: 'HS256',
      expiresIn: TOKEN_LIFETIME_SECONDS,
      jwtid: randomUUID()
    })
    core.setSecret(token)
    return token
  }
}
