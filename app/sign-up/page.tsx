import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AuthForm } from '@/components/account/auth-form';
import { signUp } from '@/app/account/actions';
import { nextPath } from '@/lib/auth/forms';
import { getCurrentUser } from '@/lib/auth/current';

export const metadata: Metadata = { title: 'Create an account' };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = (await searchParams).next;
  const next = nextPath.parse(typeof raw === 'string' ? raw : undefined);
  if (await getCurrentUser()) redirect(next === '/' ? '/account' : next);
  return (
    <div className="container-page max-w-md py-12">
      <h1 className="text-3xl font-bold tracking-tight">Create an account</h1>
      <p className="mt-3 text-muted">
        Keep your progress on every device. Everything you have done in this browser so far (lessons, quizzes, scenarios) comes with you.
      </p>
      <AuthForm mode="sign-up" action={signUp} next={next} />
    </div>
  );
}
