package com.pushstudio.csv;

import java.math.BigDecimal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;

/**
 * The converted values of one row, one slot per mapped column, kept in primitive arrays
 * and char ranges so that a row costs no objects on the fast path. Reused row after row.
 */
public final class ConvertedRow {

	static final byte NULL = 0;

	static final byte LONG = 1;

	static final byte TRUE = 2;

	static final byte FALSE = 3;

	/** A JSON number already in JSON grammar, in a char range. */
	static final byte NUMBER_CHARS = 4;

	/** A JSON string in a char range. */
	static final byte STRING_CHARS = 5;

	static final byte NUMBER_OBJECT = 6;

	static final byte STRING_OBJECT = 7;

	private final byte[] kinds;

	private final long[] longs;

	private final char[][] arrays;

	private final int[] starts;

	private final int[] lengths;

	private final String[] objects;

	private final char[][] scratch;

	ConvertedRow(int slots) {
		this.kinds = new byte[slots];
		this.longs = new long[slots];
		this.arrays = new char[slots][];
		this.starts = new int[slots];
		this.lengths = new int[slots];
		this.objects = new String[slots];
		this.scratch = new char[slots][32];
	}

	int size() {
		return this.kinds.length;
	}

	void setNull(int slot) {
		this.kinds[slot] = NULL;
	}

	void setLong(int slot, long value) {
		this.kinds[slot] = LONG;
		this.longs[slot] = value;
	}

	void setBoolean(int slot, boolean value) {
		this.kinds[slot] = value ? TRUE : FALSE;
	}

	void setChars(int slot, byte kind, char[] array, int start, int length) {
		this.kinds[slot] = kind;
		this.arrays[slot] = array;
		this.starts[slot] = start;
		this.lengths[slot] = length;
	}

	void setObject(int slot, byte kind, String value) {
		this.kinds[slot] = kind;
		this.objects[slot] = value;
	}

	/** A per-slot buffer of at least {@code length} chars for rewritten values. */
	char[] scratch(int slot, int length) {
		if (this.scratch[slot].length < length) {
			this.scratch[slot] = new char[Math.max(length, this.scratch[slot].length * 2)];
		}
		return this.scratch[slot];
	}

	/**
	 * The value of a slot for a page to show: a {@link Long}, {@link Boolean},
	 * {@link BigDecimal} or {@link String} (a date-time as sent), or {@code null}.
	 */
	Object value(int slot) {
		return switch (this.kinds[slot]) {
			case LONG -> this.longs[slot];
			case TRUE -> Boolean.TRUE;
			case FALSE -> Boolean.FALSE;
			case NUMBER_CHARS -> new BigDecimal(this.arrays[slot], this.starts[slot], this.lengths[slot]);
			case STRING_CHARS -> new String(this.arrays[slot], this.starts[slot], this.lengths[slot]);
			case NUMBER_OBJECT -> new BigDecimal(this.objects[slot]);
			case STRING_OBJECT -> this.objects[slot];
			default -> null;
		};
	}

	/** Writes the value of a slot; names are pre-encoded on the fast path. */
	public void writeTo(JsonGenerator generator, SerializableString[] encodedNames, String[] names) {
		for (int i = 0; i < this.kinds.length; i++) {
			if (encodedNames != null) {
				generator.writeName(encodedNames[i]);
			}
			else {
				generator.writeName(names[i]);
			}
			switch (this.kinds[i]) {
				case LONG -> generator.writeNumber(this.longs[i]);
				case TRUE -> generator.writeBoolean(true);
				case FALSE -> generator.writeBoolean(false);
				case NUMBER_CHARS -> generator.writeNumber(this.arrays[i], this.starts[i], this.lengths[i]);
				case STRING_CHARS -> generator.writeString(this.arrays[i], this.starts[i], this.lengths[i]);
				case NUMBER_OBJECT -> generator.writeNumber(this.objects[i]);
				case STRING_OBJECT -> generator.writeString(this.objects[i]);
				default -> generator.writeNull();
			}
		}
	}

}
