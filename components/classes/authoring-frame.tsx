import Link from 'next/link';
import type { ReactNode } from 'react';

/** The frame both authoring pages share: where you are, what the page is for. */
export function AuthoringFrame({ classId, className, title, intro, children }: { classId: string; className: string; title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <div className="container-page py-10">
      <p className="text-sm">
        <Link href="/teach">Your classes</Link> <span aria-hidden="true">/</span> <Link href={`/teach/${classId}`}>{className}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{title}</h1>
      <p className="mt-3 max-w-[70ch] text-muted">
        {intro ?? (
          <>
            A scenario is a folder: <code>scenario.yaml</code> (the prompt, the world and the cases), <code>starter.asl.json</code> (what learners start from; it must fail
            a case) and <code>solution.asl.json</code> (the reference; it must pass every case), plus any <code>world.json</code> or <code>mock-config.json</code> it
            names. The format is the one of the built-in scenarios. Each save is a new version; learners get the version you publish.
          </>
        )}
      </p>
      <div className="mt-8">{children}</div>
    </div>
  );
}
