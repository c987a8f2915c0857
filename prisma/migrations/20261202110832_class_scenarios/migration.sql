-- AlterTable
ALTER TABLE "ScenarioSubmission" ADD COLUMN     "classScenarioVersionId" TEXT;

-- CreateTable
CREATE TABLE "ClassScenario" (
    "id" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "publishedVersionId" TEXT,

    CONSTRAINT "ClassScenario_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClassScenarioVersion" (
    "id" TEXT NOT NULL,
    "scenarioId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "files" JSONB NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClassScenarioVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ClassScenario_publishedVersionId_key" ON "ClassScenario"("publishedVersionId");

-- CreateIndex
CREATE INDEX "ClassScenario_classId_idx" ON "ClassScenario"("classId");

-- CreateIndex
CREATE UNIQUE INDEX "ClassScenarioVersion_scenarioId_number_key" ON "ClassScenarioVersion"("scenarioId", "number");

-- AddForeignKey
ALTER TABLE "ScenarioSubmission" ADD CONSTRAINT "ScenarioSubmission_classScenarioVersionId_fkey" FOREIGN KEY ("classScenarioVersionId") REFERENCES "ClassScenarioVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassScenario" ADD CONSTRAINT "ClassScenario_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassScenario" ADD CONSTRAINT "ClassScenario_publishedVersionId_fkey" FOREIGN KEY ("publishedVersionId") REFERENCES "ClassScenarioVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassScenarioVersion" ADD CONSTRAINT "ClassScenarioVersion_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "ClassScenario"("id") ON DELETE CASCADE ON UPDATE CASCADE;
