package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A small client of the REST API of the deployed EAR, as an outside program would use it. */
final class Api {

    static final String BASE = System.getProperty("server.url", "http://localhost:8180/congvan");
    static final String PASSWORD = "CongVan@2026";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Api() {
    }

    record Reply(int status, String contentType, byte[] body, HttpResponse<byte[]> raw) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (" + status + "): " + text(), e);
            }
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    static String basic(String user) {
        return basic(user, PASSWORD);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static Reply get(String user, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60)).GET();
        if (user != null) {
            b.header("Authorization", basic(user));
        }
        return send(b.build());
    }

    static Reply postJson(String user, String path, Object body) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            if (user != null) {
                b.header("Authorization", basic(user));
            }
            return send(b.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Reply post(String user, String path, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (user != null) {
            b.header("Authorization", basic(user));
        }
        return send(b.build());
    }

    static Reply putJson(String user, String path, Object body) {
        try {
            return put(user, path, "application/json", JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Reply delete(String user, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60)).DELETE();
        if (user != null) {
            b.header("Authorization", basic(user));
        }
        return send(b.build());
    }

    static Reply put(String user, String path, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        if (user != null) {
            b.header("Authorization", basic(user));
        }
        return send(b.build());
    }

    static Reply post(String user, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (user != null) {
            b.header("Authorization", basic(user));
        }
        return send(b.build());
    }

    /** A multipart/form-data POST of named parts (a part with a null file name is a plain field). */
    static Reply postMultipart(String user, String path, java.util.List<Part> parts, java.util.List<String> names) {
        String boundary = "----congvan" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < parts.size(); i++) {
            Part f = parts.get(i);
            write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + names.get(i) + "\""
                    + (f.name() == null ? "" : "; filename=\"" + f.name() + "\"") + "\r\nContent-Type: " + f.contentType()
                    + "\r\n\r\n");
            out.writeBytes(f.bytes());
            write(out, "\r\n");
        }
        write(out, "--" + boundary + "--\r\n");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
        if (user != null) {
            b.header("Authorization", basic(user));
        }
        return send(b.build());
    }

    /** Registers an incoming document: the metadata as JSON, each file as a "file" part. */
    static Reply register(String authorization, String metadataJson, Part... files) {
        return register(authorization, Map.of(), metadataJson, files);
    }

    static Reply register(String authorization, Map<String, String> headers, String metadataJson, Part... files) {
        String boundary = "----congvan" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (metadataJson != null) {
            write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
                    + "Content-Type: application/json; charset=UTF-8\r\n\r\n");
            write(out, metadataJson);
            write(out, "\r\n");
        }
        for (Part f : files) {
            write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + f.name()
                    + "\"\r\nContent-Type: " + f.contentType() + "\r\n\r\n");
            out.writeBytes(f.bytes());
            write(out, "\r\n");
        }
        write(out, "--" + boundary + "--\r\n");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + "/api/incoming"))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        headers.forEach(b::header);
        return send(b.build());
    }

    record Part(String name, String contentType, byte[] bytes) {
        static Part pdf(String name, byte[] bytes) {
            return new Part(name, "application/pdf", bytes);
        }
    }

    /** Metadata of a valid registration, with a subject the test can look for. */
    static String metadata(String subject) {
        return metadata(subject, null);
    }

    static String metadata(String subject, Long registerId) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (registerId != null) {
            m.put("registerId", registerId);
        }
        m.put("organName", "Bộ Nội vụ");
        m.put("codeNumber", String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits() % 100000)));
        m.put("codeNotation", "BNV-VP");
        m.put("documentType", "CV");
        m.put("issuedDate", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(2).toString());
        m.put("subject", subject);
        m.put("signerFullName", "Nguyễn Văn An");
        m.put("signerPosition", "Chánh Văn phòng");
        m.put("priority", 0);
        return json(m);
    }

    static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The clerk's default incoming register of the year. */
    static JsonNode defaultRegister(String clerk) {
        for (JsonNode r : get(clerk, "/api/registers?kind=INCOMING").json()) {
            if ("CHUNG".equals(r.get("code").asText())) {
                return r;
            }
        }
        throw new AssertionError("No default incoming register for " + clerk);
    }

    static JsonNode register(String user, long id) {
        for (JsonNode r : get(user, "/api/registers?kind=INCOMING").json()) {
            if (r.get("id").asLong() == id) {
                return r;
            }
        }
        throw new AssertionError("Register " + id + " not visible to " + user);
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    static Reply send(HttpRequest request) {
        try {
            HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
