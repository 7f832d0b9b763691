package com.pushstudio.consolidation;

import java.util.List;

import com.pushstudio.consolidation.ListFit.From;
import com.pushstudio.graph.ColumnKind;
import com.pushstudio.graph.ListColumn;
import com.pushstudio.powerbi.Column;
import com.pushstudio.powerbi.DataType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ListFitTests {

	private static final List<Column> TABLE = List.of(Column.of("Task", DataType.STRING),
			Column.of("Hours", DataType.INT64), Column.of("Owner", DataType.STRING),
			Column.of("List", DataType.STRING));

	@Test
	void everyTableColumnFindsAListColumnByTitleOrApiName() {
		ListFit fit = ListFit.check(TABLE,
				List.of(column("Title", "task", ColumnKind.TEXT), column("Hours0", "Hours", ColumnKind.NUMBER),
						column("AssignedTo", "owner", ColumnKind.PERSON), column("Notes", "Notes", ColumnKind.TEXT)),
				"List", null);
		assertThat(fit.fits()).isTrue();
		assertThat(fit.mapping()).extracting(ListFit.Mapped::from)
			.containsExactly(From.FIELD, From.FIELD, From.FIELD, From.LIST_NAME);
		assertThat(fit.fields()).containsExactly("Title", "Hours0", "AssignedToLookupId");
	}

	@Test
	void aTableColumnWithNoListColumnMakesTheListUnfitAndIsNamed() {
		ListFit fit = ListFit.check(TABLE, List.of(column("Title", "Task", ColumnKind.TEXT)), "List", null);
		assertThat(fit.fits()).isFalse();
		assertThat(fit.reason()).isEqualTo("no column for Hours, Owner");
	}

	@Test
	void aColumnWhoseValuesDoNotConvertMakesTheListUnfit() {
		ListFit fit = ListFit.check(TABLE, List.of(column("Title", "Task", ColumnKind.TEXT),
				column("Hours", "Hours", ColumnKind.TEXT), column("Owner", "Owner", ColumnKind.TEXT)), "List", null);
		assertThat(fit.reason()).isEqualTo("Hours holds text, which does not convert to Int64");
	}

	@Test
	void severalPeopleInOneColumnDoNotFit() {
		ListColumn people = new ListColumn("Owner", "Owner", ColumnKind.PERSON, false, true, null, null, false, false);
		ListFit fit = ListFit.check(TABLE,
				List.of(column("Title", "Task", ColumnKind.TEXT), column("Hours", "Hours", ColumnKind.NUMBER), people),
				"List", null);
		assertThat(fit.reason()).contains("Owner allows several people");
	}

	private static ListColumn column(String name, String title, ColumnKind kind) {
		return new ListColumn(name, title, kind, false, false, null, null, false, false);
	}

}
