'use client';
import { examples } from './examples';
import { Sandbox } from './sandbox';

/** The full /sandbox page: the sandbox with its examples, kept in the URL so a link reproduces a run. */
export function SandboxPage() {
  return <Sandbox id="page" examples={examples} shareInUrl title="Sandbox" />;
}
