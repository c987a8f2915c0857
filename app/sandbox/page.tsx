import type { Metadata } from 'next';
import { SandboxPage } from '@/components/sandbox/sandbox-page';

export const metadata: Metadata = {
  title: 'Sandbox',
  description: 'Write an Amazon States Language definition, see its graph, run it in your browser and step through its history.',
};

export default function Page() {
  return (
    <div className="container-page py-8">
      <h1 className="text-3xl font-bold tracking-tight">Sandbox</h1>
      <p className="mt-2 max-w-[70ch] text-muted">
        Write a state machine in JSON or YAML, watch its graph, and run it right here: the engine runs in your browser, on a simulated
        clock, with simulated AWS services. Press Ctrl+Enter (⌘+Enter on a Mac) to run.
      </p>
      <div className="mt-6">
        <SandboxPage />
      </div>
    </div>
  );
}
