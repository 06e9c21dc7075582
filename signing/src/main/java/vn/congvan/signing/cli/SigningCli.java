package vn.congvan.signing.cli;

import vn.congvan.signing.PadesLevel;
import vn.congvan.signing.PdfSigningService;
import vn.congvan.signing.SignRequest;
import vn.congvan.signing.SignResult;
import vn.congvan.signing.SigningConfig;
import vn.congvan.signing.SigningException;
import vn.congvan.signing.appearance.Appearance;
import vn.congvan.signing.keys.CscClient;
import vn.congvan.signing.keys.CscKeySource;
import vn.congvan.signing.keys.KeySource;
import vn.congvan.signing.keys.Pkcs11KeySource;
import vn.congvan.signing.keys.Pkcs12KeySource;
import vn.congvan.signing.pki.DemoPki;
import vn.congvan.signing.pki.Pem;
import vn.congvan.signing.verify.SignatureVerifier;
import vn.congvan.signing.verify.VerificationReport;
import vn.congvan.signing.verify.VerifyConfig;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Command-line tool: {@code sign}, {@code verify}, {@code demo-pki}.
 * Exit codes: 0 success (verify: every signature valid), 1 verify: not all valid, 2 usage, 3 error.
 */
public final class SigningCli {

    public static final int OK = 0;
    public static final int NOT_VALID = 1;
    public static final int USAGE = 2;
    public static final int ERROR = 3;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    public SigningCli(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(new SigningCli(out, err, System.getenv()).run(args));
    }

    static final String USAGE_TEXT = """
            Usage / Cách dùng:
              sign     --in IN.pdf --out OUT.pdf [--level B-B|B-T|B-LT|B-LTA] [--tsa URL] [--trust ANCHORS.pem]
                       key (one of / một trong):
                         --p12 FILE.p12 (--password-env VAR | --password-file FILE | --password PASS) [--alias A]
                         --pkcs11-library LIB.so [--pkcs11-slot N] (--pin-env VAR | --pin PIN) [--alias LABEL]
                         --csc-url URL --csc-token-env VAR [--csc-credential ID] [--csc-pin-env VAR]
                       appearance (default invisible / mặc định không hiển thị):
                         --leader-image SIG.png [--title "CHỦ TỊCH"] [--name "Nguyễn Văn An"] [--rect PAGE,X,Y,W,H]
                         --seal-image SEAL.png [--over-field Signature1] [--seal-mm 36] [--rect PAGE,X,Y]
                         --attachment-text "Số: 45/KH-UBND" (repeatable / lặp lại được)
                       [--reason TEXT] [--location TEXT] [--field NAME] [--font FONT.ttf]
              verify   --in FILE.pdf --trust ANCHORS.pem [--crl FILE.crl] [--offline] [--allow-annotations]
                       JSON report on stdout, short summary on stderr; exit 0 only when every signature is valid
              demo-pki --out DIR [--password-env VAR | --password PASS] [--name "Nguyễn Văn An"] [--org "UBND tỉnh X"]
            """;

    public int run(String[] args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            err.print(USAGE_TEXT);
            return args.length == 0 ? USAGE : OK;
        }
        Args a;
        try {
            a = Args.parse(args, 1);
        } catch (IllegalArgumentException e) {
            err.println("Lỗi / Error: " + e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        }
        try {
            return switch (args[0]) {
                case "sign" -> sign(a);
                case "verify" -> verify(a);
                case "demo-pki" -> demoPki(a);
                default -> {
                    err.println("Lỗi / Error: unknown command " + args[0]);
                    err.print(USAGE_TEXT);
                    yield USAGE;
                }
            };
        } catch (UsageException e) {
            err.println("Lỗi / Error: " + e.getMessage());
            return USAGE;
        } catch (SigningException e) {
            err.println("Lỗi / Error [" + e.reason() + "]: " + e.getMessage());
            return ERROR;
        } catch (NoSuchFileException e) {
            err.println("Lỗi / Error: no such file " + e.getFile());
            return ERROR;
        } catch (IOException | RuntimeException e) {
            err.println("Lỗi / Error: " + e.getMessage());
            return ERROR;
        }
    }

    static final class UsageException extends Exception {
        UsageException(String m) {
            super(m);
        }
    }

    // ------------------------------------------------------------------ sign

    private int sign(Args a) throws SigningException, IOException, UsageException {
        Path in = Path.of(a.required("in"));
        Path outFile = Path.of(a.required("out"));
        PadesLevel level = a.has("level") ? parseLevel(a.one("level")) : PadesLevel.B_B;
        SigningConfig config = new SigningConfig(a.one("tsa"), trust(a, false),
                a.has("font") ? Path.of(a.one("font")) : null, null, null);
        Appearance appearance = appearance(a);
        SignRequest request = new SignRequest(level, appearance, a.one("field"), a.one("reason"), a.one("location"), null);
        try (KeySource key = keySource(a)) {
            SignResult r = new PdfSigningService(config).sign(in, outFile, key, request);
            err.println("Đã ký / Signed: " + outFile + " (" + r.fieldName() + ", PAdES " + r.level().label() + ", "
                    + r.signingTime().toOffsetDateTime() + ")");
        }
        return OK;
    }

    private static PadesLevel parseLevel(String s) throws UsageException {
        try {
            return PadesLevel.parse(s);
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown level " + s + " (B-B, B-T, B-LT, B-LTA)");
        }
    }

    private Appearance appearance(Args a) throws IOException, UsageException {
        int kinds = (a.has("leader-image") ? 1 : 0) + (a.has("seal-image") ? 1 : 0) + (a.has("attachment-text") ? 1 : 0);
        if (kinds > 1) {
            throw new UsageException("choose one of --leader-image, --seal-image, --attachment-text");
        }
        float[] rect = a.has("rect") ? floats(a.one("rect")) : null;
        if (a.has("leader-image")) {
            Appearance.Box box = null;
            if (rect != null) {
                if (rect.length != 5) {
                    throw new UsageException("--rect for the leader's image is PAGE,X,Y,WIDTH,HEIGHT (points; page 0 = last)");
                }
                box = new Appearance.Box((int) rect[0], rect[1], rect[2], rect[3], rect[4]);
            } else if (!a.has("title") && !a.has("name")) {
                throw new UsageException("give --title and/or --name to find the signature block, or --rect");
            }
            return new Appearance.LeaderSignature(Files.readAllBytes(Path.of(a.one("leader-image"))), a.one("title"),
                    a.one("name"), box);
        }
        if (a.has("seal-image")) {
            Appearance.Box box = null;
            if (rect != null) {
                if (rect.length < 3) {
                    throw new UsageException("--rect for the seal is PAGE,X,Y (lower-left corner, points)");
                }
                box = new Appearance.Box((int) rect[0], rect[1], rect[2], 0, 0);
            }
            float mm = a.has("seal-mm") ? Float.parseFloat(a.one("seal-mm")) : 0;
            return new Appearance.AgencySeal(Files.readAllBytes(Path.of(a.one("seal-image"))), a.one("over-field"), box, mm);
        }
        if (a.has("attachment-text")) {
            return new Appearance.AttachmentStamp(a.all("attachment-text"));
        }
        return new Appearance.Invisible();
    }

    private static float[] floats(String s) throws UsageException {
        String[] parts = s.split(",");
        float[] f = new float[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                f[i] = Float.parseFloat(parts[i].trim());
            }
        } catch (NumberFormatException e) {
            throw new UsageException("--rect takes numbers separated by commas: " + s);
        }
        return f;
    }

    private KeySource keySource(Args a) throws SigningException, IOException, UsageException {
        if (a.has("p12")) {
            return Pkcs12KeySource.open(Path.of(a.one("p12")), secret(a, "password", true), a.one("alias"));
        }
        if (a.has("pkcs11-library")) {
            long slot = a.has("pkcs11-slot") ? Long.parseLong(a.one("pkcs11-slot")) : -1;
            return Pkcs11KeySource.open(a.one("pkcs11-library"), slot, secret(a, "pin", true), a.one("alias"));
        }
        if (a.has("csc-url")) {
            char[] token = secret(a, "csc-token", true);
            char[] pin = secret(a, "csc-pin", false);
            CscClient client = new CscClient(a.one("csc-url"), new String(token), Duration.ofMinutes(5));
            Map<String, String> auth = pin == null ? Map.of() : Map.of("PIN", new String(pin));
            return new CscKeySource(client, a.one("csc-credential"), () -> auth);
        }
        throw new UsageException("give a key: --p12, --pkcs11-library or --csc-url");
    }

    /** --NAME-env VAR, --NAME-file FILE or --NAME VALUE. */
    private char[] secret(Args a, String name, boolean required) throws IOException, UsageException {
        if (a.has(name + "-env")) {
            String v = env.get(a.one(name + "-env"));
            if (v == null) {
                throw new UsageException("environment variable " + a.one(name + "-env") + " is not set");
            }
            return v.toCharArray();
        }
        if (a.has(name + "-file")) {
            return Files.readString(Path.of(a.one(name + "-file"))).strip().toCharArray();
        }
        if (a.has(name)) {
            return a.one(name).toCharArray();
        }
        if (required) {
            throw new UsageException("give --" + name + "-env, --" + name + "-file or --" + name);
        }
        return null;
    }

    private List<X509Certificate> trust(Args a, boolean required) throws IOException, UsageException {
        if (!a.has("trust")) {
            if (required) {
                throw new UsageException("give --trust ANCHORS.pem (the roots you accept)");
            }
            return List.of();
        }
        List<X509Certificate> all = new ArrayList<>();
        for (String f : a.all("trust")) {
            all.addAll(Pem.readCertificates(Path.of(f)));
        }
        return all;
    }

    // ------------------------------------------------------------------ verify

    private int verify(Args a) throws SigningException, IOException, UsageException {
        Path in = Path.of(a.required("in"));
        List<java.security.cert.X509CRL> crls = new ArrayList<>();
        for (String f : a.all("crl")) {
            try (var in2 = Files.newInputStream(Path.of(f))) {
                for (var c : java.security.cert.CertificateFactory.getInstance("X.509").generateCRLs(in2)) {
                    crls.add((java.security.cert.X509CRL) c);
                }
            } catch (java.security.GeneralSecurityException e) {
                throw new UsageException("not a CRL file: " + f);
            }
        }
        VerifyConfig config = new VerifyConfig(trust(a, true), !a.flag("offline"), null, crls, a.flag("allow-annotations"));
        byte[] pdf = Files.readAllBytes(in);
        VerificationReport report = new SignatureVerifier(config).verify(pdf, in.getFileName().toString());
        out.println(report.toJson());
        // the human summary goes to stderr so that stdout stays pure JSON
        report.summary().forEach(err::println);
        return report.valid() ? OK : NOT_VALID;
    }

    // ------------------------------------------------------------------ demo-pki

    private int demoPki(Args a) throws SigningException, IOException, UsageException {
        Path dir = Path.of(a.required("out"));
        char[] password = a.has("password-env") || a.has("password-file") || a.has("password")
                ? secret(a, "password", true) : "demo".toCharArray();
        DemoPki.Result r = DemoPki.write(dir, password, a.has("name") ? a.one("name") : "Nguyễn Văn An",
                a.has("org") ? a.one("org") : "UBND tỉnh Demo");
        err.println("Đã tạo / Written:");
        err.println("  " + r.pkcs12() + "  (khóa ký / signing key, PKCS#12"
                + (a.has("password") || a.has("password-env") || a.has("password-file") ? ")" : ", password: demo)"));
        err.println("  " + r.trustAnchors() + "  (gốc tin cậy / trust anchor)");
        err.println("  " + r.signatureImage() + ", " + r.sealImage() + "  (ảnh chữ ký, con dấu / images)");
        err.println("  " + r.crl() + "  (CRL của CA demo / the demo CA's CRL: verify --crl)");
        err.println("  " + r.rootPkcs12() + "  (demo CA key; keep it away from production)");
        return OK;
    }

    // ------------------------------------------------------------------ arguments

    static final class Args {
        private final Map<String, List<String>> values = new HashMap<>();

        static Args parse(String[] args, int from) {
            Args a = new Args();
            for (int i = from; i < args.length; i++) {
                String s = args[i];
                if (!s.startsWith("--")) {
                    throw new IllegalArgumentException("unexpected argument " + s);
                }
                String name = s.substring(2);
                String value;
                int eq = name.indexOf('=');
                if (eq > 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                } else if (FLAGS.contains(name)) {
                    value = "true";
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new IllegalArgumentException("--" + name + " needs a value");
                }
                a.values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
            return a;
        }

        static final List<String> FLAGS = List.of("offline", "allow-annotations");

        boolean has(String n) {
            return values.containsKey(n);
        }

        boolean flag(String n) {
            return has(n);
        }

        String one(String n) {
            List<String> v = values.get(n);
            return v == null ? null : v.get(v.size() - 1);
        }

        List<String> all(String n) {
            return values.getOrDefault(n, List.of());
        }

        String required(String n) throws UsageException {
            if (!has(n)) {
                throw new UsageException("--" + n + " is required");
            }
            return one(n);
        }
    }
}
