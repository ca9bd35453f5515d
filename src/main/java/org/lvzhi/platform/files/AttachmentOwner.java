package org.lvzhi.platform.files;

/**
 * The record files are attached to: the owning module, the kind of record in it and the record's
 * ID, e.g. {@code petitions / petition / 42}. The store knows no module; the owner decides who reads.
 */
public record AttachmentOwner(String module, String kind, long recordId) {

	public AttachmentOwner {
		if (module == null || module.isBlank() || kind == null || kind.isBlank()) {
			throw new IllegalArgumentException("an owner needs a module and a kind");
		}
	}
}
