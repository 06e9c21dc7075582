package vn.congvan.application.exchange;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * CôngVăn to CôngVăn: {@code POST <endpoint>} with the signed package as {@code application/xml}. 2xx
 * and 409 "already received" (a duplicate) are delivered; any other 4xx (a 409 that refuses an update or a
 * replacement too) is a permanent refusal; 5xx, 429 and network
 * errors are retried. Use https:// endpoints between installations (the package is signed, not encrypted).
 */
@ApplicationScoped
public class HttpExchangeTransport implements ExchangeTransport {

    /** The problem code of the inbox's "already received" answer. */
    static final String DUPLICATE = "exchange.package.duplicate";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(ExchangeConfig.timeout())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Override
    public boolean handles(String endpoint) {
        String e = endpoint == null ? "" : endpoint.toLowerCase(Locale.ROOT);
        return e.startsWith("https://") || e.startsWith("http://");
    }

    @Override
    public Outcome deliver(String endpoint, Path packageFile) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint)).timeout(ExchangeConfig.timeout())
                    .header("Content-Type", "application/xml; charset=UTF-8").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofFile(packageFile)).build();
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String detail = "HTTP " + r.statusCode() + " " + abbreviate(r.body());
            int s = r.statusCode();
            if (s / 100 == 2 || s == 409 && r.body() != null && r.body().contains(DUPLICATE)) {
                return Outcome.ok(detail);
            }
            if (s / 100 == 4 && s != 408 && s != 429) {
                return Outcome.refused(detail);
            }
            return Outcome.retry(detail);
        } catch (IOException | IllegalArgumentException e) {
            return Outcome.retry(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.retry("interrupted");
        }
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 600 ? s.substring(0, 600) + "…" : s;
    }
}
