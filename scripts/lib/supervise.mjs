// Runs a long-lived server as a child of this script and ties their lives together (issue 15):
//
// - SIGINT, SIGTERM and SIGHUP sent to this script are forwarded to the server; a server that has not
//   stopped 10 s later is killed.
// - `kill <pid of npm start>` makes npm forward SIGTERM to `sh -c "node scripts/start.mjs"`, and sh dies
//   without passing it on, so this script never hears it. It notices instead that its parent is gone
//   (its parent pid changes) and stops the server the same way.
// - The server is started with exit-with-parent.mjs preloaded, so it also stops if this script is killed
//   with SIGKILL.
//
// This script exits with the server's exit code (0 when it stopped on a signal we passed on).
import { spawn } from 'node:child_process';

const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const KILL_AFTER_MS = 10_000;
const exitWithParent = new URL('./exit-with-parent.mjs', import.meta.url).href;

/**
 * Starts `node <args...>` with the parent watch preloaded. `onExit` defaults to exiting this process with
 * the server's code. Returns the child process.
 */
export function superviseNode(args, { cwd, env, stdio = 'inherit', onExit, log = (m) => console.error(m) } = {}) {
  const child = spawn(process.execPath, ['--import', exitWithParent, ...args], { cwd, env, stdio });
  let stopping = false;

  const stop = (signal, reason) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    if (!stopping) {
      stopping = true;
      if (reason) log(reason);
      setTimeout(() => {
        if (child.exitCode === null && child.signalCode === null) {
          log(`The server did not stop within ${KILL_AFTER_MS / 1000} s: killing it.`);
          child.kill('SIGKILL');
        }
      }, KILL_AFTER_MS).unref();
    }
    child.kill(signal);
  };

  const handlers = FORWARDED.map((signal) => [signal, () => stop(signal)]);
  for (const [signal, handler] of handlers) process.on(signal, handler);

  const parent = process.ppid;
  const watch = setInterval(() => {
    if (process.ppid !== parent) stop('SIGTERM', `The process that started this one (pid ${parent}) has gone: stopping the server.`);
  }, 250);
  watch.unref();

  child.on('exit', (code, signal) => {
    clearInterval(watch);
    for (const [sig, handler] of handlers) process.off(sig, handler);
    const exitCode = code ?? (signal && stopping ? 0 : 1);
    if (onExit) onExit(exitCode, signal);
    else process.exit(exitCode);
  });
  return child;
}
