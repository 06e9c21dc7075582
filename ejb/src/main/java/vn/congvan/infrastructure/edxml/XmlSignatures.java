package vn.congvan.infrastructure.edxml;

import org.apache.xml.security.Init;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.SignedInfo;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.Collection;

/**
 * Enveloped XML-DSig on a package (Apache Santuario): one Signature in {@code edXMLHeader}, one Reference
 * with URI="" (the whole package, attachments included) and the enveloped-signature and exclusive
 * canonicalisation transforms, RSA or ECDSA with SHA-256, the signer's certificate in KeyInfo.
 *
 * <p>Verification is against keys the receiver already trusts (the sender's certificate from the agency
 * directory), never against the certificate the package carries; Santuario's secure validation is on.
 */
public final class XmlSignatures {

    static {
        Init.init();
    }

    private XmlSignatures() {
    }

    public static void sign(Document doc, PrivateKey key, X509Certificate certificate) {
        Element header = header(doc);
        String algorithm = "EC".equals(key.getAlgorithm()) ? XMLSignature.ALGO_ID_SIGNATURE_ECDSA_SHA256
                : XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA256;
        try {
            XMLSignature sig = new XMLSignature(doc, "", algorithm, Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
            header.appendChild(sig.getElement());
            Transforms transforms = new Transforms(doc);
            transforms.addTransform(Transforms.TRANSFORM_ENVELOPED_SIGNATURE);
            transforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
            sig.addDocument("", transforms, "http://www.w3.org/2001/04/xmlenc#sha256");
            sig.addKeyInfo(certificate);
            sig.sign(key);
        } catch (XMLSecurityException e) {
            throw new IllegalStateException("Cannot sign the package", e);
        }
    }

    /**
     * @throws EdxmlException BAD_SIGNATURE when there is no signature, more than one, one that does not
     *                        cover the whole package, or one that verifies with none of the keys
     */
    public static void verify(Document doc, Collection<PublicKey> trusted) {
        NodeList sigs = doc.getElementsByTagNameNS(Edxml.DSIG_NS, "Signature");
        if (sigs.getLength() == 0) {
            throw bad("the package has no XML-DSig signature");
        }
        if (sigs.getLength() > 1) {
            throw bad("the package has more than one signature");
        }
        Element el = (Element) sigs.item(0);
        Element parent = el.getParentNode() instanceof Element p ? p : null;
        if (parent == null || !Edxml.NS.equals(parent.getNamespaceURI()) || !"edXMLHeader".equals(parent.getLocalName())) {
            throw bad("the signature must be in edXMLHeader");
        }
        try {
            XMLSignature sig = new XMLSignature(el, "", true);
            SignedInfo si = sig.getSignedInfo();
            if (si.getLength() != 1 || !"".equals(si.item(0).getURI())) {
                throw bad("the signature must cover the whole package (one Reference, URI=\"\")");
            }
            for (PublicKey key : trusted) {
                if (sig.checkSignatureValue(key)) {
                    return;
                }
            }
        } catch (XMLSecurityException | RuntimeException e) {
            if (e instanceof EdxmlException ee) {
                throw ee;
            }
            throw bad("the signature cannot be checked: " + e.getMessage());
        }
        throw bad("the signature does not verify with the sender's certificate in the directory");
    }

    private static EdxmlException bad(String detail) {
        return new EdxmlException(EdxmlException.Reason.BAD_SIGNATURE, "Signature", detail);
    }

    private static Element header(Document doc) {
        NodeList headers = doc.getElementsByTagNameNS(Edxml.NS, "edXMLHeader");
        if (headers.getLength() != 1) {
            throw new IllegalArgumentException("a package has one edXMLHeader");
        }
        return (Element) headers.item(0);
    }
}
