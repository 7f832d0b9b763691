package com.pushstudio.consolidation;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.pushstudio.consolidation.ListRule.Kind;
import com.pushstudio.graph.ColumnKind;
import com.pushstudio.graph.ListColumn;
import com.pushstudio.graph.SharePointList;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ListRulesTests {

	private static final List<ListColumn> COLUMNS = List.of(
			new ListColumn("Hours0", "Hours", ColumnKind.NUMBER, false, false, null, null, false, false),
			new ListColumn("Owner", "Project owner", ColumnKind.PERSON, false, false, null, null, false, false));

	@Test
	void aNamePatternMatchesTitlesCaseInsensitively() {
		ListRule rule = new ListRule(Kind.NAME_PATTERN, null, "Project ?-*", null);
		assertThat(matches(rule, list("Project A-Alpha"))).isTrue();
		assertThat(matches(rule, list("project b-"))).isTrue();
		assertThat(matches(rule, list("Project AB-Alpha"))).isFalse();
		assertThat(matches(rule, list("My Project A-Alpha"))).isFalse();
	}

	@Test
	void aPatternsOtherCharactersAreTakenLiterally() {
		ListRule rule = new ListRule(Kind.NAME_PATTERN, null, "Costs (2024).*", null);
		assertThat(matches(rule, list("Costs (2024).xlsx"))).isTrue();
		assertThat(matches(rule, list("Costs 2024x"))).isFalse();
	}

	@Test
	void pickedListsAreTakenByTheirId() {
		ListRule rule = new ListRule(Kind.PICKED, List.of("id-Alpha"), null, null);
		assertThat(matches(rule, list("Alpha"))).isTrue();
		assertThat(matches(rule, list("Beta"))).isFalse();
	}

	@Test
	void everyListWithTheColumnsByTitleOrName() {
		assertThat(matches(new ListRule(Kind.HAS_COLUMNS, null, null, List.of("hours", "OWNER")), list("Any")))
			.isTrue();
		assertThat(matches(new ListRule(Kind.HAS_COLUMNS, null, null, List.of("Hours", "Budget")), list("Any")))
			.isFalse();
	}

	@Test
	void columnsAreAskedForOnlyByARuleThatNeedsThem() {
		AtomicInteger asked = new AtomicInteger();
		ListRules.matches(new ListRule(Kind.NAME_PATTERN, null, "*", null), list("Alpha"), () -> {
			asked.incrementAndGet();
			return COLUMNS;
		});
		assertThat(asked).hasValue(0);
	}

	@Test
	void hiddenListsAndDocumentLibrariesAreNeverTaken() {
		ListRule all = new ListRule(Kind.NAME_PATTERN, null, "*", null);
		assertThat(matches(all, new SharePointList("1", "a", "Alpha", null, true, "genericList"))).isFalse();
		assertThat(matches(all, new SharePointList("2", "d", "Documents", null, false, "documentLibrary"))).isFalse();
		assertThat(matches(all, new SharePointList("3", "b", "Beta", null, false, null))).isTrue();
	}

	private static boolean matches(ListRule rule, SharePointList list) {
		return ListRules.matches(rule, list, () -> COLUMNS);
	}

	private static SharePointList list(String title) {
		return new SharePointList("id-" + title, title, title, "https://contoso.example/lists/" + title, false,
				"genericList");
	}

}
