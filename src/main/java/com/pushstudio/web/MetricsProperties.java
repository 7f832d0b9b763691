package com.pushstudio.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may read {@code /actuator/prometheus}. Metrics name datasets and show how the app
 * is used, and a scraper cannot sign in through Azure AD, so the endpoint answers only
 * requests from these addresses (after a trusted proxy's {@code X-Forwarded-For}).
 *
 * @param scrapers addresses or CIDR ranges, e.g. {@code 10.0.0.0/8}; loopback by default
 */
@ConfigurationProperties("push-studio.metrics")
public record MetricsProperties(@DefaultValue( {
		"127.0.0.0/8", "::1/128" }) List<String> scrapers){
}
