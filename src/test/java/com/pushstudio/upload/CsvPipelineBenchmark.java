package com.pushstudio.upload;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

import org.springframework.core.io.FileSystemResource;

import com.pushstudio.csv.ColumnMapper;
import com.pushstudio.csv.ColumnMapping;
import com.pushstudio.csv.CsvOptions;
import com.pushstudio.csv.TableColumn;
import com.pushstudio.powerbi.DataType;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Throughput of the upload pipeline without the network, against parsing alone and
 * against a typical Map-per-row approach, plus the peak heap on a 1 GB file in a child
 * JVM limited to 256 MB. Not a test: run with
 * {@code ./mvnw -q -Pbenchmark process-test-classes}.
 */
public final class CsvPipelineBenchmark {

	static final List<TableColumn> TABLE = List.of(new TableColumn("Id", DataType.INT64),
			new TableColumn("Name", DataType.STRING), new TableColumn("Amount", DataType.DOUBLE),
			new TableColumn("Price", DataType.DECIMAL), new TableColumn("Active", DataType.BOOLEAN),
			new TableColumn("Created", DataType.DATETIME), new TableColumn("Note", DataType.STRING),
			new TableColumn("Quantity", DataType.INT64), new TableColumn("Score", DataType.DOUBLE),
			new TableColumn("Updated", DataType.DATETIME));

	private static final int RUNS = 5;

	private CsvPipelineBenchmark() {
	}

	public static void main(String[] commandLine) throws Exception {
		String[] args = BenchmarkArgs.of(commandLine);
		if (args.length == 2 && args[0].equals("--heap")) {
			heapChild(Path.of(args[1]));
			return;
		}
		int rows = (args.length > 0) ? Integer.parseInt(args[0]) : 1_000_000;
		int bigRows = (args.length > 1) ? Integer.parseInt(args[1]) : 10_000_000;
		Path dir = Files.createDirectories(Path.of("target", "benchmark"));
		Path file = generate(dir.resolve("rows-" + rows + ".csv"), rows);
		System.out.printf(Locale.ROOT, "file: %s, %,d rows x 10 columns, %,d bytes, JDK %s%n", file, rows,
				Files.size(file), Runtime.version());

		long[] parse = new long[RUNS];
		long[] pipeline = new long[RUNS];
		long[] typical = new long[RUNS];
		parseOnly(file);
		pipeline(file);
		typical(file);
		for (int i = 0; i < RUNS; i++) {
			parse[i] = time(() -> parseOnly(file));
			pipeline[i] = time(() -> pipeline(file));
			typical[i] = time(() -> typical(file));
		}
		double parseRate = rate(rows, parse);
		double pipelineRate = rate(rows, pipeline);
		double typicalRate = rate(rows, typical);
		System.out.printf(Locale.ROOT, "(a) parse only (FastCSV, one String per field): %,.0f rows/s%n", parseRate);
		System.out.printf(Locale.ROOT, "(b) pipeline (parse, map, convert, validate, JSON batches): %,.0f rows/s%n",
				pipelineRate);
		System.out.printf(Locale.ROOT, "(c) typical (LinkedHashMap per row, ObjectMapper per batch): %,.0f rows/s%n",
				typicalRate);
		System.out.println("(medians of " + RUNS + " runs after one warm-up run each)");

		if (bigRows > 0) {
			Path big = generate(dir.resolve("rows-" + bigRows + ".csv"), bigRows);
			System.out.printf(Locale.ROOT, "peak heap, pipeline on %,d bytes (%,d rows) in a child JVM at -Xmx256m:%n",
					Files.size(big), bigRows);
			Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-Xmx256m", "-cp", System.getProperty("java.class.path"), CsvPipelineBenchmark.class.getName(),
					"--heap", big.toString())
				.inheritIO()
				.start();
			if (child.waitFor() != 0) {
				System.out.println("  child JVM failed with exit code " + child.exitValue());
			}
		}
		System.out.printf(Locale.ROOT, "ratio pipeline/parse = %.2f%n", parseRate / pipelineRate);
		System.out.printf(Locale.ROOT, "ratio typical/pipeline = %.2f%n", pipelineRate / typicalRate);
	}

	static long parseOnly(Path file) throws IOException {
		long fields = 0;
		try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
			for (CsvRecord record : reader) {
				for (int i = 0; i < record.getFieldCount(); i++) {
					fields += record.getField(i).length();
				}
			}
		}
		return fields;
	}

	static long pipeline(Path file) throws IOException {
		CsvOptions options = CsvOptions.defaults();
		FileSystemResource source = new FileSystemResource(file);
		ColumnMapping mapping = ColumnMapper.propose(new CsvPipeline().readHeader(source, options).names(), TABLE);
		AtomicLong bytes = new AtomicLong();
		ConversionResult result = new CsvPipeline().convert(source, options, mapping, RowPolicy.ALL_ROWS,
				BatchLimits.defaults(), 0, (batch) -> bytes.addAndGet(batch.length()));
		if (result.report().hasErrors()) {
			throw new IllegalStateException("Benchmark data has errors: " + result.report().firstErrors());
		}
		return bytes.get();
	}

	/** Each row into a Map with the JDK's converters, written by databind per batch. */
	static long typical(Path file) throws IOException {
		ObjectMapper mapper = JsonMapper.builder().build();
		long bytes = 0;
		List<Map<String, Object>> batch = new ArrayList<>(10_000);
		try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file)) {
			for (NamedCsvRecord record : reader) {
				Map<String, Object> row = new LinkedHashMap<>();
				for (TableColumn column : TABLE) {
					String text = record.getField(column.name());
					row.put(column.name(), text.isEmpty() ? null : switch (column.type()) {
						case INT64 -> Long.parseLong(text);
						case DOUBLE -> Double.parseDouble(text);
						case DECIMAL -> new BigDecimal(text);
						case BOOLEAN -> Boolean.parseBoolean(text);
						case DATETIME -> Instant.parse(text).toString();
						case STRING -> text;
					});
				}
				batch.add(row);
				if (batch.size() == 10_000) {
					bytes += mapper.writeValueAsBytes(Map.of("rows", batch)).length;
					batch.clear();
				}
			}
		}
		if (!batch.isEmpty()) {
			bytes += mapper.writeValueAsBytes(Map.of("rows", batch)).length;
		}
		return bytes;
	}

	/**
	 * Peak heap in this (256 MB) JVM: the largest heap in use right after any GC (what is
	 * live), and the pools' peak usage (live plus garbage not yet collected).
	 */
	static void heapChild(Path file) throws Exception {
		AtomicLong maxAfterGc = new AtomicLong();
		for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
				if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
					var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
					long used = info.getGcInfo()
						.getMemoryUsageAfterGc()
						.values()
						.stream()
						.mapToLong(MemoryUsage::getUsed)
						.sum();
					maxAfterGc.accumulateAndGet(used, Math::max);
				}
			}, null, null);
		}
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		long start = System.nanoTime();
		long bytes = pipeline(file);
		double seconds = (System.nanoTime() - start) / 1e9;
		long poolPeaks = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.mapToLong((pool) -> pool.getPeakUsage().getUsed())
			.sum();
		System.out.printf(Locale.ROOT, "  peak live heap (max used after a GC): %.1f MB%n", maxAfterGc.get() / 1e6);
		System.out.printf(Locale.ROOT, "  peak heap incl. garbage (sum of pool peaks): %.1f MB of max %.0f MB%n",
				poolPeaks / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
		System.out.printf(Locale.ROOT, "  %,d JSON bytes written in %.1f s%n", bytes, seconds);
	}

	static Path generate(Path file, int rows) throws IOException {
		if (Files.exists(file)) {
			return file;
		}
		Path partial = file.resolveSibling(file.getFileName() + ".tmp");
		Random random = new Random(2024);
		String[] names = { "\"Müller, Anna\"", "Zoë Dubois", "\"東京, Japan\"", "O'Brien", "\"Smith, \"\"Jr\"\"\"",
				"Łukasz", "plain name" };
		try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
			out.write("Id,Name,Amount,Price,Active,Created,Note,Quantity,Score,Updated\r\n");
			StringBuilder row = new StringBuilder(160);
			for (int i = 1; i <= rows; i++) {
				row.setLength(0);
				long epoch = 1_500_000_000L + random.nextInt(300_000_000);
				row.append(i)
					.append(',')
					.append(names[random.nextInt(names.length)])
					.append(',')
					.append(random.nextInt(1_000_000) / 100.0)
					.append(',')
					.append(random.nextInt(100_000))
					.append('.')
					.append(String.format(Locale.ROOT, "%04d", random.nextInt(10_000)))
					.append(',')
					.append(random.nextBoolean())
					.append(',')
					.append(Instant.ofEpochSecond(epoch))
					.append(',')
					.append((random.nextInt(3) == 0) ? "needs review" : "")
					.append(',')
					.append(random.nextInt(500))
					.append(',')
					.append((random.nextInt(5) == 0) ? "" : Double.toString(random.nextDouble()).substring(0, 8))
					.append(',')
					.append(Instant.ofEpochMilli(epoch * 1000 + random.nextInt(1000)))
					.append("\r\n");
				out.append(row);
			}
		}
		return Files.move(partial, file);
	}

	interface Task {

		long run() throws Exception;

	}

	static long time(Task task) throws Exception {
		long start = System.nanoTime();
		long result = task.run();
		if (result < 0) {
			throw new IllegalStateException();
		}
		return System.nanoTime() - start;
	}

	static double rate(int rows, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return rows / (sorted[sorted.length / 2] / 1e9);
	}

}
