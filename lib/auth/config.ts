import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authSecret } from '@/lib/security/secret';
import { clientAddress } from '@/lib/security/client-address';
import { checkStaffCredentials } from './credentials';
import { ABSOLUTE_TIMEOUT_HOURS } from './sessions';

declare module 'next-auth' {
  interface Session {
    sid?: string;
  }
  interface User {
    sessionId?: string;
  }
}
declare module '@auth/core/jwt' {
  interface JWT {
    sid?: string;
  }
}

/** The code travels to the sign-in form: 'invalid' (one message for every bad login) or 'throttled'. */
export class SignInRefused extends CredentialsSignin {
  constructor(code: 'invalid' | 'throttled') {
    super();
    this.code = code;
  }
}

// A function config: the secret is read on the first request, not while `next build` imports this.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: 'jwt', maxAge: ABSOLUTE_TIMEOUT_HOURS * 3600 },
  pages: { signIn: '/sign-in', error: '/sign-in' },
  logger: {
    // Auth.js logs whole error objects; keep only the kind so nothing typed at sign-in reaches logs.
    error: (error) => console.error(JSON.stringify({ level: 'error', message: 'auth', error: error.name })),
    warn: () => {},
    debug: () => {},
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const result = await checkStaffCredentials(credentials, clientAddress(request.headers));
        if (!result.ok) throw new SignInRefused(result.reason);
        return { id: result.staffUserId, sessionId: result.sessionId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.sessionId) token.sid = user.sessionId;
      return token;
    },
    session({ session, token }) {
      session.sid = token.sid;
      return session;
    },
  },
}));
