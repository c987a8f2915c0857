// The course's shared vocabulary: the lessons in order, the topics they teach, and the exams and exam
// domains every piece of content is tagged with. Lessons, scenarios, quiz items, mastery, review and the
// practice exam all read this one table. Pure data (no I/O), so lib/grading and lib/quiz may import it.
//
// Exam domains and weights come from AWS's exam guides (DEA-C01, DVA-C02, SAA-C03 "Exam content
// outline"); ../shared/reference/step-functions-facts.md names the tasks where Step Functions appears.

/** The fifteen lessons, in course order. A lesson file is content/lessons/<slug>.mdx. */
export const LESSON_SLUGS = [
  'what-is-a-state-machine',
  'reading-amazon-states-language',
  'task-states-and-integrations',
  'choice-states',
  'parallel-states',
  'inline-map',
  'distributed-map',
  'wait-states',
  'pass-succeed-fail-and-data-flow',
  'jsonata-and-variables',
  'retry-and-catch',
  'standard-versus-express',
  'what-a-run-costs',
  'five-step-pipeline',
  'choosing-an-orchestrator',
] as const;

export type LessonSlug = (typeof LESSON_SLUGS)[number];

/** What content is about. Mastery and review are computed per topic. */
export const TOPICS = {
  'state-machines': 'State machines and transitions',
  asl: 'Reading Amazon States Language',
  task: 'Task states and service integrations',
  'integration-patterns': 'Request-response, .sync and callbacks',
  choice: 'Choice states',
  parallel: 'Parallel states',
  'inline-map': 'Inline Map',
  'distributed-map': 'Distributed Map',
  wait: 'Wait states',
  'pass-succeed-fail': 'Pass, Succeed and Fail',
  'data-flow': 'JSONPath data flow',
  jsonata: 'JSONata and variables',
  'error-handling': 'Retry and Catch',
  'execution-types': 'Standard versus Express',
  pricing: 'What a run costs',
  orchestration: 'Choosing an orchestrator',
} as const;

export type TopicId = keyof typeof TOPICS;
export const TOPIC_IDS = Object.keys(TOPICS) as TopicId[];

export type ExamId = 'DEA-C01' | 'DVA-C02' | 'SAA-C03';

export interface ExamDomain {
  /** 1-based, as the exam guide numbers it. */
  number: number;
  name: string;
  /** Share of scored content, in percent. */
  weight: number;
}

export interface Exam {
  id: ExamId;
  name: string;
  domains: ExamDomain[];
}

export const EXAMS: Record<ExamId, Exam> = {
  'DEA-C01': {
    id: 'DEA-C01',
    name: 'AWS Certified Data Engineer – Associate',
    domains: [
      { number: 1, name: 'Data Ingestion and Transformation', weight: 34 },
      { number: 2, name: 'Data Store Management', weight: 26 },
      { number: 3, name: 'Data Operations and Support', weight: 22 },
      { number: 4, name: 'Data Security and Governance', weight: 18 },
    ],
  },
  'DVA-C02': {
    id: 'DVA-C02',
    name: 'AWS Certified Developer – Associate',
    domains: [
      { number: 1, name: 'Development with AWS Services', weight: 32 },
      { number: 2, name: 'Security', weight: 26 },
      { number: 3, name: 'Deployment', weight: 24 },
      { number: 4, name: 'Troubleshooting and Optimization', weight: 18 },
    ],
  },
  'SAA-C03': {
    id: 'SAA-C03',
    name: 'AWS Certified Solutions Architect – Associate',
    domains: [
      { number: 1, name: 'Design Secure Architectures', weight: 30 },
      { number: 2, name: 'Design Resilient Architectures', weight: 26 },
      { number: 3, name: 'Design High-Performing Architectures', weight: 24 },
      { number: 4, name: 'Design Cost-Optimized Architectures', weight: 20 },
    ],
  },
};

export const EXAM_IDS = Object.keys(EXAMS) as ExamId[];

/**
 * An exam tag as content writes it: `DEA-C01 1.3` (domain 1, task 1.3) or `DVA-C02 1` (domain 1).
 * Lessons, scenarios and quiz items list these under `exams:`.
 */
export const EXAM_TAG_PATTERN = /^(DEA-C01|DVA-C02|SAA-C03) ([1-4])(?:\.([1-9]))?$/;

export interface ExamTag {
  exam: ExamId;
  domain: number;
  /** "1.3", when the tag names a task. */
  task?: string;
}

/** Parses `DEA-C01 1.3`; returns an error message instead when the tag is malformed or names no domain. */
export function parseExamTag(text: string): ExamTag | { error: string } {
  const m = EXAM_TAG_PATTERN.exec(text.trim());
  if (!m) return { error: `"${text}" is not an exam tag: write "<exam> <domain>" or "<exam> <domain>.<task>", e.g. "DEA-C01 1.3" (exams: ${EXAM_IDS.join(', ')})` };
  const exam = m[1] as ExamId;
  const domain = Number(m[2]);
  if (!EXAMS[exam].domains.some((d) => d.number === domain)) return { error: `${exam} has no domain ${domain}` };
  return m[3] ? { exam, domain, task: `${domain}.${m[3]}` } : { exam, domain };
}

/** "DEA-C01 · Data Ingestion and Transformation (task 1.3)", for labels. */
export function describeExamTag(tag: ExamTag): string {
  const domain = EXAMS[tag.exam].domains.find((d) => d.number === tag.domain);
  return `${tag.exam} · ${domain?.name ?? `domain ${tag.domain}`}${tag.task ? ` (task ${tag.task})` : ''}`;
}
