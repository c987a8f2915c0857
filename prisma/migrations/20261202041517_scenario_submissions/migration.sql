-- CreateTable
CREATE TABLE "ScenarioSubmission" (
    "id" TEXT NOT NULL,
    "learnerId" TEXT NOT NULL,
    "scenarioId" TEXT NOT NULL,
    "definition" TEXT NOT NULL,
    "passed" BOOLEAN NOT NULL,
    "score" INTEGER NOT NULL,
    "verdict" JSONB NOT NULL,
    "gradingMs" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScenarioSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ScenarioSubmission_learnerId_scenarioId_createdAt_idx" ON "ScenarioSubmission"("learnerId", "scenarioId", "createdAt");

-- AddForeignKey
ALTER TABLE "ScenarioSubmission" ADD CONSTRAINT "ScenarioSubmission_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner"("id") ON DELETE CASCADE ON UPDATE CASCADE;
