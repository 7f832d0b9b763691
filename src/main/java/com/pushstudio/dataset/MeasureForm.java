package com.pushstudio.dataset;

import com.pushstudio.powerbi.Measure;

/** One measure row of a table form: a name and its DAX expression. */
public class MeasureForm {

	private String name = "";

	private String expression = "";

	public MeasureForm() {
	}

	MeasureForm(String name, String expression) {
		this.name = name;
		this.expression = expression;
	}

	static MeasureForm of(Measure measure) {
		return new MeasureForm(measure.name(), measure.expression());
	}

	Measure toMeasure() {
		return Measure.of(this.name, this.expression);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getExpression() {
		return this.expression;
	}

	public void setExpression(String expression) {
		this.expression = expression;
	}

}
