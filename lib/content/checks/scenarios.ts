// The scenarios checker of `npm run content:check`: every scenario folder parses, its reference solution
// passes every case and its starter fails at least one (otherwise there is nothing to practise).
import { parseDefinition } from '../../engine/parse';
import { grade } from '../../grading';
import { loadScenarios } from '../scenarios';
import { SCENARIO_FILES } from '../scenario-schema';
import type { ContentChecker, ContentProblem } from './types';

/** Content is the project's own, graded in-process; the engine's wall-clock budget still bounds each run. */
const CHECK_BUDGET_MS = 60_000;

export const scenariosChecker: ContentChecker = {
  name: 'scenarios',
  async run(root) {
    const { scenarios, problems } = loadScenarios(root);
    const out: ContentProblem[] = [...problems];
    for (const { scenario, source } of scenarios) {
      const file = (name: string) => `${source.folder}/${name}`;
      const solution = await grade(scenario, scenario.solution, { budgetMs: CHECK_BUDGET_MS });
      if (solution.diagnostics) {
        for (const d of solution.diagnostics) {
          out.push({ file: file(SCENARIO_FILES.solution), line: d.range.start.line, column: d.range.start.column, message: `the reference solution is not valid: ${d.message}` });
        }
      } else {
        solution.cases.forEach((c, i) => {
          if (c.passed) return;
          const at = source.casePositions[i];
          out.push({ file: file(SCENARIO_FILES.scenario), ...(at ?? {}), message: `the reference solution fails case "${c.name}": ${c.feedback}` });
        });
      }
      const syntax = parseDefinition(scenario.starter, { validate: false }).diagnostics.filter((d) => d.severity === 'error');
      for (const d of syntax) {
        out.push({ file: file(SCENARIO_FILES.starter), line: d.range.start.line, column: d.range.start.column, message: `the starter does not parse: ${d.message}` });
      }
      const starter = await grade(scenario, scenario.starter, { budgetMs: CHECK_BUDGET_MS });
      if (starter.passed) {
        out.push({ file: file(SCENARIO_FILES.starter), line: 1, column: 1, message: 'the starter passes every case: it must fail at least one, or there is nothing to practise' });
      }
    }
    return out;
  },
};
