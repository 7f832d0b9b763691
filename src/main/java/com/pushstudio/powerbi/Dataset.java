package com.pushstudio.powerbi;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A dataset (semantic model) as Get Datasets and Post Dataset answer. The swagger spells
 * {@code IsRefreshable} with a capital while the service answers {@code isRefreshable};
 * both are read.
 */
public record Dataset(String id, String name, @JsonProperty("addRowsAPIEnabled") Boolean addRowsAPIEnabled,
		String configuredBy, @JsonProperty("isRefreshable") @JsonAlias("IsRefreshable") Boolean isRefreshable,
		String webUrl, String defaultRetentionPolicy, String targetStorageMode, String description) {

	/** Whether rows can be pushed into it: only push datasets allow adding rows. */
	public boolean isPushDataset() {
		return Boolean.TRUE.equals(this.addRowsAPIEnabled);
	}

}
