package vn.congvan.application.exchange;

import java.nio.file.Path;

/**
 * Moves a signed package to another agency. Between two CôngVăn installations: HTTP(S) POST to the
 * partner's inbox ({@code HttpExchangeTransport}); a national (VDXP) or provincial (LGSP) axis connector is
 * another implementation (see docs/admin/lien-thong.md). Implementations are CDI beans; the worker uses the
 * one whose {@link #handles} accepts the partner's endpoint.
 */
public interface ExchangeTransport {

    /** Whether this transport delivers to such an endpoint (e.g. an {@code http(s)://} URL). */
    boolean handles(String endpoint);

    /**
     * Delivers one package.
     *
     * @return the outcome; never throws for a refusal or a network failure
     */
    Outcome deliver(String endpoint, Path packageFile);

    /**
     * @param delivered the partner took the package (or already had it)
     * @param permanent a refusal that a retry will not change (the partner said the package is bad)
     * @param detail    what the partner or the network said
     */
    record Outcome(boolean delivered, boolean permanent, String detail) {
        public static Outcome ok(String detail) {
            return new Outcome(true, false, detail);
        }

        public static Outcome retry(String detail) {
            return new Outcome(false, false, detail);
        }

        public static Outcome refused(String detail) {
            return new Outcome(false, true, detail);
        }
    }
}
