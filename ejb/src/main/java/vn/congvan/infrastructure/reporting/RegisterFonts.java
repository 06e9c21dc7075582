package vn.congvan.infrastructure.reporting;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The font of printed registers: Liberation Serif (metric-compatible with Times New Roman, the font
 * ND30 prescribes), embedded in each PDF so the file reads the same on any machine.
 *
 * <p>Only Liberation 2.x has the Vietnamese letters with two marks (ổ, ế, ự … U+1EA0–U+1EF9): on
 * Debian 12 that is the package {@code fonts-liberation2} ({@code /usr/share/fonts/truetype/liberation2});
 * {@code fonts-liberation} 1.07 in {@code …/liberation} lacks them. Later Debian releases put 2.x in
 * {@code …/liberation}. The first folder whose font has every Vietnamese letter is used; none is a
 * clear error, never a PDF with holes in its words.
 */
public final class RegisterFonts {

    public static final List<Path> DIRECTORIES = List.of(Path.of("/usr/share/fonts/truetype/liberation2"),
            Path.of("/usr/share/fonts/truetype/liberation"));
    public static final String REGULAR = "LiberationSerif-Regular.ttf";
    public static final String BOLD = "LiberationSerif-Bold.ttf";

    /** Every Vietnamese letter beyond Latin-1 (lower and upper case): ă â đ ê ô ơ ư and the U+1EA0–U+1EF9 block. */
    static final String VIETNAMESE = vietnamese();

    private RegisterFonts() {
    }

    /** The font file {@code name} ({@link #REGULAR}, {@link #BOLD}) that covers Vietnamese, or a clear error. */
    static Path find(String name) {
        return find(name, DIRECTORIES);
    }

    static Path find(String name, List<Path> directories) {
        for (Path dir : directories) {
            Path font = dir.resolve(name);
            if (Files.isReadable(font) && coversVietnamese(font)) {
                return font;
            }
        }
        throw new MissingFontException(name, directories);
    }

    static boolean coversVietnamese(Path font) {
        try {
            FontProgram program = FontProgramFactory.createFont(font.toString());
            return VIETNAMESE.codePoints().allMatch(cp -> program.getGlyph(cp) != null);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String vietnamese() {
        StringBuilder b = new StringBuilder("ăâđêôơưĂÂĐÊÔƠƯ");
        for (int cp = 0x1EA0; cp <= 0x1EF9; cp++) {
            b.appendCodePoint(cp);
        }
        return b.toString();
    }

    /** No font for Vietnamese text is installed on this server. */
    public static final class MissingFontException extends IllegalStateException {
        private static final long serialVersionUID = 1L;
        private final String font;

        MissingFontException(String name, List<Path> directories) {
            super("No " + name + " with Vietnamese letters in " + directories + ": printing registers needs"
                    + " Liberation fonts 2.x (Debian 12: apt-get install fonts-liberation2)");
            this.font = name;
        }

        public String font() { return font; }
    }
}
