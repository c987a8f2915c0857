// The sandbox the simulated Lambda runs handler code in (QuickJS in WebAssembly, loaded on first use).

export { runInSandbox, type SandboxInvocation, type SandboxOutcome } from './run';
export { DEFAULT_SANDBOX_LIMITS, DEFAULT_LAMBDA_TIMEOUT_SECONDS, type SandboxLimits } from './limits';
export { loadQuickJS } from './load';
