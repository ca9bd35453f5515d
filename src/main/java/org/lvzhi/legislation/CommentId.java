package org.lvzhi.legislation;

/** Identifies a comment on a draft, online or offline. */
public record CommentId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
