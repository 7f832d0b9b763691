package com.pushstudio.powerbi;

/**
 * Power BI answered {@code FeatureDeprecatedError}: Microsoft is retiring push
 * (real-time) semantic models, announced for new ones after October 31, 2027. Existing
 * push datasets keep working; only creating new ones stops.
 */
public class PushDatasetsRetiredException extends PowerBiException {

	PushDatasetsRetiredException(PowerBiError error) {
		super("Power BI no longer lets you create new push datasets: Microsoft has retired them. "
				+ "Existing push datasets keep accepting rows.", error);
	}

}
