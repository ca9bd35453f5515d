package org.lvzhi.legislation.drafts;

import java.util.Set;

import org.lvzhi.legislation.AddDraftVersion;
import org.lvzhi.legislation.CreateProject;
import org.lvzhi.legislation.DraftId;
import org.lvzhi.legislation.LegislationException;
import org.lvzhi.legislation.ProjectId;
import org.lvzhi.legislation.internal.LegislationAccess;
import org.lvzhi.legislation.internal.LegislationPages;
import org.lvzhi.legislation.internal.LegislationYears;
import org.lvzhi.legislation.internal.UploadedText;
import org.lvzhi.legislation.library.LawDocuments;
import org.lvzhi.legislation.library.LawPage;
import org.lvzhi.legislation.library.RegulationExport;
import org.lvzhi.legislation.network.RequestStore;
import org.lvzhi.legislation.plan.PlanStore;
import org.lvzhi.legislation.process.ProcessStore;
import org.lvzhi.platform.Moves;
import org.lvzhi.platform.Page;
import org.lvzhi.platform.SignedInUser;
import org.lvzhi.search.Search;
import org.lvzhi.search.SearchHits;
import org.lvzhi.search.SearchQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Legislative projects and their drafts: office staff open a project and store the text of a
 * reading (pasted or as .docx); staff and committee members, who deliberate the drafts, read their
 * structure and search them.
 */
@Controller
@PreAuthorize("hasRole('STAFF')")
class DraftController {

	private static final String READERS = LegislationPages.READERS;
	private static final int PAGE_SIZE = LegislationPages.PAGE_SIZE;
	static final int RELATED = 5;

	private final DraftStore store;
	private final CreateProject createProject;
	private final AddDraftVersion addDraftVersion;
	private final Search search;
	private final ProcessStore process;
	private final RequestStore requests;
	private final PlanStore plans;
	private final String aknAuthor;
	private final LegislationAccess access;

	DraftController(DraftStore store, CreateProject createProject, AddDraftVersion addDraftVersion, Search search,
			ProcessStore process, RequestStore requests, PlanStore plans, LegislationAccess access,
			@org.springframework.beans.factory.annotation.Value("${lvzhi.committee-name}") String aknAuthor) {
		this.access = access;
		this.aknAuthor = aknAuthor;
		this.requests = requests;
		this.plans = plans;
		this.store = store;
		this.process = process;
		this.createProject = createProject;
		this.addDraftVersion = addDraftVersion;
		this.search = search;
	}

	/** Whether the page offers the office's forms; a member reads the same page without them. */
	@org.springframework.web.bind.annotation.ModelAttribute("staff")
	@PreAuthorize(READERS)
	boolean staff(Authentication user) {
		return org.lvzhi.platform.Roles.has(user, org.lvzhi.platform.Roles.STAFF);
	}

	/** Whether the page offers the vote form: the legislative office records a reading's vote. */
	@org.springframework.web.bind.annotation.ModelAttribute("votes")
	@PreAuthorize(READERS)
	boolean votes(Authentication user) {
		return access.isLegislativeOffice(user);
	}

	@GetMapping("/legislation/projects")
	@PreAuthorize(READERS)
	String projects(@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("page", store.projects(Page.number(page), PAGE_SIZE));
		return "legislation/drafts/projects";
	}

	@PostMapping("/legislation/projects")
	String create(@RequestParam(required = false) String title, Authentication user, Model model,
			RedirectAttributes redirect) {
		try {
			ProjectId id = createProject.create(title, accountId(user));
			redirect.addFlashAttribute("successKey", "legislation.project.created");
			return "redirect:/legislation/projects/" + id;
		}
		catch (LegislationException e) {
			model.addAttribute("errorKey", e.messageKey());
			model.addAttribute("errorArgs", e.args());
			// Not "title": inside the layout that name is the page's <title> fragment.
			model.addAttribute("projectTitle", title);
			return projects(1, model);
		}
	}

	@GetMapping("/legislation/projects/{id:\\d+}")
	@PreAuthorize(READERS)
	String project(@PathVariable long id, Model model) {
		Project project = store.project(new ProjectId(id)).orElseThrow(Moves::notFound);
		model.addAttribute("project", project);
		model.addAttribute("versions", store.versions(project.id()));
		model.addAttribute("process", process.process(project.id()).orElse(null));
		model.addAttribute("timeline", process.timeline(project.id()));
		model.addAttribute("planItems", plans.itemsOf(project.id()));
		model.addAttribute("today", java.time.LocalDate.now(LegislationYears.CHINA));
		model.addAttribute("readings", java.util.stream.IntStream.rangeClosed(DraftVersion.FIRST, DraftVersion.LAST)
			.filter(r -> !store.hasReading(project.id(), r))
			.boxed()
			.toList());
		return "legislation/drafts/project";
	}

	@PostMapping("/legislation/projects/{id:\\d+}/drafts")
	String addDraft(@PathVariable long id, @RequestParam(required = false) Integer reading,
			@RequestParam(required = false) String text, @RequestParam(required = false) MultipartFile file,
			Authentication user, Model model, RedirectAttributes redirect) {
		try {
			boolean uploaded = file != null && !file.isEmpty();
			String content = uploaded ? UploadedText.read(file) : text;
			DraftId draft = addDraftVersion.add(new ProjectId(id), reading == null ? -1 : reading, content,
					uploaded ? file.getOriginalFilename() : null, accountId(user));
			redirect.addFlashAttribute("successKey", "legislation.draft.added");
			return "redirect:/legislation/drafts/" + draft;
		}
		catch (LegislationException e) {
			model.addAttribute("errorKey", e.messageKey());
			model.addAttribute("errorArgs", e.args());
			model.addAttribute("text", text);
			model.addAttribute("reading", reading);
			return project(id, model);
		}
	}

	@GetMapping("/legislation/drafts/{id:\\d+}")
	@PreAuthorize(READERS)
	String draft(@PathVariable long id, Model model) {
		DraftVersion version = store.version(new DraftId(id)).orElseThrow(Moves::notFound);
		model.addAttribute("version", version);
		model.addAttribute("project", store.project(version.project()).orElseThrow(Moves::notFound));
		model.addAttribute("layout", LawPage.of(store.text(version.id())));
		model.addAttribute("relatedUrl", "/legislation/drafts/" + id + "/related");
		model.addAttribute("requestCount", requests.countFor(version.id()));
		return "legislation/drafts/draft";
	}

	@GetMapping("/legislation/drafts/{id:\\d+}.docx")
	@PreAuthorize(READERS)
	void docx(@PathVariable long id, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		DraftVersion version = store.version(new DraftId(id)).orElseThrow(Moves::notFound);
		RegulationExport.docx(response, version.title(), store.text(version.id()));
	}

	/** The readings before this one go along, so that an article keeps its eId from reading to reading. */
	@GetMapping("/legislation/drafts/{id:\\d+}.xml")
	@PreAuthorize(READERS)
	void akomaNtoso(@PathVariable long id, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		DraftVersion version = store.version(new DraftId(id)).orElseThrow(Moves::notFound);
		Project project = store.project(version.project()).orElseThrow(Moves::notFound);
		RegulationExport.akomaNtoso(response, version.title(), store.versions(version.project()).stream()
			.filter(v -> v.reading() <= version.reading()).map(v -> store.text(v.id())).toList(),
				RegulationExport.draft(project, version, aknAuthor, java.time.LocalDate.now(LegislationYears.CHINA)));
	}

	/**
	 * The library's articles most like one article of a draft, for the drafter who wants to know
	 * what superior laws and other cities' regulations say on the same subject.
	 */
	@GetMapping("/legislation/drafts/{id:\\d+}/related")
	@PreAuthorize(READERS)
	String related(@PathVariable long id, @RequestParam int seq, Model model) {
		DraftVersion version = store.version(new DraftId(id)).orElseThrow(Moves::notFound);
		java.util.List<org.lvzhi.legislation.text.Unit> units = store.text(version.id()).units();
		if (seq < 0 || seq >= units.size() || !units.get(seq).isArticle()) {
			throw Moves.notFound();
		}
		model.addAttribute("hits", search.similar(LawDocuments.TYPE, units.get(seq).text(), RELATED,
				Set.of(LawDocuments.PUBLIC), Set.of()));
		return "legislation/drafts/related :: related";
	}

	@GetMapping("/legislation/drafts/search")
	@PreAuthorize(READERS)
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) Long project,
			@RequestParam(required = false) Integer reading, @RequestParam(required = false) Integer page, Model model) {
		int number = Page.number(page);
		String words = q == null ? "" : q.strip();
		java.util.Map<String, Set<String>> facets = new java.util.LinkedHashMap<>();
		if (project != null) {
			facets.put("project", Set.of(project.toString()));
		}
		if (reading != null) {
			facets.put("reading", Set.of(reading.toString()));
		}
		SearchHits hits = words.isEmpty() ? new SearchHits(0, java.util.List.of())
				: search.search(new SearchQuery(DraftDocuments.TYPE, words, facets, Set.of(DraftDocuments.STAFF),
						Page.offset(number, PAGE_SIZE), PAGE_SIZE));
		model.addAttribute("q", words);
		model.addAttribute("project", project);
		model.addAttribute("reading", reading);
		model.addAttribute("projects", store.projects(1, Page.MAX_SIZE).items());
		model.addAttribute("readings", java.util.stream.IntStream.rangeClosed(DraftVersion.FIRST, DraftVersion.LAST)
			.boxed().toList());
		model.addAttribute("page", new Page<>(hits.hits(), number, PAGE_SIZE, hits.total()));
		return "legislation/drafts/search";
	}


	private static Long accountId(Authentication user) {
		SignedInUser signedIn = SignedInUser.of(user);
		return signedIn == null ? null : signedIn.accountId();
	}
}
