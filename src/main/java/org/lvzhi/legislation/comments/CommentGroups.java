package org.lvzhi.legislation.comments;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lvzhi.legislation.DraftId;
import org.lvzhi.legislation.ProjectId;
import org.lvzhi.legislation.drafts.DraftDocuments;
import org.lvzhi.legislation.process.ProcessStore;
import org.lvzhi.search.Search;
import org.lvzhi.search.SearchHits;
import org.springframework.stereotype.Component;

/**
 * The same point made many times: comments whose texts are near duplicates of one another (the
 * search index's similarity, among the comments on the same draft or project), grouped so that
 * staff decide on the point once and the adoption report says how many made it. A group holds
 * each comment as it was made, with its author; grouping changes nothing stored.
 */
@Component
public class CommentGroups {

	/**
	 * Two comments this similar make the same point: a campaign's copies, or the same demand in a
	 * few other words; below it comments on the same article only share its subject.
	 */
	static final double SAME_POINT = 0.6;
	/** How many neighbours of each comment are looked at. */
	static final int NEIGHBOURS = 30;

	private final Search search;
	private final ProcessStore store;

	CommentGroups(Search search, ProcessStore store) {
		this.search = search;
		this.store = store;
	}

	/** One point and the comments that made it, earliest first; always two or more. */
	public record Group(List<Comment> comments) {

		public int size() {
			return comments.size();
		}

		/** The earliest comment, whose words stand for the point. */
		public Comment first() {
			return comments.getFirst();
		}
	}

	/** The groups among the comments on a draft, largest first; hidden comments are left out. */
	public List<Group> ofDraft(DraftId draft) {
		return of(store.comments(draft), Map.of("draft", Set.of(draft.toString())));
	}

	/** The groups among the comments given (all of one project), largest first. */
	public List<Group> of(Collection<Comment> comments, ProjectId project) {
		return of(comments, Map.of("project", Set.of(project.toString())));
	}

	private List<Group> of(Collection<Comment> all, Map<String, Set<String>> scope) {
		Map<String, Comment> byId = new LinkedHashMap<>();
		all.stream().filter(c -> !c.hidden()).forEach(c -> byId.put(c.id().toString(), c));
		Map<String, String> parent = new HashMap<>();
		byId.keySet().forEach(id -> parent.put(id, id));
		// Copies of one text (a campaign's) are one point without asking the index, which is then
		// asked once per distinct text: a draft with thousands of copies costs a few queries.
		Map<String, Set<String>> copies = new LinkedHashMap<>();
		for (Comment c : byId.values()) {
			String text = normalized(c.body());
			Set<String> same = copies.computeIfAbsent(text.isEmpty() ? c.id().toString() : text,
					k -> new java.util.LinkedHashSet<>());
			if (!same.isEmpty()) {
				union(parent, same.iterator().next(), c.id().toString());
			}
			same.add(c.id().toString());
		}
		for (Set<String> same : copies.values()) {
			String id = same.iterator().next();
			Comment c = byId.get(id);
			// The copies are left out, so that the neighbours looked at are other texts.
			for (SearchHits.Hit hit : search.similar(CommentIndex.TYPE, c.body(), NEIGHBOURS,
					Set.of(DraftDocuments.STAFF), same, scope)) {
				if (hit.score() < SAME_POINT) {
					break;
				}
				if (byId.containsKey(hit.id())) {
					union(parent, id, hit.id());
				}
			}
		}
		Map<String, List<Comment>> groups = new LinkedHashMap<>();
		for (Comment c : byId.values()) {
			groups.computeIfAbsent(find(parent, c.id().toString()), k -> new ArrayList<>()).add(c);
		}
		return groups.values()
			.stream()
			.filter(g -> g.size() > 1)
			.map(g -> new Group(g.stream()
				.sorted(Comparator.comparing(Comment::submittedAt).thenComparing(c -> c.id().value()))
				.toList()))
			.sorted(Comparator.comparingInt(Group::size).reversed()
				.thenComparing(g -> g.first().submittedAt()))
			.toList();
	}

	/** The text without blanks and punctuation, for spotting copies. */
	static String normalized(String body) {
		return body == null ? "" : body.codePoints()
			.filter(Character::isLetterOrDigit)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
	}

	private static String find(Map<String, String> parent, String id) {
		String root = id;
		while (!parent.get(root).equals(root)) {
			root = parent.get(root);
		}
		parent.put(id, root);
		return root;
	}

	private static void union(Map<String, String> parent, String a, String b) {
		String ra = find(parent, a);
		String rb = find(parent, b);
		if (!ra.equals(rb)) {
			parent.put(rb, ra);
		}
	}
}
