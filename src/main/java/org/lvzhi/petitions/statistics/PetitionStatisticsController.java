package org.lvzhi.petitions.statistics;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lvzhi.petitions.PetitionId;
import org.lvzhi.petitions.PetitionKind;
import org.lvzhi.petitions.Route;
import org.lvzhi.petitions.handling.PetitionList;
import org.lvzhi.petitions.handling.PetitionMoves;
import org.lvzhi.petitions.handling.PetitionState;
import org.lvzhi.petitions.handling.Petitioner;
import org.lvzhi.petitions.handling.Timeliness;
import org.lvzhi.platform.Spreadsheet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The petitions office's statistics of a year, each number a link to the petitions behind it, and
 * the .xlsx export of any filtered list. An export carries the petitioners' names and contacts only
 * when the office says why, and that reason goes to the audit log.
 */
@Controller
@PreAuthorize("@petitionAccess.isOffice(authentication)")
class PetitionStatisticsController {

	private final PetitionStatistics statistics;
	private final PetitionList list;
	private final PetitionMoves moves;
	private final MessageSource messages;
	private final Clock clock;

	PetitionStatisticsController(PetitionStatistics statistics, PetitionList list, PetitionMoves moves,
			MessageSource messages, Clock clock) {
		this.statistics = statistics;
		this.list = list;
		this.moves = moves;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/petitions/statistics")
	String statistics(@RequestParam(required = false) Integer year, Model m) {
		LocalDate today = LocalDate.now(clock);
		int y = year == null || year < 2000 || year > today.getYear() + 1 ? today.getYear() : year;
		m.addAttribute("stats", statistics.of(y, today));
		m.addAttribute("year", y);
		m.addAttribute("from", LocalDate.of(y, 1, 1));
		m.addAttribute("to", LocalDate.of(y, 12, 31));
		m.addAttribute("years", java.util.stream.IntStream.rangeClosed(2020, today.getYear()).boxed()
			.sorted(java.util.Comparator.reverseOrder()).toList());
		return "petitions/statistics";
	}

	@GetMapping("/petitions/export.xlsx")
	ResponseEntity<byte[]> export(@RequestParam(required = false) PetitionState state,
			@RequestParam(required = false) PetitionKind kind, @RequestParam(required = false) String category,
			@RequestParam(required = false) Route route, @RequestParam(required = false) Boolean supervised,
			@RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String text, @RequestParam(required = false) String area,
			@RequestParam(required = false) String bodyName, @RequestParam(required = false) Timeliness timeliness,
			@RequestParam(required = false) String why, @RequestParam(required = false) boolean plain) {
		LocalDate today = LocalDate.now(clock);
		PetitionList.Query q = new PetitionList.Query(state, kind, category, route, supervised, overdue, from, to, text,
				null, today, area, bodyName, timeliness);
		List<PetitionList.Row> rows = list.all(q);
		// The plain button ignores a reason typed into the field beside the other one.
		boolean personal = !plain && why != null && !why.isBlank();
		Map<PetitionId, Petitioner> who = personal
				? moves.exportPetitioners(rows.stream().map(r -> new PetitionId(r.id())).toList(), why.strip())
				: Map.of();
		Locale locale = LocaleContextHolder.getLocale();
		List<String> headers = new java.util.ArrayList<>(List.of("field.number", "field.receivedOn", "field.kind",
				"field.headCount", "field.subject", "field.category", "field.route", "field.handlingBody", "field.state",
				"field.due", "supervised").stream()
			.map(h -> messages.getMessage("petitions." + h, null, locale)).toList());
		if (personal) {
			for (String h : List.of("name", "phone", "address")) {
				headers.add(messages.getMessage("petitions.field." + h, null, locale));
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Spreadsheet sheet = new Spreadsheet(messages.getMessage("petitions.list.title", null, locale), headers)) {
			for (PetitionList.Row r : rows) {
				Object[] base = { r.number(), r.receivedOn(), word("petitions.kind." + r.kind(), locale), r.headCount(),
						r.subject(), r.category(), r.route() == null ? "" : word("petitions.route." + r.route(), locale),
						r.handlingBody(), word("petitions.state." + r.state(), locale), r.due(),
						r.supervised() ? word("petitions.supervised", locale) : "" };
				if (personal) {
					Petitioner p = who.getOrDefault(new PetitionId(r.id()), Petitioner.NONE);
					Object[] all = java.util.Arrays.copyOf(base, base.length + 3);
					all[base.length] = p.name();
					all[base.length + 1] = p.phone();
					all[base.length + 2] = p.address();
					sheet.row(all);
				}
				else {
					sheet.row(base);
				}
			}
			sheet.writeTo(out);
		}
		String name = messages.getMessage("petitions.export.fileName", null, locale) + "-" + today + ".xlsx";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(Spreadsheet.CONTENT_TYPE))
			.body(out.toByteArray());
	}

	private String word(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
