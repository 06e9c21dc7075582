package vn.congvan.signing.keys;

import vn.congvan.signing.SigningException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A PKCS#12 (.p12/.pfx) file: the development key source. */
public final class Pkcs12KeySource extends JcaKeySource {

    private Pkcs12KeySource(PrivateKey key, List<X509Certificate> chain) {
        super(key, chain, null);
    }

    /**
     * @param alias the entry to use, or null for the first private-key entry
     */
    public static Pkcs12KeySource open(Path file, char[] password, String alias) throws SigningException {
        KeyStore ks;
        try (InputStream in = Files.newInputStream(file)) {
            ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
        } catch (NoSuchFileException e) {
            throw new SigningException(SigningException.Reason.KEY_NOT_FOUND, "No key file " + file, e);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || String.valueOf(e.getMessage()).contains("password")) {
                throw new SigningException(SigningException.Reason.WRONG_PASSWORD,
                        "Wrong password for the key file " + file.getFileName(), e);
            }
            throw new SigningException(SigningException.Reason.KEY_NOT_FOUND,
                    "The key file " + file.getFileName() + " cannot be read: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new SigningException(SigningException.Reason.KEY_NOT_FOUND,
                    "The key file " + file.getFileName() + " cannot be read: " + e.getMessage(), e);
        }
        return fromKeyStore(ks, password, alias, file.getFileName().toString());
    }

    static Pkcs12KeySource fromKeyStore(KeyStore ks, char[] password, String alias, String what) throws SigningException {
        try {
            String chosen = alias;
            if (chosen == null) {
                for (String a : Collections.list(ks.aliases())) {
                    if (ks.isKeyEntry(a)) {
                        chosen = a;
                        break;
                    }
                }
            }
            if (chosen == null || !ks.isKeyEntry(chosen)) {
                throw new SigningException(SigningException.Reason.KEY_NOT_FOUND,
                        "No private key " + (alias == null ? "" : "'" + alias + "' ") + "in " + what);
            }
            Key key = ks.getKey(chosen, password);
            return new Pkcs12KeySource((PrivateKey) key, chain(ks.getCertificateChain(chosen)));
        } catch (UnrecoverableKeyException e) {
            throw new SigningException(SigningException.Reason.WRONG_PASSWORD, "Wrong password for the key in " + what, e);
        } catch (GeneralSecurityException e) {
            throw new SigningException(SigningException.Reason.KEY_NOT_FOUND, "Cannot read the key in " + what, e);
        }
    }

    static List<X509Certificate> chain(Certificate[] certs) throws SigningException {
        if (certs == null || certs.length == 0) {
            throw new SigningException(SigningException.Reason.KEY_NOT_FOUND, "The key has no certificate");
        }
        List<X509Certificate> out = new ArrayList<>();
        for (Certificate c : certs) {
            out.add((X509Certificate) c);
        }
        return out;
    }
}
