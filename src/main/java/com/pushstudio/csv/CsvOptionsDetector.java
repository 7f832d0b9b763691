package com.pushstudio.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Proposes {@link CsvOptions} from the first 64 KB of a file: encoding (BOM or valid
 * UTF-8, else Windows-1252), delimiter (the one of , ; tab | that splits the first lines
 * into the same number of fields), header row, decimal comma and a day-first or
 * month-first date pattern. The user confirms or corrects them.
 */
public final class CsvOptionsDetector {

	private static final char[] DELIMITERS = { ',', ';', '\t', '|' };

	private static final int SAMPLE_RECORDS = 50;

	private static final Pattern DECIMAL_COMMA = Pattern.compile("-?([0-9]{1,3}(\\.[0-9]{3})+|[0-9]+),[0-9]+");

	private static final Pattern DECIMAL_POINT = Pattern.compile("-?[0-9]+\\.[0-9]+");

	private static final Pattern NUMBER_OR_DATE = Pattern.compile("[-+]?[0-9][0-9.,:/ T-]*Z?");

	private static final Pattern SLASH_DATE = Pattern
		.compile("([0-9]{1,2})/([0-9]{1,2})/[0-9]{4}( [0-9]{1,2}:[0-9]{2}(:[0-9]{2})?)?");

	private static final Pattern DOT_DATE = Pattern
		.compile("[0-9]{1,2}\\.[0-9]{1,2}\\.[0-9]{4}( [0-9]{1,2}:[0-9]{2}(:[0-9]{2})?)?");

	private CsvOptionsDetector() {
	}

	/**
	 * Reads at most 64 KB of the stream; the caller opens a fresh one to read the file.
	 */
	public static CsvOptions detect(InputStream in) throws IOException {
		return detect(CsvInput.readUpTo(in, CsvInput.SNIFF_BYTES));
	}

	static CsvOptions detect(byte[] head) {
		int bom = CsvInput.bomLength(head);
		CsvInput.checkText(head, bom);
		Charset charset = (bom > 0 || isUtf8(head, bom)) ? StandardCharsets.UTF_8 : CsvOptions.WINDOWS_1252;
		String text = new String(head, bom, head.length - bom, charset);
		if (head.length == CsvInput.SNIFF_BYTES) {
			// the sample ends mid-line: keep whole lines only
			int lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
			text = (lastBreak > 0) ? text.substring(0, lastBreak) : text;
		}
		char delimiter = delimiter(text);
		List<List<String>> records = records(text, delimiter);
		boolean hasHeader = records.isEmpty() || records.get(0).stream().noneMatch(CsvOptionsDetector::looksLikeData);
		List<String> values = new ArrayList<>();
		records.stream().skip(hasHeader ? 1 : 0).forEach(values::addAll);
		boolean decimalComma = delimiter != ',' && values.stream().anyMatch((v) -> DECIMAL_COMMA.matcher(v).matches())
				&& values.stream().noneMatch((v) -> DECIMAL_POINT.matcher(v).matches());
		return new CsvOptions(delimiter, hasHeader, charset, decimalComma ? ',' : '.', datePattern(values),
				ZoneOffset.UTC, '"');
	}

	static boolean isUtf8(byte[] head, int bom) {
		// a multi-byte character cut off at the end of the sample is not an error
		int end = head.length;
		if (end == CsvInput.SNIFF_BYTES) {
			int back = 0;
			while (back < 3 && end - back - 1 > bom && (head[end - back - 1] & 0xC0) == 0x80) {
				back++;
			}
			end = end - back - (((head[end - back - 1] & 0x80) != 0) ? 1 : 0);
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(head, bom, end - bom));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	/**
	 * The delimiter giving the most fields per record, the same number on every record.
	 */
	static char delimiter(String text) {
		char best = ',';
		int bestFields = 1;
		for (char candidate : DELIMITERS) {
			List<List<String>> records = records(text, candidate);
			if (records.isEmpty()) {
				continue;
			}
			int fields = records.get(0).size();
			boolean consistent = records.stream().allMatch((r) -> r.size() == fields);
			if (consistent && fields > bestFields) {
				best = candidate;
				bestFields = fields;
			}
		}
		return best;
	}

	private static List<List<String>> records(String text, char delimiter) {
		List<List<String>> records = new ArrayList<>();
		try (CsvReader<CsvRecord> reader = CsvReader.builder()
			.fieldSeparator(delimiter)
			.allowUnclosedQuote(true)
			.allowExtraCharsAfterClosingQuote(true)
			.ofCsvRecord(CharBuffer.wrap(text).toString())) {
			for (CsvRecord record : reader) {
				records.add(record.getFields());
				if (records.size() == SAMPLE_RECORDS) {
					break;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// an unreadable sample for this delimiter: no records
		}
		return records;
	}

	private static boolean looksLikeData(String field) {
		return !field.isBlank() && NUMBER_OR_DATE.matcher(field.strip()).matches();
	}

	/** Day-first unless a first number above 12 is never seen but a second one is. */
	static String datePattern(List<String> values) {
		boolean slash = false;
		boolean dayFirst = false;
		boolean monthFirst = false;
		String time = "";
		for (String value : values) {
			var slashMatch = SLASH_DATE.matcher(value.strip());
			if (slashMatch.matches()) {
				slash = true;
				dayFirst |= Integer.parseInt(slashMatch.group(1)) > 12;
				monthFirst |= Integer.parseInt(slashMatch.group(2)) > 12;
				time = timePart(slashMatch.group(3), slashMatch.group(4), time);
			}
			var dotMatch = DOT_DATE.matcher(value.strip());
			if (dotMatch.matches()) {
				return "d.M.uuuu" + timePart(dotMatch.group(1), dotMatch.group(2), "");
			}
		}
		if (!slash) {
			return null;
		}
		return ((monthFirst && !dayFirst) ? "M/d/uuuu" : "d/M/uuuu") + time;
	}

	private static String timePart(String time, String seconds, String current) {
		if (time == null) {
			return current;
		}
		return (seconds != null) ? " H:mm:ss" : " H:mm";
	}

}
