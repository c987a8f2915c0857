import { expect, test } from './fixtures';
import { graphScale, node, nodeInView, openSandbox, runButton, RUN_TIMEOUT, show, status, VIEWPORTS } from './sandbox-helpers';

// The graph: fit, zoom and pan with the mouse, touch and the keyboard, and the state being inspected kept in
// view (issue 15: stepping to event 28 of the pipeline highlighted a node below the box).
test.describe.configure({ timeout: 120_000 });

for (const { name, viewport } of VIEWPORTS) {
  test.describe(name, () => {
    test.use({ viewport, hasTouch: name === 'phone' });

    test('stepping through the pipeline keeps the current state in view', async ({ page }) => {
      await openSandbox(page);
      await page.getByLabel('Example').selectOption('five-step-pipeline');
      await runButton(page).click();
      await show(page, 'Result');
      await expect(status(page)).toContainText('FAILED', RUN_TIMEOUT);
      await show(page, 'Graph');
      await expect(node(page, 'PipelineFailed')).toBeVisible();
      // The graph opens readable, at its top: the last state is below the canvas.
      expect(await graphScale(page)).toBeGreaterThanOrEqual(0.8);
      expect(await nodeInView(page, 'PipelineFailed')).toBe(false);

      await show(page, 'Result');
      await page.getByRole('button', { name: 'Go to event 28, FailStateEntered' }).click();
      await expect(page.getByTestId('timeline-position')).toContainText('Event 28 of 29: FailStateEntered · PipelineFailed');
      await show(page, 'Graph');
      await expect(node(page, 'PipelineFailed')).toHaveClass(/sb-active/);
      await expect.poll(() => nodeInView(page, 'PipelineFailed')).toBe(true);

      // Back to an early event: its state comes back into view.
      await show(page, 'Result');
      await page.getByRole('button', { name: 'Go to event 2, TaskStateEntered' }).click();
      await show(page, 'Graph');
      await expect(node(page, 'ExtractFromRDS')).toHaveClass(/sb-active/);
      await expect.poll(() => nodeInView(page, 'ExtractFromRDS')).toBe(true);
    });

    test('zoom with the buttons, the keyboard and the wheel; Fit shows every state; a drag pans without selecting', async ({ page }) => {
      await openSandbox(page);
      await page.getByLabel('Example').selectOption('five-step-pipeline');
      await show(page, 'Graph');
      await expect(node(page, 'ExtractFromRDS')).toBeVisible();
      const start = await graphScale(page);

      await page.getByRole('button', { name: 'Zoom in' }).click();
      await expect.poll(() => graphScale(page)).toBeCloseTo(start * 1.25, 2);
      await page.getByRole('button', { name: 'Zoom out' }).click();
      await expect.poll(() => graphScale(page)).toBeCloseTo(start, 2);

      await page.getByRole('button', { name: 'Fit', exact: true }).click();
      for (const id of ['ExtractFromRDS', 'AlertTeam', 'PipelineFailed', 'NotifyDone']) await expect.poll(() => nodeInView(page, id)).toBe(true);
      const fitted = await graphScale(page);

      // Keyboard, on the canvas: + and - zoom, arrows pan, 0 fits.
      const canvas = page.getByRole('group', { name: 'State machine graph' });
      await canvas.focus();
      await page.keyboard.press('+');
      await expect.poll(() => graphScale(page)).toBeCloseTo(fitted * 1.25, 2);
      const before = await page.getByTestId('graph-content').evaluate((g) => (g as SVGGElement).style.transform);
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => page.getByTestId('graph-content').evaluate((g) => (g as SVGGElement).style.transform)).not.toBe(before);
      await page.keyboard.press('0');
      await expect.poll(() => graphScale(page)).toBeCloseTo(fitted, 2);

      // Ctrl + wheel (a trackpad pinch) zooms about the pointer; a plain wheel is left to the page.
      const box = (await canvas.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -200);
      await page.keyboard.up('Control');
      await expect.poll(() => graphScale(page)).toBeGreaterThan(fitted * 1.2);

      // A drag that starts on a state pans the graph and does not select the state. (Fitted first, so the
      // state is on the canvas; no animation, so boxes are measured where they end up.)
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.keyboard.press('0');
      await expect.poll(() => graphScale(page)).toBeCloseTo(fitted, 2);
      await expect.poll(() => nodeInView(page, 'ExtractFromRDS')).toBe(true);
      const target = (await node(page, 'ExtractFromRDS').locator('rect').boundingBox())!;
      const from = { x: target.x + target.width / 2, y: target.y + target.height / 2 };
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(from.x + 40, from.y + 60, { steps: 5 });
      await page.mouse.up();
      const moved = (await node(page, 'ExtractFromRDS').locator('rect').boundingBox())!;
      expect(moved.x - target.x).toBeCloseTo(40, 0);
      expect(moved.y - target.y).toBeCloseTo(60, 0);
      await expect(node(page, 'ExtractFromRDS')).toHaveAttribute('aria-pressed', 'false');
      // A plain click still selects it.
      await node(page, 'ExtractFromRDS').click();
      await expect(node(page, 'ExtractFromRDS')).toHaveAttribute('aria-pressed', 'true');
    });

    test('two fingers pinch the graph larger', async ({ page }) => {
      await openSandbox(page);
      await show(page, 'Graph');
      await expect(node(page, 'Hello')).toBeVisible();
      const canvas = page.getByRole('group', { name: 'State machine graph' });
      const box = (await canvas.boundingBox())!;
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      const start = await graphScale(page);
      const touch = (type: string, pointerId: number, x: number) =>
        canvas.dispatchEvent(type, { pointerId, pointerType: 'touch', isPrimary: pointerId === 1, clientX: x, clientY: cy, button: 0, buttons: type === 'pointerup' ? 0 : 1, bubbles: true });
      await touch('pointerdown', 1, cx - 40);
      await touch('pointerdown', 2, cx + 40);
      await touch('pointermove', 2, cx + 40);
      await touch('pointermove', 1, cx - 80);
      await touch('pointermove', 2, cx + 80);
      await touch('pointerup', 1, cx - 80);
      await touch('pointerup', 2, cx + 80);
      await expect.poll(() => graphScale(page)).toBeGreaterThan(start * 1.5);
    });
  });
}
