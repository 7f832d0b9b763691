package com.pushstudio.dataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.pushstudio.powerbi.Table;

/** A table of the designer: its name, column rows and measure rows. */
public class TableForm {

	private String name = "";

	private List<ColumnForm> columns = new ArrayList<>();

	private List<MeasureForm> measures = new ArrayList<>();

	public TableForm() {
	}

	TableForm(String name, List<ColumnForm> columns) {
		this.name = name;
		this.columns = new ArrayList<>(columns);
	}

	static TableForm blank() {
		return new TableForm("", List.of(new ColumnForm()));
	}

	/**
	 * The recorded table to edit; a table whose columns are not stated yet starts with
	 * one empty row to type into.
	 */
	static TableForm of(RecordedTable table) {
		TableForm form = table.columnsKnown()
				? new TableForm(table.name(), table.columns().stream().map(ColumnForm::of).toList())
				: new TableForm(table.name(), List.of(new ColumnForm()));
		form.measures = new ArrayList<>(table.measures().stream().map(MeasureForm::of).toList());
		return form;
	}

	Table toTable() {
		Table table = Table.of(this.name, this.columns.stream().map(ColumnForm::toColumn).toList());
		return this.measures.isEmpty() ? table
				: table.withMeasures(this.measures.stream().map(MeasureForm::toMeasure).toList());
	}

	/**
	 * Applies a row edit; {@code row} is the column or measure row the button belongs to.
	 * Answers whether the action was one of these edits.
	 */
	boolean apply(String verb, int row) {
		switch (verb) {
			case "add-column" -> this.columns.add(new ColumnForm());
			case "remove-column" -> remove(this.columns, row);
			case "up-column" -> swap(this.columns, row, row - 1);
			case "down-column" -> swap(this.columns, row, row + 1);
			case "add-measure" -> this.measures.add(new MeasureForm());
			case "remove-measure" -> remove(this.measures, row);
			default -> {
				return false;
			}
		}
		return true;
	}

	static <T> void remove(List<T> rows, int row) {
		if (row >= 0 && row < rows.size()) {
			rows.remove(row);
		}
	}

	private static <T> void swap(List<T> rows, int row, int other) {
		if (row >= 0 && other >= 0 && row < rows.size() && other < rows.size()) {
			Collections.swap(rows, row, other);
		}
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public List<ColumnForm> getColumns() {
		return this.columns;
	}

	public void setColumns(List<ColumnForm> columns) {
		this.columns = columns;
	}

	public List<MeasureForm> getMeasures() {
		return this.measures;
	}

	public void setMeasures(List<MeasureForm> measures) {
		this.measures = measures;
	}

}
