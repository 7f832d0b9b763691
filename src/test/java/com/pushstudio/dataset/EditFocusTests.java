package com.pushstudio.dataset;

import java.util.List;
import java.util.stream.IntStream;

import com.pushstudio.powerbi.Column;
import com.pushstudio.powerbi.DataType;
import com.pushstudio.powerbi.Table;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a row edit the person carries on where they were: each edit is applied to a real
 * form, and the focus named must be a control that form then has.
 */
class EditFocusTests {

	@Test
	void addingARowFocusesItsName() {
		assertThat(focusAfter("add-column:0", design(3))).isEqualTo("tables-0-columns-3-name");
		assertThat(focusAfter("add-measure:0", design(3))).isEqualTo("tables-0-measures-0-name");
		assertThat(focusAfter("add-table", design(3))).isEqualTo("tables-1-name");
		assertThat(focusAfter("add-relationship", design(3))).isEqualTo("relationships-0-name");
	}

	@Test
	void removingARowFocusesTheRowThatTookItsPlaceOrTheOneBefore() {
		assertThat(focusAfter("remove-column:0:1", design(3))).isEqualTo("tables-0-columns-1-name");
		assertThat(focusAfter("remove-column:0:2", design(3))).isEqualTo("tables-0-columns-1-name");
		assertThat(focusAfter("remove-column:0:0", design(1))).isEqualTo("tables-0-add-column");
		assertThat(focusAfter("remove-table:0", design(1))).isEqualTo("add-table");
	}

	/** The same Move button again moves the row on; at the end its name is next. */
	@Test
	void movingARowFocusesItInItsNewPlace() {
		assertThat(focusAfter("up-column:0:2", design(3))).isEqualTo("tables-0-columns-1-up");
		assertThat(focusAfter("up-column:0:1", design(3))).isEqualTo("tables-0-columns-0-name");
		assertThat(focusAfter("down-column:0:0", design(3))).isEqualTo("tables-0-columns-1-down");
		assertThat(focusAfter("down-column:0:1", design(3))).isEqualTo("tables-0-columns-2-name");
		assertThat(focusAfter("up-column:0:0", design(3))).isNull();
	}

	@Test
	void onTheSchemaChangePageTheIdsHaveNoTablePrefix() {
		TableForm table = design(2).getTables().get(0);
		table.apply("add-column", -1);
		assertThat(EditFocus.after("add-column", -1, table, "")).isEqualTo("columns-2-name");
	}

	private static String focusAfter(String value, DatasetForm form) {
		FormAction action = FormAction.parse(value);
		form.apply(action);
		return EditFocus.after(action, form);
	}

	private static DatasetForm design(int columns) {
		List<Column> list = IntStream.rangeClosed(1, columns)
			.mapToObj((c) -> Column.of("C" + c, DataType.STRING))
			.toList();
		return DatasetForm.of("Sales", List.of(Table.of("Sales", list)));
	}

}
