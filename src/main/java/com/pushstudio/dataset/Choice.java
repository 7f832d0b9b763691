package com.pushstudio.dataset;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** An option of a select field: the value sent and the text shown. */
public record Choice(String value, String text) {

	/** An option per enum constant, shown by the name Power BI uses for it. */
	static <E extends Enum<E>> List<Choice> of(E[] values, Function<E, String> text) {
		return Arrays.stream(values).map((value) -> new Choice(value.name(), text.apply(value))).toList();
	}

}
