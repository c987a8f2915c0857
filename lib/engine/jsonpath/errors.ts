// A JSONPath that does not parse; `offset` is the 0-based position of the problem.
export class PathSyntaxError extends Error {
  constructor(
    message: string,
    public readonly offset: number,
  ) {
    super(message);
    this.name = 'PathSyntaxError';
  }
}
