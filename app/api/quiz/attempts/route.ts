// POST /api/quiz/attempts with {"itemId", "seed", "answer", "timeTakenMs", "mode", "sessionId"?}: a learner's
// answer to a built-in quiz item, graded and recorded on the server (lib/quiz-server/answer-request.ts).
import { answerRequest } from '@/lib/quiz-server/answer-request';
import { answerQuizItem } from '@/lib/quiz-server/record-answer';

export function POST(request: Request) {
  return answerRequest(request, answerQuizItem);
}
