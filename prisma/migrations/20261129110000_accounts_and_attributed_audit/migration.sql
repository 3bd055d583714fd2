-- Accounts, sign-in sessions and API tokens, and an audit trail that names the signed-in user.
-- Users are never deleted (deactivated instead), so every audit event can keep pointing at its author.

-- CreateEnum
CREATE TYPE "user_role" AS ENUM ('ADMINISTRATOR', 'SECRETARIAT_EDITOR', 'COMMITTEE_OFFICER', 'AUDITOR');

-- CreateTable
CREATE TABLE "app_user" (
    "id" SERIAL NOT NULL,
    -- Kept lower-case by the application, so the unique index is the case-insensitive one.
    "email" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "role" "user_role" NOT NULL,
    -- A secretariat editor limited to these responsible offices; empty: every office.
    "offices" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "password_hash" TEXT,
    "must_change_password" BOOLEAN NOT NULL DEFAULT false,
    "oidc_subject" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "failed_sign_ins" INTEGER NOT NULL DEFAULT 0,
    "sign_in_blocked_until" TIMESTAMPTZ(3),
    "last_sign_in_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "app_user_email_lower_case" CHECK ("email" = lower("email") AND btrim("email") <> ''),
    CONSTRAINT "app_user_display_name_not_blank" CHECK (btrim("display_name") <> '')
);

-- CreateTable
CREATE TABLE "sign_in_session" (
    -- SHA-256 of the cookie's secret: a stolen table does not sign anyone in.
    "id" TEXT NOT NULL,
    "user_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    "method" TEXT NOT NULL,
    "address" TEXT,

    CONSTRAINT "sign_in_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_token" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    -- SHA-256 of the token; the first characters are kept to recognise it in lists.
    "token_hash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "last_used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "api_token_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");
CREATE UNIQUE INDEX "app_user_oidc_subject_key" ON "app_user"("oidc_subject");
CREATE INDEX "sign_in_session_user_id_idx" ON "sign_in_session"("user_id");
CREATE UNIQUE INDEX "api_token_token_hash_key" ON "api_token"("token_hash");
CREATE INDEX "api_token_user_id_idx" ON "api_token"("user_id");

-- AddForeignKey
ALTER TABLE "sign_in_session" ADD CONSTRAINT "sign_in_session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "api_token" ADD CONSTRAINT "api_token_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Sign-ins and sign-outs are audited too. ADD VALUE cannot be used in the transaction that adds it, so the
-- constraint below compares the action as text.
ALTER TYPE "audit_action" ADD VALUE 'SIGN_IN';
ALTER TYPE "audit_action" ADD VALUE 'SIGN_IN_FAILED';
ALTER TYPE "audit_action" ADD VALUE 'SIGN_OUT';

-- Who made the change, as plain columns of the event (a hash over the row covers them). Events recorded before
-- accounts existed keep their actor text and have no user.
ALTER TABLE "audit_event"
    ADD COLUMN "actor_user_id" INTEGER,
    ADD COLUMN "actor_token_id" INTEGER,
    ADD COLUMN "request_id" TEXT;

ALTER TABLE "audit_event" DROP CONSTRAINT "audit_event_states_match_action";
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_states_match_action" CHECK (
    ("action"::text = 'CREATE' AND "before" IS NULL AND "after" IS NOT NULL) OR
    ("action"::text = 'UPDATE' AND "before" IS NOT NULL AND "after" IS NOT NULL) OR
    ("action"::text = 'DELETE' AND "before" IS NOT NULL AND "after" IS NULL) OR
    ("action"::text IN ('SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_OUT') AND "before" IS NULL)
);

CREATE INDEX "audit_event_actor_user_id_occurred_at_idx" ON "audit_event"("actor_user_id", "occurred_at");

ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_actor_user_id_fkey" FOREIGN KEY ("actor_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_actor_token_id_fkey" FOREIGN KEY ("actor_token_id") REFERENCES "api_token"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
