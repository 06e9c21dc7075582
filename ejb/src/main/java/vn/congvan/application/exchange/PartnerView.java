package vn.congvan.application.exchange;

import vn.congvan.domain.model.exchange.ExchangePartner;

import java.security.cert.X509Certificate;
import java.time.Instant;

/** An agency of the directory, with what its certificate says. */
public record PartnerView(long id, String organId, String name, String endpoint, boolean active,
                          String certificateSubject, Instant certificateNotAfter, String certificatePem,
                          Instant updatedAt) {

    static PartnerView of(ExchangePartner p) {
        String subject = null;
        Instant notAfter = null;
        if (p.certificatePem() != null) {
            try {
                X509Certificate c = Certificates.certificates(p.certificatePem()).get(0);
                subject = c.getSubjectX500Principal().getName();
                notAfter = c.getNotAfter().toInstant();
            } catch (IllegalArgumentException e) {
                subject = null;
            }
        }
        return new PartnerView(p.id(), p.organId(), p.name(), p.endpoint(), p.active(), subject, notAfter,
                p.certificatePem(), p.updatedAt());
    }
}
