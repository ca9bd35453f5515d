package org.lvzhi.suggestions;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.lvzhi.directory.OrganizationId;
import org.lvzhi.platform.FileType;
import org.lvzhi.platform.StoredFile;
import org.lvzhi.platform.UploadRefused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files of suggestions: the deputy's attachments and the units' reply letters. Callers check
 * that the reader may open the suggestion before handing out a file.
 */
@Service
public class SuggestionFiles {

	public enum Kind {
		ATTACHMENT, LETTER
	}

	/** A file's description, without its content. */
	public record FileInfo(long id, SuggestionId suggestion, Kind kind, Long organizationId, String name,
			String contentType, long size) {
	}

	/** What deputies attach and units answer with; told from the bytes, not the name. */
	static final FileType[] ALLOWED = { FileType.PDF, FileType.DOCX, FileType.XLSX, FileType.OFFICE_97, FileType.PNG,
			FileType.JPEG, FileType.GIF, FileType.WEBP, FileType.TEXT };

	private final JdbcClient jdbc;
	private final Clock clock;

	SuggestionFiles(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public long store(SuggestionId suggestion, Kind kind, OrganizationId unit, LetterFile file) {
		FileType type = UploadRefused.unlessOneOf(file.content(), "upload.type.documents", ALLOWED);
		String name = StoredFile.safeName(file.name(), "file");
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO suggestions_file (suggestion_id, kind, organization_id, name, content_type, size_bytes, content, uploaded_at)
				VALUES (:s, :kind, :org, :name, :type, :size, :content, :at)""")
			.param("s", suggestion.value()).param("kind", kind.name())
			.param("org", unit == null ? null : unit.value())
			.param("name", name)
			.param("type", type.contentType())
			.param("size", (long) file.content().length).param("content", file.content())
			.param("at", OffsetDateTime.now(clock))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	public List<FileInfo> of(SuggestionId suggestion) {
		return jdbc.sql("SELECT id, suggestion_id, kind, organization_id, name, content_type, size_bytes FROM suggestions_file WHERE suggestion_id = :s ORDER BY id")
			.param("s", suggestion.value())
			.query((rs, n) -> new FileInfo(rs.getLong(1), new SuggestionId(rs.getLong(2)), Kind.valueOf(rs.getString(3)),
					(Long) rs.getObject(4, Long.class), rs.getString(5), rs.getString(6), rs.getLong(7)))
			.list();
	}

	public Optional<FileInfo> info(long fileId) {
		return jdbc.sql("SELECT id, suggestion_id, kind, organization_id, name, content_type, size_bytes FROM suggestions_file WHERE id = :id")
			.param("id", fileId)
			.query((rs, n) -> new FileInfo(rs.getLong(1), new SuggestionId(rs.getLong(2)), Kind.valueOf(rs.getString(3)),
					(Long) rs.getObject(4, Long.class), rs.getString(5), rs.getString(6), rs.getLong(7)))
			.optional();
	}

	public byte[] content(long fileId) {
		return jdbc.sql("SELECT content FROM suggestions_file WHERE id = :id").param("id", fileId)
			.query((rs, n) -> rs.getBytes(1)).single();
	}
}
