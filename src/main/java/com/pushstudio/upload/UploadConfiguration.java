package com.pushstudio.upload;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class UploadConfiguration {

	/**
	 * The clean-up runs every {@code retention.interval}, the first time one interval in.
	 */
	@Bean
	SchedulingConfigurer uploadFileCleanupSchedule(UploadFileCleanup cleanup, UploadProperties properties) {
		return (ScheduledTaskRegistrar registrar) -> registrar.addFixedDelayTask(new FixedDelayTask(cleanup::cleanUp,
				properties.retention().interval(), properties.retention().interval()));
	}

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
