// Progress derived from a learner's records (issue 16): mastery per topic and exam domain, activity per
// day, and where to continue. Pure: no Prisma, React or Next; lib/db reads the rows, the app joins them
// to content tags.
export * from './mastery';
export * from './activity';
export * from './continue';
