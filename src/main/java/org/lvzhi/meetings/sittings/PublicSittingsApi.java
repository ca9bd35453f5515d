package org.lvzhi.meetings.sittings;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.lvzhi.meetings.SittingKind;
import org.lvzhi.meetings.SittingState;
import org.lvzhi.meetings.SittingView;
import org.lvzhi.platform.Page;
import org.lvzhi.platform.opendata.ApiPage;
import org.lvzhi.platform.opendata.ApiPaging;
import org.lvzhi.platform.opendata.Csv;
import org.lvzhi.platform.opendata.Dataset;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The standing committee's sittings and their published communiqués with the resolutions and
 * decisions adopted, as open data: what {@code /public/meetings} and its communiqués page show.
 * No minutes, no attendance, no listeners.
 */
@RestController
@PreAuthorize("permitAll()")
@Tag(name = "Sittings", description = "Sittings of the standing committee, communiqués and adopted resolutions")
class PublicSittingsApi {

	private final SittingReads reads;
	private final Communiques communiques;
	private final MessageSource messages;

	PublicSittingsApi(SittingReads reads, Communiques communiques, MessageSource messages) {
		this.reads = reads;
		this.communiques = communiques;
		this.messages = messages;
	}

	@Bean
	static Dataset sittingsDataset() {
		return Dataset.of("sittings", "/api/v1/sittings", List.of("常委会会议", "会议"));
	}

	@Bean
	static Dataset communiquesDataset() {
		return Dataset.of("communiques", "/api/v1/communiques", List.of("公告", "决议", "决定", "常委会会议"));
	}

	@GetMapping(path = "/api/v1/sittings", produces = "application/json")
	@Operation(summary = "Sittings of the standing committee", description = "Newest first, as on the public page.")
	ApiPage<SittingRow> sittings(@Parameter(description = "held in this year, e.g. 2023") @RequestParam(
			required = false) Integer year,
			@Parameter(description = "PLANNED, NOTIFIED, HELD or CLOSED") @RequestParam(required = false) SittingState state,
			@Parameter(description = "page number from 1") @RequestParam(required = false) Integer page,
			@Parameter(description = "records per page, 1 to 100 (20)") @RequestParam(required = false) Integer size) {
		ApiPaging paging = ApiPaging.of(page, size);
		return ApiPage.of(reads.find(SittingKind.STANDING_COMMITTEE, year, state, paging.page(), paging.size()), paging,
				this::row);
	}

	@GetMapping(path = "/api/v1/sittings.csv", produces = Csv.TYPE)
	@Operation(summary = "Sittings of the standing committee as CSV", description = "The columns are the JSON fields.")
	ResponseEntity<byte[]> sittingsCsv(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) SittingState state) {
		ApiPaging all = ApiPaging.everything();
		return Csv.download("sittings.csv", SittingRow.class, reads
			.find(SittingKind.STANDING_COMMITTEE, year, state, all.page(), all.size()).items().stream().map(this::row).toList());
	}

	@GetMapping(path = "/api/v1/communiques", produces = "application/json")
	@Operation(summary = "Published communiqués and the resolutions they made public",
			description = "Each published communiqué of a sitting with its text and the titles of the resolutions and "
					+ "decisions adopted at the sitting whose texts are public; newest first.")
	ApiPage<CommuniqueRow> communiques(@Parameter(description = "published in this year, e.g. 2023") @RequestParam(
			required = false) Integer year,
			@Parameter(description = "page number from 1") @RequestParam(required = false) Integer page,
			@Parameter(description = "records per page, 1 to 100 (20)") @RequestParam(required = false) Integer size) {
		return ApiPage.slice(communiqueRows(year), ApiPaging.of(page, size));
	}

	@GetMapping(path = "/api/v1/communiques.csv", produces = Csv.TYPE)
	@Operation(summary = "Published communiqués as CSV", description = "The columns are the JSON fields.")
	ResponseEntity<byte[]> communiquesCsv(@RequestParam(required = false) Integer year) {
		return Csv.download("communiques.csv", CommuniqueRow.class, communiqueRows(year));
	}

	private List<CommuniqueRow> communiqueRows(Integer year) {
		ApiPaging all = ApiPaging.everything();
		Page<Communiques.Published> published = communiques.publishedPage(all.page(), all.size());
		return published.items().stream()
			.filter(p -> year == null || p.communique().publishedOn().getYear() == year)
			.map(p -> new CommuniqueRow(p.communique().id(), p.communique().term(), p.communique().number(),
					p.communique().publishedOn(), row(p.sitting()).name(), p.sitting().id(), p.communique().body(),
					communiques.adoptedTexts(p.sitting().sittingId()).stream().map(Communiques.AdoptedText::title).toList(),
					"/public/meetings/" + p.sitting().id()))
			.toList();
	}

	private SittingRow row(SittingView s) {
		String name = messages.getMessage("meetings.name." + s.kind(), new Object[] { s.term(), s.number() },
				Locale.SIMPLIFIED_CHINESE);
		return new SittingRow(s.id(), name, s.term(), s.number(), s.heldOn(), s.place(), s.state().name(),
				"/public/meetings/" + s.id());
	}

	@Schema(name = "Sitting", description = "A sitting of the standing committee")
	record SittingRow(long id, String name, int term, int number, @Schema(nullable = true) LocalDate heldOn,
			@Schema(nullable = true) String place, @Schema(description = "PLANNED, NOTIFIED, HELD or CLOSED") String state,
			String link) {
	}

	@Schema(name = "Communique", description = "A published communiqué of a sitting")
	record CommuniqueRow(long id, int term, int number, LocalDate publishedOn, String sitting, long sittingId,
			String text, @Schema(description = "titles of the resolutions and decisions adopted, whose texts are public")
			List<String> resolutions, String link) {
	}
}
