// The item a new class quiz item starts from: one written item in the format of content/quizzes/*.yaml
// (the mapping a quiz file lists under `items:`), valid as it stands, so an instructor edits something
// that works instead of a blank page. Written in our own words; the fact is from the Choice state page
// (../shared/reference/step-functions-facts.md).
export const QUIZ_ITEM_TEMPLATE = `id: default-branch
type: single
category: concept
title: A Choice state without a Default
lesson: choice-states
topics: [choice]
exams: [DVA-C02 1]
prompt: 'A Choice state has two rules and no Default. Its input matches neither rule. What happens?'
options:
  - text: The execution fails with States.NoChoiceMatched.
    correct: true
    explanation: With no matching rule and no Default there is no next state, so the state fails with States.NoChoiceMatched.
  - text: The execution follows the first rule anyway.
    explanation: A rule is followed only when its test matches the input.
  - text: The execution ends successfully with the input as its output.
    explanation: A Choice state can never end an execution; it always has to pick a next state.
`;
