// The language itself, for the app and components: the error names and the fields of each state type.
export * from './errors';
export * from './fields';
export * from './rules';
export * from './states';
