-- AlterTable
ALTER TABLE "QuizAttempt" ADD COLUMN     "requestId" TEXT;

-- AlterTable
ALTER TABLE "ScenarioSubmission" ADD COLUMN     "requestId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "QuizAttempt_learnerId_requestId_key" ON "QuizAttempt"("learnerId", "requestId");

-- CreateIndex
CREATE UNIQUE INDEX "ScenarioSubmission_learnerId_requestId_key" ON "ScenarioSubmission"("learnerId", "requestId");
