package org.lvzhi.liaison;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;

import org.lvzhi.accounts.Accounts;
import org.lvzhi.directory.PersonId;
import org.lvzhi.liaison.web.DeputyNames;
import org.lvzhi.liaison.web.LiaisonAccess;
import org.lvzhi.platform.Moves;
import org.lvzhi.platform.Page;
import org.lvzhi.platform.Spreadsheet;
import org.lvzhi.suggestions.SuggestionId;
import org.lvzhi.suggestions.SuggestionLinks;
import org.lvzhi.suggestions.SuggestionSettings;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The opinions list (the office sees all, a deputy those of her stations) and the page of one
 * opinion with its path: the moves it may take now, its timeline, and the constituent's contact
 * for those allowed to see it.
 */
@Controller
@RequestMapping("/liaison/opinions")
@PreAuthorize("@liaisonAccess.isOfficeOrDeputy(authentication)")
class OpinionController {

	private final org.lvzhi.liaison.followup.PetitionFollowUps followUps;
	private final org.lvzhi.petitions.Petitions petitions;

	private final Opinions opinions;
	private final Stations stations;
	private final LiaisonAccess access;
	private final LiaisonSettings settings;
	private final SuggestionSettings suggestionSettings;
	private final DeputyNames deputyNames;
	private final MessageSource messages;
	private final Clock clock;
	private final AnswerOnSpot answerOnSpot;
	private final RedirectOpinion redirectOpinion;
	private final ForwardOpinion forward;
	private final ChaseForwarded chase;
	private final TurnIntoSuggestion toSuggestion;
	private final SendAsLegislativeInput legislative;
	private final RecordAnswer recordAnswer;
	private final TellConstituent tell;
	private final RecordFeedback feedback;
	private final CloseOpinion close;
	private final ReopenOpinion reopen;
	private final SuggestionLinks suggestionLinks;
	private final ConstituentContacts contacts;
	private final Accounts accountNames;
	private final ForwardingHints hints;

	OpinionController(Opinions opinions, Stations stations, LiaisonAccess access, LiaisonSettings settings,
			SuggestionSettings suggestionSettings, DeputyNames deputyNames, MessageSource messages, Clock clock,
			AnswerOnSpot answerOnSpot, RedirectOpinion redirectOpinion, ForwardOpinion forward, ChaseForwarded chase,
			TurnIntoSuggestion toSuggestion, SendAsLegislativeInput legislative, RecordAnswer recordAnswer,
			TellConstituent tell, RecordFeedback feedback, CloseOpinion close, ReopenOpinion reopen,
			SuggestionLinks suggestionLinks, ConstituentContacts contacts, Accounts accountNames,
			org.lvzhi.liaison.followup.PetitionFollowUps followUps, org.lvzhi.petitions.Petitions petitions,
			ForwardingHints hints) {
		this.hints = hints;
		this.followUps = followUps;
		this.petitions = petitions;
		this.suggestionLinks = suggestionLinks;
		this.accountNames = accountNames;
		this.contacts = contacts;
		this.opinions = opinions;
		this.stations = stations;
		this.access = access;
		this.settings = settings;
		this.suggestionSettings = suggestionSettings;
		this.deputyNames = deputyNames;
		this.messages = messages;
		this.clock = clock;
		this.answerOnSpot = answerOnSpot;
		this.redirectOpinion = redirectOpinion;
		this.forward = forward;
		this.chase = chase;
		this.toSuggestion = toSuggestion;
		this.legislative = legislative;
		this.recordAnswer = recordAnswer;
		this.tell = tell;
		this.feedback = feedback;
		this.close = close;
		this.reopen = reopen;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private Opinions.Query query(Long station, String district, OpinionState state, String category, Boolean overdue,
			LocalDate from, LocalDate to, String text, Authentication user) {
		return new Opinions.Query(station, blank(district), state, blank(category), overdue, from, to, blank(text),
				access.scope(user), today());
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s;
	}

	@GetMapping
	String list(@RequestParam(required = false) Long station, @RequestParam(required = false) String district,
			@RequestParam(required = false) OpinionState state, @RequestParam(required = false) String category,
			@RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String text, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Authentication user, Model model) {
		Opinions.Query q = query(station, district, state, category, overdue, from, to, text, user);
		model.addAttribute("query", q);
		Page<Opinions.Item> found = opinions.find(q, Page.number(page), Page.size(size));
		model.addAttribute("page", found);
		model.addAttribute("states", OpinionState.values());
		model.addAttribute("categories", settings.categories());
		model.addAttribute("districts", settings.districts());
		model.addAttribute("stationNames", stations.names(found.items().stream().map(Opinions.Item::stationId).toList()));
		return "liaison/opinions";
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> export(@RequestParam(required = false) Long station,
			@RequestParam(required = false) String district, @RequestParam(required = false) OpinionState state,
			@RequestParam(required = false) String category, @RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String text, Authentication user) {
		var names = stations.names();
		var locale = LocaleContextHolder.getLocale();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Spreadsheet sheet = new Spreadsheet(messages.getMessage("liaison.opinions.title", null, locale),
				java.util.stream.Stream.of("id", "receivedOn", "station", "subject", "category", "state", "forwardedTo",
						"dueOn", "closedOn", "solved")
					.map(k -> messages.getMessage("liaison.field." + k, null, locale)).toList())) {
			for (Opinions.Item i : opinions.all(query(station, district, state, category, overdue, from, to, text, user))) {
				sheet.row(i.id(), i.receivedOn(), i.stationId() == null ? null : names.get(i.stationId()), i.subject(),
						i.category(), messages.getMessage("liaison.opinion.state." + i.state(), null, locale),
						i.forwardedTo(), i.dueOn(), i.closedOn(),
						messages.getMessage(i.solved() ? "liaison.yes" : "liaison.no", null, locale));
			}
			sheet.writeTo(out);
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("opinions.xlsx").build().toString())
			.contentType(MediaType.parseMediaType(Spreadsheet.CONTENT_TYPE)).body(out.toByteArray());
	}

	@GetMapping("/{id:\\d+}")
	@org.lvzhi.platform.PersonalDataView("ConstituentOpinion")
	String show(@PathVariable long id, Authentication user, Model model) {
		Opinion o = open(id, user);
		model.addAttribute("o", o);
		model.addAttribute("station", o.station() == null ? null : stations.get(o.station()).orElse(null));
		model.addAttribute("deputyNames", deputyNames.of(o.deputies()));
		model.addAttribute("today", today());
		model.addAttribute("levels", ForwardLevel.values());
		model.addAttribute("suggestionCategories", suggestionSettings.categories());
		model.addAttribute("candidates", candidates(o));
		model.addAttribute("me", LiaisonAccess.person(user));
		model.addAttribute("seesContact", contacts.mayRead(user));
		model.addAttribute("actors", actors(o));
		model.addAttribute("suggestionLink", o.suggestionId() == null ? null
				: suggestionLinks.of(user, new SuggestionId(o.suggestionId())).orElse(null));
		var fromPetition = followUps.petitionOf(o.id()).orElse(null);
		model.addAttribute("fromPetition", fromPetition);
		// The petition's page is the petitions office's alone: others read its number, not a link.
		model.addAttribute("petitionPath", fromPetition != null && petitions.mayOpen(user)
				? org.lvzhi.petitions.Petitions.path(fromPetition.petition()) : null);
		// The routing hint is the staff's (the search module serves it to staff only), where the opinion may be forwarded.
		boolean hint = (o.state() == OpinionState.RECEIVED || o.state() == OpinionState.REOPENED)
				&& (org.lvzhi.platform.Roles.has(user, org.lvzhi.platform.Roles.STAFF)
						|| org.lvzhi.platform.Roles.has(user, org.lvzhi.platform.Roles.ADMIN));
		model.addAttribute("hintText", hint ? hintText(o) : null);
		model.addAttribute("hintAccuracy", hint ? hints.accuracy().orElse(null) : null);
		return "liaison/opinion";
	}

	/**
	 * What the hint compares: the subject and the start of the matter, short enough for a link and,
	 * as a link lands in access logs, without the constituent's name or phone.
	 */
	static String hintText(Opinion o) {
		String text = OpinionText.scrubbed(o.subject() + (o.body() == null ? "" : "\n" + o.body()),
				o.constituentName(), o.constituentPhone());
		return text.length() <= HINT_TEXT ? text : text.substring(0, HINT_TEXT);
	}

	static final int HINT_TEXT = 300;

	/**
	 * Who took each step, by the name they are shown by: the timeline records login names, and
	 * {@code public} (a constituent online) and {@code system} (a scheduled task) by those words.
	 */
	private java.util.Map<String, String> actors(Opinion o) {
		var locale = LocaleContextHolder.getLocale();
		java.util.Map<String, String> names = new java.util.HashMap<>();
		for (Opinion.Step step : o.steps()) {
			String actor = step.actor();
			if (actor != null && !names.containsKey(actor)) {
				names.put(actor, switch (actor) {
					case "public" -> messages.getMessage("liaison.actor.public", null, locale);
					case "system" -> messages.getMessage("liaison.actor.system", null, locale);
					default -> accountNames.displayNameOf(actor).orElse(actor);
				});
			}
		}
		return names;
	}

	/** Deputies who may take the opinion up as a suggestion: its own, or its station's. */
	private java.util.Map<Long, String> candidates(Opinion o) {
		java.util.List<PersonId> all = new java.util.ArrayList<>(o.deputies());
		if (o.station() != null) {
			stations.get(o.station()).ifPresent(s -> all.addAll(s.deputies()));
		}
		return deputyNames.of(all);
	}

	private Opinion open(long id, Authentication user) {
		Opinion o = opinions.get(new OpinionId(id)).orElseThrow(Moves::notFound);
		if (!access.canOpen(user, o)) {
			throw Moves.notFound();
		}
		return o;
	}

	private String back(long id) {
		return "/liaison/opinions/" + id;
	}

	@PostMapping("/{id:\\d+}/answer-on-spot")
	String answerOnSpot(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String text,
			Authentication user, RedirectAttributes redirect) {
		open(id, user);
		return Moves.run(back(id), redirect, "liaison.done.answeredOnSpot",
				() -> answerOnSpot.answer(new OpinionId(id), version, text, today()));
	}

	@PostMapping("/{id:\\d+}/redirect")
	String redirect(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
			Authentication user, RedirectAttributes redirect) {
		open(id, user);
		return Moves.run(back(id), redirect, "liaison.done.redirected",
				() -> redirectOpinion.redirect(new OpinionId(id), version, reason, today()));
	}

	@PostMapping("/{id:\\d+}/forward")
	String forward(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) ForwardLevel level,
			@RequestParam(required = false) String body,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due,
			Authentication user, RedirectAttributes redirect) {
		open(id, user);
		return Moves.run(back(id), redirect, "liaison.done.forwarded",
				() -> forward.forward(new OpinionId(id), version, level, body, due, today()));
	}

	@PostMapping("/{id:\\d+}/chase")
	String chase(@PathVariable long id, @RequestParam int version, Authentication user, RedirectAttributes redirect) {
		open(id, user);
		return Moves.run(back(id), redirect, "liaison.done.chased",
				() -> chase.chase(new OpinionId(id), version, today()));
	}

	@PostMapping("/{id:\\d+}/suggestion")
	String suggestion(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) Long deputy,
			@RequestParam(required = false) String title, @RequestParam(required = false) String category,
			Authentication user, RedirectAttributes redirect) {
		Opinion o = open(id, user);
		PersonId me = LiaisonAccess.person(user);
		// A deputy writes her own suggestions; the office picks one of the opinion's deputies.
		PersonId lead = access.isOffice(user) ? (deputy == null ? null : new PersonId(deputy)) : me;
		if (lead != null && !candidates(o).containsKey(lead.value())) {
			throw Moves.notFound();
		}
		return Moves.run(back(id), redirect, "liaison.done.turnedIntoSuggestion",
				() -> toSuggestion.turn(new OpinionId(id), version, lead, title, category, today()));
	}

	@PostMapping("/{id:\\d+}/legislative")
	String legislative(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String note,
			Authentication user, RedirectAttributes redirect) {
		open(id, user);
		return Moves.run(back(id), redirect, "liaison.done.legislative",
				() -> legislative.send(new OpinionId(id), version, note, today()));
	}

	@PostMapping("/{id:\\d+}/answer")
	String answer(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String text,
			Authentication user, RedirectAttributes redirect) {
		open(id, user);
		return Moves.run(back(id), redirect, "liaison.done.answerRecorded",
				() -> recordAnswer.record(new OpinionId(id), version, text, today()));
	}

	@PostMapping("/{id:\\d+}/tell")
	String tell(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String note,
			Authentication user, RedirectAttributes redirect) {
		open(id, user);
		return Moves.run(back(id), redirect, "liaison.done.told",
				() -> tell.tell(new OpinionId(id), version, note, today()));
	}

	@PostMapping("/{id:\\d+}/feedback")
	String feedback(@PathVariable long id, @RequestParam int version, @RequestParam boolean solved,
			@RequestParam(required = false) String comment, Authentication user, RedirectAttributes redirect) {
		open(id, user);
		return Moves.run(back(id), redirect, "liaison.done.feedback",
				() -> feedback.record(new OpinionId(id), version, solved, comment, today()));
	}

	@PostMapping("/{id:\\d+}/close")
	String close(@PathVariable long id, @RequestParam int version, @RequestParam boolean solved, Authentication user,
			RedirectAttributes redirect) {
		open(id, user);
		return Moves.run(back(id), redirect, "liaison.done.closed",
				() -> close.close(new OpinionId(id), version, solved, today()));
	}

	@PostMapping("/{id:\\d+}/reopen")
	String reopen(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
			Authentication user, RedirectAttributes redirect) {
		open(id, user);
		return Moves.run(back(id), redirect, "liaison.done.reopened",
				() -> reopen.reopen(new OpinionId(id), version, reason, today()));
	}
}
