package org.lvzhi.appointments.motions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
 * The published appointment lists (任免名单) as open data: each line of {@code /public/appointments/{day}},
 * the person's name, the body and the post as the list names them. Nothing of the nominee's record,
 * statement, letter or oath.
 */
@RestController
@PreAuthorize("permitAll()")
@Tag(name = "Appointments", description = "Published appointment and removal lists")
class PublicAppointmentsApi {

	private final MotionReads reads;

	PublicAppointmentsApi(MotionReads reads) {
		this.reads = reads;
	}

	@Bean
	static Dataset appointmentsDataset() {
		return Dataset.of("appointments", "/api/v1/appointments", List.of("任免", "人事任免", "任免名单"));
	}

	@GetMapping(path = "/api/v1/appointments", produces = "application/json")
	@Operation(summary = "Published appointment lists",
			description = "Every line of the published lists, by sitting day, newest first.")
	ApiPage<AppointmentRow> list(@Parameter(description = "sitting day in this year, e.g. 2023") @RequestParam(
			required = false) Integer year,
			@Parameter(description = "PASSED, …") @RequestParam(required = false) NominationState state,
			@Parameter(description = "page number from 1") @RequestParam(required = false) Integer page,
			@Parameter(description = "records per page, 1 to 100 (20)") @RequestParam(required = false) Integer size) {
		return ApiPage.slice(rows(year, state), ApiPaging.of(page, size));
	}

	@GetMapping(path = "/api/v1/appointments.csv", produces = Csv.TYPE)
	@Operation(summary = "Published appointment lists as CSV", description = "The columns are the JSON fields.")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) NominationState state) {
		return Csv.download("appointments.csv", AppointmentRow.class, rows(year, state));
	}

	private List<AppointmentRow> rows(Integer year, NominationState state) {
		List<AppointmentRow> rows = new ArrayList<>();
		ApiPaging all = ApiPaging.everything();
		for (LocalDate day : reads.publishedDays(all.page(), all.size()).items()) {
			if (year != null && day.getYear() != year) {
				continue;
			}
			for (MotionReads.Named n : reads.publishedOn(day)) {
				if (state == null || n.n().state() == state) {
					rows.add(new AppointmentRow(day, n.title(), n.person(), n.body(), n.n().label(), n.n().kind().name(),
							n.n().state().name(), "/public/appointments/" + day));
				}
			}
		}
		return rows;
	}

	@Schema(name = "Appointment", description = "A line of a published appointment list")
	record AppointmentRow(LocalDate sittingDay, @Schema(description = "the line as published") String title,
			String person, String body, String post, String kind, String state, String link) {
	}
}
