import { getCurrentUser } from '@/lib/auth/current';
import { canTeach } from '@/lib/auth/roles';
import { assignmentTitle, itemTopics } from '@/lib/classes/catalog';
import { toCsv } from '@/lib/classes/csv';
import { classIdSchema } from '@/lib/classes/forms';
import { classReport } from '@/lib/classes/report';
import { classOwnContent } from '@/lib/classes-server/own-content';
import { db } from '@/lib/db/client';
import { classReportInput, getTaughtClass } from '@/lib/db/classes';

const text = (status: number, message: string) =>
  new Response(`${message}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });

/** The class's results as CSV: one row per learner, one column per assignment. Only for the class's instructor. */
export async function GET(_request: Request, { params }: { params: Promise<{ classId: string }> }) {
  const parsed = classIdSchema.safeParse((await params).classId);
  if (!parsed.success) return text(400, `Bad class id: ${parsed.error.issues[0]?.message}.`);
  const user = await getCurrentUser();
  if (!user) return text(401, 'Sign in as the class’s instructor to download its results.');
  if (!canTeach(user.role)) return text(403, 'Only instructors can download class results.');
  const found = await getTaughtClass(db, parsed.data, user.id);
  const input = found && (await classReportInput(db, found.id, user.id));
  // The same answer for another instructor's class as for no class: its existence is not theirs to learn.
  if (!found || !input) return text(404, 'No class of yours has this id.');
  const report = classReport({ ...input, itemTopics }, new Date());
  const header = ['name', 'email', 'joined', 'lessons completed', 'scenarios passed', 'scenario submissions', 'quiz answers', 'quiz answers right', 'last activity'];
  const own = (await classOwnContent(db, [found.id])).get(found.id);
  const assignmentHeaders = found.assignments.map((a) => `${a.kind}: ${assignmentTitle(a.kind as never, a.ref, own) ?? a.ref} (due ${a.dueAt.toISOString()})`);
  const rows = report.roster.map((r) => [r.name, r.email, r.joinedAt, r.lessonsCompleted, r.scenariosPassed, r.scenarioSubmissions, r.quizAttempts, r.quizCorrect, r.lastActivity, ...r.assignments]);
  const filename = `${found.name.replace(/[^\w-]+/g, '-').replace(/^-|-$/g, '') || 'class'}-results.csv`;
  return new Response(toCsv([[...header, ...assignmentHeaders], ...rows]), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
    },
  });
}
