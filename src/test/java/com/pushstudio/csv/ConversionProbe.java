package com.pushstudio.csv;

import java.io.StringWriter;
import java.util.Objects;

import com.pushstudio.powerbi.DataType;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Converts one cell with both the fast and the JDK converters, insists they agree, and
 * answers the JSON value written (or "!reason" when rejected).
 */
public final class ConversionProbe {

	private static final JsonFactory JSON = JsonFactory.builder().build();

	private ConversionProbe() {
	}

	public static String convert(DataType type, String cell) {
		return convert(type, CsvOptions.defaults(), cell);
	}

	public static String convert(DataType type, CsvOptions options, String cell) {
		String fast = convert(type, options, cell, true);
		String jdk = convert(type, options, cell, false);
		assertThat(fast).as("fast path for %s '%s'", type, cell).isEqualTo(jdk);
		return fast;
	}

	static String convert(DataType type, CsvOptions options, String cell, boolean fast) {
		// surround the cell with junk so that converters must respect offset and length
		char[] buf = ("#," + cell + ",#").toCharArray();
		ConvertedRow row = new ConvertedRow(1);
		String reason = CellConverter.of(type, options, fast).convert(buf, 2, cell.length(), row, 0);
		if (reason != null) {
			return "!" + reason;
		}
		StringWriter out = new StringWriter();
		try (JsonGenerator generator = JSON.createGenerator(out)) {
			generator.writeStartObject();
			row.writeTo(generator, null, new String[] { "v" });
			generator.writeEndObject();
		}
		String json = out.toString();
		return Objects.requireNonNull(json.substring(5, json.length() - 1));
	}

}
