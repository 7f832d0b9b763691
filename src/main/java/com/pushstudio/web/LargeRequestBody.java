package com.pushstudio.web;

import org.springframework.util.unit.DataSize;

/**
 * An endpoint that takes bodies beyond {@code push-studio.web.max-request-size}: a
 * feature declares it as a bean.
 *
 * @param method the HTTP method, e.g. {@code POST}
 * @param pathPattern a Spring path pattern, e.g. {@code /uploads/{id}}
 * @param maxSize the largest declared length let through, or {@code null} for the
 * multipart limit ({@code spring.servlet.multipart.max-request-size}), which Tomcat
 * checks from the declared length too
 */
public record LargeRequestBody(String method, String pathPattern, DataSize maxSize) {
}
