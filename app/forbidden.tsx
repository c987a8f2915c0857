import Link from 'next/link';

export const metadata = { title: 'Not allowed' };

/** What forbidden() renders, with status 403: a signed-in person asked for a page their role does not open. */
export default function Forbidden() {
  return (
    <div className="container-page py-20">
      <div className="max-w-xl">
        <p className="font-mono text-sm text-muted">403 · States.Permissions</p>
        <h1 className="mt-3 text-4xl font-bold tracking-tight">This page is for instructors</h1>
        <p className="mt-4 text-lg text-muted">
          Your account can study and practise, but this page is where instructors author content and run classes. If you teach, ask an admin to make
          your account an instructor.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link href="/practice" className="btn btn-primary">
            Go to practice
          </Link>
          <Link href="/account" className="btn btn-secondary">
            Your account
          </Link>
        </div>
      </div>
    </div>
  );
}
