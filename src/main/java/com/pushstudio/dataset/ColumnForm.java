package com.pushstudio.dataset;

import com.pushstudio.powerbi.Column;
import com.pushstudio.powerbi.DataType;

/** One column row of a table form. */
public class ColumnForm {

	private String name = "";

	private DataType dataType = DataType.STRING;

	public ColumnForm() {
	}

	ColumnForm(String name, DataType dataType) {
		this.name = name;
		this.dataType = dataType;
	}

	static ColumnForm of(Column column) {
		return new ColumnForm(column.name(), column.dataType());
	}

	Column toColumn() {
		return Column.of(this.name, this.dataType);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public DataType getDataType() {
		return this.dataType;
	}

	public void setDataType(DataType dataType) {
		this.dataType = dataType;
	}

}
