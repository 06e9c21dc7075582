package vn.congvan.signing.appearance;

import java.util.List;
import java.util.Objects;

/**
 * How a signature shows on the page (ND30 Phụ lục I). One of:
 * <ul>
 *   <li>{@link Invisible} — no widget on the page;</li>
 *   <li>{@link LeaderSignature} — the leader's handwritten signature image (blue PNG), between the
 *       position title and the full name of the signature block, found on the last page, or at given coordinates;</li>
 *   <li>{@link AgencySeal} — the seal image (red PNG) at actual size, overlapping about a third of the
 *       leader's signature image on its left (the leader's signature field is found in the document);</li>
 *   <li>{@link AttachmentStamp} — for attachments: text with số/ký hiệu and the signing time, top-right of
 *       the first page, Times-metric font 10 pt.</li>
 * </ul>
 */
public sealed interface Appearance {

    /** Where on the page, in PDF user space (points, origin bottom-left). */
    record Box(int page, float x, float y, float width, float height) {
    }

    record Invisible() implements Appearance {
    }

    /**
     * @param png           the signature image (PNG, transparent background)
     * @param positionTitle the position title of the signature block on the last page (e.g. "CHỦ TỊCH"), or null
     * @param signerName    the signer's full name under the block (e.g. "Nguyễn Văn An"), or null;
     *                      the image goes between the two (centred), under the title or over the name when
     *                      only one is given or found
     * @param box           explicit placement instead (page 0 = last page); the image is fitted into it
     */
    record LeaderSignature(byte[] png, String positionTitle, String signerName, Box box) implements Appearance {
        public LeaderSignature {
            Objects.requireNonNull(png, "png");
        }
    }

    /**
     * @param png        the seal image (PNG, transparent background), placed at its actual size (from the
     *                   PNG's resolution; {@code diameterMm} overrides it when &gt; 0)
     * @param overField  the leader's signature field to overlap, or null for the last visible signature
     *                   field on the last page
     * @param box        explicit placement (x, y of the lower-left corner; width/height ignored) instead
     */
    record AgencySeal(byte[] png, String overField, Box box, float diameterMm) implements Appearance {
        public AgencySeal {
            Objects.requireNonNull(png, "png");
        }
    }

    /**
     * @param lines text lines above the signing time, e.g. the agency name and "Số: 45/KH-UBND";
     *              the signing time line ({@code Thời gian ký: 2026-11-23T09:15:02+07:00}) is added
     */
    record AttachmentStamp(List<String> lines) implements Appearance {
        public AttachmentStamp {
            lines = lines == null ? List.of() : List.copyOf(lines);
        }
    }

    static Appearance invisible() {
        return new Invisible();
    }
}
