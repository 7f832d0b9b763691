package com.pushstudio.dataset;

import com.pushstudio.powerbi.Relationship;
import com.pushstudio.powerbi.Relationship.CrossFilteringBehavior;

/**
 * One relationship row: from the foreign-key side (table and column) to the primary-key
 * side.
 */
public class RelationshipForm {

	private String name = "";

	private String fromTable = "";

	private String fromColumn = "";

	private String toTable = "";

	private String toColumn = "";

	private CrossFilteringBehavior crossFiltering = CrossFilteringBehavior.ONE_DIRECTION;

	public RelationshipForm() {
	}

	RelationshipForm(String name, String fromTable, String fromColumn, String toTable, String toColumn) {
		this.name = name;
		this.fromTable = fromTable;
		this.fromColumn = fromColumn;
		this.toTable = toTable;
		this.toColumn = toColumn;
	}

	Relationship toRelationship() {
		return new Relationship(this.name, this.fromTable, this.fromColumn, this.toTable, this.toColumn,
				this.crossFiltering);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getFromTable() {
		return this.fromTable;
	}

	public void setFromTable(String fromTable) {
		this.fromTable = fromTable;
	}

	public String getFromColumn() {
		return this.fromColumn;
	}

	public void setFromColumn(String fromColumn) {
		this.fromColumn = fromColumn;
	}

	public String getToTable() {
		return this.toTable;
	}

	public void setToTable(String toTable) {
		this.toTable = toTable;
	}

	public String getToColumn() {
		return this.toColumn;
	}

	public void setToColumn(String toColumn) {
		this.toColumn = toColumn;
	}

	public CrossFilteringBehavior getCrossFiltering() {
		return this.crossFiltering;
	}

	public void setCrossFiltering(CrossFilteringBehavior crossFiltering) {
		this.crossFiltering = crossFiltering;
	}

}
