package org.lvzhi.platform.files;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What an attachment may be ({@code lvzhi.attachments.*}).
 *
 * @param maxBytes the largest file (10 MB); a larger one is refused with a message naming the limit
 * @param maxCount how many files one record may hold (5)
 * @param types the file name extensions accepted (pdf, jpg, jpeg, png, doc, docx, xls, xlsx, txt);
 *        the bytes must be of the type the extension names
 * @param maxRequestBytes the largest upload form body accepted from the public (64 MB): above the
 *        files' own limits, so that a file too large still reaches the form's own check and its
 *        message; Spring's multipart limits ({@code spring.servlet.multipart.*}) must be at least this
 */
@ConfigurationProperties("lvzhi.attachments")
public record AttachmentSettings(Long maxBytes, Integer maxCount, List<String> types, Long maxRequestBytes) {

	public AttachmentSettings {
		maxBytes = maxBytes == null || maxBytes <= 0 ? 10L * 1024 * 1024 : maxBytes;
		maxCount = maxCount == null || maxCount <= 0 ? 5 : maxCount;
		types = types == null || types.isEmpty() ? List.of("pdf", "jpg", "jpeg", "png", "doc", "docx", "xls", "xlsx", "txt")
				: types.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).toList();
		maxRequestBytes = maxRequestBytes == null || maxRequestBytes <= 0 ? 64L * 1024 * 1024 : maxRequestBytes;
	}

	/** The limit in whole megabytes, as the messages say it. */
	public long maxMegabytes() {
		return maxBytes / 1024 / 1024;
	}
}
