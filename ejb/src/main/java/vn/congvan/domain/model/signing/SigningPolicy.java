package vn.congvan.domain.model.signing;

import vn.congvan.signing.PadesLevel;

import java.net.URI;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/** The rules of signing configuration that do not depend on storage. */
public final class SigningPolicy {

    /** Hash algorithms a TSA may be asked to time-stamp with. */
    public static final Set<String> TSA_HASHES = Set.of("SHA-256", "SHA-384", "SHA-512");

    private SigningPolicy() {
    }

    /** Whether a PAdES level needs a time-stamping authority (all but B-B). */
    public static boolean needsTsa(PadesLevel level) {
        return level != PadesLevel.B_B;
    }

    /** A PAdES level from its label (B-B, B-T, B-LT, B-LTA), or null when it is none of them. */
    public static PadesLevel level(String label) {
        if (label == null) {
            return null;
        }
        for (PadesLevel l : PadesLevel.values()) {
            if (l.label().equalsIgnoreCase(label.trim()) || l.name().equalsIgnoreCase(label.trim())) {
                return l;
            }
        }
        return null;
    }

    /**
     * A PKCS#11 library path in canonical form, or null when it is not an absolute path to a shared
     * library without {@code ..} segments (such a path is refused before it is compared to the approved list).
     */
    public static String normaliseLibraryPath(String path) {
        if (path == null || path.isBlank() || path.contains("\0")) {
            return null;
        }
        String p = path.trim();
        Path parsed;
        try {
            parsed = Path.of(p);
        } catch (RuntimeException e) {
            return null;
        }
        if (!parsed.isAbsolute() || !parsed.normalize().toString().equals(parsed.toString())) {
            return null;
        }
        String name = parsed.getFileName() == null ? "" : parsed.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".so") || name.contains(".so.") || name.endsWith(".dylib") || name.endsWith(".dll"))) {
            return null;
        }
        return parsed.toString();
    }

    /** Whether {@code path} is exactly one of the approved library paths. */
    public static boolean approved(String path, Collection<String> approvedPaths) {
        String p = normaliseLibraryPath(path);
        return p != null && approvedPaths.contains(p);
    }

    /** An http(s) URL with a host, without user info (credentials are separate fields), or null. */
    public static String normaliseServiceUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI u = URI.create(url.trim());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null || u.getRawUserInfo() != null
                    || u.getRawQuery() != null || u.getRawFragment() != null) {
                return null;
            }
            String s = u.toString();
            return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
