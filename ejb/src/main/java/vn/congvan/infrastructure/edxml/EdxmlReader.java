package vn.congvan.infrastructure.edxml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.UnmarshalException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Reads a package: secure parse ({@link SecureXml}), the header and manifest bound by JAXB, then each
 * attachment's base64 decoded in chunks straight to a file, strictly (a character outside the base64
 * alphabet is a refusal naming the attachment, never silently skipped), within a size limit.
 *
 * <p>The parsed document is kept as DOM because the enveloped XML-DSig covers the whole document
 * (Reference URI=""), attachments included; the package size is therefore bounded by the caller
 * ({@code congvan.exchange.max-package-bytes}).
 */
public final class EdxmlReader {

    static final JAXBContext CONTEXT;

    static {
        try {
            CONTEXT = JAXBContext.newInstance(Edxml.class);
        } catch (JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static final int CHUNK = 64 * 1024;

    private EdxmlReader() {
    }

    /** A parsed package: the DOM (for the signature) and the model (attachments not yet decoded). */
    public record Parsed(Document dom, Edxml model) {
    }

    public static Parsed parse(InputStream in) {
        Document dom = SecureXml.parse(in);
        Element root = dom.getDocumentElement();
        if (!Edxml.NS.equals(root.getNamespaceURI()) || !"edXML".equals(root.getLocalName())) {
            throw new EdxmlException(EdxmlException.Reason.INVALID, "edXML",
                    "the root element must be edXML in " + Edxml.NS + ", not " + root.getTagName());
        }
        try {
            Object o = CONTEXT.createUnmarshaller().unmarshal(dom);
            return new Parsed(dom, (Edxml) o);
        } catch (UnmarshalException e) {
            throw new EdxmlException(EdxmlException.Reason.INVALID, null, String.valueOf(e.getMessage()));
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses and decodes the attachments into {@code dir}. */
    public static Edxml read(InputStream in, Path dir, long maxAttachmentBytes) {
        Parsed p = parse(in);
        decodeAttachments(p, dir, maxAttachmentBytes);
        return p.model();
    }

    /**
     * Decodes every attachment of a parsed package to a file in {@code dir} (sets {@code file} and
     * {@code size} on the model's attachments, in document order).
     */
    public static void decodeAttachments(Parsed p, Path dir, long maxAttachmentBytes) {
        List<Element> encoded = attachmentElements(p.dom());
        List<Edxml.Attachment> model = p.model().attachments;
        for (int i = 0; i < encoded.size() && i < model.size(); i++) {
            Edxml.Attachment a = model.get(i);
            String field = "Attachment[" + (i + 1) + "].ContentTransferEncoded";
            Element content = child(encoded.get(i), "ContentTransferEncoded");
            if (content == null) {
                throw new EdxmlException(EdxmlException.Reason.INVALID, field, "missing");
            }
            try {
                Path file = Files.createTempFile(dir, "edxml-", ".bin");
                try (OutputStream out = Files.newOutputStream(file)) {
                    a.size = decode(content, out, maxAttachmentBytes, field);
                }
                a.file = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static List<Element> attachmentElements(Document dom) {
        List<Element> out = new ArrayList<>();
        NodeList wrappers = dom.getDocumentElement().getElementsByTagNameNS(Edxml.NS, "AttachmentEncoded");
        for (int w = 0; w < wrappers.getLength(); w++) {
            if (wrappers.item(w).getParentNode() != dom.getDocumentElement()) {
                continue;
            }
            for (Node n = wrappers.item(w).getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && Edxml.NS.equals(e.getNamespaceURI()) && "Attachment".equals(e.getLocalName())) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && Edxml.NS.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    /** Strict base64 decoding of an element's text in chunks; whitespace (line breaks) is allowed. */
    private static long decode(Element content, OutputStream out, long max, String field) throws IOException {
        Base64.Decoder decoder = Base64.getDecoder();
        byte[] buf = new byte[CHUNK];
        int n = 0;
        long total = 0;
        boolean ended = false;
        for (Node t = content.getFirstChild(); t != null; t = t.getNextSibling()) {
            if (t.getNodeType() != Node.TEXT_NODE && t.getNodeType() != Node.CDATA_SECTION_NODE) {
                throw new EdxmlException(EdxmlException.Reason.BAD_BASE64, field, "contains markup");
            }
            String s = t.getNodeValue();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                    continue;
                }
                if (ended || !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                        || c == '+' || c == '/' || c == '=')) {
                    throw new EdxmlException(EdxmlException.Reason.BAD_BASE64, field,
                            ended ? "data after the end padding" : "character '" + printable(c) + "' is not base64");
                }
                buf[n++] = (byte) c;
                if (n == buf.length) {
                    if (buf[n - 1] == '=') {
                        ended = true;
                    }
                    total += flush(decoder, buf, n, out, field);
                    n = 0;
                    if (total > max) {
                        throw tooLarge(field, max);
                    }
                }
            }
        }
        if (n > 0) {
            if (ended) {
                throw new EdxmlException(EdxmlException.Reason.BAD_BASE64, field, "data after the end padding");
            }
            total += flush(decoder, buf, n, out, field);
        }
        if (total > max) {
            throw tooLarge(field, max);
        }
        return total;
    }

    private static EdxmlException tooLarge(String field, long max) {
        return new EdxmlException(EdxmlException.Reason.TOO_LARGE, field, "larger than " + max + " bytes");
    }

    private static int flush(Base64.Decoder decoder, byte[] buf, int n, OutputStream out, String field) throws IOException {
        try {
            byte[] bytes = decoder.decode(new String(buf, 0, n, StandardCharsets.US_ASCII));
            out.write(bytes);
            return bytes.length;
        } catch (IllegalArgumentException e) {
            throw new EdxmlException(EdxmlException.Reason.BAD_BASE64, field, e.getMessage());
        }
    }

    private static String printable(char c) {
        return c < 32 || c > 126 ? String.format("U+%04X", (int) c) : String.valueOf(c);
    }
}
