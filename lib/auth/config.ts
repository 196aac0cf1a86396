import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { headers } from 'next/headers';
import { authSecret } from '@/lib/security/secret';
import { completeSignIn } from './second-factor';
import { revokeStaffSession, ABSOLUTE_TIMEOUT_HOURS } from './sessions';
import { sessionIdFrom, usesSecureCookies } from './session-token';

declare module 'next-auth' {
  interface User {
    sessionId?: string;
  }
}
declare module '@auth/core/jwt' {
  interface JWT {
    sid?: string;
  }
}

/** Any refusal of the credentials provider: the sign-in form gives its own, clearer message. */
export class SignInRefused extends CredentialsSignin {
  code = 'invalid';
}

/**
 * Auth.js only turns a finished sign-in (password, then the second factor where there is one:
 * lib/auth/credentials.ts and second-factor.ts) into the session cookie, so the credentials
 * provider takes the attempt token of that finished sign-in, never a password. The cookie holds
 * the id of a staff_sessions row; every way of signing out, Auth.js's own POST
 * /api/auth/signout included, revokes that row (events.signOut).
 */
// A function config: the secret is read on the first request, not while `next build` imports this.
const nextAuth = NextAuth(async () => ({
  secret: authSecret(),
  trustHost: true,
  useSecureCookies: usesSecureCookies(await headers()),
  session: { strategy: 'jwt', maxAge: ABSOLUTE_TIMEOUT_HOURS * 3600 },
  pages: { signIn: '/sign-in', error: '/sign-in' },
  logger: {
    // Auth.js logs whole error objects; keep only the kind so nothing typed at sign-in reaches logs.
    error: (error) =>
      console.error(JSON.stringify({ level: 'error', message: 'auth', error: error.name })),
    warn: () => {},
    debug: () => {},
  },
  providers: [
    Credentials({
      credentials: { attempt: {} },
      async authorize(credentials) {
        const done = await completeSignIn(credentials.attempt);
        if (!done) throw new SignInRefused();
        return { id: done.staffUserId, sessionId: done.sessionId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.sessionId) token.sid = user.sessionId;
      return token;
    },
    // What GET /api/auth/session shows: only when the cookie expires, never the session id.
    session({ session }) {
      return { expires: session.expires, user: {} } as typeof session;
    },
  },
  events: {
    async signOut(message) {
      const sid = 'token' in message ? message.token?.sid : undefined;
      if (typeof sid === 'string') await revokeStaffSession(sid);
    },
  },
}));

export const { handlers, signIn, signOut } = nextAuth;

/**
 * The request's staff session id from its cookie, for lib/auth/guard.ts. (Not Auth.js's `auth()`:
 * that returns what the public session endpoint shows, which no longer carries the id.)
 */
export async function auth(): Promise<{ sid: string } | null> {
  const sid = await sessionIdFrom(await headers());
  return sid ? { sid } : null;
}
