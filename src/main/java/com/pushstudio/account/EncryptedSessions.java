package com.pushstudio.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;

/**
 * Sessions live in the database (Spring Session JDBC) so that every instance serves every
 * signed-in person. A session holds the person's id token and claims, and tokens at rest
 * are encrypted: each attribute is serialized, then sealed with the token keys. An
 * attribute no configured key opens (its key was dropped after a rotation) reads as
 * absent, so the person signs in again instead of meeting an error.
 */
@Configuration(proxyBeanMethods = false)
class EncryptedSessions {

	private static final Logger logger = LoggerFactory.getLogger(EncryptedSessions.class);

	private static final byte[] ASSOCIATED_DATA = "push-studio http session attribute"
		.getBytes(StandardCharsets.US_ASCII);

	/** The name Spring Session looks for. */
	@Bean
	ConversionService springSessionConversionService(TokenCipher cipher) {
		GenericConversionService conversions = new GenericConversionService();
		SerializingConverter serialize = new SerializingConverter();
		DeserializingConverter deserialize = new DeserializingConverter(EncryptedSessions.class.getClassLoader());
		conversions.addConverter(Object.class, byte[].class, (attribute) -> seal(cipher, serialize.convert(attribute)));
		conversions.addConverter(byte[].class, Object.class, (ciphertext) -> {
			byte[] plaintext = open(cipher, ciphertext);
			return (plaintext != null) ? deserialize.convert(plaintext) : null;
		});
		return conversions;
	}

	private static byte[] seal(TokenCipher cipher, byte[] plaintext) {
		try {
			return cipher.seal(plaintext, ASSOCIATED_DATA);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot encrypt a session attribute", ex);
		}
	}

	private static byte[] open(TokenCipher cipher, byte[] ciphertext) {
		try {
			return cipher.open(ciphertext, ASSOCIATED_DATA);
		}
		catch (GeneralSecurityException ex) {
			logger.info("A stored session attribute opens under no configured token key; it reads as absent");
			return null;
		}
	}

}
