import { connection } from 'next/server';
import type { ReactNode } from 'react';

// Sign-in and password pages take secrets: always rendered per request, with a nonce CSP (proxy.ts).
export default async function AuthLayout({ children }: { children: ReactNode }) {
  await connection();
  return children;
}
