-- What a user signs with: the handwritten signature image (ND30 Phụ lục I: blue, transparent PNG)
-- and the signing key (a PKCS#12 file in the content store in development; PKCS#11 and remote
-- credentials later), with the certificate's subject and validity for display and checks.
ALTER TABLE app_user ADD COLUMN signature_image_sha256 CHAR(64);
ALTER TABLE app_user ADD COLUMN signing_key_kind VARCHAR(10);
ALTER TABLE app_user ADD COLUMN signing_key_ref VARCHAR(500);
ALTER TABLE app_user ADD COLUMN signing_cert_subject VARCHAR(500);
ALTER TABLE app_user ADD COLUMN signing_cert_issuer VARCHAR(500);
ALTER TABLE app_user ADD COLUMN signing_cert_not_after TIMESTAMP WITH TIME ZONE;
