package org.lvzhi.dutyrecords;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.lvzhi.directory.PersonId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly evaluation (考核评价): each deputy's score is her record weighed with the current
 * weights, and deputies are ranked within their group. Scores are computed on every request from
 * the records, so a change of weights shows at once.
 */
@Service
@Transactional(readOnly = true)
class Evaluation {

	private final GroupMembers groups;
	private final DutyRecords records;
	private final WeightStore weights;

	Evaluation(GroupMembers groups, DutyRecords records, WeightStore weights) {
		this.groups = groups;
		this.records = records;
		this.weights = weights;
	}

	/** The group's deputies, best score first; equal scores share a rank and are ordered by name. */
	List<RankedDeputy> rank(DutyGroup group, int year) {
		Map<Long, String> members = members(group, year);
		Map<Long, DutyTotals> totals = records.totalsOf(members.keySet(), DutyRecords.yearStart(year),
				DutyRecords.yearEnd(year));
		DutyWeights w = weights.load();
		record Scored(long id, String name, DutyTotals totals, BigDecimal score) {
		}
		List<Scored> scored = new ArrayList<>();
		members.forEach((id, name) -> {
			DutyTotals t = totals.getOrDefault(id, DutyTotals.none());
			scored.add(new Scored(id, name, t, w.score(t)));
		});
		scored.sort(Comparator.comparing(Scored::score).reversed().thenComparing(Scored::name).thenComparing(Scored::id));
		List<RankedDeputy> ranked = new ArrayList<>();
		int rank = 0;
		for (int i = 0; i < scored.size(); i++) {
			Scored s = scored.get(i);
			if (i == 0 || s.score().compareTo(scored.get(i - 1).score()) != 0) {
				rank = i + 1;
			}
			ranked.add(new RankedDeputy(rank, new PersonId(s.id()), s.name(), s.totals(), s.score()));
		}
		return ranked;
	}

	/** The group's members in the year, by name: ID to name. */
	Map<Long, String> members(DutyGroup group, int year) {
		return GroupMembers.names(groups.of(group, year));
	}
}
