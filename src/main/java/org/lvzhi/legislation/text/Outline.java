package org.lvzhi.legislation.text;

import java.util.ArrayList;
import java.util.List;

/** Where each unit stands: the divisions (编, 分编, 章, 节) open above it. */
public final class Outline {

	private Outline() {
	}

	/** For each unit, the headings of its enclosing divisions, outermost first, e.g. {@code 第二章 规划的制定}. */
	public static List<List<String>> paths(List<Unit> units) {
		List<List<String>> paths = new ArrayList<>(units.size());
		Unit[] open = new Unit[5];
		for (Unit unit : units) {
			if (unit.kind().isDivision()) {
				int depth = unit.kind().depth();
				open[depth] = unit;
				for (int d = depth + 1; d < open.length; d++) {
					open[d] = null;
				}
			}
			List<String> path = new ArrayList<>();
			for (int d = 1; d < open.length; d++) {
				if (open[d] != null && open[d] != unit) {
					path.add(open[d].plain());
				}
			}
			paths.add(List.copyOf(path));
		}
		return paths;
	}
}
