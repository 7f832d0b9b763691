package com.pushstudio.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The app registration that the built-in sandbox knows, used as this application's
 * registration in sandbox mode. {@code baseUrl} overrides where the sandbox is reached
 * (default: this server on localhost).
 */
@ConfigurationProperties("push-studio.sandbox")
record SandboxClientProperties(String clientId, String clientSecret, String baseUrl) {
}
