import Link from 'next/link';
import { connection } from 'next/server';
import { getLessons, type LessonMeta } from '@/lib/content';
import type { TopicId } from '@/lib/content/catalog';
import { groupByPart } from '@/lib/content/course-parts';
import { continueState } from '@/lib/progress-server/continue';
import '@/components/lesson/lesson.css';

/** What the course teaches, each promise backed by the lessons tagged with its topics (shown only if one exists). */
const PROMISES: { title: string; body: string; topics: TopicId[] }[] = [
  {
    title: 'Read and write the Amazon States Language',
    body: 'States and transitions, Task, Choice, Parallel, Map, Wait, Pass, Succeed and Fail, with the JSONPath and JSONata data flow between them.',
    topics: ['asl', 'task', 'choice', 'parallel', 'inline-map', 'wait', 'pass-succeed-fail', 'data-flow', 'jsonata'],
  },
  {
    title: 'Run it and watch it move',
    body: 'Every lesson has machines you run in the browser and change: the sandbox shows each step, the execution history AWS would record and the bill.',
    topics: ['state-machines'],
  },
  {
    title: 'Handle failure the way the exam expects',
    body: 'Retry with backoff and jitter, Catch without losing the input, the States.* error names, and which errors a catch-all does not catch.',
    topics: ['error-handling'],
  },
  {
    title: 'Choose, scale and price the right design',
    body: 'Standard or Express, Distributed Map over millions of objects, what a run really costs, and when another orchestrator fits better.',
    topics: ['execution-types', 'distributed-map', 'pricing', 'orchestration'],
  },
];

function lessonsFor(lessons: LessonMeta[], topics: TopicId[]): LessonMeta[] {
  return lessons.filter((l) => l.topics.some((t) => topics.includes(t)));
}

export default async function HomePage() {
  // Progress and the last lesson opened are per visitor: never baked into static HTML.
  await connection();
  const lessons = getLessons();
  const { target, completed, reviewsDue } = await continueState(new Date());
  const next = target ? lessons.find((l) => l.slug === target.slug) : undefined;
  const returning = target?.reason !== 'start';
  const done = lessons.filter((l) => completed.has(l.slug)).length;
  const promises = PROMISES.map((p) => ({ ...p, lessons: lessonsFor(lessons, p.topics) })).filter((p) => p.lessons.length > 0);

  return (
    <>
      <section className="border-b border-border">
        {/* minmax(0, …) columns: the code panel must not widen its column past the screen on a phone (issue 15). */}
        <div className="container-page grid grid-cols-[minmax(0,1fr)] gap-10 py-14 md:grid-cols-[minmax(0,1.3fr)_minmax(0,1fr)] md:py-24">
          <div>
            <p className="text-sm font-semibold uppercase tracking-wider text-accent">AWS Step Functions, from first state to exam day</p>
            <h1 className="mt-4 text-4xl font-bold leading-tight tracking-tight text-balance md:text-5xl">
              Learn to orchestrate workflows by building state machines that actually run.
            </h1>
            <p className="mt-6 max-w-[60ch] font-serif text-xl leading-relaxed text-muted">
              {lessons.length} short lessons for people preparing for the AWS Data Engineer, Developer and Solutions Architect exams. Each idea comes with a
              definition you run, change and break in your browser, an exam trap, and a self-check.
            </p>
            {returning && next ? (
              <div className="mt-8 rounded-xl border border-accent bg-accent-soft p-5" role="region" aria-label="Continue where you left off">
                <p className="text-sm font-semibold text-accent">Welcome back · {done} of {lessons.length} lessons completed</p>
                <p className="mt-1 text-lg font-semibold">
                  {target?.reason === 'resume' ? 'You were reading' : 'Next up'}: lesson {next.order}, {next.title}
                </p>
                {reviewsDue > 0 && (
                  <p className="mt-1">
                    <Link href="/practice/review">
                      {reviewsDue} {reviewsDue === 1 ? 'review' : 'reviews'} due today
                    </Link>
                  </p>
                )}
                <div className="mt-4 flex flex-wrap gap-3">
                  <Link href={`/learn/${next.slug}`} className="btn btn-primary">
                    Continue where you left off <span aria-hidden="true">→</span>
                  </Link>
                  <Link href="/progress" className="btn btn-secondary">
                    See your progress
                  </Link>
                </div>
              </div>
            ) : (
              <div className="mt-8 flex flex-wrap gap-3">
                {returning ? (
                  <p className="w-full font-semibold text-success">
                    You have completed all {lessons.length} lessons.
                    {reviewsDue > 0 && (
                      <>
                        {' '}
                        <Link href="/practice/review">
                          {reviewsDue} {reviewsDue === 1 ? 'review' : 'reviews'} due today
                        </Link>
                        .
                      </>
                    )}
                  </p>
                ) : (
                  lessons[0] && (
                    <Link href={`/learn/${lessons[0].slug}`} className="btn btn-primary">
                      Start learning <span aria-hidden="true">→</span>
                    </Link>
                  )
                )}
                <Link href="/learn" className="btn btn-secondary">
                  Browse the course
                </Link>
              </div>
            )}
          </div>
          <figure className="min-w-0 self-center rounded-xl border border-border bg-surface p-5 shadow-sm">
            <pre className="overflow-x-auto font-mono text-sm leading-relaxed" tabIndex={0} aria-label="A small state machine definition">
              <code>{`{
  "StartAt": "Convert",
  "States": {
    "Convert": {
      "Type": "Task",
      "Resource": "arn:aws:states:::glue:startJobRun.sync",
      "Parameters": { "JobName": "to-parquet" },
      "Retry": [{ "ErrorEquals": ["States.TaskFailed"],
                  "MaxAttempts": 2 }],
      "Next": "Done"
    },
    "Done": { "Type": "Succeed" }
  }
}`}</code>
            </pre>
            <figcaption className="mt-3 text-sm text-muted">
              A Glue job that is retried twice before the run gives up. The course builds up to machines like this one, step by step.
            </figcaption>
          </figure>
        </div>
      </section>

      <section aria-labelledby="what-you-learn" className="container-page py-14">
        <h2 id="what-you-learn" className="text-2xl font-bold tracking-tight">
          What you will learn
        </h2>
        <ul className="mt-8 grid gap-6 sm:grid-cols-2">
          {promises.map((promise) => (
            <li key={promise.title} className="rounded-xl border border-border bg-surface p-6">
              <h3 className="text-lg font-semibold">{promise.title}</h3>
              <p className="mt-2 text-muted">{promise.body}</p>
              <p className="mt-3 text-sm">
                <span className="text-muted">In </span>
                {promise.lessons.slice(0, 4).map((l, i) => (
                  <span key={l.slug}>
                    {i > 0 && ', '}
                    <Link href={`/learn/${l.slug}`}>{l.title}</Link>
                  </span>
                ))}
                {promise.lessons.length > 4 && <span className="text-muted"> and {promise.lessons.length - 4} more</span>}
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="the-course" className="container-page pb-16">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="the-course" className="text-2xl font-bold tracking-tight">
            The course
          </h2>
          <Link href="/learn?view=exam">See the lessons by exam</Link>
        </div>
        <div className="mt-6 grid gap-8 md:grid-cols-2">
          {groupByPart(lessons).map(({ part, lessons: partLessons }, index) => (
            <section key={part.id} aria-labelledby={`home-${part.id}`}>
              <h3 id={`home-${part.id}`} className="font-semibold">
                <span className="text-muted">Part {index + 1} · </span>
                {part.title}
              </h3>
              <ol className="mt-3 space-y-2">
                {partLessons.map((lesson) => (
                  <li key={lesson.slug}>
                    <Link href={`/learn/${lesson.slug}`} className="group flex items-baseline gap-3 no-underline">
                      <span className="w-6 shrink-0 text-right tabular-nums text-muted">{lesson.order}.</span>
                      <span className="font-semibold text-text group-hover:text-accent group-hover:underline">{lesson.title}</span>
                      <span className="shrink-0 text-sm text-muted">{lesson.minutes} min</span>
                      {completed.has(lesson.slug) && (
                        <span className="shrink-0 text-sm font-medium text-success">
                          <span aria-hidden="true">✓</span>
                          <span className="sr-only">(completed)</span>
                        </span>
                      )}
                    </Link>
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </div>
      </section>
    </>
  );
}
