import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { enrolmentOffer } from '@/lib/auth/enrolment';
import { currentStaff } from '@/lib/auth/guard';
import { findSignInAttempt } from '@/lib/auth/sign-in-attempts';
import { AuthCard } from '../auth-card';
import { startOverAction } from './actions';
import { CodeForm } from './code-form';
import { ContinueButton, EnrolStep } from './enrol-step';
import { SignInForm } from './sign-in-form';
import { readAttemptToken } from './sign-in-cookies';

export const metadata: Metadata = { title: 'Staff sign-in', robots: { index: false } };

const NOTICES: Record<string, string> = {
  'password-set': 'Your password is saved. Sign in with it now.',
};

/** One page for every step of a sign-in; the attempt cookie says which step this browser is at. */
export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (await currentStaff()) redirect('/dashboard');
  const attempt = await findSignInAttempt(await readAttemptToken());
  const startOver = (
    <form action={startOverAction} className="mt-4 text-center">
      <button type="submit" className="font-semibold text-brand-800 underline underline-offset-4">
        Start again with another account
      </button>
    </form>
  );

  if (attempt?.stage === 'code')
    return (
      <AuthCard
        title="Enter your code"
        lead="Your password is right. Now enter the code from your authenticator app."
      >
        <CodeForm />
        {startOver}
      </AuthCard>
    );
  if (attempt?.stage === 'enrol') {
    const offer = await enrolmentOffer(attempt.staffUserId);
    if (offer)
      return (
        <AuthCard
          title="Set up two-step sign-in"
          lead="Your role signs in with a password and a code from an authenticator app. Set it up once now; it protects patients’ records if your password ever leaks."
        >
          <EnrolStep qrSvg={offer.qrSvg} secretKey={offer.key} />
          {startOver}
        </AuthCard>
      );
  }

  if (attempt?.stage === 'ready')
    return (
      <AuthCard title="Almost there" lead="Your sign-in is complete.">
        <ContinueButton />
        {startOver}
      </AuthCard>
    );

  const notice = (await searchParams).notice;
  return (
    <AuthCard
      title="Staff sign-in"
      lead="For clinic staff only. Patients don’t need an account to book."
    >
      <SignInForm notice={typeof notice === 'string' ? NOTICES[notice] : undefined} />
    </AuthCard>
  );
}
