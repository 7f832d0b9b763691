package com.pushstudio.sandbox.powerbi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The README's "Power BI parity" table, read as the list the sandbox is held to: for each
 * operation, the properties Power BI is documented or observed to answer, or "no body".
 * Reading the README itself keeps the page and the test from drifting apart.
 */
final class ParityList {

	static final String NO_BODY = "no body";

	private static final Pattern CODE = Pattern.compile("`([^`]+)`");

	private static final Pattern SEGMENT = Pattern.compile("@odata\\.context|\\[]|[^.\\[\\]]+");

	private final Map<String, List<List<String>>> answers;

	private ParityList(Map<String, List<List<String>>> answers) {
		this.answers = answers;
	}

	static ParityList fromReadme() {
		try {
			return parse(Files.readAllLines(Path.of("README.md")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ParityList parse(List<String> readme) {
		int section = readme.indexOf("## Power BI parity");
		if (section < 0) {
			throw new IllegalStateException("The README has no '## Power BI parity' section");
		}
		Map<String, List<List<String>>> answers = new LinkedHashMap<>();
		int column = -1;
		for (String line : readme.subList(section + 1, readme.size())) {
			if (line.startsWith("## ")) {
				break;
			}
			if (!line.startsWith("|") || line.startsWith("|---")) {
				continue;
			}
			List<String> cells = List.of(line.substring(1, line.length() - 1).split("\\|", -1))
				.stream()
				.map(String::strip)
				.toList();
			if (column < 0) {
				column = cells.indexOf("Power BI answers");
				continue;
			}
			answers.put(cells.get(0), patterns(cells.get(column)));
		}
		if (answers.isEmpty()) {
			throw new IllegalStateException("The parity section has no table with a 'Power BI answers' column");
		}
		return new ParityList(answers);
	}

	java.util.Set<String> operations() {
		return this.answers.keySet();
	}

	/**
	 * What in an answer of {@code operation} the list does not allow; empty when the
	 * answer carries nothing Power BI does not return.
	 */
	List<String> problems(String operation, PowerBiTestClient.Answer answer) {
		List<List<String>> allowed = this.answers.get(operation);
		List<String> problems = new ArrayList<>();
		if (allowed == null) {
			problems.add(operation + ": not in the parity list");
		}
		else if (allowed.isEmpty()) {
			if (!answer.text().isEmpty()) {
				problems.add(operation + ": Power BI answers no body, the sandbox answered " + answer.text());
			}
		}
		else {
			visit(answer.json(), new ArrayList<>(), (path) -> {
				if (allowed.stream().noneMatch((pattern) -> covers(pattern, path))) {
					String problem = operation + ": " + String.join(".", path).replace(".[]", "[]")
							+ " is not among the properties Power BI answers";
					if (!problems.contains(problem)) {
						problems.add(problem);
					}
				}
			});
		}
		return problems;
	}

	private static List<List<String>> patterns(String cell) {
		if (cell.equals(NO_BODY)) {
			return List.of();
		}
		List<List<String>> patterns = new ArrayList<>();
		Matcher code = CODE.matcher(cell);
		while (code.find()) {
			List<String> segments = new ArrayList<>();
			Matcher segment = SEGMENT.matcher(code.group(1));
			while (segment.find()) {
				segments.add(segment.group());
			}
			patterns.add(segments);
		}
		if (patterns.isEmpty()) {
			throw new IllegalStateException("A parity cell lists neither properties nor 'no body': " + cell);
		}
		return patterns;
	}

	/** A path is allowed when it is a listed pattern or leads into one. */
	private static boolean covers(List<String> pattern, List<String> path) {
		if (path.size() > pattern.size()) {
			return false;
		}
		for (int i = 0; i < path.size(); i++) {
			if (!pattern.get(i).equals("*") && !pattern.get(i).equals(path.get(i))) {
				return false;
			}
		}
		return true;
	}

	private static void visit(JsonNode node, List<String> at, java.util.function.Consumer<List<String>> action) {
		if (node.isObject()) {
			for (var property : node.properties()) {
				List<String> path = new ArrayList<>(at);
				path.add(property.getKey());
				action.accept(path);
				visit(property.getValue(), path, action);
			}
		}
		else if (node.isArray()) {
			List<String> path = new ArrayList<>(at);
			path.add("[]");
			for (JsonNode item : node) {
				visit(item, path, action);
			}
		}
	}

}
