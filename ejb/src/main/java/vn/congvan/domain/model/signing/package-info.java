/**
 * Digital signature configuration (chữ ký số): the trust anchors and CRLs used to verify signed PDFs,
 * the time-stamping authority, remote signing services, approved PKCS#11 libraries, the default PAdES
 * level, and the rules a signing key's certificate must meet.
 */
package vn.congvan.domain.model.signing;
