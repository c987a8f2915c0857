import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AuthForm } from '@/components/account/auth-form';
import { signIn } from '@/app/account/actions';
import { nextPath } from '@/lib/auth/forms';
import { getCurrentUser } from '@/lib/auth/current';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = (await searchParams).next;
  const next = nextPath.parse(typeof raw === 'string' ? raw : undefined);
  if (await getCurrentUser()) redirect(next === '/' ? '/account' : next);
  return (
    <div className="container-page max-w-md py-12">
      <h1 className="text-3xl font-bold tracking-tight">Sign in</h1>
      <p className="mt-3 text-muted">Progress you made in this browser as a guest is added to your account.</p>
      <AuthForm mode="sign-in" action={signIn} next={next} />
    </div>
  );
}
