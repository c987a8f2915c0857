// Lesson text for tests: a valid frontmatter block that tests change one field at a time.

export const VALID_FRONTMATTER = `title: A lesson
summary: What it is about.
order: 4
minutes: 5
objectives:
  - Do one thing
  - Do another thing
  - Do a third thing
prerequisites: [what-is-a-state-machine]
exams: ["DVA-C02 1", "DEA-C01 1.3"]
topics: [choice]
selfCheck:
  - question: First?
    options:
      - { text: "Yes", correct: true, why: Because. }
      - { text: "No", correct: false, why: Because not. }
  - question: Second?
    options:
      - { text: "Yes", correct: true, why: Because. }
      - { text: "No", correct: false, why: Because not. }
  - question: Third?
    options:
      - { text: "A", correct: true, why: Because. }
      - { text: "B", correct: true, why: Also. }
      - { text: "C", correct: false, why: Not this. }
`;

/** A whole lesson file: the valid frontmatter with `replace` applied, then `body`. */
export function lessonSource(body = 'Body text.\n', replace: [string | RegExp, string][] = []): string {
  let fm = VALID_FRONTMATTER;
  for (const [from, to] of replace) {
    const next = fm.replace(from, to);
    if (next === fm) throw new Error(`test fixture: ${String(from)} not found in the frontmatter`);
    fm = next;
  }
  return `---\n${fm}---\n\n${body}`;
}
