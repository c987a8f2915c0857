import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ScenarioPageBody } from '@/components/scenario/scenario-page-body';
import { getScenario } from '@/lib/content/scenarios';
import { db } from '@/lib/db/client';
import { getScenarioSubmissions } from '@/lib/db/scenario-submissions';
import { readLearnerId } from '@/lib/learner/session';
import { submitScenarioAction } from './actions';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const scenario = getScenario((await params).id);
  return scenario ? { title: scenario.title, description: scenario.summary } : {};
}

export default async function ScenarioPage({ params }: Props) {
  const { id } = await params;
  const scenario = getScenario(id);
  if (!scenario) notFound();
  // Reads the learner's submissions: render per request (prisma-offline.md, pitfall 9).
  await connection();
  const learnerId = await readLearnerId();
  const submissions = learnerId ? await getScenarioSubmissions(db, learnerId, id, 5) : [];
  return (
    <ScenarioPageBody
      breadcrumb={
        <>
          <Link href="/practice">Practice</Link> <span aria-hidden="true">/</span> Scenario
        </>
      }
      scenario={scenario}
      submissions={submissions}
      submitAction={submitScenarioAction}
      storageKey={`stepwise:scenario:${scenario.id}`}
    />
  );
}
