import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthCard } from '../auth-card';
import { ForgotForm } from './forgot-form';

export const metadata: Metadata = { title: 'Forgot password', robots: { index: false } };

export default function ForgotPasswordPage() {
  return (
    <AuthCard
      title="Forgot your password?"
      lead="Enter your work e-mail. We’ll send a link to choose a new one."
    >
      <ForgotForm />
      <p className="mt-4 text-center">
        <Link href="/sign-in">Back to sign-in</Link>
      </p>
    </AuthCard>
  );
}
