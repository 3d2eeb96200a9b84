package dev.pacta.examples;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Parses the HTML report as XML (it is written in XHTML syntax) and queries it with XPath. */
public final class Xml {
    private Xml() {}

    /**
     * Parses a document; fails on anything not well-formed. External entities and DTDs are not loaded.
     *
     * @param text the document
     * @return the DOM
     * @throws Exception if it is not well-formed
     */
    public static Document parse(String text) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b.parse(new InputSource(new StringReader(text)));
    }

    /**
     * Counts the nodes an XPath expression selects.
     *
     * @param doc the document
     * @param xpath the expression
     * @return the count
     * @throws Exception if the expression is invalid
     */
    public static int count(Document doc, String xpath) throws Exception {
        return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET))
                .getLength();
    }

    /**
     * The string value of an XPath expression.
     *
     * @param doc the document
     * @param xpath the expression
     * @return the value
     * @throws Exception if the expression is invalid
     */
    public static String text(Document doc, String xpath) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(xpath, doc);
    }
}
