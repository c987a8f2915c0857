// Preloaded into a server started by scripts/lib/supervise.mjs (`node --import <this> ...`): when the
// process that started it goes away for any reason (even SIGKILL, which cannot be forwarded), the server
// stops itself with SIGTERM, so it never keeps running (and holding its port and database folder) alone.
const parent = process.ppid;
const watch = setInterval(() => {
  if (process.ppid !== parent) {
    clearInterval(watch);
    process.kill(process.pid, 'SIGTERM');
  }
}, 250);
watch.unref();
