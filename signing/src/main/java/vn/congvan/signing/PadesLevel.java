package vn.congvan.signing;

/** ETSI EN 319 142-1 baseline levels. */
public enum PadesLevel {
    /** basic: signature and signed attributes */
    B_B,
    /** with an RFC 3161 signature timestamp */
    B_T,
    /** with the validation data (certificates, OCSP, CRL) in the document security store */
    B_LT,
    /** with a document timestamp over the validation data */
    B_LTA;

    public static PadesLevel parse(String s) {
        String n = s.trim().toUpperCase().replace('-', '_');
        if (n.startsWith("PADES_")) {
            n = n.substring(6);
        }
        if (n.startsWith("BASELINE_")) {
            n = "B_" + n.substring(9);
        }
        if (!n.startsWith("B_")) {
            n = "B_" + n;
        }
        return valueOf(n);
    }

    public String label() {
        return name().replace('_', '-');
    }
}
