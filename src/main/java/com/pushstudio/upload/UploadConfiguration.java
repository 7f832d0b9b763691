package com.pushstudio.upload;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

	/**
	 * The application's clock if it has one (tests bring their own), else the system's.
	 */
	@Bean
	UploadClock uploadClock(ObjectProvider<Clock> clocks) {
		return new UploadClock(clocks.getIfUnique(Clock::systemUTC));
	}

	@Bean
	PushPacer pushPacer(UploadProperties properties, UploadClock clock) {
		return new PushPacer(properties.limits(), clock.clock());
	}

	@Bean
	BatchSenders batchSenders(UploadProperties properties) {
		return new BatchSenders(properties.workers(), properties.limits().pendingRequests());
	}

	@Bean
	CsvPipeline csvPipeline(UploadProperties properties) {
		return new CsvPipeline(true, properties.csvLimits());
	}

	record UploadClock(Clock clock) {
	}

}
