package org.lvzhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;

/** Reading a downloaded file in a test: a Word document, its text, the file name offered. */
public final class Downloads {

	private Downloads() {
	}

	/** The response as a Word document, after checking it says it is one. */
	public static XWPFDocument docx(MockHttpServletResponse response) throws Exception {
		assertThat(response.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml");
		return new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()));
	}

	/** The document's paragraphs that hold text, in order. */
	public static List<String> paragraphs(XWPFDocument doc) {
		return doc.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
	}

	/** The file name of an attachment, decoded from its UTF-8 form. */
	public static String fileName(MockHttpServletResponse response) {
		String header = response.getHeader(HttpHeaders.CONTENT_DISPOSITION);
		assertThat(header).startsWith("attachment").contains("filename*=UTF-8''");
		return URLDecoder.decode(header.substring(header.indexOf("filename*=UTF-8''") + 17), StandardCharsets.UTF_8);
	}
}
