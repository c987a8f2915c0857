import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ScenarioEditor } from '@/components/classes/scenario-editor';
import { getCurrentUser } from '@/lib/auth/current';
import { authorAccess } from '@/lib/classes-server/scenario-authoring';
import { db } from '@/lib/db/client';
import { className, getClassScenarioForAuthor } from '@/lib/db/class-scenarios';
import { previewScenarioAction, publishScenarioAction, saveScenarioAction, validateScenarioAction } from '../../actions';
import { AuthoringFrame } from '@/components/classes/authoring-frame';

export const metadata: Metadata = { title: 'Edit class scenario', robots: { index: false } };

export default async function EditClassScenarioPage({ params }: { params: Promise<{ classId: string; id: string }> }) {
  await connection();
  const { classId, id } = await params;
  if (classId.length > 64 || id.length > 64) notFound();
  const scenario = await getClassScenarioForAuthor(db, id);
  // A scenario of another class, or a class that is not the caller's: the same 404 as a wrong id.
  if (!scenario || scenario.classId !== classId || (await authorAccess(db, await getCurrentUser(), classId)) !== 'ok') notFound();
  const name = (await className(db, classId)) ?? '';
  return (
    <AuthoringFrame classId={classId} className={name} title={`Edit “${scenario.title}”`}>
      <ScenarioEditor
        classId={classId}
        scenario={{ id: scenario.id, latestVersionId: scenario.latest.id, latestVersion: scenario.latest.number, publishedVersion: scenario.published?.number ?? null }}
        savedFiles={scenario.latest.files}
        validateAction={validateScenarioAction}
        previewAction={previewScenarioAction}
        saveAction={saveScenarioAction}
        publishAction={publishScenarioAction}
      />
    </AuthoringFrame>
  );
}
