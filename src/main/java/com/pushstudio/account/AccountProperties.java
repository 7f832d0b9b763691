package com.pushstudio.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How early an access token is refreshed before it expires: a batch that starts with a
 * token about to lapse would otherwise fail half way.
 */
@ConfigurationProperties("push-studio.account")
record AccountProperties(@DefaultValue("5m") Duration refreshBeforeExpiry) {
}
