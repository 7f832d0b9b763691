package com.pushstudio.consolidation;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The bounds of a SharePoint sync.
 *
 * @param deltaPages pages of one list's delta feed read in one sync at most
 * @param itemsPerList items of one list read in one sync at most
 * @param lookupItems people or looked-up items read per site or list for display texts
 * @param problemsKept values that did not convert, kept per run
 * @param runsKept runs kept in a source's history
 * @param maxFileSize the largest rows file one sync writes
 * @param scheduleSweep how often the schedules are looked at: a scheduled sync starts at
 * most this late
 */
@Validated
@ConfigurationProperties("push-studio.sharepoint")
record SyncProperties(@Min(1) @DefaultValue("1000") int deltaPages, @Min(1) @DefaultValue("200000") int itemsPerList,
		@Min(1) @DefaultValue("5000") int lookupItems, @Min(1) @DefaultValue("50") int problemsKept,
		@Min(1) @DefaultValue("100") int runsKept, @DefaultValue("1GB") DataSize maxFileSize,
		@DurationMin(seconds = 1) @DefaultValue("30s") Duration scheduleSweep) {
}
