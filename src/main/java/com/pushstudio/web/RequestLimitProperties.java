package com.pushstudio.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body may be. The multipart limit
 * ({@code spring.servlet.multipart.*}) is the upload endpoint's; every other endpoint
 * takes at most {@code maxRequestSize}, refused from its declared length before a byte of
 * it is read.
 *
 * @param maxRequestSize largest body of any request but those a feature declares large (a
 * {@link LargeRequestBody}); a form, or a CSV sample to propose a design from
 */
@ConfigurationProperties("push-studio.web")
public record RequestLimitProperties(@DefaultValue("10MB") DataSize maxRequestSize) {
}
