// What one handler invocation may use. Real time and memory of the sandbox itself: a handler's simulated
// duration on the virtual clock is the world's `durationMs`, and its Lambda timeout (for the message) the
// world's `timeoutSeconds`.

export interface SandboxLimits {
  /** Real time one invocation may run, in ms, before it is interrupted (a `for(;;){}` ends here). */
  timeMs: number;
  /** Heap of the QuickJS runtime, in bytes. */
  memoryBytes: number;
  /** Stack of the QuickJS runtime, in bytes (deep recursion fails with a RangeError inside the handler). */
  stackBytes: number;
}

export const DEFAULT_SANDBOX_LIMITS: SandboxLimits = {
  timeMs: 1000,
  memoryBytes: 32 * 1024 * 1024,
  // Small enough that QuickJS reports a deep recursion itself before the host's own stack (which its
  // WebAssembly frames also use, 1 MB in a browser worker) runs out.
  stackBytes: 256 * 1024,
};

/** Lambda's default function timeout, used in the timeout message when the world sets none. */
export const DEFAULT_LAMBDA_TIMEOUT_SECONDS = 3;
