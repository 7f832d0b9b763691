package com.pushstudio.upload;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import com.pushstudio.csv.CellError;

/**
 * A guess at the reading option behind many errors at once: when most refused values look
 * like numbers with a decimal comma, day-first dates or text in another encoding, the
 * options are wrong, not the file.
 */
enum ErrorHint {

	DECIMAL_COMMA(Pattern.compile("[+-]?(\\d{1,3}(\\.\\d{3})+|\\d+)?,\\d+").asMatchPredicate()),

	DAY_FIRST_DATES(
			Pattern.compile("(0?[1-9]|[12]\\d|3[01])[./-](0?[1-9]|1[0-2])[./-]\\d{2,4}( .*)?").asMatchPredicate()),

	ENCODING((value) -> false);

	private final Predicate<String> looksLike;

	ErrorHint(Predicate<String> looksLike) {
		this.looksLike = looksLike;
	}

	/** The hint most of the errors point at, or {@code null} when none stands out. */
	static ErrorHint of(List<CellError> errors) {
		if (errors.isEmpty()) {
			return null;
		}
		if (errors.stream().anyMatch((error) -> error.reason() != null && error.reason().contains("is not valid"))) {
			return ENCODING;
		}
		for (ErrorHint hint : List.of(DECIMAL_COMMA, DAY_FIRST_DATES)) {
			long matching = errors.stream()
				.filter((error) -> error.value() != null && hint.looksLike.test(error.value().strip()))
				.count();
			if (matching * 2 > errors.size()) {
				return hint;
			}
		}
		return null;
	}

}
