package org.lvzhi.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.demo.SuggestionPlan.Move;
import org.lvzhi.demo.SuggestionPlan.Planned;
import org.lvzhi.demo.SuggestionPlan.Step;
import org.lvzhi.directory.DeputyLevel;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.MembershipRole;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.PersonListItem;
import org.lvzhi.directory.PersonQuery;
import org.lvzhi.suggestions.AssignSuggestion;
import org.lvzhi.suggestions.AssignmentPlan;
import org.lvzhi.suggestions.SuggestionContent;
import org.lvzhi.suggestions.SuggestionId;
import org.lvzhi.suggestions.SuggestionSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The 2023 suggestions of the municipal deputies, written through the suggestion use cases: the
 * session's suggestions are screened, assigned at the meeting of 15 March, answered, rated,
 * re-handled after 不满意 and carried out under follow-up; a few written later in the year are
 * assigned one by one. Each suggestion's moves run in one transaction.
 */
@Component
class TaiyuanSuggestions implements DemoContributor {

	private static final Logger log = LoggerFactory.getLogger(TaiyuanSuggestions.class);

	private final Directory directory;
	private final Deadlines deadlines;
	private final SuggestionSettings settings;
	private final SuggestionMoves moves;
	private final AssignSuggestion assign;
	private final TransactionTemplate transaction;

	TaiyuanSuggestions(Directory directory, Deadlines deadlines, SuggestionSettings settings, SuggestionMoves moves,
			AssignSuggestion assign, TransactionTemplate transaction) {
		this.directory = directory;
		this.deadlines = deadlines;
		this.settings = settings;
		this.moves = moves;
		this.assign = assign;
		this.transaction = transaction;
	}

	@Override
	public int order() {
		return 950;
	}

	@Override
	public String name() {
		return "suggestions";
	}

	@Override
	public void contribute(DemoContext context) {
		long started = System.nanoTime();
		// By ID, the order they were written in: the same on every database, unlike names.
		List<PersonId> deputies = persons(new PersonQuery(null, DeputyLevel.MUNICIPAL, null, null, null, null)).stream()
			.sorted(java.util.Comparator.comparingLong(PersonId::value)).toList();
		OrganizationId committee = body(TaiyuanBodies.STANDING_COMMITTEE);
		List<PersonId> viceChairs = persons(new PersonQuery(null, null, committee, MembershipRole.VICE_CHAIR, null, null))
			.stream().sorted(java.util.Comparator.comparingLong(PersonId::value)).toList();
		OrganizationId delegation = body(TaiyuanBodies.DEMO_DEPUTY_DELEGATION);
		PersonId demoDeputy = persons(new PersonQuery(null, null, delegation, null, null, null)).get(0);
		SuggestionPlan plan = SuggestionPlanner.plan(context.random(name()), this::workingDay, deputies.size());

		Map<Planned, Tracked> written = new HashMap<>();
		List<AssignSuggestion.Line> meeting = new ArrayList<>();
		for (Planned p : plan.suggestions()) {
			PersonId deputy = p.deputy() < 0 ? demoDeputy : deputies.get(p.deputy());
			Tracked t = transaction.execute(tx -> {
				SuggestionId id = moves.draft(deputy, new SuggestionContent(p.title(), p.body(), p.theme().category(), 2023),
						p.coSigners().stream().map(deputies::get).toList(), p.drafted());
				Tracked tracked = new Tracked(id, deputy, unit(p.theme().department()),
						p.withCoUnit() ? unit(p.theme().coDepartment()) : null, moves.version(id));
				tracked.version = moves.submit(tracked, p.submitted());
				for (Step step : p.steps()) {
					if (step.move() == Move.ASSIGN && p.inSession()) {
						break;
					}
					run(tracked, step, viceChairs.get(p.leader() % viceChairs.size()));
				}
				return tracked;
			});
			written.put(p, t);
			if (p.inSession() && p.steps().stream().anyMatch(s -> s.move() == Move.ASSIGN)) {
				meeting.add(new AssignSuggestion.Line(t.id, t.version, t.plan()));
				t.version++;
			}
		}
		assign.assignAll(meeting, plan.meeting());
		for (Planned p : plan.suggestions()) {
			if (!p.inSession()) {
				continue;
			}
			Tracked t = written.get(p);
			List<Step> rest = p.steps().stream().dropWhile(s -> s.move() != Move.ASSIGN).skip(1).toList();
			transaction.executeWithoutResult(tx -> rest.forEach(step -> run(t, step, null)));
		}
		log.info("Demo suggestions written in {} ms: {} suggestions, {} closed in 2023, {} key suggestions carried out",
				(System.nanoTime() - started) / 1_000_000, plan.suggestions().size(), plan.closing(), plan.key());
	}

	private void run(Tracked t, Step step, PersonId leader) {
		switch (step.move()) {
			case ACCEPT -> moves.accept(t, step.on());
			case REJECT -> moves.reject(t, step.text(), step.on());
			case MARK_KEY -> moves.markKey(t, leader, jointOffices(), step.on());
			case ASSIGN -> moves.assign(t, step.on());
			case CONTACT -> moves.contact(t, step.stage(), step.text(), step.on());
			case CO_VIEW -> moves.coView(t, step.text(), step.on());
			case ANSWER -> moves.answer(t, step.category(), step.text(), step.on());
			case RATE -> moves.rate(t, step.rating(), step.text(), step.on());
			case REOPEN -> moves.reopen(t, step.on());
			case CLOSE -> moves.close(t, step.on());
			case PROGRESS -> moves.progress(t, step.text(), step.on());
			case IMPLEMENTED -> moves.implemented(t, step.on());
		}
	}

	/** The office of the standing committee and the government's office supervise jointly. */
	private Set<String> jointOffices() {
		Set<String> offices = new LinkedHashSet<>();
		settings.jointOffices().stream().limit(3).forEach(offices::add);
		return offices;
	}

	private LocalDate workingDay(LocalDate date) {
		return deadlines.isWorkingDay(date) ? date : deadlines.nextWorkingDay(date);
	}

	private List<PersonId> persons(PersonQuery query) {
		return directory.findPersons(query, 1, 2000).items().stream().map(PersonListItem::id).toList();
	}

	private OrganizationId body(String name) {
		return directory.organizationNamed(name).orElseThrow().id();
	}

	private final Map<String, OrganizationId> units = new HashMap<>();

	private OrganizationId unit(String name) {
		return units.computeIfAbsent(name, this::body);
	}

	/** A written suggestion and the version its next move starts from. */
	static final class Tracked {

		final SuggestionId id;
		final PersonId deputy;
		final OrganizationId lead;
		final OrganizationId co;
		int version;

		Tracked(SuggestionId id, PersonId deputy, OrganizationId lead, OrganizationId co, int version) {
			this.id = id;
			this.deputy = deputy;
			this.lead = lead;
			this.co = co;
			this.version = version;
		}

		AssignmentPlan plan() {
			return co == null ? AssignmentPlan.lead(lead) : AssignmentPlan.lead(lead, co);
		}
	}
}
