package com.pushstudio.upload.web;

import com.pushstudio.upload.FileOptions;

import java.util.List;

/**
 * The options and mapping page as posted.
 *
 * @param header {@code yes} or {@code no}
 * @param targets per CSV column, the table column it feeds ("" for none)
 * @param mode {@code append} or {@code replace}
 * @param action {@code preview} to save and look again, {@code start} to check and push
 */
record MappingForm(String delimiter, String header, String encoding, String decimalSeparator, String dateTimePattern,
		String timeZone, List<String> targets, String mode, String action) {

	FileOptions options() {
		return new FileOptions(this.delimiter, "yes".equals(this.header), this.encoding, this.decimalSeparator,
				(this.dateTimePattern != null) ? this.dateTimePattern : "", this.timeZone);
	}

	List<String> targetList() {
		return (this.targets != null) ? this.targets : List.of();
	}

	boolean start() {
		return "start".equals(this.action);
	}

	boolean replaceRows() {
		return "replace".equals(this.mode);
	}

}
