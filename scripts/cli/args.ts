// Tiny argument parser shared by the CLI commands: positional arguments plus `--flag value` / `--flag`.

export interface ParsedArgs {
  positional: string[];
  flags: Record<string, string | true>;
}

export function parseArgs(args: string[], booleanFlags: readonly string[] = []): ParsedArgs {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      if (eq > 0) flags[a.slice(2, eq)] = a.slice(eq + 1);
      else if (booleanFlags.includes(a.slice(2)) || i + 1 >= args.length) flags[a.slice(2)] = true;
      else flags[a.slice(2)] = args[++i]!;
    } else positional.push(a);
  }
  return { positional, flags };
}
