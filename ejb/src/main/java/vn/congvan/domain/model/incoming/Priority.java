package vn.congvan.domain.model.incoming;

import java.util.Arrays;

/** Độ khẩn, with the edXML Priority codes (mapped by value, never by enum order). */
public enum Priority {
    THUONG(0), KHAN(1), THUONG_KHAN(2), HOA_TOC(3), HOA_TOC_HEN_GIO(4);

    private final int code;

    Priority(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public boolean urgent() {
        return code >= 2;
    }

    public static Priority ofCode(int code) {
        return Arrays.stream(values()).filter(p -> p.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown priority code " + code));
    }
}
