package org.lvzhi.oversight.inspections;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.platform.FileType;
import org.lvzhi.platform.StoredFile;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team adds a photo taken at the site to a problem. Only raster images are accepted, told
 * from the bytes: the browser's claim is not trusted, and an SVG, which can carry script, is no
 * photo.
 */
@Service
public class AttachPhoto {

	/** An uploaded photo. */
	public record Photo(String name, String contentType, byte[] content) {
	}

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	AttachPhoto(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public long attach(ProblemId problem, Photo photo) {
		if (photo == null || photo.content() == null || photo.content().length == 0) {
			throw new InspectionException("inspections.error.photoRequired");
		}
		FileType detected = FileType.of(photo.content());
		if (!detected.image()) {
			throw new InspectionException("inspections.error.photoType");
		}
		String type = detected.contentType();
		boolean exists = jdbc.sql("SELECT COUNT(*) FROM oversight_inspection_problem WHERE id = :id")
			.param("id", problem.value()).query(Long.class).single() > 0;
		if (!exists) {
			throw new InspectionException("inspections.error.problemNotFound", problem.value());
		}
		String name = StoredFile.safeName(photo.name(), "photo");
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO oversight_inspection_photo (problem_id, name, content_type, size_bytes, content, uploaded_at)
				VALUES (:p, :name, :type, :size, :content, :at)""")
			.param("p", problem.value()).param("name", name)
			.param("type", type).param("size", (long) photo.content().length).param("content", photo.content())
			.param("at", OffsetDateTime.now(clock))
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		events.publishEvent(AuditEvent.created("oversight.inspections.photoAdded", "InspectionProblem",
				problem.value(), name, Map.of("photo", id, "size", photo.content().length)));
		return id;
	}
}
