import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ScenarioPageBody } from '@/components/scenario/scenario-page-body';
import { getCurrentUser } from '@/lib/auth/current';
import { openClassScenario } from '@/lib/classes-server/class-submit';
import { db } from '@/lib/db/client';
import { className, getClassScenarioSubmissions } from '@/lib/db/class-scenarios';
import { submitClassScenarioAction } from './actions';

export const metadata: Metadata = { title: 'Class scenario', robots: { index: false } };

export default async function ClassScenarioPage({ params }: { params: Promise<{ classId: string; id: string }> }) {
  await connection();
  const { classId, id } = await params;
  const user = await getCurrentUser();
  // Only members of the class (and its instructor, and admins) open it; anyone else gets a 404.
  const view = await openClassScenario(db, user, id);
  if (!view || view.published.classId !== classId || !user) notFound();
  const { scenario, published } = view;
  const [name, submissions] = await Promise.all([className(db, classId), user.learnerId ? getClassScenarioSubmissions(db, user.learnerId, published.id) : []]);
  return (
    <ScenarioPageBody
      breadcrumb={
        <>
          <Link href="/classes">Classes</Link> <span aria-hidden="true">/</span> {name}
        </>
      }
      scenario={scenario}
      note={`Written by your instructor for this class (version ${published.version.number}).`}
      submissions={submissions}
      submitAction={submitClassScenarioAction.bind(null, published.id)}
      storageKey={`stepwise:class-scenario:${published.id}:${published.version.number}`}
    />
  );
}
