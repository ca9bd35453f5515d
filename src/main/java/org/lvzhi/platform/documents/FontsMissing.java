package org.lvzhi.platform.documents;

import org.lvzhi.platform.DomainException;

/** The CJK fonts the PDF embeds are not installed; the message says which package installs them. */
public class FontsMissing extends DomainException {

	public FontsMissing(String missing) {
		super("documents.error.fontsMissing", missing);
	}
}
