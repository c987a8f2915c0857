-- AlterTable
ALTER TABLE "QuizAttempt" ADD COLUMN     "classQuizItemVersionId" TEXT;

-- CreateTable
CREATE TABLE "ClassQuizItem" (
    "id" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "publishedVersionId" TEXT,

    CONSTRAINT "ClassQuizItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClassQuizItemVersion" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClassQuizItemVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ClassQuizItem_publishedVersionId_key" ON "ClassQuizItem"("publishedVersionId");

-- CreateIndex
CREATE INDEX "ClassQuizItem_classId_idx" ON "ClassQuizItem"("classId");

-- CreateIndex
CREATE UNIQUE INDEX "ClassQuizItemVersion_itemId_number_key" ON "ClassQuizItemVersion"("itemId", "number");

-- AddForeignKey
ALTER TABLE "QuizAttempt" ADD CONSTRAINT "QuizAttempt_classQuizItemVersionId_fkey" FOREIGN KEY ("classQuizItemVersionId") REFERENCES "ClassQuizItemVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassQuizItem" ADD CONSTRAINT "ClassQuizItem_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassQuizItem" ADD CONSTRAINT "ClassQuizItem_publishedVersionId_fkey" FOREIGN KEY ("publishedVersionId") REFERENCES "ClassQuizItemVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassQuizItemVersion" ADD CONSTRAINT "ClassQuizItemVersion_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ClassQuizItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
