import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, redirect } from 'next/navigation';
import { ScenarioPreview } from '@/components/scenario/scenario-preview';
import { getCurrentUser } from '@/lib/auth/current';
import { canTeach } from '@/lib/auth/roles';
import { previewScenarioAction } from './actions';

export const metadata: Metadata = {
  title: 'Preview a scenario',
  description: 'Instructors: check a practice scenario folder, grade its solution and starter, and see the learner’s page.',
  robots: { index: false },
};

const PREVIEW_PATH = '/practice/scenarios/preview';

// Instructors and admins only (the action checks again): a guest is sent to sign in and comes back here,
// a signed-in learner gets 403 (app/forbidden.tsx).
export default async function ScenarioPreviewPage() {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(PREVIEW_PATH)}`);
  if (!canTeach(user.role)) forbidden();
  return (
    <div className="container-page py-10">
      <p className="text-sm font-medium text-muted">
        <Link href="/practice">Practice</Link> <span aria-hidden="true">/</span> Instructors
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">Preview a scenario</h1>
      <div className="mt-3 max-w-[70ch] space-y-2 text-muted">
        <p>
          Paste or upload the files of a scenario folder (<code>scenario.yaml</code>, <code>starter.asl.json</code>,{' '}
          <code>solution.asl.json</code>, and any <code>world.json</code>, <code>mock-config.json</code> or input file it names). The server validates them,
          grades the reference solution (it must pass every case) and the starter (it must fail at least one), and shows the page a learner would get.
        </p>
        <p>
          Nothing is saved and nothing is rebuilt. To publish the scenario, add the folder under <code>content/scenarios/</code>;{' '}
          <code>npm run content:check</code> runs the same checks. Editors complete <code>scenario.yaml</code> against{' '}
          <code>content/scenarios/scenario.schema.json</code>.
        </p>
      </div>
      <div className="mt-8">
        <ScenarioPreview action={previewScenarioAction} />
      </div>
    </div>
  );
}
