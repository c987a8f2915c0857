import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ScenarioEditor } from '@/components/classes/scenario-editor';
import { getCurrentUser } from '@/lib/auth/current';
import { TEMPLATE_FILES } from '@/lib/classes/scenario-template';
import { authorAccess } from '@/lib/classes-server/scenario-authoring';
import { db } from '@/lib/db/client';
import { className } from '@/lib/db/class-scenarios';
import { previewScenarioAction, publishScenarioAction, saveScenarioAction, validateScenarioAction } from '../actions';
import { AuthoringFrame } from '@/components/classes/authoring-frame';

export const metadata: Metadata = { title: 'New class scenario', robots: { index: false } };

export default async function NewClassScenarioPage({ params }: { params: Promise<{ classId: string }> }) {
  await connection();
  const { classId } = await params;
  const user = await getCurrentUser();
  // Anyone but the class's instructor (or an admin) gets the same 404 as a wrong id.
  if (classId.length > 64 || (await authorAccess(db, user, classId)) !== 'ok') notFound();
  const name = await className(db, classId);
  if (name === null) notFound();
  return (
    <AuthoringFrame classId={classId} className={name} title="New scenario">
      <ScenarioEditor
        classId={classId}
        savedFiles={TEMPLATE_FILES}
        validateAction={validateScenarioAction}
        previewAction={previewScenarioAction}
        saveAction={saveScenarioAction}
        publishAction={publishScenarioAction}
      />
    </AuthoringFrame>
  );
}
