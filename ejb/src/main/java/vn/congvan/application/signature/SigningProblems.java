package vn.congvan.application.signature;

import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.common.Problem;
import vn.congvan.signing.SigningException;

import java.net.http.HttpTimeoutException;

/** A signing library failure as a problem the user can act on, in their language. */
final class SigningProblems {

    private SigningProblems() {
    }

    /**
     * @param secretField the input the password/PIN came from ({@code secret}, {@code password}, {@code pin})
     */
    static ApplicationProblemException of(SigningException e, String secretField) {
        return switch (e.reason()) {
            case WRONG_PASSWORD -> ApplicationProblemException.invalid(FieldError.of(secretField, "signing.secret.wrong"));
            case CERTIFICATE_EXPIRED -> ApplicationProblemException.invalid(FieldError.of("key", "signature.key.expired"));
            case CERTIFICATE_NOT_YET_VALID -> ApplicationProblemException.invalid(FieldError.of("key", "signature.key.notYetValid"));
            case KEY_USAGE -> ApplicationProblemException.invalid(FieldError.of("key", "signature.key.usage"));
            case KEY_NOT_FOUND -> new ApplicationProblemException(Problem.UNPROCESSABLE, "signing.key.notFound", brief(e));
            case TSA_UNAVAILABLE -> new ApplicationProblemException(Problem.UNPROCESSABLE, "signing.tsa.unavailable", brief(e));
            case REVOCATION_UNAVAILABLE -> new ApplicationProblemException(Problem.UNPROCESSABLE, "signing.revocation.unavailable", brief(e));
            case INVALID_PDF -> new ApplicationProblemException(Problem.UNPROCESSABLE, "signing.pdf.invalid");
            case ENCRYPTED_PDF -> new ApplicationProblemException(Problem.UNPROCESSABLE, "signing.pdf.encrypted");
            case APPEARANCE -> new ApplicationProblemException(Problem.UNPROCESSABLE, "signing.appearance", brief(e));
            case REMOTE_SIGNING -> timedOut(e)
                    ? new ApplicationProblemException(Problem.GATEWAY_TIMEOUT, "signing.remote.timeout")
                    : new ApplicationProblemException(Problem.UNPROCESSABLE, "signing.remote.refused", brief(e));
            default -> new ApplicationProblemException(Problem.UNPROCESSABLE, "signing.failed", brief(e));
        };
    }

    static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException || t instanceof java.util.concurrent.TimeoutException
                    || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    static String brief(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ");
        return m.length() > 300 ? m.substring(0, 300) + "…" : m;
    }
}
