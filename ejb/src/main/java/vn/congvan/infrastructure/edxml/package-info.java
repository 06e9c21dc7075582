/**
 * edXML (QCVN 102:2016/BTTTT, amended 2022): the JAXB model of a package (a document or a status
 * message), its secure reader and writer, the validator with the limits of DOMAIN.md, and enveloped
 * XML-DSig (Apache Santuario). Nothing here knows JPA or HTTP.
 */
@XmlSchema(namespace = Edxml.NS, elementFormDefault = XmlNsForm.QUALIFIED,
        xmlns = @XmlNs(prefix = "edXML", namespaceURI = Edxml.NS))
@XmlAccessorType(XmlAccessType.FIELD)
package vn.congvan.infrastructure.edxml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
