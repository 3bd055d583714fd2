-- Initial model: resolutions, their paragraphs and obligations, the documents
-- that fulfil them, sessions and the append-only audit trail.

-- CreateEnum
CREATE TYPE "body" AS ENUM ('GENERAL_ASSEMBLY', 'SECURITY_COUNCIL', 'ECONOMIC_AND_SOCIAL_COUNCIL', 'HUMAN_RIGHTS_COUNCIL');

-- CreateEnum
CREATE TYPE "source_format" AS ENUM ('PDF_TEXT', 'WORD_TEXT', 'MARKDOWN', 'HTML', 'PLAIN');

-- CreateEnum
CREATE TYPE "paragraph_kind" AS ENUM ('PREAMBULAR', 'OPERATIVE');

-- CreateEnum
CREATE TYPE "obligation_kind" AS ENUM ('REPORT', 'AGENDA_ITEM', 'TASK', 'MEETING', 'STATE_ACTION');

-- CreateEnum
CREATE TYPE "obligation_strength" AS ENUM ('MANDATORY', 'HORTATORY');

-- CreateEnum
CREATE TYPE "obligation_status" AS ENUM ('PENDING', 'IN_PROGRESS', 'SUBMITTED', 'FULFILLED', 'DEFERRED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "review_state" AS ENUM ('NEEDS_REVIEW', 'CONFIRMED', 'REJECTED');

-- CreateEnum
CREATE TYPE "document_kind" AS ENUM ('REPORT', 'ADDENDUM', 'CORRIGENDUM', 'NOTE', 'RESOLUTION', 'OTHER');

-- CreateEnum
CREATE TYPE "link_relation" AS ENUM ('FULFILS', 'RELATED');

-- CreateEnum
CREATE TYPE "audit_action" AS ENUM ('CREATE', 'UPDATE', 'DELETE');

-- CreateTable
CREATE TABLE "resolution" (
    "id" SERIAL NOT NULL,
    "symbol" TEXT NOT NULL,
    "body" "body" NOT NULL,
    "session_number" INTEGER,
    "resolution_number" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "adopted_on" DATE,
    "meeting" TEXT,
    "committee_report" TEXT,
    "agenda_item_number" TEXT,
    "source_text" TEXT NOT NULL,
    "source_format" "source_format" NOT NULL,
    "checksum" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "resolution_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "resolution_symbol_not_blank" CHECK (btrim("symbol") <> ''),
    CONSTRAINT "resolution_title_not_blank" CHECK (btrim("title") <> ''),
    CONSTRAINT "resolution_session_positive" CHECK ("session_number" IS NULL OR "session_number" > 0),
    CONSTRAINT "resolution_checksum_sha256" CHECK ("checksum" ~ '^[0-9a-f]{64}$'),
    CONSTRAINT "resolution_version_positive" CHECK ("version" > 0)
);

-- CreateTable
CREATE TABLE "paragraph" (
    "id" SERIAL NOT NULL,
    "resolution_id" INTEGER NOT NULL,
    "e_id" TEXT NOT NULL,
    "kind" "paragraph_kind" NOT NULL,
    "number" INTEGER,
    "sub_paragraph" TEXT,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "lead_verb" TEXT,
    "footnote_symbols" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "paragraph_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "paragraph_e_id_shape" CHECK ("e_id" ~ '^[a-z][a-z0-9_]*$'),
    CONSTRAINT "paragraph_number_positive" CHECK ("number" IS NULL OR "number" > 0),
    CONSTRAINT "paragraph_position_not_negative" CHECK ("position" >= 0)
);

-- CreateTable
CREATE TABLE "obligation" (
    "id" SERIAL NOT NULL,
    "resolution_id" INTEGER NOT NULL,
    "paragraph_id" INTEGER,
    "paragraph_ref" TEXT NOT NULL,
    "kind" "obligation_kind" NOT NULL,
    "strength" "obligation_strength" NOT NULL,
    "actor" TEXT NOT NULL,
    "recipient" TEXT,
    "due_body" "body",
    "due_session" INTEGER,
    "due_date" DATE,
    "recurrence" TEXT,
    "agenda_item_title" TEXT,
    "status" "obligation_status" NOT NULL DEFAULT 'PENDING',
    "status_reason" TEXT,
    "review_state" "review_state" NOT NULL DEFAULT 'NEEDS_REVIEW',
    "quote" TEXT NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "responsible_office" TEXT,
    "focal_point" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "obligation_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "obligation_actor_not_blank" CHECK (btrim("actor") <> ''),
    CONSTRAINT "obligation_quote_not_blank" CHECK (btrim("quote") <> ''),
    CONSTRAINT "obligation_confidence_range" CHECK ("confidence" >= 0 AND "confidence" <= 1),
    CONSTRAINT "obligation_due_session_positive" CHECK ("due_session" IS NULL OR "due_session" > 0),
    -- A session number means nothing without the body whose calendar it counts.
    CONSTRAINT "obligation_due_session_has_body" CHECK ("due_session" IS NULL OR "due_body" IS NOT NULL),
    CONSTRAINT "obligation_cancellation_has_reason" CHECK ("status" <> 'CANCELLED' OR btrim(coalesce("status_reason", '')) <> ''),
    CONSTRAINT "obligation_agenda_item_has_title" CHECK ("kind" <> 'AGENDA_ITEM' OR "agenda_item_title" IS NOT NULL),
    CONSTRAINT "obligation_version_positive" CHECK ("version" > 0)
);

-- CreateTable
CREATE TABLE "document" (
    "id" SERIAL NOT NULL,
    "symbol" TEXT NOT NULL,
    "kind" "document_kind" NOT NULL,
    "title" TEXT,
    "issued_on" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "document_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "document_symbol_not_blank" CHECK (btrim("symbol") <> ''),
    CONSTRAINT "document_version_positive" CHECK ("version" > 0)
);

-- CreateTable
CREATE TABLE "obligation_document" (
    "id" SERIAL NOT NULL,
    "obligation_id" INTEGER NOT NULL,
    "document_id" INTEGER NOT NULL,
    "relation" "link_relation" NOT NULL,
    "evidence_resolution_id" INTEGER,
    "evidence_paragraph" TEXT,
    "evidence_note" TEXT,
    "review_state" "review_state" NOT NULL DEFAULT 'NEEDS_REVIEW',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "obligation_document_pkey" PRIMARY KEY ("id"),
    -- A cited paragraph is only evidence together with the resolution it belongs to.
    CONSTRAINT "obligation_document_paragraph_needs_resolution" CHECK ("evidence_paragraph" IS NULL OR "evidence_resolution_id" IS NOT NULL)
);

-- CreateTable
CREATE TABLE "session" (
    "id" SERIAL NOT NULL,
    "body" "body" NOT NULL,
    "number" INTEGER NOT NULL,
    "opens_on" DATE NOT NULL,
    "closes_on" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "session_number_positive" CHECK ("number" > 0),
    CONSTRAINT "session_closes_after_opening" CHECK ("closes_on" IS NULL OR "closes_on" >= "opens_on"),
    CONSTRAINT "session_version_positive" CHECK ("version" > 0)
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" BIGSERIAL NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" "audit_action" NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "audit_event_actor_not_blank" CHECK (btrim("actor") <> ''),
    CONSTRAINT "audit_event_states_match_action" CHECK (
        ("action" = 'CREATE' AND "before" IS NULL AND "after" IS NOT NULL) OR
        ("action" = 'UPDATE' AND "before" IS NOT NULL AND "after" IS NOT NULL) OR
        ("action" = 'DELETE' AND "before" IS NOT NULL AND "after" IS NULL)
    )
);

-- CreateIndex
CREATE UNIQUE INDEX "resolution_symbol_key" ON "resolution"("symbol");

-- CreateIndex
CREATE INDEX "resolution_body_session_number_idx" ON "resolution"("body", "session_number");

-- CreateIndex
CREATE INDEX "resolution_session_number_idx" ON "resolution"("session_number");

-- CreateIndex
CREATE INDEX "resolution_adopted_on_idx" ON "resolution"("adopted_on");

-- CreateIndex
CREATE INDEX "resolution_agenda_item_number_idx" ON "resolution"("agenda_item_number");

-- CreateIndex
CREATE UNIQUE INDEX "paragraph_resolution_id_e_id_key" ON "paragraph"("resolution_id", "e_id");

-- CreateIndex
CREATE UNIQUE INDEX "paragraph_resolution_id_position_key" ON "paragraph"("resolution_id", "position");

-- CreateIndex
CREATE INDEX "obligation_resolution_id_idx" ON "obligation"("resolution_id");

-- CreateIndex
CREATE INDEX "obligation_paragraph_id_idx" ON "obligation"("paragraph_id");

-- CreateIndex
CREATE INDEX "obligation_kind_idx" ON "obligation"("kind");

-- CreateIndex
CREATE INDEX "obligation_status_idx" ON "obligation"("status");

-- CreateIndex
CREATE INDEX "obligation_review_state_idx" ON "obligation"("review_state");

-- CreateIndex
CREATE INDEX "obligation_due_body_due_session_idx" ON "obligation"("due_body", "due_session");

-- CreateIndex
CREATE INDEX "obligation_due_date_idx" ON "obligation"("due_date");

-- CreateIndex
CREATE INDEX "obligation_responsible_office_idx" ON "obligation"("responsible_office");

-- CreateIndex
CREATE INDEX "obligation_actor_idx" ON "obligation"("actor");

-- CreateIndex
CREATE UNIQUE INDEX "document_symbol_key" ON "document"("symbol");

-- CreateIndex
CREATE INDEX "document_kind_idx" ON "document"("kind");

-- CreateIndex
CREATE INDEX "obligation_document_document_id_idx" ON "obligation_document"("document_id");

-- CreateIndex
CREATE INDEX "obligation_document_evidence_resolution_id_idx" ON "obligation_document"("evidence_resolution_id");

-- CreateIndex
CREATE UNIQUE INDEX "obligation_document_obligation_id_document_id_key" ON "obligation_document"("obligation_id", "document_id");

-- CreateIndex
CREATE UNIQUE INDEX "session_body_number_key" ON "session"("body", "number");

-- CreateIndex
CREATE INDEX "audit_event_entity_type_entity_id_occurred_at_idx" ON "audit_event"("entity_type", "entity_id", "occurred_at");

-- CreateIndex
CREATE INDEX "audit_event_occurred_at_idx" ON "audit_event"("occurred_at");

-- AddForeignKey
ALTER TABLE "paragraph" ADD CONSTRAINT "paragraph_resolution_id_fkey" FOREIGN KEY ("resolution_id") REFERENCES "resolution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "obligation" ADD CONSTRAINT "obligation_resolution_id_fkey" FOREIGN KEY ("resolution_id") REFERENCES "resolution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "obligation" ADD CONSTRAINT "obligation_paragraph_id_fkey" FOREIGN KEY ("paragraph_id") REFERENCES "paragraph"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "obligation_document" ADD CONSTRAINT "obligation_document_obligation_id_fkey" FOREIGN KEY ("obligation_id") REFERENCES "obligation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "obligation_document" ADD CONSTRAINT "obligation_document_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "obligation_document" ADD CONSTRAINT "obligation_document_evidence_resolution_id_fkey" FOREIGN KEY ("evidence_resolution_id") REFERENCES "resolution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The audit trail is evidence for auditors: once written it may never change.
CREATE FUNCTION "audit_event_reject_change"() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "audit_event_append_only"
    BEFORE UPDATE OR DELETE ON "audit_event"
    FOR EACH ROW EXECUTE FUNCTION "audit_event_reject_change"();
