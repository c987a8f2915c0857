// The instructor account every e2e server starts with (scripts/e2e-seed.ts creates it before `next start`:
// the embedded database is held by the server once it runs, so the admin CLI cannot promote anyone then).
// Tests that need an instructor sign in as this one and create classes with unique names.
export const E2E_INSTRUCTOR = {
  name: 'Ines Instructor',
  email: 'instructor@e2e.example.com',
  password: 'an instructor passphrase for e2e',
} as const;
