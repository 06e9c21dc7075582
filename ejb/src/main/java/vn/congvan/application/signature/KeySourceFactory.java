package vn.congvan.application.signature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.common.Problem;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.attachment.ContentStore;
import vn.congvan.domain.model.signing.KeySourceKind;
import vn.congvan.domain.model.signing.Pkcs11Library;
import vn.congvan.domain.model.signing.RemoteSigningService;
import vn.congvan.domain.model.signing.SigningPolicy;
import vn.congvan.signing.SigningException;
import vn.congvan.signing.keys.CscClient;
import vn.congvan.signing.keys.CscKeySource;
import vn.congvan.signing.keys.KeySource;
import vn.congvan.signing.keys.Pkcs11KeySource;
import vn.congvan.signing.keys.Pkcs12KeySource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Opens a user's key source with the secrets they typed: PKCS#12 file, PKCS#11 slot or remote credential. */
@ApplicationScoped
public class KeySourceFactory {

    @PersistenceContext
    private EntityManager em;
    @Inject
    private ContentStore contentStore;

    /** The approved PKCS#11 library paths. */
    public List<String> approvedLibraries() {
        return em.createNamedQuery("Pkcs11Library.all", Pkcs11Library.class).getResultStream().map(Pkcs11Library::path).toList();
    }

    public RemoteSigningService remoteService(Long id) {
        RemoteSigningService s = id == null ? null : em.find(RemoteSigningService.class, id);
        if (s == null) {
            throw ApplicationProblemException.invalid(FieldError.of("serviceId", "signing.remote.unknownService"));
        }
        return s;
    }

    /** The PKCS#11 module, refused unless an administrator approved exactly this path. */
    public String approvedLibrary(String path) {
        if (path == null || path.isBlank()) {
            throw ApplicationProblemException.invalid(FieldError.of("library", "validation.required"));
        }
        String p = SigningPolicy.normaliseLibraryPath(path);
        if (!SigningPolicy.approved(path, approvedLibraries())) {
            throw ApplicationProblemException.invalid(FieldError.of("library", "signing.pkcs11.notApproved", p == null ? path : p));
        }
        return p;
    }

    public KeySource pkcs11(String library, Long slot, String alias, String pin) {
        String lib = approvedLibrary(library);
        if (pin == null || pin.isEmpty()) {
            throw ApplicationProblemException.invalid(FieldError.of("pin", "validation.required"));
        }
        try {
            return Pkcs11KeySource.open(lib, slot == null ? -1 : slot, pin.toCharArray(), alias == null || alias.isBlank() ? null : alias.trim());
        } catch (SigningException e) {
            throw SigningProblems.of(e, "pin");
        }
    }

    public CscKeySource csc(RemoteSigningService service, String credentialId, String accessToken, String pin) {
        if (accessToken == null || accessToken.isBlank()) {
            throw ApplicationProblemException.invalid(FieldError.of("accessToken", "validation.required"));
        }
        CscClient client = new CscClient(service.baseUrl(), accessToken.trim(), Duration.ofSeconds(service.timeoutSeconds()));
        try {
            return new CscKeySource(client, credentialId == null || credentialId.isBlank() ? null : credentialId.trim(),
                    () -> pin == null || pin.isEmpty() ? Map.of() : Map.of("PIN", pin));
        } catch (SigningException e) {
            throw SigningProblems.of(e, "secret");
        }
    }

    /** The current user's configured key source, opened with the secrets typed now. */
    public KeySource open(User me, SigningSecrets secrets) {
        if (me.signingKeyKind() == null) {
            throw new ApplicationProblemException(Problem.CONFLICT, "signing.key.none");
        }
        KeySourceKind kind = KeySourceKind.valueOf(me.signingKeyKind());
        String secret = secrets == null ? null : secrets.secret();
        switch (kind) {
            case P12 -> {
                if (secret == null || secret.isEmpty()) {
                    throw ApplicationProblemException.invalid(FieldError.of("secret", "validation.required"));
                }
                Path p;
                try {
                    p = contentStore.verifiedPath(me.signingKeyRef());
                } catch (IOException e) {
                    throw new ApplicationProblemException(Problem.SERVER_ERROR, "attachment.corrupt", "key.p12");
                }
                try {
                    return Pkcs12KeySource.open(p, secret.toCharArray(), null);
                } catch (SigningException e) {
                    throw SigningProblems.of(e, "secret");
                }
            }
            case PKCS11 -> {
                if (secret == null || secret.isEmpty()) {
                    throw ApplicationProblemException.invalid(FieldError.of("secret", "validation.required"));
                }
                try {
                    return pkcs11(me.signingPkcs11Library(), me.signingPkcs11Slot(), me.signingKeyAlias(), secret);
                } catch (ApplicationProblemException e) {
                    throw rename(e, "pin", "secret");
                }
            }
            case CSC -> {
                return csc(remoteService(me.signingCscServiceId()), me.signingCscCredential(),
                        secrets == null ? null : secrets.accessToken(), secret);
            }
            default -> throw new IllegalStateException(kind.name());
        }
    }

    private static ApplicationProblemException rename(ApplicationProblemException e, String from, String to) {
        if (e.fieldErrors().stream().noneMatch(f -> f.field().equals(from))) {
            return e;
        }
        return new ApplicationProblemException(e.problem(), e.messageKey(), e.fieldErrors().stream()
                .map(f -> f.field().equals(from) ? new FieldError(to, f.messageKey(), f.args()) : f).toList(),
                e.args().toArray());
    }
}
