-- Single sign-on: a sign-in under way at the identity provider, and calendar feeds that belong to a user.

-- CreateTable
-- The state, nonce and PKCE verifier of one browser's trip to the identity provider. The browser holds only a
-- short-lived cookie whose SHA-256 is the id, so a callback from another browser (login CSRF) finds nothing.
CREATE TABLE "sso_sign_in" (
    "id" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "nonce" TEXT NOT NULL,
    "code_verifier" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sso_sign_in_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "sso_sign_in_expires_at_idx" ON "sso_sign_in"("expires_at");

-- Calendar feeds: the owner is the signed-in user who made the feed. Nothing wrote the old text column, so any
-- value that is not a user's id is dropped; feeds without an owner are seen by administrators only.
UPDATE "calendar_feed" f SET "owner_id" = NULL
  WHERE "owner_id" IS NOT NULL AND ("owner_id" !~ '^[0-9]{1,9}$' OR NOT EXISTS (SELECT 1 FROM "app_user" u WHERE u."id"::text = f."owner_id"));
ALTER TABLE "calendar_feed" ALTER COLUMN "owner_id" TYPE INTEGER USING "owner_id"::integer;

-- AddForeignKey
ALTER TABLE "calendar_feed" ADD CONSTRAINT "calendar_feed_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
