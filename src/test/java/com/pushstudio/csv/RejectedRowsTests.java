package com.pushstudio.csv;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.pushstudio.powerbi.DataType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rejected rows come out as they were written, with the reason last: a person fixes
 * them in the file's own notation and uploads them again.
 */
class RejectedRowsTests {

	private static final List<TableColumn> TABLE = List.of(new TableColumn("Id", DataType.INT64),
			new TableColumn("Amount", DataType.DECIMAL), new TableColumn("Note", DataType.STRING));

	@Test
	void onlyTheRefusedRowsAreWrittenInTheFilesOwnNotationAndEncoding() throws IOException {
		String file = "Id;Amount;Note\r\n" + "1;1,5;Müller\r\n" + "2;abc;\"semi;colon\"\r\n" + "3;2,5;fine\r\n"
				+ "4;x;\"two\nlines\"\r\n" + "5;1;too;many\r\n" + "6;3,25;\"Zoë \"\"quoted\"\"\"\r\n"
				+ "x;1,0;Jürgen\r\n";
		CsvOptions options = CsvOptions.defaults()
			.withDelimiter(';')
			.withDecimalSeparator(',')
			.withCharset(CsvOptions.WINDOWS_1252);
		byte[] out = rejected(file.getBytes(CsvOptions.WINDOWS_1252), options);
		assertThat(new String(out, CsvOptions.WINDOWS_1252)).isEqualTo(
				"Id;Amount;Note;Rejected because\r\n" + "2;abc;\"semi;colon\";line 3, Amount: is not a number\r\n"
						+ "4;x;\"two\nlines\";line 5, Amount: is not a number\r\n"
						+ "5;1;too;many;line 7: has 4 fields but the header has 3\r\n"
						+ "x;1,0;Jürgen;line 9, Id: is not a whole number\r\n");
	}

	@Test
	void aUtf8FileComesOutWithAByteOrderMarkSoThatExcelReadsItAsUtf8() throws IOException {
		byte[] out = rejected("Id,Amount,Note\n1,x,Zoë\n".getBytes(StandardCharsets.UTF_8), CsvOptions.defaults());
		assertThat(out).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(new String(out, 3, out.length - 3, StandardCharsets.UTF_8))
			.isEqualTo("Id,Amount,Note,Rejected because\r\n1,x,Zoë,\"line 2, Amount: is not a number\"\r\n");
	}

	@Test
	void aFileWithoutRefusedRowsGivesTheHeaderAlone() throws IOException {
		byte[] out = rejected("Id,Amount,Note\n1,2.5,ok\n".getBytes(StandardCharsets.UTF_8), CsvOptions.defaults());
		assertThat(new String(out, 3, out.length - 3, StandardCharsets.UTF_8))
			.isEqualTo("Id,Amount,Note,Rejected because\r\n");
	}

	private static byte[] rejected(byte[] file, CsvOptions options) throws IOException {
		ColumnMapping mapping = ColumnMapper.propose(List.of("Id", "Amount", "Note"), TABLE);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		RejectedRows.write(new ByteArrayInputStream(file), out, options, mapping, CsvLimits.DEFAULT);
		return out.toByteArray();
	}

}
