// A CLI command: its name, a one-line usage and summary for the help text, and main(), which returns the
// process exit code.

export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  main(args: string[]): Promise<number>;
}
