// next-auth configuration: credentials sign-in, JWT sessions. The JWT carries the user id, the user's
// session version and the id of the server-side session (sessions.ts); current-user.ts checks all three
// against the database on every request, so signing out, a deactivated user, a reset password, the absolute
// lifetime and the idle timeout end a session at once, whatever cookie is replayed.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientIpFromHeaders } from "./client-ip";
import { endSession, startSession } from "./sessions";
import { isUuid } from "@/lib/forms/validation";
import { verifyCredentials } from "./verify-credentials";

export const SESSION_MAX_AGE_SECONDS = Number(process.env.GONGKAI_SESSION_HOURS ?? 8) * 3600;

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 15 * 60 },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const user = await verifyCredentials({
          email: String(credentials?.email ?? ""),
          password: String(credentials?.password ?? ""),
          clientIp: clientIpFromHeaders(req.headers ?? {}),
        });
        const sessionId = await startSession({ userId: user.id, clientIp: clientIpFromHeaders(req.headers ?? {}) });
        return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion, sessionId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        token.sid = (user as { sessionId?: string }).sessionId;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid as string, sv: token.sv as number, sid: token.sid as string };
    },
  },
  events: {
    // Signing out ends the session on the server too: the cookie, if kept, opens nothing afterwards.
    async signOut({ token }) {
      if (isUuid(token?.sid)) await endSession(token.sid, "SIGNED_OUT");
    },
  },
};
