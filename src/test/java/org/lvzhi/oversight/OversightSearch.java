package org.lvzhi.oversight;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.lvzhi.accounts.Accounts;
import org.lvzhi.accounts.NewAccount;
import org.lvzhi.accounts.Role;
import org.lvzhi.search.DocumentChanged;
import org.lvzhi.search.DocumentSource;
import org.lvzhi.search.Search;
import org.lvzhi.search.SearchDocument;
import org.lvzhi.search.SearchHits;
import org.lvzhi.search.SearchQuery;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;

/**
 * What the oversight search tests share: the reader keys of real accounts, the documents the
 * events published and the rebuild reads, and the IDs a search finds for a reader.
 */
public final class OversightSearch {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final ApplicationContext context;

	public OversightSearch(ApplicationContext context) {
		this.context = context;
	}

	/** The keys a signed-in account reads the index with. */
	public Set<String> keysOf(String username) {
		UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
		return DocumentSource.readerKeys(UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.getAuthorities()));
	}

	/** The keys of a new account of a role, for a unit with its organization. */
	public Set<String> keysOfNew(Role role, Long organization) {
		String username = "t-search-" + role.name().toLowerCase() + SEQUENCE.incrementAndGet() + "-"
				+ System.nanoTime() % 100000;
		context.getBean(Accounts.class).open(new NewAccount(username, "Lvzhi-test-pass-7", "测试" + role, role,
				role == Role.STAFF ? "GENERAL_OFFICE" : null, null, organization));
		return keysOf(username);
	}

	/** The keys of a visitor who is not signed in. */
	public static Set<String> visitor() {
		return Set.of(SearchDocument.PUBLIC);
	}

	/** The last document the events put in the index for a record. */
	public static SearchDocument published(ApplicationEvents events, String type, String id) {
		List<SearchDocument> documents = events.stream(DocumentChanged.class).map(DocumentChanged::document)
			.filter(d -> d.type().equals(type) && d.id().equals(id)).toList();
		if (documents.isEmpty()) {
			throw new AssertionError("no document published for " + type + " " + id);
		}
		return documents.get(documents.size() - 1);
	}

	/** The document a rebuild reads for a record, or {@code null}. */
	public static SearchDocument rebuilt(DocumentSource source, String id) {
		SearchDocument[] found = new SearchDocument[1];
		Consumer<SearchDocument> keep = d -> {
			if (d.id().equals(id)) {
				found[0] = d;
			}
		};
		source.forEach(keep);
		return found[0];
	}

	/** The IDs of the documents of a type a reader finds for the words. */
	public List<String> found(String type, String words, Set<String> readers) {
		return context.getBean(Search.class).search(new SearchQuery(type, words, Map.of(), readers, 0, 50)).hits()
			.stream().map(SearchHits.Hit::id).toList();
	}
}
