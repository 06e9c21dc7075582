package vn.congvan.infrastructure.edxml;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;

/**
 * Writes a package: the model marshalled by JAXB into a DOM, each attachment's file appended as
 * base64 ({@code ContentTransferEncoded}, 76-character lines), ready to be signed ({@link XmlSignatures})
 * and written ({@link SecureXml#write}).
 */
public final class EdxmlWriter {

    private EdxmlWriter() {
    }

    public static Document toDom(Edxml model) {
        Document doc = SecureXml.newDocument();
        try {
            Marshaller m = EdxmlReader.CONTEXT.createMarshaller();
            m.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            m.marshal(model, doc);
        } catch (JAXBException e) {
            throw new IllegalStateException("Cannot write edXML", e);
        }
        List<Element> encoded = EdxmlReader.attachmentElements(doc);
        for (int i = 0; i < encoded.size(); i++) {
            Edxml.Attachment a = model.attachments.get(i);
            if (a.file == null) {
                continue;
            }
            Element content = doc.createElementNS(Edxml.NS, "edXML:ContentTransferEncoded");
            content.setTextContent(base64(a));
            encoded.get(i).appendChild(content);
        }
        return doc;
    }

    public static void write(Edxml model, OutputStream out) {
        SecureXml.write(toDom(model), out);
    }

    private static String base64(Edxml.Attachment a) {
        StringBuilder sb = new StringBuilder();
        Base64.Encoder enc = Base64.getMimeEncoder();
        byte[] buf = new byte[57 * 1024];
        try (InputStream in = Files.newInputStream(a.file)) {
            int n;
            while ((n = in.readNBytes(buf, 0, buf.length)) > 0) {
                if (sb.length() > 0) {
                    sb.append("\r\n");
                }
                sb.append(enc.encodeToString(n == buf.length ? buf : java.util.Arrays.copyOf(buf, n)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }
}
