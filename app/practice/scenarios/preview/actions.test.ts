import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/current';
import { initialPreviewResult } from '@/lib/grading-server/preview-contract';

// The real guard (lib/auth/guards) decides; only who is signed in is made up here.
vi.mock('server-only', () => ({}));
const currentUser = vi.hoisted(() => ({ value: null as CurrentUser | null }));
vi.mock('@/lib/auth/current', () => ({ getCurrentUser: async () => currentUser.value }));

const { previewScenarioAction } = await import('./actions');

const as = (role: CurrentUser['role'] | null) => {
  currentUser.value = role && { id: `u-${role}`, email: `${role}@example.com`, name: role, role, learnerId: null };
};

/** A form with one broken file: an allowed caller gets the YAML problem back, a refused one never gets that far. */
function brokenFolder() {
  const form = new FormData();
  form.set('file:scenario.yaml', 'id: broken\ntitle: [unclosed\n');
  return form;
}

describe('previewScenarioAction (issue 12: instructors and admins only)', () => {
  beforeEach(() => as(null));

  it('refuses a guest and says to sign in, without reading the files', async () => {
    const result = await previewScenarioAction(initialPreviewResult, brokenFolder());
    expect(result).toEqual({ status: 'problems', problems: [], message: 'Sign in first. The scenario preview is for instructors.' });
  });

  it('refuses a signed-in learner', async () => {
    as('learner');
    const result = await previewScenarioAction(initialPreviewResult, brokenFolder());
    expect(result).toEqual({ status: 'problems', problems: [], message: 'Only instructors can do this. The scenario preview is for instructors.' });
  });

  it.each(['instructor', 'admin'] as const)('lets an %s check the files', async (role) => {
    as(role);
    const result = await previewScenarioAction(initialPreviewResult, brokenFolder());
    expect(result.status).toBe('problems');
    if (result.status !== 'problems') return;
    expect(result.problems.map((p) => `${p.file} ${p.message}`).join('\n')).toMatch(/scenario\.yaml.*YAML syntax error/);
  });

  it('answers an instructor who sends something other than a form with a clear message', async () => {
    as('instructor');
    const result = await previewScenarioAction(initialPreviewResult, 'not a form' as unknown as FormData);
    expect(result).toEqual({ status: 'problems', problems: [], message: 'The files must be sent as a form.' });
  });
});
