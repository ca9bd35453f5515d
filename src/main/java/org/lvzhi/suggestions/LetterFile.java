package org.lvzhi.suggestions;

/** An uploaded file: a suggestion's attachment or a unit's formal reply letter. */
public record LetterFile(String name, String contentType, byte[] content) {

	public boolean isEmpty() {
		return content == null || content.length == 0;
	}
}
