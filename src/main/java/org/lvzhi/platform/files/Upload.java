package org.lvzhi.platform.files;

/**
 * A file that passed every check and may be stored: its safe name, the type its bytes show, the
 * bytes. Only {@link Attachments#check} makes one.
 */
public record Upload(String fileName, String contentType, byte[] content) {

	public Upload {
		content = content.clone();
	}

	@Override
	public byte[] content() {
		return content.clone();
	}

	public long size() {
		return content.length;
	}
}
