// Idempotency keys for submissions (issue 16): one UUID per request a learner makes, sent with it, and the
// same UUID again when that same request (same slot, same content) is sent again after a failure, so the
// server records it once however many times it arrives.

export type MakeId = () => string;

export class RequestIds {
  private readonly last = new Map<string, { content: string; id: string }>();

  constructor(private readonly makeId: MakeId = () => crypto.randomUUID()) {}

  /** The id for sending `content` from `slot`: the previous one if the same content was sent from there and not settled. */
  idFor(slot: string, content: string): string {
    const previous = this.last.get(slot);
    if (previous && previous.content === content) return previous.id;
    const id = this.makeId();
    this.last.set(slot, { content, id });
    return id;
  }

  /** The request from `slot` got its answer: the next send from there is a new request. */
  settle(slot: string): void {
    this.last.delete(slot);
  }
}
