// lib/exam: the timed practice exam (issue 17). Pure: formats, assembly by domain weight, the server's
// clock rules, scoring and readiness. Storage is lib/db/exam-attempts.ts; pages are app/practice/exam.

export * from './kinds';
export * from './assemble';
export * from './clock';
export * from './score';
export * from './readiness';
