package com.pushstudio.dataset;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.pushstudio.powerbi.CreateDatasetRequest;
import com.pushstudio.powerbi.CreateDatasetRequest.Mode;
import com.pushstudio.powerbi.RetentionPolicy;
import com.pushstudio.powerbi.Table;
import com.pushstudio.powerbi.Workspace;

/** The designer's form for a new push dataset. */
public class DatasetForm {

	private String name = "";

	private String workspace = Workspace.MY_WORKSPACE.idOrMe();

	private RetentionPolicy retention = RetentionPolicy.NONE;

	private Mode mode = Mode.PUSH;

	private List<TableForm> tables = new ArrayList<>();

	private List<RelationshipForm> relationships = new ArrayList<>();

	/** A new design: one table with one column to type into. */
	static DatasetForm blank() {
		DatasetForm form = new DatasetForm();
		form.tables.add(TableForm.blank());
		return form;
	}

	/**
	 * A design of exactly these tables in My workspace, as a script or test states it.
	 */
	public static DatasetForm of(String name, List<Table> tables) {
		DatasetForm form = new DatasetForm();
		form.name = name;
		for (Table table : tables) {
			TableForm tableForm = new TableForm(table.name(), table.columns().stream().map(ColumnForm::of).toList());
			form.tables.add(tableForm);
		}
		return form;
	}

	/**
	 * What a relationship can name: the tables defined so far, and a blank for none yet.
	 * Values typed before a table was renamed stay choosable, so nothing is lost.
	 */
	List<Choice> tableChoices() {
		Set<String> names = new LinkedHashSet<>();
		this.tables.forEach((table) -> addName(names, table.getName()));
		this.relationships.forEach((relationship) -> {
			addName(names, relationship.getFromTable());
			addName(names, relationship.getToTable());
		});
		return choices(names);
	}

	/** The columns of every table defined so far, for either end of a relationship. */
	List<Choice> columnChoices() {
		Set<String> names = new LinkedHashSet<>();
		this.tables.forEach((table) -> table.getColumns().forEach((column) -> addName(names, column.getName())));
		this.relationships.forEach((relationship) -> {
			addName(names, relationship.getFromColumn());
			addName(names, relationship.getToColumn());
		});
		return choices(names);
	}

	private static void addName(Set<String> names, String name) {
		if (name != null && !name.isBlank()) {
			names.add(name.trim());
		}
	}

	private static List<Choice> choices(Set<String> names) {
		List<Choice> choices = new ArrayList<>();
		choices.add(new Choice("", "\u2014"));
		names.forEach((name) -> choices.add(new Choice(name, name)));
		return choices;
	}

	CreateDatasetRequest toRequest() {
		return new CreateDatasetRequest(this.name, this.mode, this.tables.stream().map(TableForm::toTable).toList(),
				this.relationships.isEmpty() ? null
						: this.relationships.stream().map(RelationshipForm::toRelationship).toList());
	}

	/**
	 * Applies a row edit from the button that submitted the form. Answers whether it was
	 * one; anything else (create, refresh) leaves the form as typed.
	 */
	boolean apply(FormAction action) {
		int table = action.row(0);
		switch (action.verb()) {
			case "add-table" -> this.tables.add(TableForm.blank());
			case "remove-table" -> TableForm.remove(this.tables, table);
			case "add-relationship" -> this.relationships.add(new RelationshipForm());
			case "remove-relationship" -> TableForm.remove(this.relationships, table);
			default -> {
				return table >= 0 && table < this.tables.size()
						&& this.tables.get(table).apply(action.verb(), action.row(1));
			}
		}
		return true;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getWorkspace() {
		return this.workspace;
	}

	public void setWorkspace(String workspace) {
		this.workspace = workspace;
	}

	public RetentionPolicy getRetention() {
		return this.retention;
	}

	public void setRetention(RetentionPolicy retention) {
		this.retention = retention;
	}

	public Mode getMode() {
		return this.mode;
	}

	public void setMode(Mode mode) {
		this.mode = mode;
	}

	public List<TableForm> getTables() {
		return this.tables;
	}

	public void setTables(List<TableForm> tables) {
		this.tables = tables;
	}

	public List<RelationshipForm> getRelationships() {
		return this.relationships;
	}

	public void setRelationships(List<RelationshipForm> relationships) {
		this.relationships = relationships;
	}

}
