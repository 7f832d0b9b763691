package com.pushstudio.powerbi;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;

/**
 * How long to wait for Power BI. The read timeout must outlast a Post Rows of 10,000
 * rows, yet end a hung upload rather than hold it forever.
 */
@ConfigurationProperties("push-studio.powerbi")
record PowerBiClientProperties(@DefaultValue("10s") Duration connectTimeout,
		@DefaultValue("60s") Duration readTimeout) {

	PowerBiClientProperties {
		// A zero timeout means "wait forever" to HTTP clients: never what an upload
		// wants.
		Assert.isTrue(!connectTimeout.isNegative() && !connectTimeout.isZero(),
				"push-studio.powerbi.connect-timeout must be positive");
		Assert.isTrue(!readTimeout.isNegative() && !readTimeout.isZero(),
				"push-studio.powerbi.read-timeout must be positive");
	}

}
