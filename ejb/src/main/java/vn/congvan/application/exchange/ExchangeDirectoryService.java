package vn.congvan.application.exchange;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.congvan.application.audit.AuditService;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.CommandValidator;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.common.Problem;
import vn.congvan.application.security.UserDirectory;
import vn.congvan.domain.model.agency.Agency;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.audit.AuditAction;
import vn.congvan.domain.model.exchange.ExchangePartner;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The agency directory for exchange (ADMIN of the agency): the other agencies, their endpoints and
 * certificates; import from CSV (all or nothing); the agency's own exchange certificate.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class ExchangeDirectoryService {

    static final String PARTNER = "EXCHANGE_PARTNER";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory users;

    @EJB
    private AuditService audit;

    @EJB
    private ExchangeKeys keys;

    @Inject
    private CommandValidator validator;

    public List<PartnerView> list() {
        return partners(users.current().agency()).stream().map(PartnerView::of).toList();
    }

    public PartnerView get(long id) {
        return PartnerView.of(own(id));
    }

    public PartnerView create(PartnerCommand c) {
        User me = users.current();
        check(c, me.agency(), null);
        ExchangePartner p = new ExchangePartner(me.agency(), c.organId().strip(), Instant.now());
        apply(p, c);
        em.persist(p);
        em.flush();
        audit.recordAdmin(AuditAction.CREATED, PARTNER, p.id(), p.organId() + " " + p.name());
        return PartnerView.of(p);
    }

    public PartnerView update(long id, PartnerCommand c) {
        ExchangePartner p = own(id);
        if (c != null && c.organId() != null && !c.organId().strip().equals(p.organId())) {
            throw ApplicationProblemException.invalid(FieldError.of("organId", "exchange.partner.organIdFixed"));
        }
        check(c, p.agency(), p);
        apply(p, c);
        audit.recordAdmin(AuditAction.UPDATED, PARTNER, p.id(), p.organId() + " " + p.name());
        return PartnerView.of(p);
    }

    public void delete(long id) {
        ExchangePartner p = own(id);
        em.remove(p);
        audit.recordAdmin(AuditAction.DELETED, PARTNER, id, p.organId() + " " + p.name());
    }

    /**
     * Imports a CSV ({@code organId,name,endpoint,certificate} with a header line; the certificate is a
     * PEM in quotes or empty): new codes are added, known ones updated. All or nothing: any bad line and
     * nothing changes; each error names its line.
     */
    public ImportResult importCsv(String csv) {
        User me = users.current();
        List<Csv.Row> rows;
        try {
            rows = Csv.parse(csv == null ? "" : csv);
        } catch (IllegalArgumentException e) {
            throw new ApplicationProblemException(Problem.UNPROCESSABLE, "exchange.import.malformed", e.getMessage());
        }
        if (rows.isEmpty()) {
            throw new ApplicationProblemException(Problem.UNPROCESSABLE, "exchange.import.empty");
        }
        List<String> header = rows.get(0).cells().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (header.size() < 2 || !header.get(0).equals("organid") || !header.get(1).equals("name")) {
            throw new ApplicationProblemException(Problem.UNPROCESSABLE, "exchange.import.header");
        }
        List<FieldError> errors = new ArrayList<>();
        List<PartnerCommand> commands = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i).cells();
            int line = rows.get(i).line();
            if (r.size() == 1 && r.get(0).isBlank()) {
                continue;
            }
            PartnerCommand c = new PartnerCommand(cell(r, 0), cell(r, 1), cell(r, 2), cell(r, 3), Boolean.TRUE);
            try {
                validator.check(c);
                check(c, me.agency(), null, true);
                if (!seen.add(c.organId().strip())) {
                    throw ApplicationProblemException.invalid(FieldError.of("organId", "exchange.partner.duplicate", c.organId()));
                }
                commands.add(c);
            } catch (ApplicationProblemException e) {
                for (FieldError f : e.fieldErrors()) {
                    errors.add(new FieldError("line " + line + ": " + f.field(), f.messageKey(), f.args()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ApplicationProblemException(Problem.UNPROCESSABLE, "exchange.import.invalid", errors, errors.size());
        }
        int added = 0;
        int updated = 0;
        Instant now = Instant.now();
        for (PartnerCommand c : commands) {
            ExchangePartner p = byOrganId(me.agency(), c.organId().strip());
            if (p == null) {
                p = new ExchangePartner(me.agency(), c.organId().strip(), now);
                apply(p, c);
                em.persist(p);
                added++;
            } else {
                apply(p, c);
                updated++;
            }
        }
        em.flush();
        audit.recordAdmin(AuditAction.UPDATED, PARTNER, 0, "CSV import: " + added + " added, " + updated + " updated");
        return new ImportResult(added, updated);
    }

    public record ImportResult(int added, int updated) {
    }

    /** The agency's own exchange certificate (PEM), to give to partners. */
    public String ownCertificate() {
        return keys.certificatePem(users.current().agency().id());
    }

    /** Replaces the agency's exchange key with the one of a PKCS#12 file. */
    public String replaceKey(byte[] p12, String password) {
        if (p12 == null || p12.length == 0) {
            throw ApplicationProblemException.invalid(FieldError.of("file", "validation.file.required"));
        }
        try {
            java.security.KeyStore ks = java.security.KeyStore.getInstance("PKCS12");
            ks.load(new java.io.ByteArrayInputStream(p12), password == null ? new char[0] : password.toCharArray());
            for (String alias : java.util.Collections.list(ks.aliases())) {
                if (ks.isKeyEntry(alias)) {
                    PrivateKey key = (PrivateKey) ks.getKey(alias, password == null ? new char[0] : password.toCharArray());
                    X509Certificate cert = (X509Certificate) ks.getCertificate(alias);
                    cert.checkValidity();
                    long agency = users.current().agency().id();
                    keys.replace(agency, key, cert);
                    audit.recordAdmin(AuditAction.SIGNING_KEY_SET, PARTNER, agency, cert.getSubjectX500Principal().getName());
                    return keys.certificatePem(agency);
                }
            }
            throw ApplicationProblemException.invalid(FieldError.of("file", "exchange.key.noKey"));
        } catch (java.security.cert.CertificateExpiredException | java.security.cert.CertificateNotYetValidException e) {
            throw ApplicationProblemException.invalid(FieldError.of("file", "exchange.key.expired"));
        } catch (java.io.IOException | java.security.GeneralSecurityException e) {
            throw ApplicationProblemException.invalid(FieldError.of("password", "exchange.key.unreadable"));
        }
    }

    private static String cell(List<String> r, int i) {
        if (i >= r.size()) {
            return null;
        }
        String v = r.get(i).strip();
        return v.isEmpty() ? null : v;
    }

    private void check(PartnerCommand c, Agency agency, ExchangePartner existing) {
        validator.check(c);
        check(c, agency, existing, false);
    }

    private void check(PartnerCommand c, Agency agency, ExchangePartner existing, boolean importing) {
        List<FieldError> errors = new ArrayList<>();
        if (c.organId().strip().equals(agency.code())) {
            errors.add(FieldError.of("organId", "exchange.partner.self"));
        } else if (existing == null && !importing && byOrganId(agency, c.organId().strip()) != null) {
            errors.add(FieldError.of("organId", "exchange.partner.duplicate", c.organId().strip()));
        }
        if (c.certificatePem() != null && !c.certificatePem().isBlank()) {
            try {
                Certificates.certificates(c.certificatePem());
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("certificatePem", "exchange.partner.certificate"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApplicationProblemException.invalid(errors);
        }
    }

    private static void apply(ExchangePartner p, PartnerCommand c) {
        p.update(c.name().strip(), blank(c.endpoint()), blank(c.certificatePem()), c.active() == null || c.active(),
                Instant.now());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private ExchangePartner own(long id) {
        ExchangePartner p = em.find(ExchangePartner.class, id);
        if (p == null || !p.agency().id().equals(users.current().agency().id())) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "exchange.partner.notFound");
        }
        return p;
    }

    private List<ExchangePartner> partners(Agency agency) {
        return em.createQuery("SELECT p FROM ExchangePartner p WHERE p.agency = :a ORDER BY p.organId", ExchangePartner.class)
                .setParameter("a", agency).getResultList();
    }

    ExchangePartner byOrganId(Agency agency, String organId) {
        return em.createQuery("SELECT p FROM ExchangePartner p WHERE p.agency = :a AND p.organId = :o", ExchangePartner.class)
                .setParameter("a", agency).setParameter("o", organId).getResultStream().findFirst().orElse(null);
    }
}
