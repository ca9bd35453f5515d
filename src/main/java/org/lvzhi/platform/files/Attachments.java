package org.lvzhi.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.lvzhi.platform.FileType;
import org.lvzhi.platform.StoredFile;
import org.lvzhi.platform.UploadRefused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The attachment store. A module first {@link #check}s what came with a form, all files at once and
 * before it writes anything of its own, so that a refusal leaves nothing behind; then, in the
 * transaction that saves its record, {@link #store}s them. Reading is for the owning module, which
 * checks who may read and writes the audit entries: this store knows no roles and no module.
 */
@Service
public class Attachments {

	/** What each accepted extension's bytes must be. */
	private static final Map<String, FileType> TYPES = Map.of("pdf", FileType.PDF, "jpg", FileType.JPEG, "jpeg",
			FileType.JPEG, "png", FileType.PNG, "doc", FileType.OFFICE_97, "xls", FileType.OFFICE_97, "docx",
			FileType.DOCX, "xlsx", FileType.XLSX, "txt", FileType.TEXT);

	private final JdbcClient jdbc;
	private final AttachmentSettings settings;
	private final Clock clock;

	Attachments(JdbcClient jdbc, AttachmentSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	public AttachmentSettings settings() {
		return settings;
	}

	/**
	 * Reads and checks the files of a form: empty file fields are skipped; each file at most
	 * {@code max-bytes}, of an accepted extension whose type its bytes show; together with the
	 * {@code alreadyStored} ones at most {@code max-count}. A file is read no further than the limit.
	 *
	 * @throws UploadRefused naming the file and the rule, {@code attachments.error.*}
	 */
	public List<Upload> check(List<MultipartFile> files, int alreadyStored) {
		List<Upload> uploads = new ArrayList<>();
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
				continue;
			}
			uploads.add(upload(file));
		}
		if (alreadyStored + uploads.size() > settings.maxCount()) {
			throw new UploadRefused("attachments.error.tooMany", settings.maxCount());
		}
		return uploads;
	}

	private Upload upload(MultipartFile file) {
		String name = StoredFile.safeName(file.getOriginalFilename(), "file");
		if (file.getSize() > settings.maxBytes()) {
			throw new UploadRefused("attachments.error.tooLarge", settings.maxMegabytes(), name);
		}
		byte[] bytes;
		try (InputStream in = file.getInputStream()) {
			bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (bytes.length > settings.maxBytes()) {
			throw new UploadRefused("attachments.error.tooLarge", settings.maxMegabytes(), name);
		}
		if (bytes.length == 0) {
			throw new UploadRefused("attachments.error.empty", name);
		}
		int dot = name.lastIndexOf('.');
		String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
		FileType expected = settings.types().contains(extension) ? TYPES.get(extension) : null;
		FileType actual = FileType.of(bytes);
		if (expected == null || actual != expected) {
			throw new UploadRefused("attachments.error.type", name, String.join(", ", settings.types()));
		}
		return new Upload(name, actual.contentType(), bytes);
	}

	/** Stores checked files for their owner, in the caller's transaction; answers what was stored. */
	@Transactional
	public List<Attachment> store(AttachmentOwner owner, List<Upload> uploads) {
		List<Attachment> stored = new ArrayList<>();
		OffsetDateTime now = OffsetDateTime.now(clock);
		for (Upload u : uploads) {
			byte[] bytes = u.content();
			String sha = sha256(bytes);
			KeyHolder key = new GeneratedKeyHolder();
			jdbc.sql("""
					INSERT INTO platform_attachment (module, kind, record_id, file_name, content_type, size_bytes, sha256,
					content, created_at) VALUES (:module, :kind, :record, :name, :type, :size, :sha, :content, :at)""")
				.param("module", owner.module())
				.param("kind", owner.kind())
				.param("record", owner.recordId())
				.param("name", u.fileName())
				.param("type", u.contentType())
				.param("size", (long) bytes.length)
				.param("sha", sha)
				.param("content", bytes)
				.param("at", now)
				.update(key, "id");
			long id = key.getKeyAs(Number.class).longValue();
			stored.add(new Attachment(id, owner, u.fileName(), u.contentType(), bytes.length, sha, now));
		}
		return stored;
	}

	/** An owner's files, oldest first. */
	@Transactional(readOnly = true)
	public List<Attachment> of(AttachmentOwner owner) {
		return jdbc.sql("SELECT id, file_name, content_type, size_bytes, sha256, created_at FROM platform_attachment"
				+ " WHERE module = :module AND kind = :kind AND record_id = :record ORDER BY id")
			.param("module", owner.module())
			.param("kind", owner.kind())
			.param("record", owner.recordId())
			.query((rs, n) -> new Attachment(rs.getLong(1), owner, rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getString(5), rs.getObject(6, OffsetDateTime.class)))
			.list();
	}

	public int count(AttachmentOwner owner) {
		return jdbc.sql("SELECT COUNT(*) FROM platform_attachment WHERE module = :module AND kind = :kind"
				+ " AND record_id = :record")
			.param("module", owner.module())
			.param("kind", owner.kind())
			.param("record", owner.recordId())
			.query(Integer.class)
			.single();
	}

	/** A file's bytes, when it is one of this owner's: a module never reads another module's files. */
	@Transactional(readOnly = true)
	public Optional<Stored> content(AttachmentOwner owner, long id) {
		return jdbc.sql("SELECT file_name, content FROM platform_attachment WHERE id = :id AND module = :module"
				+ " AND kind = :kind AND record_id = :record")
			.param("id", id)
			.param("module", owner.module())
			.param("kind", owner.kind())
			.param("record", owner.recordId())
			.query((rs, n) -> new Stored(rs.getString(1), rs.getBytes(2)))
			.optional();
	}

	/** Removes an owner's files (its retention period ended); answers how many. */
	@Transactional
	public int removeAll(AttachmentOwner owner) {
		return jdbc.sql("DELETE FROM platform_attachment WHERE module = :module AND kind = :kind AND record_id = :record")
			.param("module", owner.module())
			.param("kind", owner.kind())
			.param("record", owner.recordId())
			.update();
	}

	/** A stored file's name and bytes, to serve with {@link StoredFile#response}. */
	public record Stored(String fileName, byte[] content) {
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
