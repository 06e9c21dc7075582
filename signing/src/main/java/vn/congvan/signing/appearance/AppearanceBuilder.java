package vn.congvan.signing.appearance;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfFormField;
import com.itextpdf.forms.fields.PdfSignatureFormField;
import com.itextpdf.forms.form.element.SignatureFieldAppearance;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.io.image.ImageData;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.annot.PdfWidgetAnnotation;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IPdfTextLocation;
import com.itextpdf.kernel.pdf.canvas.parser.listener.RegexBasedLocationExtractionStrategy;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.signatures.SignatureUtil;
import vn.congvan.signing.SigningException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** Turns an {@link Appearance} into a widget rectangle and its content for one document. */
public final class AppearanceBuilder {

    /** Space kept between the image and the texts around it, in points. */
    private static final float GAP = 4f;
    /** Leader's image height when only one anchor is found and the image has no natural bound. */
    private static final float DEFAULT_LEADER_HEIGHT = 56f;
    /** Attachment stamp: distance from the top and right page edges, in points (about 10 mm). */
    private static final float STAMP_MARGIN = 28f;
    public static final float STAMP_FONT_SIZE = 10f;

    /** The result: null appearance for invisible signatures. */
    public record Placed(int page, Rectangle rect, SignatureFieldAppearance appearance) {
        public Appearance.Box box() {
            return rect == null ? null
                    : new Appearance.Box(page, rect.getX(), rect.getY(), rect.getWidth(), rect.getHeight());
        }
    }

    private AppearanceBuilder() {
    }

    public static Placed build(PdfDocument pdf, Appearance appearance, String fieldName, ZonedDateTime signingTime,
                               Path fontPath) throws SigningException {
        if (appearance instanceof Appearance.Invisible) {
            return new Placed(1, null, null);
        }
        if (appearance instanceof Appearance.LeaderSignature l) {
            return leader(pdf, l, fieldName);
        }
        if (appearance instanceof Appearance.AgencySeal s) {
            return seal(pdf, s, fieldName);
        }
        if (appearance instanceof Appearance.AttachmentStamp a) {
            return stamp(pdf, a, fieldName, signingTime, fontPath);
        }
        throw new IllegalArgumentException(String.valueOf(appearance));
    }

    /** ISO 8601 with offset, to the second: 2026-11-23T09:15:02+07:00. */
    public static String isoTime(ZonedDateTime t) {
        return t.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static ImageData png(byte[] png, String what) throws SigningException {
        try {
            ImageData img = ImageDataFactory.createPng(png);
            if (img.getWidth() <= 0 || img.getHeight() <= 0) {
                throw new SigningException(SigningException.Reason.APPEARANCE, "The " + what + " image is empty");
            }
            return img;
        } catch (RuntimeException e) {
            throw new SigningException(SigningException.Reason.APPEARANCE,
                    "The " + what + " image is not a readable PNG: " + e.getMessage(), e);
        }
    }

    private static Placed leader(PdfDocument pdf, Appearance.LeaderSignature l, String fieldName) throws SigningException {
        ImageData img = png(l.png(), "signature");
        float ratio = img.getWidth() / img.getHeight();
        Rectangle rect;
        int page;
        if (l.box() != null) {
            page = l.box().page() <= 0 ? pdf.getNumberOfPages() : l.box().page();
            rect = fit(new Rectangle(l.box().x(), l.box().y(), l.box().width(), l.box().height()), ratio);
        } else {
            page = pdf.getNumberOfPages();
            if (blank(l.positionTitle()) && blank(l.signerName())) {
                throw new SigningException(SigningException.Reason.APPEARANCE,
                        "Give the position title or the signer's name to place the signature image, or coordinates");
            }
            Rectangle title = blank(l.positionTitle()) ? null : locate(pdf.getPage(page), l.positionTitle());
            Rectangle name = blank(l.signerName()) ? null : locate(pdf.getPage(page), l.signerName());
            if (title != null && name != null && name.getTop() >= title.getBottom()) {
                title = null; // a name above the title is not a signature block: keep the name
            }
            if (title == null && name == null) {
                throw new SigningException(SigningException.Reason.APPEARANCE, "Neither \"" + l.positionTitle()
                        + "\" nor \"" + l.signerName() + "\" is on the last page (page " + page + "); give coordinates");
            }
            rect = between(title, name, ratio, naturalHeight(img));
        }
        SignatureFieldAppearance app = new SignatureFieldAppearance(fieldName).setContent(img);
        return new Placed(page, rect, app);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The image goes under the title and over the name, centred between them. */
    static Rectangle between(Rectangle title, Rectangle name, float ratio, float naturalHeight) {
        float height;
        float bottom;
        float centreX;
        if (title != null && name != null) {
            float gapBottom = name.getTop() + GAP;
            float gapTop = title.getBottom() - GAP;
            float gap = Math.max(gapTop - gapBottom, 8f);
            height = Math.min(gap, naturalHeight);
            bottom = gapBottom + (gap - height) / 2;
            centreX = (title.getX() + title.getWidth() / 2 + name.getX() + name.getWidth() / 2) / 2;
        } else if (name != null) {
            height = Math.min(naturalHeight, DEFAULT_LEADER_HEIGHT);
            bottom = name.getTop() + GAP;
            centreX = name.getX() + name.getWidth() / 2;
        } else {
            height = Math.min(naturalHeight, DEFAULT_LEADER_HEIGHT);
            bottom = title.getBottom() - GAP - height;
            centreX = title.getX() + title.getWidth() / 2;
        }
        float width = height * ratio;
        return new Rectangle(centreX - width / 2, bottom, width, height);
    }

    private static Rectangle fit(Rectangle box, float ratio) {
        float w = box.getWidth();
        float h = box.getHeight();
        if (w / h > ratio) {
            float nw = h * ratio;
            return new Rectangle(box.getX() + (w - nw) / 2, box.getY(), nw, h);
        }
        float nh = w / ratio;
        return new Rectangle(box.getX(), box.getY() + (h - nh) / 2, w, nh);
    }

    /** Size in points from the PNG's resolution (pHYs); 72 dpi when it has none (1 px = 1 pt). */
    static float naturalHeight(ImageData img) {
        int dpi = img.getDpiY() > 0 ? img.getDpiY() : 72;
        return img.getHeight() * 72f / dpi;
    }

    static float naturalWidth(ImageData img) {
        int dpi = img.getDpiX() > 0 ? img.getDpiX() : 72;
        return img.getWidth() * 72f / dpi;
    }

    /** The first occurrence of the text on the page (the lowest one when it occurs several times). */
    public static Rectangle locate(PdfPage page, String text) {
        String[] words = text.trim().split("\\s+");
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                regex.append("\\s+");
            }
            regex.append(Pattern.quote(words[i]));
        }
        RegexBasedLocationExtractionStrategy strategy = new RegexBasedLocationExtractionStrategy(
                Pattern.compile(regex.toString(), Pattern.UNICODE_CASE));
        new PdfCanvasProcessor(strategy).processPageContent(page);
        Collection<IPdfTextLocation> found = strategy.getResultantLocations();
        Rectangle best = null;
        for (IPdfTextLocation loc : found) {
            Rectangle r = loc.getRectangle();
            if (best == null || r.getY() < best.getY()) {
                best = r;
            }
        }
        return best;
    }

    private static Placed seal(PdfDocument pdf, Appearance.AgencySeal s, String fieldName) throws SigningException {
        ImageData img = png(s.png(), "seal");
        float w;
        float h;
        if (s.diameterMm() > 0) {
            w = s.diameterMm() * 72f / 25.4f;
            h = w * img.getHeight() / img.getWidth();
        } else {
            w = naturalWidth(img);
            h = naturalHeight(img);
        }
        int page;
        Rectangle rect;
        if (s.box() != null) {
            page = s.box().page() <= 0 ? pdf.getNumberOfPages() : s.box().page();
            rect = new Rectangle(s.box().x(), s.box().y(), w, h);
        } else {
            Widget leader = signatureWidget(pdf, s.overField());
            if (leader == null) {
                throw new SigningException(SigningException.Reason.APPEARANCE, s.overField() == null
                        ? "No visible signature on the last page for the seal to overlap; give coordinates"
                        : "No visible signature field '" + s.overField() + "' for the seal to overlap");
            }
            page = leader.page();
            Rectangle l = leader.rect();
            // the seal's right edge covers the left third of the leader's image, centred vertically on it
            float right = l.getX() + l.getWidth() / 3f;
            float centreY = l.getY() + l.getHeight() / 2f;
            rect = new Rectangle(right - w, centreY - h / 2f, w, h);
        }
        SignatureFieldAppearance app = new SignatureFieldAppearance(fieldName).setContent(img);
        return new Placed(page, rect, app);
    }

    /** A signature field's widget: its page and rectangle. */
    public record Widget(String name, int page, Rectangle rect) {
    }

    /** The named signature field's widget, or the last signed visible one on the last page. */
    public static Widget signatureWidget(PdfDocument pdf, String name) {
        PdfAcroForm form = PdfAcroForm.getAcroForm(pdf, false);
        if (form == null) {
            return null;
        }
        List<String> names = name != null ? List.of(name) : new ArrayList<>(new SignatureUtil(pdf).getSignatureNames());
        Widget last = null;
        for (String n : names) {
            PdfFormField f = form.getField(n);
            if (!(f instanceof PdfSignatureFormField) || f.getWidgets().isEmpty()) {
                continue;
            }
            PdfWidgetAnnotation w = f.getWidgets().get(0);
            Rectangle r = w.getRectangle().toRectangle();
            if (r.getWidth() <= 0 || r.getHeight() <= 0 || w.getPage() == null) {
                continue;
            }
            int page = pdf.getPageNumber(w.getPage());
            if (name == null && page != pdf.getNumberOfPages()) {
                continue;
            }
            last = new Widget(n, page, r);
        }
        return last;
    }

    private static Placed stamp(PdfDocument pdf, Appearance.AttachmentStamp a, String fieldName,
                                ZonedDateTime time, Path fontPath) throws SigningException {
        PdfFont font = font(fontPath);
        List<String> lines = new ArrayList<>(a.lines());
        lines.add("Thời gian ký: " + isoTime(time));
        requireCoverage(font, fontPath, lines);
        float width = 0;
        for (String line : lines) {
            width = Math.max(width, font.getWidth(line, STAMP_FONT_SIZE));
        }
        float leading = STAMP_FONT_SIZE * 1.2f;
        float padding = 3f;
        float w = width + 2 * padding + 2;
        float h = lines.size() * leading + 2 * padding + 2;
        Rectangle crop = pdf.getPage(1).getCropBox();
        Rectangle rect = new Rectangle(crop.getRight() - STAMP_MARGIN - w, crop.getTop() - STAMP_MARGIN - h, w, h);
        Div div = new Div().setMargin(0).setPadding(0);
        for (String line : lines) {
            div.add(new Paragraph(line).setFont(font).setFontSize(STAMP_FONT_SIZE).setFontColor(ColorConstants.BLACK)
                    .setMargin(0).setFixedLeading(leading).setTextAlignment(TextAlignment.LEFT));
        }
        SignatureFieldAppearance app = new SignatureFieldAppearance(fieldName).setContent(div);
        app.setFont(font).setFontSize(STAMP_FONT_SIZE);
        app.setProperty(com.itextpdf.layout.properties.Property.PADDING_LEFT, com.itextpdf.layout.properties.UnitValue.createPointValue(padding));
        app.setProperty(com.itextpdf.layout.properties.Property.PADDING_TOP, com.itextpdf.layout.properties.UnitValue.createPointValue(padding));
        return new Placed(1, rect, app);
    }

    /** Refuses a font that would drop letters (Liberation 1.x has no ủ, ị, ễ…). */
    static void requireCoverage(PdfFont font, Path fontPath, List<String> lines) throws SigningException {
        StringBuilder missing = new StringBuilder();
        for (String line : lines) {
            line.codePoints().filter(cp -> !Character.isWhitespace(cp) && !font.containsGlyph(cp))
                    .filter(cp -> missing.indexOf(new String(Character.toChars(cp))) < 0)
                    .forEach(missing::appendCodePoint);
        }
        if (missing.length() > 0) {
            throw new SigningException(SigningException.Reason.APPEARANCE, "The font " + fontPath
                    + " has no glyphs for \"" + missing + "\": use a font with full Vietnamese coverage "
                    + "(Debian fonts-liberation2: /usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf)");
        }
    }

    /** The configured font, embedded (subset) with Identity-H so every Vietnamese letter is kept. */
    public static PdfFont font(Path fontPath) throws SigningException {
        if (fontPath == null || !Files.isReadable(fontPath)) {
            throw new SigningException(SigningException.Reason.APPEARANCE, "The font " + fontPath
                    + " is missing: install Debian package fonts-liberation or configure another Times-metric "
                    + "TrueType font with Vietnamese coverage");
        }
        try {
            return PdfFontFactory.createFont(fontPath.toString(), PdfEncodings.IDENTITY_H,
                    PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
        } catch (IOException | RuntimeException e) {
            throw new SigningException(SigningException.Reason.APPEARANCE,
                    "The font " + fontPath + " cannot be loaded: " + e.getMessage(), e);
        }
    }
}
