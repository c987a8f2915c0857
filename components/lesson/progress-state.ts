/** What the lesson progress action returns, for useActionState. */
export type ProgressState = {
  status: 'idle' | 'saved' | 'error';
  /** ISO time the lesson was completed, or null when it is not. */
  completedAt: string | null;
  fieldErrors?: { slug?: string[]; intent?: string[] };
  message?: string;
};

export const initialProgressState: ProgressState = { status: 'idle', completedAt: null };
