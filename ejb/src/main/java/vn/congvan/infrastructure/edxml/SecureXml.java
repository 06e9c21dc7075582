package vn.congvan.infrastructure.edxml;

import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * XML parsing that a hostile package cannot abuse: a DOCTYPE is refused outright (no DTD, so no external
 * entity (XXE) and no entity expansion ("billion laughs")), no external schema or stylesheet is fetched,
 * and the JDK's secure-processing limits apply. Namespace-aware, as edXML and XML-DSig need.
 */
public final class SecureXml {

    private SecureXml() {
    }

    public static Document parse(InputStream in) {
        DocumentBuilder builder;
        try {
            builder = factory().newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be made safe", e);
        }
        builder.setEntityResolver((publicId, systemId) -> {
            throw new SAXException("external entity refused: " + systemId);
        });
        builder.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        try {
            return builder.parse(in);
        } catch (SAXParseException e) {
            String msg = String.valueOf(e.getMessage());
            boolean unsafe = msg.contains("DOCTYPE") || msg.contains("entity") || msg.contains("Entity");
            throw new EdxmlException(unsafe ? EdxmlException.Reason.UNSAFE : EdxmlException.Reason.MALFORMED, null,
                    "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + msg);
        } catch (SAXException e) {
            throw new EdxmlException(EdxmlException.Reason.UNSAFE, null, String.valueOf(e.getMessage()));
        } catch (IOException e) {
            throw new EdxmlException(EdxmlException.Reason.MALFORMED, null, "unreadable: " + e.getMessage());
        }
    }

    static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
    }

    public static Document newDocument() {
        try {
            return factory().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a document as UTF-8, as it is (no indentation: a signed document must not change). */
    public static void write(Document doc, OutputStream out) {
        try {
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "no");
            t.transform(new DOMSource(doc), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IllegalStateException("Cannot write XML", e);
        }
    }
}
