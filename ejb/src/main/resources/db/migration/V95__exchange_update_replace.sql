-- edXML update (BussinessDocType 2) and replace (3) of a document already sent.
-- Sending side: UPDATE and REPLACE rows in the outbox, one per agency the document was sent to; an update
-- carries the corrected subject, a replacement the new file (kept in the content store by its SHA-256).
-- The reason travels as BussinessDocReason (description).
ALTER TABLE exchange_outbox DROP CONSTRAINT ck_exchange_outbox_kind;
ALTER TABLE exchange_outbox ADD CONSTRAINT ck_exchange_outbox_kind
    CHECK (kind IN ('DOCUMENT', 'RECALL', 'STATUS', 'UPDATE', 'REPLACE'));
ALTER TABLE exchange_outbox ADD COLUMN subject VARCHAR(500);
ALTER TABLE exchange_outbox ADD COLUMN file_sha256 VARCHAR(64);
ALTER TABLE exchange_outbox ADD COLUMN file_name VARCHAR(255);

-- Receiving side: the last update/replacement applied to a received package (kind UPDATE or REPLACE,
-- when, why); the changes themselves are in the action log of the registered incoming document.
ALTER TABLE exchange_received ADD COLUMN changed_kind VARCHAR(10);
ALTER TABLE exchange_received ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE exchange_received ADD COLUMN change_reason VARCHAR(1000);
