import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { AuthoringFrame } from '@/components/classes/authoring-frame';
import { QuizItemEditor } from '@/components/classes/quiz-item-editor';
import { QuizItemIntro } from '@/components/classes/quiz-item-intro';
import { getCurrentUser } from '@/lib/auth/current';
import { QUIZ_ITEM_TEMPLATE } from '@/lib/classes/quiz-item-template';
import { authorAccess } from '@/lib/classes-server/scenario-authoring';
import { db } from '@/lib/db/client';
import { className } from '@/lib/db/class-scenarios';
import { lessonTitles } from '@/lib/quiz-server/lesson-titles';
import { previewQuizAnswerAction, previewQuizNumbersAction, previewQuizItemAction, publishQuizItemAction, saveQuizItemAction, validateQuizItemAction } from '../actions';

export const metadata: Metadata = { title: 'New class quiz item', robots: { index: false } };

export default async function NewClassQuizItemPage({ params }: { params: Promise<{ classId: string }> }) {
  await connection();
  const { classId } = await params;
  // Anyone but the class's instructor (or an admin) gets the same 404 as a wrong id.
  if (classId.length > 64 || (await authorAccess(db, await getCurrentUser(), classId)) !== 'ok') notFound();
  const name = await className(db, classId);
  if (name === null) notFound();
  return (
    <AuthoringFrame classId={classId} className={name} title="New quiz item" intro={<QuizItemIntro />}>
      <QuizItemEditor
        classId={classId}
        savedSource={QUIZ_ITEM_TEMPLATE}
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
