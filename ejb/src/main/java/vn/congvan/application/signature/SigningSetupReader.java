package vn.congvan.application.signature;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.congvan.application.common.Settings;
import vn.congvan.domain.model.signing.RevocationList;
import vn.congvan.domain.model.signing.SigningPolicy;
import vn.congvan.domain.model.signing.SigningSetting;
import vn.congvan.domain.model.signing.TrustAnchor;
import vn.congvan.signing.PadesLevel;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Reads the signing configuration in force, from the database (administered in the application) and
 * the {@code <data>/trust} folder (read beside it), on every call: a change applies at once, on every
 * node, with no restart.
 */
@Stateless
@PermitAll
public class SigningSetupReader {

    private static final Logger LOG = Logger.getLogger(SigningSetupReader.class.getName());

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Settings settings;
    @Inject
    private SecretBox secrets;
    @Inject
    private SignatureCheck folder;

    public SigningSetup current() {
        Map<String, String> s = settings();
        List<X509Certificate> anchors = new ArrayList<>(folder.folderAnchors().certificates());
        List<X509CRL> crls = new ArrayList<>(folder.folderAnchors().crls());
        try {
            CertificateFactory cf = CertificateFactory.getInstance("X.509");
            for (TrustAnchor a : em.createNamedQuery("TrustAnchor.all", TrustAnchor.class).getResultList()) {
                anchors.add((X509Certificate) cf.generateCertificate(new ByteArrayInputStream(a.der())));
            }
            for (RevocationList c : em.createNamedQuery("RevocationList.all", RevocationList.class).getResultList()) {
                try {
                    crls.add((X509CRL) cf.generateCRL(new ByteArrayInputStream(c.der())));
                } catch (java.security.cert.CRLException e) {
                    LOG.warning(() -> "Stored CRL " + c.id() + " is unreadable: " + e.getMessage());
                }
            }
        } catch (CertificateException e) {
            throw new IllegalStateException("A stored trust anchor is unreadable", e);
        }
        String online = s.get(SigningSetting.ONLINE_REVOCATION);
        boolean onlineRevocation = online == null ? settings.onlineRevocation() : Boolean.parseBoolean(online);
        SigningSetup.Tsa tsa = null;
        if (s.get(SigningSetting.TSA_URL) != null) {
            tsa = new SigningSetup.Tsa(s.get(SigningSetting.TSA_URL), s.get(SigningSetting.TSA_USERNAME),
                    secrets.open(s.get(SigningSetting.TSA_PASSWORD)),
                    s.getOrDefault(SigningSetting.TSA_HASH, "SHA-256"));
        }
        PadesLevel level = SigningPolicy.level(s.get(SigningSetting.DEFAULT_LEVEL));
        if (level == null || (tsa == null && SigningPolicy.needsTsa(level))) {
            level = PadesLevel.B_B;
        }
        return new SigningSetup(List.copyOf(anchors), List.copyOf(crls), onlineRevocation, tsa, level);
    }

    /** The stored settings by name (values as stored: the TSA password sealed). */
    public Map<String, String> settings() {
        Map<String, String> out = new HashMap<>();
        for (SigningSetting s : em.createQuery("SELECT s FROM SigningSetting s", SigningSetting.class).getResultList()) {
            if (s.value() != null) {
                out.put(s.name(), s.value());
            }
        }
        return out;
    }
}
