/** What the quiz item authoring pages say the item is (the AuthoringFrame's introduction). */
export function QuizItemIntro() {
  return (
    <>
      A quiz item is written in YAML, in the format of one item of the built-in quizzes (<code>content/quizzes</code>): <code>type</code> single or multiple
      (options, each with an explanation), numeric (an answer, a tolerance and a unit), or a cost item that names a <code>generator</code>. Each save is a new
      version; learners answer the version you publish, and answers already graded keep theirs.
    </>
  );
}
