// Public entry point for the fault-line grammar, light enough for a page bundle (the sandbox checks the
// learner's fault lines as they type, without pulling in the simulated services).
export { FAULT_LINE, faultRulesFromLines, parseFaultLines, type FaultLine, type FaultLineError } from './services/fault-lines';
