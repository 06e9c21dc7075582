-- Every signed PDF that arrives is verified on registration; the result is kept with the file.
ALTER TABLE attachment ADD COLUMN signature_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE attachment ADD COLUMN signature_status VARCHAR(20);
ALTER TABLE attachment ADD COLUMN signature_summary VARCHAR(4000);
ALTER TABLE attachment ADD COLUMN signature_report VARCHAR(1000000);
