package vn.congvan.signing;

import vn.congvan.signing.appearance.Appearance;

import java.time.ZonedDateTime;

/**
 * One signature to add.
 *
 * @param level       PAdES baseline level
 * @param appearance  how it shows (null = invisible)
 * @param fieldName   signature field name (null = "Signature" + next number)
 * @param reason      /Reason, e.g. "Phê duyệt" or "Phát hành"
 * @param location    /Location, e.g. "Hà Nội"
 * @param signingTime the claimed signing time shown in the appearance and the signed attributes (null = now)
 */
public record SignRequest(PadesLevel level, Appearance appearance, String fieldName, String reason, String location,
                          ZonedDateTime signingTime) {

    public SignRequest {
        level = level == null ? PadesLevel.B_B : level;
        appearance = appearance == null ? new Appearance.Invisible() : appearance;
    }

    public static SignRequest of(PadesLevel level, Appearance appearance) {
        return new SignRequest(level, appearance, null, null, null, null);
    }

    public SignRequest withReason(String r) {
        return new SignRequest(level, appearance, fieldName, r, location, signingTime);
    }

    public SignRequest withFieldName(String f) {
        return new SignRequest(level, appearance, f, reason, location, signingTime);
    }

    public SignRequest withSigningTime(ZonedDateTime t) {
        return new SignRequest(level, appearance, fieldName, reason, location, t);
    }
}
