package org.lvzhi.legislation.comments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.lvzhi.legislation.DraftId;
import org.lvzhi.legislation.drafts.DraftStore;
import org.lvzhi.legislation.drafts.DraftVersion;
import org.lvzhi.legislation.process.ProcessStore;
import org.lvzhi.platform.opendata.ApiPage;
import org.lvzhi.platform.opendata.ApiPaging;
import org.lvzhi.platform.opendata.Csv;
import org.lvzhi.platform.opendata.Dataset;
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
 * The drafts put out for public comment and the decision on each comment, as open data: what
 * {@code /public/drafts} and each draft's feedback page show. A comment is named by its article
 * and its text as published there; never its author's name or contact, and hidden comments not at all.
 */
@RestController
@PreAuthorize("permitAll()")
@Tag(name = "Legislation")
class PublicCommentsApi {

	private final ProcessStore store;
	private final DraftStore drafts;

	PublicCommentsApi(ProcessStore store, DraftStore drafts) {
		this.store = store;
		this.drafts = drafts;
	}

	@Bean
	static Dataset draftsDataset() {
		return Dataset.of("drafts", "/api/v1/drafts", List.of("法规草案", "征求意见", "立法"));
	}

	@Bean
	static Dataset commentDecisionsDataset() {
		return Dataset.of("comment-decisions", "/api/v1/comment-decisions", List.of("征求意见", "意见采纳", "立法", "反馈"));
	}

	@GetMapping(path = "/api/v1/drafts", produces = "application/json")
	@Operation(summary = "Drafts put out for public comment",
			description = "Every draft ever opened for public comment, the newest window first, with its comment period.")
	ApiPage<DraftRow> drafts(@Parameter(description = "comment period opened in this year, e.g. 2023") @RequestParam(
			required = false) Integer year,
			@Parameter(description = "OPEN (open today) or CLOSED") @RequestParam(required = false) DraftState state,
			@Parameter(description = "words of the title") @RequestParam(required = false) String q,
			@Parameter(description = "page number from 1") @RequestParam(required = false) Integer page,
			@Parameter(description = "records per page, 1 to 100 (20)") @RequestParam(required = false) Integer size) {
		return ApiPage.slice(draftRows(year, state, q), ApiPaging.of(page, size));
	}

	@GetMapping(path = "/api/v1/drafts.csv", produces = Csv.TYPE)
	@Operation(summary = "Drafts put out for public comment as CSV", description = "The columns are the JSON fields.")
	ResponseEntity<byte[]> draftsCsv(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) DraftState state, @RequestParam(required = false) String q) {
		return Csv.download("drafts.csv", DraftRow.class, draftRows(year, state, q));
	}

	@GetMapping(path = "/api/v1/comment-decisions", produces = "application/json")
	@Operation(summary = "The decision on each public comment",
			description = "Per comment point of a draft: the article, the comment as published, how it came in, whether "
					+ "it was adopted and why. No commenter's name or contact; hidden comments are left out.")
	ApiPage<CommentDecisionRow> decisions(
			@Parameter(description = "the draft's id, as in /api/v1/drafts") @RequestParam(required = false) Long draft,
			@Parameter(description = "comment period opened in this year, e.g. 2023") @RequestParam(
					required = false) Integer year,
			@Parameter(description = "ADOPTED, PARTLY_ADOPTED, NOT_ADOPTED, … or PENDING (not decided yet)") @RequestParam(
					required = false) String state,
			@Parameter(description = "page number from 1") @RequestParam(required = false) Integer page,
			@Parameter(description = "records per page, 1 to 100 (20)") @RequestParam(required = false) Integer size) {
		return ApiPage.slice(decisionRows(draft, year, state), ApiPaging.of(page, size));
	}

	@GetMapping(path = "/api/v1/comment-decisions.csv", produces = Csv.TYPE)
	@Operation(summary = "The decision on each public comment as CSV", description = "The columns are the JSON fields.")
	ResponseEntity<byte[]> decisionsCsv(@RequestParam(required = false) Long draft,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String state) {
		return Csv.download("comment-decisions.csv", CommentDecisionRow.class, decisionRows(draft, year, state));
	}

	private List<DraftRow> draftRows(Integer year, DraftState state, String q) {
		LocalDate today = LocalDate.now(org.lvzhi.legislation.internal.LegislationYears.CHINA);
		List<DraftRow> rows = new ArrayList<>();
		for (long id : store.draftsOpenedForComment()) {
			DraftVersion v = drafts.version(new DraftId(id)).orElse(null);
			ProcessStore.Window w = store.window(new DraftId(id)).orElse(null);
			if (v == null || w == null || (year != null && w.opens().getYear() != year)
					|| (q != null && !q.isBlank() && !v.title().contains(q.strip()))) {
				continue;
			}
			DraftState now = w.contains(today) ? DraftState.OPEN : today.isBefore(w.opens()) ? DraftState.UPCOMING
					: DraftState.CLOSED;
			if (state != null && state != now) {
				continue;
			}
			rows.add(new DraftRow(id, v.title(), v.reading(), v.articleCount(), w.opens(), w.closes(), now.name(),
					"/public/drafts/" + id, "/public/drafts/" + id + "/feedback"));
		}
		return rows;
	}

	private List<CommentDecisionRow> decisionRows(Long draft, Integer year, String state) {
		List<CommentDecisionRow> rows = new ArrayList<>();
		for (DraftRow d : draftRows(year, null, null)) {
			if (draft != null && d.id() != draft) {
				continue;
			}
			for (Comment c : store.comments(new DraftId(d.id()))) {
				String decision = c.decision() == null ? "PENDING" : c.decision().name();
				if (c.hidden() || (state != null && !state.isBlank() && !state.strip().equals(decision))) {
					continue;
				}
				rows.add(new CommentDecisionRow(c.id().value(), d.id(), d.title(), c.articleLabel(), c.body(),
						c.source().name(), decision, c.decision() == null ? null : c.decisionReason(), d.feedback()));
			}
		}
		return rows;
	}

	/** Where a draft's comment period stands today. */
	enum DraftState {
		UPCOMING, OPEN, CLOSED
	}

	@Schema(name = "Draft", description = "A draft put out for public comment")
	record DraftRow(long id, String title, @Schema(description = "0 as submitted, 1 to 3 the readings, 4 the text voted on") int reading,
			int articles, LocalDate commentOpens, LocalDate commentCloses,
			@Schema(description = "UPCOMING, OPEN or CLOSED") String state, String link, String feedback) {
	}

	@Schema(name = "CommentDecision", description = "A public comment and the decision on it, without its author")
	record CommentDecisionRow(long id, long draft, String draftTitle,
			@Schema(nullable = true, description = "the article commented on, or none for the whole draft") String article,
			String comment, @Schema(description = "ONLINE, CONTACT_POINT, SYMPOSIUM, LETTER, EXPERT, RESEARCH …") String source,
			@Schema(description = "the decision, or PENDING") String decision,
			@Schema(nullable = true, description = "the reason given, once decided") String reason, String link) {
	}
}
