-- Issue 16: a create form sent again makes nothing new (the form's requestId, unique per instructor for a
-- class and per class for a class's own scenario or quiz item), and an exam save older than the one stored
-- for the same question never replaces it (the page's stamp of each change, per field).

-- AlterTable
ALTER TABLE "Class" ADD COLUMN     "requestId" TEXT;

-- AlterTable
ALTER TABLE "ClassQuizItem" ADD COLUMN     "requestId" TEXT;

-- AlterTable
ALTER TABLE "ClassScenario" ADD COLUMN     "requestId" TEXT;

-- AlterTable
ALTER TABLE "ExamAnswer" ADD COLUMN     "answerSeq" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "flagSeq" BIGINT NOT NULL DEFAULT 0;

-- CreateIndex
CREATE UNIQUE INDEX "Class_instructorId_requestId_key" ON "Class"("instructorId", "requestId");

-- CreateIndex
CREATE UNIQUE INDEX "ClassQuizItem_classId_requestId_key" ON "ClassQuizItem"("classId", "requestId");

-- CreateIndex
CREATE UNIQUE INDEX "ClassScenario_classId_requestId_key" ON "ClassScenario"("classId", "requestId");
