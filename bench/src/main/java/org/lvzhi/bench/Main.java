package org.lvzhi.bench;

import java.util.Map;
import java.util.TreeMap;

import org.lvzhi.bench.directory.DirectoryBench;
import org.lvzhi.bench.inspections.InspectionsBench;
import org.lvzhi.bench.legislation.LegislationBench;
import org.lvzhi.bench.liaison.LiaisonBench;
import org.lvzhi.bench.meetings.MeetingsBench;
import org.lvzhi.bench.petitions.PetitionsBench;
import org.lvzhi.bench.questionnaires.QuestionnairesBench;
import org.lvzhi.bench.evaluation.EvaluationBench;
import org.lvzhi.bench.suggestions.SuggestionsBench;

/**
 * The harness's entry point: {@code Main <benchmark> --key=value ...}. {@code bench/run} starts
 * the app and the database and then calls this; each benchmark reads the options it needs.
 */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 0) {
			System.err.println("usage: Main <benchmark> [--key=value ...]; benchmarks: directory, suggestions, inspections, evaluation, legislation, liaison, meetings, petitions, questionnaires, summary");
			System.exit(2);
		}
		Map<String, String> options = new TreeMap<>();
		for (int i = 1; i < args.length; i++) {
			String a = args[i];
			if (!a.startsWith("--") || !a.contains("=")) {
				throw new IllegalArgumentException("expected --key=value, got " + a);
			}
			options.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
		}
		Options o = new Options(options);
		switch (args[0]) {
			case "directory" -> new DirectoryBench(o).run();
			case "suggestions" -> new SuggestionsBench(o).run();
			case "inspections" -> new InspectionsBench(o).run();
			case "evaluation" -> new EvaluationBench(o).run();
			case "legislation" -> new LegislationBench(o).run();
			case "liaison" -> new LiaisonBench(o).run();
			case "meetings" -> new MeetingsBench(o).run();
			case "petitions" -> new PetitionsBench(o).run();
			case "questionnaires" -> new QuestionnairesBench(o).run();
			case "summary" -> Summary.run(o);
			default -> {
				System.err.println("unknown benchmark: " + args[0]);
				System.exit(2);
			}
		}
	}
}
