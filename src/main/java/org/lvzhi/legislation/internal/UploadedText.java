package org.lvzhi.legislation.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.lvzhi.legislation.LegislationException;
import org.lvzhi.legislation.text.DocxText;
import org.lvzhi.platform.UploadRefused;
import org.springframework.web.multipart.MultipartFile;

/** The text of an uploaded file: a .docx is read paragraph by paragraph, anything else as UTF-8 text. */
public final class UploadedText {

	private UploadedText() {
	}

	public static String read(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new LegislationException("legislation.upload.missing");
		}
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase();
		try {
			byte[] bytes = file.getBytes();
			if (name.endsWith(".docx")) {
				return DocxText.read(new ByteArrayInputStream(bytes));
			}
			if (!(name.endsWith(".md") || name.endsWith(".txt"))) {
				throw new LegislationException("legislation.upload.type");
			}
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (UploadRefused e) {
			throw new LegislationException(e.messageKey(), e.args());
		}
		catch (CharacterCodingException e) {
			throw new LegislationException("legislation.upload.encoding");
		}
		catch (IOException e) {
			throw new LegislationException("legislation.upload.unreadable");
		}
	}
}
