import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { AuthoringFrame } from '@/components/classes/authoring-frame';
import { QuizItemEditor } from '@/components/classes/quiz-item-editor';
import { QuizItemIntro } from '@/components/classes/quiz-item-intro';
import { getCurrentUser } from '@/lib/auth/current';
import { authorAccess } from '@/lib/classes-server/scenario-authoring';
import { db } from '@/lib/db/client';
import { getClassQuizItemForAuthor } from '@/lib/db/class-quiz-items';
import { className } from '@/lib/db/class-scenarios';
import { lessonTitles } from '@/lib/quiz-server/lesson-titles';
import { previewQuizAnswerAction, previewQuizNumbersAction, previewQuizItemAction, publishQuizItemAction, saveQuizItemAction, validateQuizItemAction } from '../../actions';

export const metadata: Metadata = { title: 'Edit class quiz item', robots: { index: false } };

export default async function EditClassQuizItemPage({ params }: { params: Promise<{ classId: string; id: string }> }) {
  await connection();
  const { classId, id } = await params;
  if (classId.length > 64 || id.length > 64) notFound();
  const item = await getClassQuizItemForAuthor(db, id);
  // An item of another class, or a class that is not the caller's: the same 404 as a wrong id.
  if (!item || item.classId !== classId || (await authorAccess(db, await getCurrentUser(), classId)) !== 'ok') notFound();
  const name = (await className(db, classId)) ?? '';
  return (
    <AuthoringFrame classId={classId} className={name} title={`Edit “${item.title}”`} intro={<QuizItemIntro />}>
      <QuizItemEditor
        classId={classId}
        item={{ id: item.id, latestVersionId: item.latest.id, latestVersion: item.latest.number, publishedVersion: item.published?.number ?? null }}
        savedSource={item.latest.source}
        lessonTitles={lessonTitles()}
        validateAction={validateQuizItemAction}
        previewAction={previewQuizItemAction}
        previewAnswerAction={previewQuizAnswerAction}
        previewNumbersAction={previewQuizNumbersAction}
        saveAction={saveQuizItemAction}
        publishAction={publishQuizItemAction}
      />
    </AuthoringFrame>
  );
}
