package com.pushstudio.consolidation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import com.pushstudio.consolidation.ItemDelta.ItemRow;
import com.pushstudio.consolidation.ListFit.Mapped;
import com.pushstudio.consolidation.SharePointValues.Cell;
import com.pushstudio.graph.ListItem;

/**
 * The rows of one list's items, by its fit. An item with a value that does not convert is
 * left out, and each such value is a problem naming list, item and column.
 */
final class ItemRows {

	private final ListFit fit;

	private final String listTitle;

	private final String listUrl;

	private final ZoneId siteZone;

	private final SharePointValues.Names names;

	private final Problems problems;

	ItemRows(ListFit fit, String listTitle, String listUrl, ZoneId siteZone, SharePointValues.Names names,
			Problems problems) {
		this.fit = fit;
		this.listTitle = listTitle;
		this.listUrl = listUrl;
		this.siteZone = siteZone;
		this.names = names;
		this.problems = problems;
	}

	/**
	 * @return the item's row, or null when a value did not convert
	 */
	ItemRow convert(ListItem item) {
		List<String> values = new ArrayList<>(this.fit.mapping().size());
		boolean ok = true;
		for (Mapped mapped : this.fit.mapping()) {
			switch (mapped.from()) {
				case LIST_NAME -> values.add(this.listTitle);
				case LIST_URL -> values.add(this.listUrl);
				case FIELD -> {
					Cell cell = SharePointValues.convert((item.fields() != null)
							? item.fields().get(SharePointValues.fieldName(mapped.column())) : null, mapped.column(),
							mapped.type(), this.siteZone, this.names);
					if (cell.problem() != null) {
						this.problems.add("list " + this.listTitle + ", item " + item.id() + ", column "
								+ mapped.column().title() + ": " + cell.problem());
						ok = false;
					}
					values.add(cell.text());
				}
			}
		}
		return ok ? new ItemRow(item.id(), values, hash(values)) : null;
	}

	/** A hash of the values that tells null from empty and no two splits apart. */
	static String hash(List<String> values) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String value : values) {
				if (value == null) {
					digest.update((byte) 0);
				}
				else {
					byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
					digest.update((byte) 1);
					digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
					digest.update((byte) ':');
					digest.update(bytes);
				}
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The problems of a run: all counted, the first few kept. */
	static final class Problems {

		private final int keep;

		private final List<String> first = new ArrayList<>();

		private long count;

		Problems(int keep) {
			this.keep = keep;
		}

		void add(String problem) {
			this.count++;
			if (this.first.size() < this.keep) {
				this.first.add(problem);
			}
		}

		List<String> first() {
			return List.copyOf(this.first);
		}

		long count() {
			return this.count;
		}

	}

}
