package org.lvzhi.oversight.inspections;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

import org.lvzhi.directory.OrganizationId;
import org.lvzhi.oversight.inquiry.Inquiries;
import org.lvzhi.oversight.inquiry.Interpellations;
import org.lvzhi.oversight.inspections.InspectionViews.ProblemRow;
import org.lvzhi.platform.Moves;
import org.lvzhi.platform.Page;
import org.lvzhi.platform.Spreadsheet;
import org.lvzhi.platform.StoredFile;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The problem list and each problem's page. Staff and members see every problem; a handling unit
 * sees only those assigned to its organization: its list is narrowed on the server, and another
 * unit's problem answers "not found".
 */
@Controller
@RequestMapping("/oversight/inspections/problems")
@PreAuthorize("@inspectionAccess.canReadProblems(authentication)")
class ProblemController {

	private final Inspections inspections;
	private final InspectionAccess access;
	private final InspectionDeadlines deadlines;
	private final InspectionDocuments documents;
	private final UnitNames units;
	private final AssignProblem assign;
	private final ReportRectification report;
	private final VerifyRectification verify;
	private final ReinspectProblem reinspect;
	private final EscalateProblem escalate;
	private final AttachPhoto attachPhoto;
	private final Inquiries inquiries;
	private final Interpellations interpellations;

	ProblemController(Inspections inspections, InspectionAccess access, InspectionDeadlines deadlines,
			InspectionDocuments documents, UnitNames units, AssignProblem assign, ReportRectification report,
			VerifyRectification verify, ReinspectProblem reinspect, EscalateProblem escalate, AttachPhoto attachPhoto,
			Inquiries inquiries, Interpellations interpellations) {
		this.inquiries = inquiries;
		this.interpellations = interpellations;
		this.inspections = inspections;
		this.access = access;
		this.deadlines = deadlines;
		this.documents = documents;
		this.units = units;
		this.assign = assign;
		this.report = report;
		this.verify = verify;
		this.reinspect = reinspect;
		this.escalate = escalate;
		this.attachPhoto = attachPhoto;
	}

	@GetMapping
	String list(@RequestParam(required = false) Long inspection, @RequestParam(required = false) ProblemState state,
			@RequestParam(required = false) Long unit, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Authentication user, Model model) {
		ProblemQuery query = scoped(new ProblemQuery(inspection, state, unit, overdue, year), user);
		LocalDate today = deadlines.today();
		model.addAttribute("query", query);
		model.addAttribute("states", ProblemState.values());
		model.addAttribute("today", today);
		var found = inspections.problems(query, today, Page.number(page), Page.size(size));
		units.fetch(found.items().stream().map(ProblemRow::unitId).toList());
		model.addAttribute("units", units);
		model.addAttribute("page", found);
		return "oversight/inspections/problems";
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> export(@RequestParam(required = false) Long inspection,
			@RequestParam(required = false) ProblemState state, @RequestParam(required = false) Long unit,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) Integer year,
			Authentication user, Locale locale) {
		ProblemQuery query = scoped(new ProblemQuery(inspection, state, unit, overdue, year), user);
		byte[] xlsx = documents.problemList(query, deadlines.today(), locale);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("inspection-problems.xlsx").build().toString())
			.contentType(MediaType.parseMediaType(Spreadsheet.CONTENT_TYPE)).body(xlsx);
	}

	@GetMapping("/{id:\\d+}")
	String detail(@PathVariable long id, Authentication user, Model model) {
		ProblemRow row = readable(id, user);
		model.addAttribute("problem", row);
		model.addAttribute("record", inspections.problemRecord(new ProblemId(id)).orElseThrow(Moves::notFound));
		model.addAttribute("photos", inspections.photos(new ProblemId(id)));
		model.addAttribute("today", deadlines.today());
		model.addAttribute("units", units);
		model.addAttribute("staff", access.isStaff(user));
		model.addAttribute("ownUnit", access.isUnit(user));
		model.addAttribute("escalations", Escalation.values());
		model.addAttribute("links", inspections.escalationLinks(new ProblemId(id)));
		if (access.isStaff(user) && row.state().allows("escalate")) {
			model.addAttribute("inquiries", inquiries.all());
			model.addAttribute("interpellations", row.unitId() == null ? java.util.List.of() : interpellations.openFor(row.unitId()));
		}
		return "oversight/inspections/problem";
	}

	@GetMapping("/photos/{photoId:\\d+}")
	ResponseEntity<byte[]> photo(@PathVariable long photoId, Authentication user) {
		var photo = inspections.photo(photoId).orElseThrow(Moves::notFound);
		readable(photo.problemId(), user);
		return StoredFile.response(photo.name(), inspections.photoContent(photoId));
	}

	@PostMapping("/{id:\\d+}/photos")
	@PreAuthorize("@inspectionAccess.isStaff(authentication)")
	String upload(@PathVariable long id, @RequestParam("photo") MultipartFile file, RedirectAttributes r)
			throws IOException {
		byte[] content = file.getBytes();
		return Moves.run(back(id), r, "inspections.photoAdded", () -> attachPhoto.attach(new ProblemId(id),
				new AttachPhoto.Photo(file.getOriginalFilename(), file.getContentType(), content)));
	}

	@PostMapping("/{id:\\d+}/assign")
	@PreAuthorize("@inspectionAccess.isStaff(authentication)")
	String assign(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			RedirectAttributes r) {
		return Moves.run(back(id), r, "inspections.assigned", () -> assign.assign(new ProblemId(id), version,
				unit == null ? null : new OrganizationId(unit), day(on)));
	}

	@PostMapping("/{id:\\d+}/report")
	@PreAuthorize("@inspectionAccess.isUnit(authentication)")
	String report(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String text,
			Authentication user, RedirectAttributes r) {
		readable(id, user);
		return Moves.run(back(id), r, "inspections.reported", () -> report.report(new ProblemId(id), version,
				new OrganizationId(InspectionAccess.unit(user)), text, deadlines.today()));
	}

	@PostMapping("/{id:\\d+}/close")
	@PreAuthorize("@inspectionAccess.isStaff(authentication)")
	String close(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String note,
			RedirectAttributes r) {
		return Moves.run(back(id), r, "inspections.closed",
				() -> verify.close(new ProblemId(id), version, note, deadlines.today()));
	}

	@PostMapping("/{id:\\d+}/reject")
	@PreAuthorize("@inspectionAccess.isStaff(authentication)")
	String reject(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String note,
			RedirectAttributes r) {
		return Moves.run(back(id), r, "inspections.rejected",
				() -> verify.reject(new ProblemId(id), version, note, deadlines.today()));
	}

	@PostMapping("/{id:\\d+}/reinspect")
	@PreAuthorize("@inspectionAccess.isStaff(authentication)")
	String reinspect(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "false") boolean fixed,
			@RequestParam(required = false) String note, RedirectAttributes r) {
		return Moves.run(back(id), r, "inspections.reinspected",
				() -> reinspect.reinspect(new ProblemId(id), version, fixed, note, deadlines.today()));
	}

	@PostMapping("/{id:\\d+}/escalate")
	@PreAuthorize("@inspectionAccess.isStaff(authentication)")
	String escalate(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) Escalation to,
			@RequestParam(required = false) Long into, RedirectAttributes r) {
		return Moves.run(back(id), r, "inspections.escalated",
				() -> escalate.escalate(new ProblemId(id), version, to, into, deadlines.today()));
	}

	private LocalDate day(LocalDate on) {
		LocalDate today = deadlines.today();
		if (on != null && on.isAfter(today)) {
			throw new InspectionException("inspections.error.future");
		}
		return on == null ? today : on;
	}

	private ProblemQuery scoped(ProblemQuery query, Authentication user) {
		if (!access.canRead(user)) {
			return query.forUnit(InspectionAccess.unit(user));
		}
		return query;
	}

	private ProblemRow readable(long id, Authentication user) {
		ProblemRow row = inspections.problem(new ProblemId(id)).orElseThrow(Moves::notFound);
		if (!access.canRead(user)) {
			Long unit = InspectionAccess.unit(user);
			if (unit == null || row.unitId() == null || !unit.equals(row.unitId())) {
				throw Moves.notFound();
			}
		}
		return row;
	}

	private static String back(long id) {
		return "/oversight/inspections/problems/" + id;
	}
}
