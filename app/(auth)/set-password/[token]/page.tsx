import type { Metadata } from 'next';
import Link from 'next/link';
import { findAccountLink, USED_OR_EXPIRED } from '@/lib/auth/account-links';
import { AuthCard } from '../../auth-card';

import { SetPasswordForm } from './set-password-form';

export const metadata: Metadata = { title: 'Choose your password', robots: { index: false } };

/**
 * Where an invitation or a reset e-mail leads. Opening it changes nothing (mail scanners open
 * links too); only saving a password uses the link up.
 */
export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await findAccountLink(token);
  if (!link)
    return (
      <AuthCard title="This link no longer works">
        <p>{USED_OR_EXPIRED}</p>
        <p className="mt-4">
          <Link href="/forgot-password">Get a new link</Link> · <Link href="/sign-in">Sign in</Link>
        </p>
      </AuthCard>
    );
  return (
    <AuthCard
      title={link.purpose === 'invite' ? 'Choose your password' : 'Choose a new password'}
      lead={
        link.purpose === 'invite'
          ? `Welcome, ${link.name}. Choose the password for ${link.email}; only you will know it.`
          : `For ${link.email}. Saving it signs your account out everywhere.`
      }
    >
      <SetPasswordForm token={token} email={link.email} />
    </AuthCard>
  );
}
