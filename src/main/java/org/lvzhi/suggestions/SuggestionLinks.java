package org.lvzhi.suggestions;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lvzhi.notifications.LinkResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Where a reader opens a suggestion: its working page ({@code /suggestions/{id}}) when she may open
 * it, the public page ({@code /public/suggestions/{id}}) when it is published, nothing otherwise.
 * Every link to a suggestion shown to a reader who is not the commission comes from here: search
 * results (page and API), notifications, other modules' pages.
 */
@Component
public class SuggestionLinks implements LinkResolver {

	private static final Pattern PAGE = Pattern.compile("/suggestions/(\\d{1,18})");

	private final JdbcClient jdbc;
	private final SuggestionAccess access;

	SuggestionLinks(JdbcClient jdbc, SuggestionAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	/** The page the reader may open for the suggestion, if any. */
	public Optional<String> of(Authentication reader, SuggestionId id) {
		return Optional.ofNullable(of(reader, List.of(id.value())).get(id.value()));
	}

	/**
	 * The pages the reader may open, by suggestion ID, read with three queries for any number of
	 * suggestions (a page of search results); a suggestion she may open nothing of has no entry.
	 */
	public Map<Long, String> of(Authentication reader, Collection<Long> ids) {
		Map<Long, String> links = new HashMap<>();
		if (ids.isEmpty()) {
			return links;
		}
		Set<Long> coSigned = access.isDeputy(reader)
				? ids("SELECT suggestion_id FROM suggestions_co_signer WHERE person_id = :who AND suggestion_id IN (:ids)",
						SuggestionAccess.person(reader).value(), ids)
				: Set.of();
		Set<Long> assigned = access.isUnit(reader)
				? ids("SELECT suggestion_id FROM suggestions_assignment WHERE organization_id = :who"
						+ " AND status <> 'RETURNED' AND suggestion_id IN (:ids)", SuggestionAccess.unit(reader).value(), ids)
				: Set.of();
		long me = access.isDeputy(reader) ? SuggestionAccess.person(reader).value() : -1;
		long unit = access.isUnit(reader) ? SuggestionAccess.unit(reader).value() : -1;
		jdbc.sql("SELECT id, state, lead_deputy_id FROM suggestions_suggestion WHERE id IN (:ids)")
			.param("ids", ids)
			.query(rs -> {
				long id = rs.getLong("id");
				SuggestionState state = SuggestionState.valueOf(rs.getString("state"));
				var scope = new SuggestionAccess.Scope(state, rs.getLong("lead_deputy_id"),
						coSigned.contains(id) ? Set.of(me) : Set.of(), assigned.contains(id) ? Set.of(unit) : Set.of());
				if (access.canOpen(reader, scope)) {
					links.put(id, page(id));
				}
				else if (state.isPublished()) {
					links.put(id, publicPage(id));
				}
			});
		return links;
	}

	private Set<Long> ids(String sql, long who, Collection<Long> ids) {
		return new HashSet<>(jdbc.sql(sql).param("who", who).param("ids", ids).query(Long.class).list());
	}

	static String page(long id) {
		return "/suggestions/" + id;
	}

	static String publicPage(long id) {
		return "/public/suggestions/" + id;
	}

	@Override
	public boolean resolves(String link) {
		return PAGE.matcher(link).matches();
	}

	@Override
	public Optional<String> forReader(String link, Authentication reader) {
		Matcher m = PAGE.matcher(link);
		return m.matches() ? of(reader, new SuggestionId(Long.parseLong(m.group(1)))) : Optional.empty();
	}
}
