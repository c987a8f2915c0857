// The submit form's state for useActionState: nothing yet, or what the server answered.
import type { SubmitResult } from '../../lib/grading-server/submit';

export type SubmitState = { status: 'idle' } | SubmitResult;

export const initialSubmitState: SubmitState = { status: 'idle' };
