// The folder a new class scenario starts from: small, valid, and graded the way content/scenarios are
// (the starter fails the hidden case, the solution passes both), so an instructor edits something that
// works instead of a blank page.
export const TEMPLATE_FILES: Record<string, string> = {
  'scenario.yaml': `id: route-large-refunds
title: Send large refunds to a person
summary: Refunds above 500 dollars need a person's approval; smaller ones are approved automatically.
difficulty: introductory
lesson: choice-states
exams: ['DVA-C02 1']
topics: [choice]
executionType: STANDARD
input: { refundId: r-1, amount: 40 }
prompt: |
  The starter's **CheckAmount** sends only refunds above 5,000 to **ManualReview**. Change it so that a
  refund of more than 500 goes to **ManualReview**, and any other refund to **AutoApprove**.
cases:
  - name: A small refund
    when: When the refund is 40 dollars
    visible: true
    expect:
      status: SUCCEEDED
      visited: [AutoApprove]
      notVisited: [ManualReview]
  - name: A large refund
    when: When the refund is 900 dollars
    visible: false
    input: { refundId: r-2, amount: 900 }
    expect:
      status: SUCCEEDED
      visited: [ManualReview]
      notVisited: [AutoApprove]
    hint: Compare $.amount with NumericGreaterThan.
`,
  'starter.asl.json': `{
  "StartAt": "CheckAmount",
  "States": {
    "CheckAmount": {
      "Type": "Choice",
      "Choices": [{ "Variable": "$.amount", "NumericGreaterThan": 5000, "Next": "ManualReview" }],
      "Default": "AutoApprove"
    },
    "AutoApprove": { "Type": "Pass", "Result": { "approved": true }, "End": true },
    "ManualReview": { "Type": "Pass", "Result": { "approved": "pending" }, "End": true }
  }
}
`,
  'solution.asl.json': `{
  "StartAt": "CheckAmount",
  "States": {
    "CheckAmount": {
      "Type": "Choice",
      "Choices": [{ "Variable": "$.amount", "NumericGreaterThan": 500, "Next": "ManualReview" }],
      "Default": "AutoApprove"
    },
    "AutoApprove": { "Type": "Pass", "Result": { "approved": true }, "End": true },
    "ManualReview": { "Type": "Pass", "Result": { "approved": "pending" }, "End": true }
  }
}
`,
};
