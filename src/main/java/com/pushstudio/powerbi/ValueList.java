package com.pushstudio.powerbi;

import java.util.List;
import java.util.Objects;

/** The {@code { "value": [...] }} envelope of Power BI's list answers. */
record ValueList<T>(List<T> value) {

	/** The items, without the {@code null}s a sparse answer may hold. */
	List<T> items() {
		return (this.value != null) ? this.value.stream().filter(Objects::nonNull).toList() : List.of();
	}

}
