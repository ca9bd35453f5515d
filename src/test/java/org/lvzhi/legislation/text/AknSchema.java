package org.lvzhi.legislation.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.ls.LSInput;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The OASIS Akoma Ntoso 3.0 schema of the test resources ({@code /akn}, see its README), loaded
 * once. Its import of the {@code xml:} namespace is answered from the same folder; anything else
 * it might ask for is refused, so validation never reaches the network.
 */
public final class AknSchema {

	private static final String FOLDER = "/akn/";
	private static final Schema SCHEMA = load();

	private AknSchema() {
	}

	private static Schema load() {
		try {
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
				String name = systemId == null ? "" : systemId.substring(systemId.lastIndexOf('/') + 1);
				if (!name.equals("xml.xsd")) {
					throw new IllegalStateException("The Akoma Ntoso schema asked for " + systemId + ", which is not bundled");
				}
				return input(FOLDER + name, publicId);
			});
			URL main = AknSchema.class.getResource(FOLDER + "akomantoso30.xsd");
			try (InputStream in = main.openStream()) {
				return factory.newSchema(new StreamSource(in, main.toExternalForm()));
			}
		}
		catch (SAXException e) {
			throw new IllegalStateException(e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static LSInput input(String resource, String publicId) {
		URL url = AknSchema.class.getResource(resource);
		return new LSInput() {
			// @formatter:off
			@Override public java.io.Reader getCharacterStream() { return null; }
			@Override public void setCharacterStream(java.io.Reader r) { }
			@Override public InputStream getByteStream() {
				try { return url.openStream(); } catch (IOException e) { throw new UncheckedIOException(e); }
			}
			@Override public void setByteStream(InputStream s) { }
			@Override public String getStringData() { return null; }
			@Override public void setStringData(String s) { }
			@Override public String getSystemId() { return url.toExternalForm(); }
			@Override public void setSystemId(String s) { }
			@Override public String getPublicId() { return publicId; }
			@Override public void setPublicId(String s) { }
			@Override public String getBaseURI() { return null; }
			@Override public void setBaseURI(String s) { }
			@Override public String getEncoding() { return null; }
			@Override public void setEncoding(String s) { }
			@Override public boolean getCertifiedText() { return false; }
			@Override public void setCertifiedText(boolean b) { }
			// @formatter:on
		};
	}

	/** A validator of its own, for one thread; it may be reused for many files. */
	public static Validator validator() {
		Validator validator = SCHEMA.newValidator();
		try {
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		}
		catch (SAXException e) {
			throw new IllegalStateException(e);
		}
		return validator;
	}

	/** What the schema finds wrong with the file, each with its line and column; empty when it is valid. */
	public static List<String> errors(Validator validator, byte[] xml) {
		List<String> errors = new ArrayList<>();
		validator.setErrorHandler(new ErrorHandler() {
			@Override
			public void warning(SAXParseException e) {
			}

			@Override
			public void error(SAXParseException e) {
				errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
			}

			@Override
			public void fatalError(SAXParseException e) {
				error(e);
			}
		});
		try {
			validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
		}
		catch (SAXException e) {
			if (errors.isEmpty()) {
				errors.add(e.getMessage());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return errors;
	}

	public static List<String> errors(byte[] xml) {
		return errors(validator(), xml);
	}
}
