-- Reviewing a link (confirm, reject) takes the version the reviewer read, like every other change (issue 12, item 3):
-- two reviewers deciding on the same proposed link cannot silently overwrite each other's decision.
ALTER TABLE "obligation_document" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
