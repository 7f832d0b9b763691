package com.pushstudio.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;

/**
 * The shared table of name cases ({@code schema/name-cases.csv}): each row a name or a
 * pair of names, whether Power BI's rules accept it, and why. The designer's checks and
 * the sandbox both run every row, so that the two cannot hold different rules.
 */
public final class NameCases {

	private static final Pattern REPEAT = Pattern.compile("\\{(\\d+)\\*([^}]*)}");

	private static final Pattern CHARACTER = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");

	private NameCases() {
	}

	/** A table of a case's dataset, with its column and measure names. */
	public record TableSpec(String name, List<String> columns, List<String> measures) {
	}

	public record NameCase(String kind, String name, String other, boolean valid, String reason) {

		/** The dataset the case stands for, table by table. */
		public List<TableSpec> tables() {
			return switch (this.kind) {
				case "table" -> List.of(new TableSpec(this.name, List.of("Id"), List.of()));
				case "column" -> List.of(new TableSpec("T", List.of(this.name), List.of()));
				case "measure" -> List.of(new TableSpec("T", List.of("Id"), List.of(this.name)));
				case "tables" -> List.of(new TableSpec(this.name, List.of("Id"), List.of()),
						new TableSpec(this.other, List.of("Id"), List.of()));
				case "columns" -> List.of(new TableSpec("T", List.of(this.name, this.other), List.of()));
				case "columns-in-two-tables" -> List.of(new TableSpec("A", List.of(this.name), List.of()),
						new TableSpec("B", List.of(this.other), List.of()));
				case "measure-and-column" -> List.of(new TableSpec("T", List.of(this.name), List.of(this.other)));
				case "measures-in-two-tables" -> List.of(new TableSpec("A", List.of("Id"), List.of(this.name)),
						new TableSpec("B", List.of("Id"), List.of(this.other)));
				default -> throw new IllegalArgumentException("Unknown kind of name case: " + this.kind);
			};
		}

		@Override
		public String toString() {
			return this.kind + " '" + this.name + "'" + (this.other.isEmpty() ? "" : " and '" + this.other + "'")
					+ " is " + (this.valid ? "valid" : "invalid") + ": " + this.reason;
		}

	}

	public static List<NameCase> all() {
		List<NameCase> cases = new ArrayList<>();
		try (var reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("schema/name-cases.csv").getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().filter((line) -> !line.isBlank() && !line.startsWith("#")).skip(1).forEach((line) -> {
				String[] cells = line.split(",", 5);
				if (cells.length != 5 || !(cells[3].equals("valid") || cells[3].equals("invalid"))) {
					throw new IllegalStateException("Not a name case: " + line);
				}
				cases.add(
						new NameCase(cells[0], decode(cells[1]), decode(cells[2]), cells[3].equals("valid"), cells[4]));
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return cases;
	}

	static String decode(String cell) {
		Matcher repeat = REPEAT.matcher(cell);
		StringBuilder expanded = new StringBuilder();
		while (repeat.find()) {
			repeat.appendReplacement(expanded,
					Matcher.quoteReplacement(repeat.group(2).repeat(Integer.parseInt(repeat.group(1)))));
		}
		repeat.appendTail(expanded);
		Matcher character = CHARACTER.matcher(expanded.toString().replace("\\t", "\t"));
		StringBuilder decoded = new StringBuilder();
		while (character.find()) {
			character.appendReplacement(decoded,
					Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(character.group(1), 16))));
		}
		character.appendTail(decoded);
		return decoded.toString();
	}

}
