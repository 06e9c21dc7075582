package vn.congvan.application.security;

import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedHashPasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import vn.congvan.domain.model.agency.HashedPassword;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * bcrypt through WildFly Elytron's password API, in the form the server's jdbc-realm
 * ({@code bcrypt-mapper}: base64 hash, base64 salt, cost) verifies at login.
 */
public final class PasswordHasher {

    public static final int DEFAULT_COST = 10;
    private static final WildFlyElytronPasswordProvider PROVIDER = WildFlyElytronPasswordProvider.getInstance();
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHasher() {
    }

    public static HashedPassword hash(char[] clear, int cost) {
        try {
            byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
            RANDOM.nextBytes(salt);
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            BCryptPassword p = (BCryptPassword) factory.generatePassword(
                    new EncryptablePasswordSpec(clear, new IteratedSaltedPasswordAlgorithmSpec(cost, salt)));
            Base64.Encoder b64 = Base64.getEncoder();
            return new HashedPassword(b64.encodeToString(p.getHash()), b64.encodeToString(p.getSalt()),
                    p.getIterationCount());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available from Elytron", e);
        }
    }

    public static boolean verify(HashedPassword stored, char[] clear) {
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            BCryptPassword p = (BCryptPassword) factory.generatePassword(new IteratedSaltedHashPasswordSpec(
                    b64.decode(stored.hash()), b64.decode(stored.salt()), stored.cost()));
            return factory.verify(p, clear);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available from Elytron", e);
        }
    }
}
