'use client';
// The React side of FinishRetry: one controller per mounted exam, its state for rendering, a clock that
// ticks while a retry is waiting (for "retrying in 4 s"), and the result page loaded once the server has it.
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { FinishRetry, type FinishResult, type FinishState } from './finish-retry';

export function useFinishRetry(attemptId: string, finish: (attemptId: unknown) => Promise<FinishResult>) {
  const router = useRouter();
  const [view, setView] = useState<{ state: FinishState; now: number }>({ state: { status: 'idle' }, now: 0 });
  const controller = useRef<FinishRetry | null>(null);

  useEffect(() => {
    const c = new FinishRetry({ finish: () => finish(attemptId), onState: (state) => setView({ state, now: Date.now() }) });
    controller.current = c;
    return () => {
      c.dispose();
      if (controller.current === c) controller.current = null;
    };
  }, [attemptId, finish]);

  const status = view.state.status;
  useEffect(() => {
    if (status === 'finished') router.refresh();
  }, [status, router]);

  useEffect(() => {
    if (status !== 'waiting') return;
    const id = setInterval(() => setView((v) => ({ ...v, now: Date.now() })), 250);
    return () => clearInterval(id);
  }, [status]);

  const submit = useCallback(() => controller.current?.submit(), []);
  return { state: view.state, now: view.now, submit };
}
