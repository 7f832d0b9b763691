package com.pushstudio.account;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static com.pushstudio.account.TokenStoreTestConfiguration.KEY_A;
import static com.pushstudio.account.TokenStoreTestConfiguration.KEY_B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TokenEncryptionKeysTests {

	@TempDir
	Path dataDir;

	@Test
	void sandboxModeWithoutAKeyGeneratesOneOnceAndReusesIt() throws Exception {
		Path file = this.dataDir.resolve("token-encryption.key");

		List<byte[]> first = TokenEncryptionKeys.resolve(properties(null), true);
		String written = Files.readString(file);
		List<byte[]> second = TokenEncryptionKeys.resolve(properties(null), true);

		assertThat(first).singleElement().satisfies((key) -> assertThat(key).hasSize(32));
		assertThat(second).singleElement().isEqualTo(first.get(0));
		assertThat(Files.readString(file)).isEqualTo(written);
		assertThat(Base64.getDecoder().decode(written.strip())).isEqualTo(first.get(0));
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		}
		try (var files = Files.list(this.dataDir)) {
			assertThat(files).containsExactly(file);
		}
	}

	@Test
	void aConfiguredKeyIsUsedAndNoFileIsWritten() {
		List<byte[]> keys = TokenEncryptionKeys.resolve(properties(KEY_B + ", " + KEY_A), true);

		assertThat(keys).containsExactly(Base64.getDecoder().decode(KEY_B), Base64.getDecoder().decode(KEY_A));
		assertThat(this.dataDir.resolve("token-encryption.key")).doesNotExist();
	}

	@Test
	void azureModeWithoutAKeyRefusesAndSaysHowToMakeOne() {
		assertThatExceptionOfType(TokenEncryptionKeyException.class)
			.isThrownBy(() -> TokenEncryptionKeys.resolve(properties(""), false))
			.withMessageContaining("TOKEN_ENCRYPTION_KEY is required")
			.withMessageContaining("openssl rand -base64 32");
		assertThat(this.dataDir.resolve("token-encryption.key")).doesNotExist();
	}

	@Test
	void azureModeWithoutAKeyDoesNotStart() {
		new ApplicationContextRunner().withUserConfiguration(KeysOnly.class)
			.withPropertyValues("azure.client-id=3f1c2a9e-client", "push-studio.data-dir=" + this.dataDir)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(TokenEncryptionKeyException.class)
				.hasMessageContaining("openssl rand -base64 32"));
	}

	@Test
	void aKeyThatIsNotBase64IsRefusedWithoutBeingEchoed() {
		String notBase64 = "not-base64-secret!";

		assertThatExceptionOfType(TokenEncryptionKeyException.class)
			.isThrownBy(() -> TokenEncryptionKeys.resolve(properties(KEY_A + "," + notBase64), false))
			.withMessageContaining("Key 2 of 2")
			.withMessageContaining("not valid base64")
			.withMessageNotContaining(notBase64)
			.withMessageNotContaining(KEY_A)
			.withNoCause();
	}

	@Test
	void aKeyOfTheWrongLengthIsRefusedWithoutBeingEchoed() {
		String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

		assertThatExceptionOfType(TokenEncryptionKeyException.class)
			.isThrownBy(() -> TokenEncryptionKeys.resolve(properties(shortKey), false))
			.withMessageContaining("16 bytes long, not 32")
			.withMessageNotContaining(shortKey);
	}

	@Test
	void theSettingsNeverPrintTheKey() {
		assertThat(properties(KEY_A)).asString().doesNotContain(KEY_A);
	}

	private TokenEncryptionProperties properties(String keys) {
		return new TokenEncryptionProperties(keys, this.dataDir);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ TokenEncryptionProperties.class, AzureProperties.class })
	@Import(TokenStoreConfig.class)
	static class KeysOnly {

	}

}
