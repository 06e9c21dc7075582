package vn.congvan.signing;

import vn.congvan.signing.appearance.Appearance;

import java.time.ZonedDateTime;

/**
 * @param fieldName   the signature field that holds the new signature
 * @param level       the level requested and produced
 * @param signingTime the claimed signing time
 * @param placedAt    where the widget is, or null when invisible
 */
public record SignResult(String fieldName, PadesLevel level, ZonedDateTime signingTime, Appearance.Box placedAt) {
}
