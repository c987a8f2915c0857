import Link from 'next/link';
import { getLessons } from '@/lib/content';

const topics = [
  {
    title: 'Read and write the Amazon States Language',
    body: 'States, transitions, Choice rules, Map and Parallel, paths and JSONata: the JSON that defines every workflow.',
  },
  {
    title: 'Run it and watch it move',
    body: 'The sandbox runs your state machine in the browser, step by step, with the same execution history AWS records.',
  },
  {
    title: 'Handle failure like the exam expects',
    body: 'Retry and Catch, timeouts, States.* error names, and which error a rule really catches.',
  },
  {
    title: 'Choose and price the right workflow',
    body: 'Standard or Express, per-transition or per-request billing, and the quotas that shape a design.',
  },
];

export default function HomePage() {
  const lessons = getLessons();
  const first = lessons[0];
  return (
    <>
      <section className="border-b border-border">
        <div className="container-page grid gap-10 py-16 md:grid-cols-[1.3fr_1fr] md:py-24">
          <div>
            <p className="text-sm font-semibold uppercase tracking-wider text-accent">AWS Step Functions, from first state to exam day</p>
            <h1 className="mt-4 text-4xl font-bold leading-tight tracking-tight md:text-5xl">
              Learn to orchestrate workflows by building state machines that actually run.
            </h1>
            <p className="mt-6 max-w-[60ch] font-serif text-xl leading-relaxed text-muted">
              Short lessons written for people preparing for AWS certification exams. Each idea comes with a
              definition you can run, change and break, so the rules stick.
            </p>
            <div className="mt-8 flex flex-wrap gap-3">
              {first && (
                <Link href={`/learn/${first.slug}`} className="btn btn-primary">
                  Start learning <span aria-hidden="true">→</span>
                </Link>
              )}
              <Link href="/learn" className="btn btn-secondary">
                Browse the lessons
              </Link>
            </div>
          </div>
          <figure aria-label="A tiny state machine definition" className="self-center rounded-xl border border-border bg-surface p-5 shadow-sm">
            <pre className="overflow-x-auto font-mono text-sm leading-relaxed">
              <code>{`{
  "StartAt": "Charge",
  "States": {
    "Charge": {
      "Type": "Task",
      "Resource": "arn:aws:states:::lambda:invoke",
      "Retry": [{ "ErrorEquals": ["States.Timeout"] }],
      "Next": "Done"
    },
    "Done": { "Type": "Succeed" }
  }
}`}</code>
            </pre>
            <figcaption className="mt-3 text-sm text-muted">Lesson one explains StartAt, States, Next and Succeed; later lessons cover Task and Retry.</figcaption>
          </figure>
        </div>
      </section>

      <section aria-labelledby="what-you-learn" className="container-page py-16">
        <h2 id="what-you-learn" className="text-2xl font-bold tracking-tight">
          What you will learn
        </h2>
        <ul className="mt-8 grid gap-6 sm:grid-cols-2">
          {topics.map((topic) => (
            <li key={topic.title} className="rounded-xl border border-border bg-surface p-6">
              <h3 className="text-lg font-semibold">{topic.title}</h3>
              <p className="mt-2 text-muted">{topic.body}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="course-start" className="container-page pb-8">
        <h2 id="course-start" className="text-2xl font-bold tracking-tight">
          Where to begin
        </h2>
        <ol className="mt-6 space-y-3">
          {lessons.slice(0, 5).map((lesson) => (
            <li key={lesson.slug}>
              <Link href={`/learn/${lesson.slug}`} className="group flex items-baseline gap-3 no-underline">
                <span className="tabular-nums text-muted">{lesson.order}.</span>
                <span className="font-semibold text-text group-hover:text-accent group-hover:underline">{lesson.title}</span>
                <span className="text-sm text-muted">{lesson.minutes} min</span>
              </Link>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
