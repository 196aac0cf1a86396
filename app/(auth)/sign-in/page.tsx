import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Wordmark } from '@/components/layout/wordmark';
import { currentStaff } from '@/lib/auth/guard';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Staff sign-in', robots: { index: false } };

export default async function SignInPage() {
  if (await currentStaff()) redirect('/dashboard');
  return (
    <main id="main" className="flex min-h-screen items-center justify-center bg-sand-50 px-4 py-12">
      <div className="w-full max-w-md rounded-2xl border border-sand-200 bg-white p-6 shadow-sm sm:p-8">
        <Wordmark />
        <h1 className="mt-6 text-2xl">Staff sign-in</h1>
        <p className="mt-2 text-muted">For clinic staff only. Patients don’t need an account to book.</p>
        <div className="mt-6">
          <SignInForm />
        </div>
      </div>
    </main>
  );
}
