/** The instructor account scripts/e2e-seed.ts creates in the e2e database (roles cannot be granted from a journey). */
export const E2E_INSTRUCTOR = { email: 'e2e-instructor@example.com', password: 'an instructor passphrase', name: 'Erin Instructor' } as const;
