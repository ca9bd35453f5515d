package org.lvzhi.platform;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/** An upload refused for what it is (its real type, its size, a suspicious archive), not for what it says. */
public class UploadRefused extends DomainException {

	public UploadRefused(String messageKey, Object... args) {
		super(messageKey, args);
	}

	/** @param typesKey the message naming the types that would have been accepted */
	public static UploadRefused notOfType(String typesKey) {
		return new UploadRefused("upload.error.type", new DefaultMessageSourceResolvable(typesKey));
	}

	/** Refuses {@code bytes} unless they are one of {@code allowed}; returns the type they are. */
	public static FileType unlessOneOf(byte[] bytes, String typesKey, FileType... allowed) {
		FileType type = FileType.of(bytes);
		if (!type.in(allowed)) {
			throw notOfType(typesKey);
		}
		return type;
	}
}
