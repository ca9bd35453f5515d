package org.lvzhi.legislation.comments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lvzhi.legislation.DraftId;
import org.lvzhi.legislation.drafts.DraftStore;
import org.lvzhi.legislation.drafts.DraftVersion;
import org.lvzhi.legislation.process.ProcessStore;
import org.lvzhi.legislation.text.AkomaNtoso;
import org.lvzhi.legislation.text.LawText;
import org.lvzhi.legislation.text.Unit;
import org.springframework.stereotype.Component;

/**
 * The comments made on a project's earlier readings as a later reading's decision page shows them:
 * each with the article it was about, followed into the later text through the articles' stable
 * identifiers (the eIds of decision 0015), and its decisions reading by reading.
 */
@Component
public class EarlierComments {

	/**
	 * @param articleThen the article commented on, as labelled in the reading the comment was made on
	 * @param articleNow the same article in this reading, {@code null} when the comment is on the whole
	 *     draft or the article was deleted
	 * @param gone whether the article commented on no longer exists in this reading
	 * @param earlier the comment's decisions for readings before this one
	 * @param now its decision for this reading, or {@code null}
	 */
	record Row(Comment comment, int reading, String articleThen, String articleNow, boolean gone,
			List<ProcessStore.DecisionRow> earlier, ProcessStore.DecisionRow now) {
	}

	private final ProcessStore store;
	private final DraftStore drafts;

	EarlierComments(ProcessStore store, DraftStore drafts) {
		this.store = store;
		this.drafts = drafts;
	}

	public List<Row> of(DraftVersion reading) {
		List<Comment> comments = store.commentsBefore(reading.project(), reading.reading());
		if (comments.isEmpty()) {
			return List.of();
		}
		List<DraftVersion> versions = drafts.versions(reading.project())
			.stream()
			.filter(v -> v.reading() <= reading.reading())
			.toList();
		List<LawText> texts = versions.stream().map(v -> drafts.text(v.id())).toList();
		// The eIds of each reading's articles, as the Akoma Ntoso export gives them.
		Map<DraftId, List<String>> eIds = new HashMap<>();
		Map<DraftId, LawText> byDraft = new HashMap<>();
		for (int i = 0; i < versions.size(); i++) {
			eIds.put(versions.get(i).id(), AkomaNtoso.articleIds(texts.subList(0, i + 1)));
			byDraft.put(versions.get(i).id(), texts.get(i));
		}
		List<String> nowIds = eIds.get(reading.id());
		List<Unit> nowArticles = byDraft.get(reading.id()).articles();
		Map<Long, List<ProcessStore.DecisionRow>> decisions = new HashMap<>();
		for (ProcessStore.DecisionRow row : store.decisionsOfProject(reading.project())) {
			decisions.computeIfAbsent(row.comment().value(), k -> new ArrayList<>()).add(row);
		}
		Map<DraftId, Integer> readingOf = new HashMap<>();
		versions.forEach(v -> readingOf.put(v.id(), v.reading()));
		List<Row> rows = new ArrayList<>();
		for (Comment c : comments) {
			String now = null;
			boolean gone = false;
			if (c.articleSeq() != null && byDraft.containsKey(c.draft())) {
				int article = articleIndex(byDraft.get(c.draft()).units(), c.articleSeq());
				List<String> thenIds = eIds.get(c.draft());
				int at = article < 0 || article >= thenIds.size() ? -1 : nowIds.indexOf(thenIds.get(article));
				if (at >= 0) {
					now = nowArticles.get(at).label();
				}
				else {
					gone = true;
				}
			}
			List<ProcessStore.DecisionRow> history = decisions.getOrDefault(c.id().value(), List.of());
			rows.add(new Row(c, readingOf.getOrDefault(c.draft(), -1), c.articleLabel(), now, gone,
					history.stream().filter(r -> r.reading() < reading.reading()).toList(),
					history.stream().filter(r -> r.draft().equals(reading.id())).findFirst().orElse(null)));
		}
		return rows;
	}

	/** The place among the articles of the unit at {@code seq}, or -1 when it is no article. */
	private static int articleIndex(List<Unit> units, int seq) {
		if (seq < 0 || seq >= units.size() || !units.get(seq).isArticle()) {
			return -1;
		}
		int n = 0;
		for (int i = 0; i < seq; i++) {
			if (units.get(i).isArticle()) {
				n++;
			}
		}
		return n;
	}
}
