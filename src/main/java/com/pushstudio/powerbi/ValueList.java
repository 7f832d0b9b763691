package com.pushstudio.powerbi;

import java.util.List;

/** The {@code { "value": [...] }} envelope of Power BI's list answers. */
record ValueList<T>(List<T> value) {

	List<T> items() {
		return (this.value != null) ? this.value : List.of();
	}

}
