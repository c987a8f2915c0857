export { stateHandlers } from './registry';
