package com.pushstudio.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CsvOptionsDetectorTests {

	@Test
	void proposesCommaUtf8WithHeaderForAnOrdinaryExport() throws IOException {
		CsvOptions options = detect("Id,Name,Amount\n1,\"a, b\",1.5\n2,c,2.5\n".getBytes(StandardCharsets.UTF_8));
		assertThat(options).isEqualTo(CsvOptions.defaults());
	}

	@Test
	void proposesSemicolonAndDecimalCommaForEuropeanExcel() throws IOException {
		CsvOptions options = detect(
				"Nom;Montant;Date\nZoë;1,5;31/03/2024\nAl;2,25;01/04/2024\n".getBytes(CsvOptions.WINDOWS_1252));
		assertThat(options.delimiter()).isEqualTo(';');
		assertThat(options.decimalSeparator()).isEqualTo(',');
		assertThat(options.charset()).isEqualTo(CsvOptions.WINDOWS_1252);
		assertThat(options.dateTimePattern()).isEqualTo("d/M/uuuu");
	}

	@Test
	void proposesTabsPipesBomAndNoHeader() throws IOException {
		assertThat(detect("a\tb\tc\n1\t2\t3\n".getBytes(StandardCharsets.UTF_8)).delimiter()).isEqualTo('\t');
		assertThat(detect("a|b\n1|2\n".getBytes(StandardCharsets.UTF_8)).delimiter()).isEqualTo('|');
		CsvOptions bom = detect("\uFEFFZoë;x\n1;2\n".getBytes(StandardCharsets.UTF_8));
		assertThat(bom.charset()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(detect("1,2024-01-01,3.5\n2,2024-01-02,4\n".getBytes(StandardCharsets.UTF_8)).hasHeader()).isFalse();
		assertThat(detect("d\n12/31/2024\n".getBytes(StandardCharsets.UTF_8)).dateTimePattern()).isEqualTo("M/d/uuuu");
	}

	@Test
	void refusesBinaryFiles() {
		assertThatExceptionOfType(CsvFileException.class).isThrownBy(() -> detect(new byte[] { 'a', 0, 'b' }))
			.withMessageContaining("not a text CSV file");
	}

	private static CsvOptions detect(byte[] bytes) throws IOException {
		return CsvOptionsDetector.detect(new ByteArrayInputStream(bytes));
	}

}
