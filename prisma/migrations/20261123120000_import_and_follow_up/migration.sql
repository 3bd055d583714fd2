-- What imports need: stable obligation ids for re-imports, notes, the series
-- (recalls) and acknowledged reports that follow-up links are computed from,
-- and the origin of a link so automatic ones can be recomputed safely.

-- CreateEnum
CREATE TYPE "link_origin" AS ENUM ('AUTOMATIC', 'MANUAL');

-- AlterTable
ALTER TABLE "obligation" ADD COLUMN "e_id" TEXT,
    ADD CONSTRAINT "obligation_e_id_shape" CHECK ("e_id" IS NULL OR "e_id" ~ '^[a-z][a-z0-9_]*$');

-- AlterTable
ALTER TABLE "obligation_document" ADD COLUMN "origin" "link_origin" NOT NULL DEFAULT 'MANUAL';

-- CreateTable
CREATE TABLE "obligation_note" (
    "id" SERIAL NOT NULL,
    "obligation_id" INTEGER NOT NULL,
    "author" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "obligation_note_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "obligation_note_text_not_blank" CHECK (btrim("text") <> ''),
    CONSTRAINT "obligation_note_author_not_blank" CHECK (btrim("author") <> '')
);

-- CreateTable
CREATE TABLE "resolution_recall" (
    "resolution_id" INTEGER NOT NULL,
    "recalled_symbol" TEXT NOT NULL,

    CONSTRAINT "resolution_recall_pkey" PRIMARY KEY ("resolution_id","recalled_symbol")
);

-- CreateTable
CREATE TABLE "acknowledged_report" (
    "resolution_id" INTEGER NOT NULL,
    "paragraph_ref" TEXT NOT NULL,
    "symbol" TEXT NOT NULL,

    CONSTRAINT "acknowledged_report_pkey" PRIMARY KEY ("resolution_id","paragraph_ref","symbol")
);

-- CreateIndex
CREATE UNIQUE INDEX "obligation_resolution_id_e_id_key" ON "obligation"("resolution_id", "e_id");

-- CreateIndex
CREATE INDEX "obligation_note_obligation_id_created_at_idx" ON "obligation_note"("obligation_id", "created_at");

-- CreateIndex
CREATE INDEX "resolution_recall_recalled_symbol_idx" ON "resolution_recall"("recalled_symbol");

-- CreateIndex
CREATE INDEX "acknowledged_report_symbol_idx" ON "acknowledged_report"("symbol");

-- AddForeignKey
ALTER TABLE "obligation_note" ADD CONSTRAINT "obligation_note_obligation_id_fkey" FOREIGN KEY ("obligation_id") REFERENCES "obligation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resolution_recall" ADD CONSTRAINT "resolution_recall_resolution_id_fkey" FOREIGN KEY ("resolution_id") REFERENCES "resolution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "acknowledged_report" ADD CONSTRAINT "acknowledged_report_resolution_id_fkey" FOREIGN KEY ("resolution_id") REFERENCES "resolution"("id") ON DELETE CASCADE ON UPDATE CASCADE;
