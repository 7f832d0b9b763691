package com.pushstudio.upload;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.pushstudio.csv.ColumnMapper;
import com.pushstudio.csv.ColumnMapping;
import com.pushstudio.csv.CsvHeader;
import com.pushstudio.csv.CsvOptions;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.InputStreamSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** A whole upload: file in, Power BI batches out, with the lines the push job records. */
class CsvPipelineTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void a25001RowFileBecomesThreeBatchesWithExactLineNumbers() throws Exception {
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		file.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		StringBuilder csv = new StringBuilder(TestFiles.HEADER).append("\r\n");
		int line = 2;
		List<Integer> lines = new ArrayList<>();
		for (int i = 1; i <= 25_001; i++) {
			lines.add(line);
			boolean multiline = i % 1000 == 0;
			String name = multiline ? "\"Zoë, \"\"the\"\"\nsecond line\"" : "\"Müller, 東京 " + i + "\"";
			csv.append(i).append(',').append(name).append(",1.5,2.25,yes,2024-02-29T12:00:00+01:00\r\n");
			line += multiline ? 2 : 1;
		}
		file.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
		InputStreamSource source = TestFiles.source(file.toByteArray());

		TestFiles.Run run = TestFiles.run(source, CsvOptions.defaults(), TestFiles.mapping(TestFiles.HEADER), true,
				BatchLimits.defaults());

		assertThat(run.report().hasErrors()).isFalse();
		assertThat(run.result().rowsSent()).isEqualTo(25_001);
		assertThat(run.batches()).extracting(Batch::rowCount).containsExactly(10_000, 10_000, 5_001);
		assertThat(run.batches()).extracting(Batch::firstLine)
			.containsExactly(2L, (long) lines.get(10_000), (long) lines.get(20_000));
		assertThat(run.batches()).extracting(Batch::lastLine)
			.containsExactly((long) lines.get(9_999), (long) lines.get(19_999), (long) lines.get(25_000));
		JsonNode last = JSON.readTree(run.batches().get(2).json()).get("rows");
		assertThat(last.size()).isEqualTo(5_001);
		JsonNode row = last.get(4_999);
		assertThat(row.get("Id").asLong()).isEqualTo(25_000);
		assertThat(row.get("Name").asString()).isEqualTo("Zoë, \"the\"\nsecond line");
		assertThat(row.get("Created").asString()).isEqualTo("2024-02-29T11:00:00.000Z");
		assertThat(last.get(5_000).get("Name").asString()).isEqualTo("Müller, 東京 25001");
		assertThat(JSON.readTree(run.batches().get(0).json()).get("rows").get(0).toString())
			.isEqualTo("{\"Id\":1,\"Name\":\"Müller, 東京 1\",\"Amount\":1.5,\"Price\":2.25,\"Active\":true,"
					+ "\"Created\":\"2024-02-29T11:00:00.000Z\"}");
	}

	@Test
	void batchesRespectTheRowLimit() throws Exception {
		TestFiles.Run run = TestFiles.run(TestFiles.source(TestFiles.generated(5, 2_500, 0)), CsvOptions.defaults(),
				TestFiles.mapping(TestFiles.HEADER), true, new BatchLimits(1_000, BatchLimits.DEFAULT_MAX_BYTES));
		assertThat(run.batches()).extracting(Batch::rowCount).containsExactly(1_000, 1_000, 500);
		assertThat(run.batches()).extracting(Batch::index).containsExactly(0, 1, 2);
	}

	@Test
	void batchesRespectTheByteLimitAndStayValidJson() throws Exception {
		int maxBytes = 20_000;
		TestFiles.Run run = TestFiles.run(TestFiles.source(TestFiles.generated(6, 3_000, 0)), CsvOptions.defaults(),
				TestFiles.mapping(TestFiles.HEADER), true, new BatchLimits(10_000, maxBytes));
		assertThat(run.batches().size()).isGreaterThan(10);
		long rows = 0;
		long previousLast = 0;
		for (Batch batch : run.batches()) {
			assertThat(batch.length()).isLessThanOrEqualTo(maxBytes);
			JsonNode parsed = JSON.readTree(batch.json());
			assertThat(parsed.get("rows").size()).isEqualTo(batch.rowCount());
			assertThat(batch.firstLine()).isGreaterThan(previousLast);
			previousLast = batch.lastLine();
			rows += batch.rowCount();
		}
		assertThat(rows).isEqualTo(3_000);
		// full batches are filled: the next row would not have fitted
		Batch first = run.batches().get(0);
		assertThat(first.length()).isGreaterThan(maxBytes - 400);
	}

	@Test
	void resumingSkipsTheRowsOfAcknowledgedBatches() throws Exception {
		InputStreamSource source = TestFiles.source(TestFiles.generated(8, 2_500, 0));
		List<Batch> all = TestFiles
			.run(source, CsvOptions.defaults(), TestFiles.mapping(TestFiles.HEADER), true,
					new BatchLimits(1_000, BatchLimits.DEFAULT_MAX_BYTES))
			.batches();
		List<Batch> resumed = new ArrayList<>();
		new CsvPipeline().convert(source, CsvOptions.defaults(), TestFiles.mapping(TestFiles.HEADER),
				RowPolicy.ALL_ROWS, new BatchLimits(1_000, BatchLimits.DEFAULT_MAX_BYTES), all.get(0).lastLine(),
				(batch) -> resumed.add(new Batch(batch.index(), batch.json(), batch.length(), batch.rowCount(),
						batch.firstLine(), batch.lastLine())));
		assertThat(resumed).hasSize(2);
		assertThat(resumed.get(0).json()).isEqualTo(all.get(1).json());
		assertThat(resumed.get(1).json()).isEqualTo(all.get(2).json());
	}

	@Test
	void staggeredBatchesAreCutTheSameWayWhenResumedFromAnyRunOfAcknowledgedBatches() throws Exception {
		InputStreamSource source = TestFiles.source(TestFiles.generated(9, 2_500, 0));
		BatchLimits limits = new BatchLimits(100, BatchLimits.DEFAULT_MAX_BYTES).staggered(5);
		List<Batch> all = TestFiles
			.run(source, CsvOptions.defaults(), TestFiles.mapping(TestFiles.HEADER), true, limits)
			.batches();
		assertThat(all).extracting(Batch::rowCount).startsWith(100, 99, 98, 96, 92, 100, 99);
		List<Batch> resumed = new ArrayList<>();
		new CsvPipeline().convert(source, CsvOptions.defaults(), TestFiles.mapping(TestFiles.HEADER),
				RowPolicy.ALL_ROWS, limits, all.get(6).lastLine(), 7, (batch) -> resumed.add(new Batch(batch.index(),
						batch.json(), batch.length(), batch.rowCount(), batch.firstLine(), batch.lastLine())));
		assertThat(resumed).hasSize(all.size() - 7);
		for (int i = 0; i < resumed.size(); i++) {
			Batch original = all.get(i + 7);
			assertThat(resumed.get(i)).extracting(Batch::index, Batch::rowCount, Batch::firstLine, Batch::lastLine)
				.containsExactly(original.index(), original.rowCount(), original.firstLine(), original.lastLine());
			assertThat(resumed.get(i).json()).isEqualTo(original.json());
		}
	}

	@Test
	void aFileWithoutHeaderIsMappedByPosition() throws Exception {
		CsvOptions options = CsvOptions.defaults().withHeader(false);
		CsvHeader header = new CsvPipeline().readHeader(TestFiles.source("1,a,1,1,true,2024-01-01\n"), options);
		assertThat(header.names()).containsExactly("Column1", "Column2", "Column3", "Column4", "Column5", "Column6");
		ColumnMapping mapping = ColumnMapper.byPosition(6, TestFiles.TABLE);
		TestFiles.Run run = TestFiles.run(TestFiles.source("1,a,1,1,true,2024-01-01\n2,b,2,2,no,2024-01-02\n"), options,
				mapping, true, BatchLimits.defaults());
		assertThat(run.batches()).singleElement().satisfies((batch) -> {
			assertThat(batch.rowCount()).isEqualTo(2);
			assertThat(batch.firstLine()).isEqualTo(1);
		});
	}

}
