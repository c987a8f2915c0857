// The practice exam's formats. Real exams run 65 questions in 130 minutes (two minutes each); ours keep
// that pace on fewer questions, and a one-minute "lightning" round for a quick check between lessons.

export const EXAM_KINDS = {
  full: { label: 'Full practice exam', length: 20, minutes: 30 },
  half: { label: 'Half exam', length: 10, minutes: 15 },
  lightning: { label: 'Lightning round', length: 4, minutes: 1 },
} as const;

export type ExamKind = keyof typeof EXAM_KINDS;
export const EXAM_KIND_IDS = Object.keys(EXAM_KINDS) as ExamKind[];
