-- ND30 Phụ lục VI incoming metadata not kept so far: the language (Language) and the document's own
-- recipients as printed on it (ToPlaces / nơi nhận, one per line).
ALTER TABLE incoming_document ADD COLUMN language VARCHAR(10) DEFAULT 'vi' NOT NULL;
ALTER TABLE incoming_document ADD COLUMN to_places VARCHAR(2000);
