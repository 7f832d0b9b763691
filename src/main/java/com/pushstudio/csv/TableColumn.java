package com.pushstudio.csv;

import java.util.Objects;

import com.pushstudio.powerbi.DataType;

/** A column of the push dataset table that rows are sent to. */
public record TableColumn(String name, DataType type) {

	public TableColumn {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(type, "type");
	}

}
